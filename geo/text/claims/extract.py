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
from .. import lexicon as lx
from ..dates import find_dates
from ..numbers import find_quantities
from .allegiance import same_speaker_again
from .answers import _answers, denial_of_its_own
from .attribution import _ANY_CUE, _attributions
from .context import _Attribution, _Context, _Draft, _Within
from .linking import _CONNECTIVE, _EVENT_BACKREF, _event_backref, _finish, _reported_event
from .merging import _join_quote_openings, _merge_spokespersons, _nested_counter_claims
from .phrases import open_quotation
from .segmentation import Sentence, _clauses, _Tok, split_sentences, tokenize_between
from .sides import INDEPENDENT, country_label, remember_side, speaker_side
from .silences import comment_run, comment_target, figure_targets, speaker_run
from .speakers import _register_persons
from .status import (
    _BACKREF,
    _BACKREF_START,
    _CONTENT_MARKERS,
    _DISPUTE_CALL,
    _EMBEDDED_CLAIM,
    _PRONOUN_OBJECT,
    _apposition,
    _clean,
    _other_side,
    _reaction_cue,
    _status_matches,
    _unmask,
    status_hints,
)
from .targets import (
    accuses,
    denial_further_back,
    deny_captures_by,
    named_target,
    with_its_sentence,
)
from .vocab import _DENY_VERBS, _STATUS_VERBS

__all__ = [
    "_CONNECTIVE",
    "_EVENT_BACKREF",
    "_merge_spokespersons",
    "_previous_claim",
    "_sentence_claims",
    "extract_claims",
]


