"""The claims pipeline: segmentation, attribution, status and linking, sentence by sentence.

:func:`extract_claims` runs the stages in order over the sentences of a text
and returns :class:`~geo.model.Claim` records (see :mod:`geo.text.claims`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from ...model import Claim
from ..dates import find_dates
from ..numbers import find_quantities
from .accusations import answered_claim, split_accusations
from .ally_answers import answers_and_past_allies
from .answers import remember_captures
from .attribution import _ANY_CUE, _attributions, has_cyrillic
from .background import announced_long_ago
from .bulletin import bulletin_body, copy_voice
from .bulletin_header import header_at, header_date, header_voice
from .bulletin_lines import bulletin_line, bulletin_voice, counted_lead, sourced_line
from .competing import competing_claims
from .conceded_losses import conceded_losses
from .contested import contested_claims, has_contested
from .context import _Attribution, _Context, _Draft, _Within
from .continued_quotes import open_quotation, quoted_sentence
from .corrections import correction_notice
from .denial_places import perfect_denial_answers
from .digest_titles import bare_stamp
from .draft_sides import draft_side, remember_reactor
from .findings import finding_voice, own_finding
from .late_stages import late_stages
from .linking import (
    _CONNECTIVE,
    _EVENT_BACKREF,
    _event_backref,
    _finish,
    _reported_event,
    stated_counts,
)
from .list_items import item_claim, list_item
from .loss_denials import loss_denials
from .merging import _join_quote_openings, _merge_spokespersons, _nested_counter_claims
from .no_such import no_such_answers
from .other_acts import apposition_status
from .pair_caveats import own_statuses
from .partial import split_partial_answers
from .post_headers import appeal
from .reactions import sentence_reactions
from .relations import remember_medium
from .repeated_hits import with_repeated_hits
from .same_places import standing_position
from .segmentation import Sentence, _clauses, _Tok, split_sentences, tokenize_between
from .side_bodies import remember_described
from .sides import remember_side, speaker_side
from .speakers import _register_persons
from .statement_denials import statement_denial
from .status import (
    _CONTENT_MARKERS,
    _STATUS_RANK,
    _apposition,
    _status_matches,
    _unmask,
    status_hints,
)
from .subject_silences import subject_relative
from .targets import deny_later_blame
from .time_spans import without_time_spans
from .transcript import TRANSCRIPT_CUE, asked_between, label_speaker, reply_status
from .vocab import _STATUS_VERBS

__all__ = ["_CONNECTIVE", "_EVENT_BACKREF", "_merge_spokespersons", "_previous_claim",
           "_sentence_claims", "extract_claims"]


_TOKEN_START = itemgetter(0)  # a token's start offset
#: An apposition that is a relative clause about a party: ", which denies ...".
_RELATIVE = re.compile(r"[\s,(—–-]*(?:which|who)\b")


def extract_claims(
    text: str,
    toponyms: Sequence[Any],
    features: Sequence[Any] = (),
    *,
    article_date: dt.date | None = None,
    country_name: Callable[[str], str] | None = None,
) -> tuple[Claim, ...]:
    """The claims of an article, in text order (see the module docstring).

    Parameters
    ----------
    text : str
        The article.
    toponyms : sequence of Toponym
        The places found in ``text`` (``start``, ``end``, ``place``); claims
        refer to them by index.
    features : sequence of Feature, optional
        Spatial features found in ``text``; claims refer to them by index.
    article_date : datetime.date, optional
        Publication date: resolves "on Friday", "earlier this month" and
        year-less dates.
    country_name : callable, optional
        ISO code -> country name (``Gazetteer.country_name``): names the
        ``party`` of a speaker whose side is a country the text names only by a
        demonym ("a Russian military blogger" -> "Russia").

    Returns
    -------
    tuple of Claim

    Examples
    --------
    >>> text = ("Russia said on Friday that its forces had captured 12 villages. "
    ...         "The claim could not be independently verified.")
    >>> c, = extract_claims(text, [])
    >>> c.source, c.cue, c.status, c.status_cue
    ('Russia', 'said', 'unverified', 'The claim could not be independently verified')
    >>> [(q.value, q.unit) for q in c.quantities], [d.text for d in c.dates]
    ([(12, 'villages')], ['on Friday'])
    >>> extract_claims("The river runs through the city.", [])
    ()
    """
    sentences = split_sentences(text)
    ctx = _Context(text, toponyms, country_name=country_name)
    date_spans = find_dates(text, article_date=article_date)
    if article_date is None and (day := header_date(text, date_spans)) is not None:
        date_spans = find_dates(text, article_date=day)  # a bulletin's title dates its lines
        article_date = day
    ctx.article_date = article_date
    quantities = stated_counts(text, find_quantities(text, dates=date_spans))  # not "on 13.06"
    quantities = with_repeated_hits(text, without_time_spans(text, quantities))  # "hit twice"
    ctx.dates = _Within(date_spans, "offset_start", "offset_end")
    ctx.quantities, ctx.counts = _Within(quantities), quantities
    ctx.features = _Within(features)
    ctx.status_hints = status_hints(text)
    drafts: list[_Draft] = []
    for idx, sent in enumerate(sentences):
        toks = tokenize_between(text, sent.start, sent.end)  # a sentence at a time
        if not sent.line:
            _register_persons(ctx, toks)
        _sentence_claims(ctx, sentences, idx, toks, drafts, date_spans, quantities)
    drafts = _merge_spokespersons(ctx, drafts)
    drafts = _join_quote_openings(ctx, drafts, sentences)
    drafts = split_partial_answers(ctx, drafts)  # "the claim about Zatyshshia is premature"
    drafts = late_stages(ctx, drafts, sentences)  # page furniture ... claims judged by name
    index = {id(d): i for i, d in enumerate(drafts)}
    return tuple(
        _finish(ctx, d, date_spans, quantities, sentences[max(0, d.first - 2)].start,
                responds_to=index.get(id(d.responds_to)) if d.responds_to is not None else None)
        for d in drafts
    )


def _sentence_claims(
    ctx: _Context,
    sentences: Sequence[Sentence],
    idx: int,
    toks: list[_Tok],
    drafts: list[_Draft],
    date_spans: Sequence[Any],
    quantities: Sequence[Any],
) -> None:
    text = ctx.text
    sent = sentences[idx]
    s_text = text[sent.start : sent.end]
    if asked_between(text, sentences, idx - 1, idx + 1) or correction_notice(ctx, sentences, idx):
        return  # a question is no claim ("ANCHOR: What is ...?"), nor a correction notice
    prev = _previous_claim(drafts, sentences, idx, text)

    # 1. Status cues; appositions that refer back to this sentence's content are masked.
    k = bisect_left(ctx.status_hints, sent.start)
    hinted = k < len(ctx.status_hints) and ctx.status_hints[k] < sent.end
    events = _status_matches(text, sent) if hinted else []
    masked: list[tuple[int, int]] = []
    same: list[tuple[int, str, str]] = []
    loose: list[tuple[int, int, int, str]] = []  # start, end, rank, status
    for start, end, rank, status in events:
        region = _apposition(text, sent, start, end)
        if (
            region is not None
            and status == "denied"
            and _RELATIVE.match(text, region[0], region[1])
            and standing_position(text, start, end)
        ):
            # "Russia, which denies targeting civilians, did not comment": a position of
            # the party's, not an answer ("an allegation the UAE has repeatedly denied" is).
            masked.append(region)
            continue
        if region is not None and status == "nocomment" and subject_relative(text, sent, region):
            masked.append(region)  # "Moscow, which has not commented, ...": about the claim
            loose.append((start, end, rank, status))  # before, no status of this one's
            continue
        if region is not None:
            masked.append(region)
            status = "unverified" if status == "nocomment" else status
            same += apposition_status(text, sent.start, region, rank, status)
        else:
            loose.append((start, end, rank, status))

    # 2. Attributions outside the masked regions.
    quoted: list[_Attribution] = []
    lows = list(map(str.lower, map(itemgetter(2), toks)))  # the words lower-cased, once
    if (
        _ANY_CUE.isdisjoint(lows)
        and text.find("ccording", sent.start, sent.end) < 0
        and "per" not in lows  # "Per the regional governor, ...", not "повідомив Генштаб"
        and not has_cyrillic(text, sent.start, sent.end)
    ):
        attributions: list[_Attribution] = []  # no cue word, no "according to": no speaker
    else:
        date_tokens: set[int] = set()  # the tokens inside the sentence's dates
        for i in ctx.dates.inside(sent.start, sent.end):
            a, b = date_spans[i].offset_start, date_spans[i].offset_end
            # Tokens are in text order and disjoint: those inside a..b follow one another.
            k = bisect_left(toks, a, key=_TOKEN_START)
            while k < len(toks) and toks[k].end <= b:
                date_tokens.add(k)
                k += 1
        attributions = _attributions(ctx, toks, masked, date_tokens, sent, quoted, lows)
        if announced_long_ago(ctx, toks, attributions, sent.start, sent.end, date_spans):
            attributions = []  # "Russia announced its mobilisation in September 2022, ..."

    if prev is not None and list_item(text, sentences, idx, prev, attributions):
        drafts.append(item_claim(text, sent, idx, prev, loose))  # "• repelled 1,240 assaults;"
        return

    # 3. Reactions: a status about the previous claim ("Kyiv denied the accusation.").
    reaction, answer_from, answered, coordinated_answer, in_sentence, own_status = (
        sentence_reactions(ctx, sent, idx, toks, drafts, prev, attributions, loose, same)
    )
    if reaction and not _CONTENT_MARKERS.search(_unmask(s_text, sent.start, masked)):
        # A cue verb in the status words is no claim: "ISW has not observed confirmation".
        spans = [(a, b) for a, b, _, _ in loose]
        speaking = [
            a
            for a in attributions
            if a.cue not in _STATUS_VERBS and not any(s <= toks[a.verb].start < e for s, e in spans)
        ]
        if not speaking:
            remember_reactor(ctx, attributions, idx, sent.paragraph)  # "Kinshasa denied ..."
            if prev is not None:  # "..., and the report could not be verified"
                prev.statuses.extend(same)
            return
        attributions = speaking

    # 4. Claims: one per independent attribution, or one unattributed.
    if attributions:
        clauses = split_accusations(text, _clauses(text, sent, attributions), attributions)
        new: list[_Draft] = []
        for (start, end), attr in clauses:
            d = _Draft(
                start,
                end,
                attr.source,
                attr.cue,
                attr.kind,
                attr.descriptor,
                idx,
                idx,
                sent.paragraph,
                subj_start=attr.subj_start,
                subj_end=attr.subj_end,
            )
            side = draft_side(ctx, attr, (start, end), prev, idx, sent.paragraph)
            d.side, d.party = side
            remember_side(ctx, attr.source, side)
            remember_described(ctx, attr, side)  # "power company DTEK": "the company"
            remember_medium(ctx, start, end, side)  # "the Kremlin said in a readout"
            new.append(d)
        if not new:
            return
        if clauses[0][1].after_content:  # "163 clashes took place. ..., the staff said"
            counted_lead(ctx, sentences, idx, new[0], drafts, quantities)
        if (reaction or coordinated_answer is not None) and prev is not None:
            # "The army rejected the claim, saying ...": a claim that answers ``prev``.
            speaker = answer_from.source if answer_from is not None else None
            d = next((d for d in new if d.source == speaker), new[0])
            d.responds_to = answered or coordinated_answer or prev
        for at, rank, status, cue in in_sentence:
            k = next((k for k in range(len(new) - 1, -1, -1) if new[k].start <= at), 0)
            if k:  # the claim before the answering one, which answers it
                new[k - 1].statuses.append((rank, status, cue))
                new[k].responds_to = new[k].responds_to or new[k - 1]
            else:
                new[0].statuses.append((rank, status, cue))
        own_statuses(ctx, new, prev, own_status, sent.start, sent.end)  # "...; Reuters could not"
        answers_and_past_allies(ctx, new, prev, drafts)  # "..., reports of ... were false"
        conceded_losses(ctx, new, drafts)  # "acknowledged the loss of the boat"
        loss_denials(ctx, new, prev, idx)  # "The military denied losing any positions."
        competing_claims(ctx, new)  # "X said it repelled ..., while Y said it took ..."
        perfect_denial_answers(ctx, new, prev)  # "Moscow has denied sending drones into ..."
        no_such_answers(ctx, new, drafts, idx)  # "there were no discussions of mobilisation"
        if ctx.denied_involvement:
            deny_later_blame(ctx, new, idx)  # "... denied involvement. X said Y did it"
        new = _nested_counter_claims(ctx, sent, new, quoted)
        new = contested_claims(ctx, new)  # "..., despite Russian milbloggers' claims that"
        for d in new:
            ctx.spoke(d.source, d.kind, d.start)
        drafts.extend(new)
        return
    if statement_denial(ctx, sentences, idx, drafts):  # "Claims by X that ... are false."
        return
    if sent.cut and prev is not None and prev.last == idx - 1:
        prev.end, prev.last = sent.end, idx  # a sentence cut at MAX_SENTENCE goes on
        prev.statuses.extend(own_status)
        return
    if sent.line:
        return
    label = label_speaker(ctx, sentences, idx)  # "Zelenskyy: Our forces are holding ..."
    if label is not None:
        source, s0, e0 = label
        opens = s0 == sent.start  # the label opens the sentence: "Syrskyi: That is a lie."
        body = text.find(":", e0, sent.end) + 1 if opens else sent.start
        while body < sent.end and text[body].isspace():
            body += 1
        if (
            prev is not None
            # in the answer, or the question just before: "Reporter: Moscow says ..."
            and sent.paragraph - prev.paragraph <= opens
            and prev.source not in (None, source)
            and (reply := reply_status(text, sentences, idx, body)) is not None
        ):
            prev.statuses.append((_STATUS_RANK[reply[0]], reply[0], f"{source}: {s_text}"))
            if reply[1]:
                return  # "The Russians have been claiming ... That is not true."
        d = _Draft(sent.start, sent.end, source, TRANSCRIPT_CUE, "person", "", idx, idx,
                   sent.paragraph, list(own_status), subj_start=s0, subj_end=e0)  # fmt: skip
        d.side, d.party = speaker_side(ctx, s0, e0, source, where=(sent.start, sent.end))
        remember_side(ctx, source, (d.side, d.party))
        drafts.append(d)
        return
    # Continuations of the previous claim.
    if prev is not None and prev.last == idx - 1 and prev.paragraph == sent.paragraph:
        quote_only = quoted_sentence(text, sentences, idx)  # '"..."', '"... . ..."'
        inside = open_quotation(text, prev.start, sent.start)  # 'X said: "... . Two ...'
        if _CONNECTIVE.match(s_text) or _event_backref(text, sent) or quote_only or inside:
            prev.end = sent.end
            prev.last = idx
            if not inside:  # status words inside a quotation are what the speaker says
                prev.statuses.extend(own_status)
            return
    if own_status:
        drafts.append(
            _Draft(
                sent.start, sent.end, None, None, "none", "", idx, idx, sent.paragraph, own_status
            )
        )
        return
    # A bulletin going on ("..., the ministry said. Another drone was downed over Kursk.")
    # states what it counts or where, though no date or place of its own may say so.
    counted = ctx.quantities.any_inside(sent.start, sent.end)
    follows = (
        prev is not None
        and (counted or ctx.places.any_inside(sent.start, sent.end))
        and (voice := bulletin_body(drafts, prev, sent, idx, text)) is not None
        and not sourced_line(drafts, prev)  # "In X, according to Y, ...": that line only
    )
    line = bulletin_line(ctx, sentences, idx, counted)  # "Kupiansk direction: ..."
    contested = has_contested(text, sent.start, sent.end)  # "despite Moscow's claims that"
    reported = _reported_event(ctx, sent, date_spans, quantities)
    # "Operational information as of ...", "ARAKAN ARMY - STATEMENT": a bulletin's line
    lined = header_at(ctx, sent.start) is not None and not appeal(s_text)
    lined = lined and not bare_stamp(s_text)  # a digest entry's "08:15." is no claim
    finding = own_finding(text, sent.start, sent.end)  # "Our analysis of the clip found"
    if follows or line is not None or contested or reported or lined or finding:
        d = _Draft(sent.start, sent.end, None, None, "none", "", idx, idx, sent.paragraph)
        if finding is not None:
            finding_voice(ctx, d, finding)  # the outlet's (None) or the owner's
        if follows and prev is not None:
            # "..., the ministry reported. Russian air defenses shot down 118 drones ...":
            # a state agency's copy going on with the ministry's bulletin.
            copy_voice(d, voice)
        elif line is not None:
            bulletin_voice(d, drafts, line, sentences, text)  # the General Staff's, ...
        header_voice(ctx, d)  # the issuer its title names; a capture it voices, answerable:
        drafts.extend(remember_captures(ctx, contested_claims(ctx, [d]) if contested else [d]))


def _previous_claim(
    drafts: list[_Draft], sentences: Sequence[Sentence], idx: int, text: str = ""
) -> _Draft | None:
    """The claim a status in sentence ``idx`` may refer back to (two sentences at most,
    not counting questions between them: "ANCHOR: What is the government saying?")."""
    if not drafts:
        return None
    last = drafts[-1]  # how far back: the last claim's, whichever the reaction answers
    asked = asked_between(text, sentences, last.last, idx)
    between = {sentences[k].paragraph for k in asked} - {last.paragraph, sentences[idx].paragraph}
    apart = sentences[idx].paragraph - last.paragraph - len(between)
    if idx - last.last - len(asked) > 2 or apart > 1:
        return None  # too far back: which claim it would answer is not read
    return answered_claim(text, drafts, last, sentences[idx].start, sentences[idx].end)