_TOKEN_START = itemgetter(0)  # a token's start offset


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
    quantities = find_quantities(text, dates=date_spans)
    ctx.dates = _Within(date_spans, "offset_start", "offset_end")
    ctx.quantities = _Within(quantities)
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
    index = {id(d): i for i, d in enumerate(drafts)}
    return tuple(
        _finish(
            ctx,
            d,
            date_spans,
            quantities,
            sentences[max(0, d.first - 2)].start,
            responds_to=index.get(id(d.responds_to)) if d.responds_to is not None else None,
        )
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
    prev = _previous_claim(drafts, sentences, idx)

    # 1. Status cues; appositions that refer back to this sentence's content are masked.
    k = bisect_left(ctx.status_hints, sent.start)
    hinted = k < len(ctx.status_hints) and ctx.status_hints[k] < sent.end
    events = _status_matches(text, sent) if hinted else []
    masked: list[tuple[int, int]] = []
    same: list[tuple[int, str, str]] = []
    loose: list[tuple[int, int, int, str]] = []  # start, end, rank, status
    for start, end, rank, status in events:
        region = _apposition(text, sent, start, end)
        if region is not None:
            masked.append(region)
            status = "unverified" if status == "nocomment" else status
            same.append((rank, status, _clean(text[region[0] : region[1]])))
        else:
            loose.append((start, end, rank, status))

    # 2. Attributions outside the masked regions.
    quoted: list[_Attribution] = []
    # The lower-cased words, made once: the cue test and the attributions read them.
    lows = [t[2].lower() for t in toks]
    if _ANY_CUE.isdisjoint(lows) and text.find("ccording", sent.start, sent.end) < 0:
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

    # 3. Reactions: a status about the previous claim ("Kyiv denied the accusation.").
    # Read only for the loose status cues below: not searched without any.
    backref = bool(loose) and bool(
        _BACKREF.search(s_text) or _BACKREF_START.match(s_text) or _PRONOUN_OBJECT.search(s_text)
    )
    reaction = False
    answer_from: _Attribution | None = None  # the speaker whose words answered ``prev``
    answered: _Draft | None = None  # the claim they answered (``prev`` or one further back)
    coordinated_answer: _Draft | None = None  # answered by "said ... and denied ..."
    in_sentence: list[tuple[int, int, str, str]] = []  # at, rank, status, cue: "but X rejected"
    own_status: list[tuple[int, str, str]] = list(same)
    # A denial stating a position of its own ("denied that Russian troops had entered
    # Kupiansk, calling the reports propaganda") answers nothing before it.
    own_position = prev is not None and any(
        status == "denied" and denial_of_its_own(ctx, prev, start, end, sent.end)
        for start, end, _, status in loose
    )
    for start, end, rank, status in loose:
        verb_attr = next(
            (a for a in attributions if toks[a.verb].start <= start < toks[a.verb].end + 1), None
        )
        if verb_attr is None:
            verb_attr = next((a for a in attributions if start <= toks[a.verb].start < end), None)
        if status == "weak":
            own_status.append((rank, "unverified", text[start:end]))
            continue
        if status == "nocomment":
            # "Kyiv has not commented": about the claim before, unless this sentence
            # has a speaker of its own before it ("X said ..., and Kyiv has not commented").
            spoken = any(toks[a.verb].start < start for a in attributions)
            if prev is not None and not spoken:
                cue = _reaction_cue(text, sent, verb_attr, start, end)
                no_comment = _NO_COMMENT_WORDS.search(text, start, end) is not None
                silent = text[sent.start : start].strip().lower()
                # "Russia's Defence Ministry did not respond": the claim naming Russia;
                # not "It did not provide evidence": the claim before.
                who = (sent.start, start) if no_comment and silent not in _SILENT_PRONOUNS else None
                about = comment_target(ctx, drafts, prev, idx, end, sent.end, who=who)
                if no_comment:
                    for d in comment_run(ctx, drafts, about, end, sent.end):
                        d.statuses.append((rank, "unverified", cue))
                else:  # "It did not provide evidence": the claim just before
                    about.statuses.append((rank, "unverified", cue))
                reaction = True
            else:
                own_status.append((rank, "unverified", _clean(text[sent.start : end])))
            continue
        if status == "unverified" and not attributions:
            # "Neither side's losses can be independently verified."
            targets = figure_targets(ctx, drafts, idx, sent.start, sent.end)
            if targets:
                cue = _reaction_cue(text, sent, verb_attr, start, end)
                for d in targets:
                    d.statuses.append((rank, "unverified", cue))
                reaction = True
                continue
        is_verb = verb_attr is not None and verb_attr.cue in _STATUS_VERBS
        if is_verb and verb_attr.coordinated and len(attributions) > 1 and not backref:
            if status == "denied":  # "said ... and denied that Walikale had fallen"
                deny_captures_by(ctx, verb_attr, start, end, sent.end, prev)
                if (
                    prev is not None
                    and not own_position
                    and _DENIED_ACT.match(text, end)
                    and accuses(ctx, prev, verb_attr)
                ):
                    # "Activists said the army shelled a market ... The army said it
                    # repelled an attack and denied attacking civilians": an answer.
                    cue = _reaction_cue(text, sent, verb_attr, start, end)
                    prev.statuses.append((rank, status, cue))
                    answer_from = answer_from or verb_attr
                    coordinated_answer = prev
            continue  # "confirmed that ... but denied any plans": part of what is said
        refers = (
            backref
            or (
                is_verb
                and not _EMBEDDED_CLAIM.search(s_text)
                and verb_attr.cue in _DENY_VERBS
                and prev is not None
                and prev.cue not in _DENY_VERBS
                and (
                    _other_side(ctx, prev, verb_attr)
                    # the claim it repeats is further back: "... denied that its forces had
                    # struck residential buildings" after its own side's words
                    or denial_further_back(ctx, drafts, prev, verb_attr, idx, sent.start, sent.end)
                )
            )
        ) and not own_position
        if (
            backref
            and is_verb
            and status in ("denied", "disputed")
            and any(
                toks[a.verb].start < toks[verb_attr.verb].start
                and a.source != verb_attr.source
                and a.cue not in _STATUS_VERBS  # a claim, not "did not confirm his death"
                for a in attributions
            )
        ):
            # "The army said it had retaken the town, but rebel spokesman Willy Ngoma
            # rejected the claim, saying ...": the claim of the clause before, in this
            # sentence; the speaker's own claim answers it.
            cue = _reaction_cue(text, sent, verb_attr, start, end)
            in_sentence.append((start, rank, status, cue))
            continue
        if status == "disputed" and not (refers or _DISPUTE_CALL.search(s_text)):
            continue  # "dismissed the commander"
        if (
            status == "denied"
            and verb_attr is None
            and attributions
            and prev is not None
            and not own_position
            and _AND_BEFORE.search(text, max(sent.start, start - 6), start)
            and _DENIED_ACT.match(text, end)
            and accuses(ctx, prev, attributions[0])
        ):
            # "The RSF said in a statement that its forces had ... and denied attacking
            # civilians": the speaker's own denial, coordinated after a "that" clause.
            prev.statuses.append((rank, status, _reaction_cue(text, sent, None, start, end)))
            answer_from = answer_from or attributions[0]
            coordinated_answer = prev
            continue
        if status in ("denied", "disputed") and not (is_verb or refers) and attributions:
            continue  # inside what is said: "confirmed that ... but denied any plans"
        if prev is not None and refers:
            cue = _reaction_cue(text, sent, verb_attr, start, end)
            about = named_target(ctx, drafts, prev, idx, sent.start, sent.end)
            answered_claims = with_its_sentence(drafts, about)  # "X said ..., and Y accused"
            if _PLURAL_BACKREF.search(text, sent.start, sent.end):
                # "Hamas rejected the military's claims": every claim of its run.
                run = speaker_run(drafts, about)
                answered_claims += [d for d in run if all(d is not e for e in answered_claims)]
            for d in answered_claims:
                d.statuses.append((rank, status, cue))
            reaction = True
            answer_from = answer_from or verb_attr
            answered = answered or about
        elif is_verb:
            # "The IAEA confirmed that ...", "Israel denied that ...": speaker and verb.
            if verb_attr.subj_start < start:
                own_status.append((rank, status, _clean(text[verb_attr.subj_start : end])))
            else:  # "..., confirmed the governor"
                own_status.append((rank, status, _clean(text[start : verb_attr.subj_end])))
            if status == "denied":
                deny_captures_by(ctx, verb_attr, start, end, sent.end)
                owner = _EMBEDDED_CLAIM.search(text, sent.start, sent.end)
                people = owner.group("people") if owner is not None else None
                if owner is not None and owner.group("owner"):
                    # "Kyiv denied Moscow's claim that ...": Moscow claims, Kyiv denies.
                    verb_attr.subj_start, verb_attr.subj_end = owner.span("owner")
                    verb_attr.source, verb_attr.kind = owner.group("owner"), "org"
                elif people and people.lower() in lx.DEMONYMS:
                    # "denied Russian claims that ...": Russia claims, the brigade denies.
                    verb_attr.subj_start, verb_attr.subj_end = owner.span("people")
                    name = country_label(ctx, lx.DEMONYMS[people.lower()])
                    verb_attr.source, verb_attr.kind = name or people, "org"
                else:
                    verb_attr.source, verb_attr.kind = None, "none"
        else:
            own_status.append((rank, status, _clean(text[start:end])))

    if reaction and not _CONTENT_MARKERS.search(_unmask(s_text, sent.start, masked)):
        if not any(a.cue not in _STATUS_VERBS for a in attributions):
            if prev is not None:  # "..., and the report could not be verified"
                prev.statuses.extend(same)
            return
        attributions = [a for a in attributions if a.cue not in _STATUS_VERBS]

    # 4. Claims: one per independent attribution, or one unattributed.
    if attributions:
        clauses = _clauses(text, sent, attributions)
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
            side = speaker_side(
                ctx,
                attr.subj_start,
                attr.subj_end,
                attr.source,
                descriptor=attr.descriptor,
                where=(start, end),
            )
            if attr.evidence and side == (None, None):
                side = (INDEPENDENT, None)  # "satellite images by Planet Labs show"
            if (
                side == (None, None)
                and prev is not None
                and prev.last == idx - 1
                and prev.side is not None
                and same_speaker_again(
                    attr.source, attr.kind, attr.descriptor, prev.source, prev.kind
                )
            ):
                side = (prev.side, prev.party)  # "the governor said. Oleh Syniehubov wrote"
            d.side, d.party = side
            remember_side(ctx, attr.source, side)
            new.append(d)
        if not new:
            return
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
        for rank, status, cue in own_status:
            at = text.find(cue, sent.start, sent.end) if cue else -1
            pos = at if at >= 0 else sent.start
            target = next((d for d in reversed(new) if d.start <= pos), new[0])
            target.statuses.append((rank, status, cue))
        _answers(ctx, new, prev)
        new = _nested_counter_claims(ctx, sent, new, quoted)
        for d in new:
            if d.kind in ("org", "group") and d.source:
                ctx.last_org = d.source if d.kind == "org" else ctx.last_org
                ctx.last_group = d.source
        drafts.extend(new)
        return
    if sent.line:
        return
    # Continuations of the previous claim.
    if prev is not None and prev.last == idx - 1 and prev.paragraph == sent.paragraph:
        quote_only = s_text[:1] in '“"' and s_text.rstrip()[-1:] in '”"'
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
    if _reported_event(ctx, sent, date_spans, quantities):
        drafts.append(
            _Draft(sent.start, sent.end, None, None, "none", "", idx, idx, sent.paragraph)
        )


#: A reaction to several claims: "the military's claims", "these allegations".
_PLURAL_BACKREF = re.compile(
    r"\b(?:the|these|those|such|their|its|[\w-]+[’']s)\s+(?:[\w-]+\s+)?"
    r"(?:claims|accounts|allegations|accusations|reports|statements|assertions)\b"
)
#: A no comment, not a want of evidence ("did not provide evidence").
_NO_COMMENT_WORDS = re.compile(r"comment|respon", re.IGNORECASE)
#: Subjects of a no comment that name no party: "It has not commented".
_SILENT_PRONOUNS = frozenset(("it", "they", "he", "she"))
#: "and" just before a verb: "... and denied attacking civilians".
_AND_BEFORE = re.compile(r"\band\s+$")
#: The object of a denial of an act the denier is accused of: "denied attacking
#: civilians", "denied any involvement", "denied responsibility".
_DENIED_ACT = re.compile(
    r"\s+(?:any\s+|all\s+)?(?:(?!(?:that|reports?|claims?)\b)[a-z]+ing\b|involvement\b|"
    r"responsibility\b|wrongdoing\b|role\b)"
)


def _previous_claim(drafts: list[_Draft], sentences: Sequence[Sentence], idx: int) -> _Draft | None:
    """The claim a status in sentence ``idx`` may refer back to (two sentences at most)."""
    if not drafts:
        return None
    d = drafts[-1]
    if idx - d.last > 2 or sentences[idx].paragraph - d.paragraph > 1:
        return None
    return d
