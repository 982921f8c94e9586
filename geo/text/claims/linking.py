"""Claims stage 4, linking: the places, features, quantities and dates a claim speaks of.

A claim lists the toponyms, features, quantities and dates inside its span,
found by bisection; "the city", "the region" add the last named place of that
kind from the two sentences before. Sentences that state an event themselves
(a counted quantity with a date or a place) become unattributed claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import Any

from ...model import Claim
from ..fold import FoldedPattern, folded
from .background import long_ago
from .context import _Context, _Draft
from .event_gates import may_act
from .forces_positions import forces_placed
from .gates import holds
from .passive_events import passive_event
from .segmentation import Sentence, body_start, dateline_span
from .sides import INDEPENDENT
from .stated_counts import stated_counts
from .time_spans import unsaid_number
from .untruth import answer_status

__all__ = [
    "_CONNECTIVE",
    "_DESCRIPTION",
    "_EVENT_BACKREF",
    "_PLACE_BACKREF",
    "_event_backref",
    "_finish",
    "_reported_event",
    "stated_counts",
]


_DESCRIPTION = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the|home|located|situated|about|around|some|roughly|"
    r"approximately|nearly|just|only|\d)\b|\bpopulation\b|\bhome\s+to\b|"
    r"\b(?:lies|lie|sits|sit|located|situated|borders|bordering)\b|"
    # background: how a place is made up, laid out or came to be
    r"\b(?:divided\s+into|consists?\s+of|comprises?|makeup|median|households|inhabitants|"
    # how many live there: "had about 27,000 residents before the war"
    r"(?:has|had|have)\s+(?:about|around|some|roughly|approximately|nearly|more\s+than|"
    r"over|under|fewer\s+than|\d)[^.;!?]{0,24}?\s(?:residents|people\s+living)|"
    r"total\s+area|elevation|square\s+(?:miles|kilometres|kilometers)|km2|"
    r"(?:was|were)\s+(?:founded|established|chartered|incorporated|platted|settled|"
    r"constructed|named|renamed)|leads\s+(?:north|south|east|west)|runs\s+(?:north|south|"
    r"east|west|through|along)|flows\s+(?:north|south|east|west|through|into)|"
    # how things were once: "The road used to take four hours" (not "were used to attack")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!is\s)(?<!are\s)used\s+to\s+[a-z]+)\b",
    re.IGNORECASE,
)


#: A sentence opening that carries the claim before on ("In return", "Moreover").
_CONNECTIVE = re.compile(
    r"^\W*(?:In\s+return|In\s+exchange|In\s+turn|In\s+addition|Additionally|Moreover|"
    r"Furthermore|As\s+part\s+of\s+(?:the|that|this)\s+\w+|Кроме\s+того|Крім\s+того)\b"
)


#: The nouns every ``_EVENT_BACKREF`` match holds.
_EVENT_NOUNS = (
    "exchange swap transfer handover deal attack strike assault operation raid incident "
    "agreement offensive shelling bombardment"
).split()
_EVENT_BACKREF = re.compile(
    rf"\b(?:that|this|the\s+same)\s+(?:{'|'.join(_EVENT_NOUNS)})\b", re.IGNORECASE
)


def _event_backref(text: str, sent: Sentence) -> bool:
    """Whether ``_EVENT_BACKREF`` matches in the sentence: searched only when its folded
    text (what the case-insensitive pattern reads) holds one of the nouns."""
    low = folded(text)[sent.start : sent.end]
    if not any(map(low.__contains__, _EVENT_NOUNS)):  # in C
        return False
    return _EVENT_BACKREF.search(text, sent.start, sent.end) is not None


_PLACE_BACKREF = re.compile(
    r"\b[Tt]he\s+(?P<w>city|town|village|settlement|region|province|oblast)\b"
    r"(?!\s+of\s+[A-Z])(?!['’]s\s+[A-Z])(?!\s+[A-Z])"
)


#: ``_DESCRIPTION`` searched case-sensitively on the folded text (:mod:`geo.text.fold`).
_F_DESCRIPTION = FoldedPattern(_DESCRIPTION.pattern, _DESCRIPTION.flags)


def _described(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` describes a place (``_DESCRIPTION``):
    the same answer as a search of the sentence alone."""
    before = text[start - 1 : start]
    if before.isalnum() or before == "_":  # the sentence starts inside a word: ``\b``
        return _DESCRIPTION.search(text[start:end]) is not None  # reads the cut as a start
    return _F_DESCRIPTION.search(text, start, end) is not None


#: The words every match of ``_PLACE_BACKREF`` holds: claims without one skip it.
_BACKREF_WORDS = ("city", "town", "village", "settlement", "region", "province", "oblast")


#: Armed forces doing what moves a front: "Russian forces recently advanced in the
#: Pokrovsk direction", "Ukrainian drones struck a refinery" (the actor, an adverb or an
#: auxiliary at most, then the act: not "an Army officer killed at the battle").
_MILITARY_ACTION = re.compile(
    r"\b(?:forces|troops|army|units|soldiers|fighters|militants|rebels|drones|missiles|"
    r"strikes|airstrikes|air\s+strikes|artillery|jets|warplanes|aircraft|navy)\s+"
    r"(?:(?:have|has|had|also|reportedly|recently|overnight|again|further|then|later|"
    r"[a-z]+ly)\s+){0,2}(?:advanced|captured|seized|struck|shelled|attacked|hit|pounded|"
    r"killed|destroyed|shot\s+down|launched|repelled|withdrew|entered|took|recaptured|"
    r"liberated|bombed|targeted|crossed|pushed|encircled|surrounded|stormed|overran|"
    # an analyst's daily account: "Russian forces continued limited attacks near Lyman"
    r"counterattacked|regained|intensified|(?:continued|conducted|carried\s+out|"
    r"resumed|attempted)\s+(?:(?:[a-z]+\s+){0,2})(?:attacks?|assaults?|offensive|"
    r"operations|strikes|airstrikes|shelling|raids?))\b",
    re.IGNORECASE,
)


#: An act in a clause of time that sets the scene: "since Israeli forces took control".
_BACKGROUND = re.compile(
    r"\b(?:since|after|before|when|until|ever\s+since)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: A standing state since a time, background rather than an event: "The plant's six
#: reactors have been in cold shutdown since 2024", "Since the truce, Israel has kept
#: troops at five positions" (not "97 clashes have been recorded since the morning").
_STANDING_STATE = re.compile(
    r"\bha(?:s|ve)\s+(?:been\s+(?:(?:largely|mostly|fully|effectively)\s+)?(?:in|under|at|"
    r"besieged|closed|shut|occupied|cut\s+off|offline|idle)|kept|remained|stayed)\b"
)
_SINCE = re.compile(r"\b[Ss]ince\b")
#: A long-running act counted in years: "has been fighting for more than 15 years".
_FOR_YEARS = re.compile(
    r"\bha(?:s|ve)\s+(?:been\s+)?[a-z]+\s+(?:[\w-]+\s+){0,6}?for\s+(?:more\s+than\s+|over\s+|"
    r"almost\s+|nearly\s+|about\s+|some\s+|the\s+(?:past|last)\s+)?[\w-]+\s+(?:years|decades)\b"
)


#: Words (two letters or more) a sentence needs to state an event.
_WORDS = re.compile(r"[^\W\d_]{2,}")
_EVENT_WORDS = 3


def _reported_event(
    ctx: _Context, sent: Sentence, date_spans: Sequence[Any], quantities: Sequence[Any]
) -> bool:
    """A sentence that states a counted or measured event with a date or a place, or
    an act of armed forces at a place it names ("Russian forces advanced near Pokrovsk
    on March 2")."""
    s, e = sent.start, sent.end
    text = ctx.text
    found = ctx.quantities.inside(s, e)  # "struck twice" counts a claim's hits, no event
    inside = [i for i in found if quantities[i].unit and quantities[i].text != "twice"]
    if (
        text.find("ince", s, e) >= 0  # what every ``_SINCE`` match holds
        and _SINCE.search(text, s, e)
        and _STANDING_STATE.search(text, s, e)
    ):
        return False  # "have been in cold shutdown since 2024": a state, no event
    if long_ago(ctx, s, e, date_spans) or (
        holds(text, s, e, ("years", "decades")) and _FOR_YEARS.search(text, s, e)
    ):
        return False  # "has attacked more than 100 ships since November 2023": history
    if not inside:
        return _reported_action(ctx, sent)
    if len(list(islice(_WORDS.finditer(ctx.text, s, e), _EVENT_WORDS))) < _EVENT_WORDS:
        return False  # a date line ("14 марта 2025 г."), a caption: no event stated
    if _described(ctx.text, s, e):
        return False
    return ctx.dates.any_inside(s, e) or ctx.places.any_inside(s, e)


def _reported_action(ctx: _Context, sent: Sentence) -> bool:
    """An act of armed forces (``_MILITARY_ACTION``) in a sentence that names a place
    that is not a speaker ("Moscow said" is no place here) and describes none."""
    text, s, e = ctx.text, sent.start, sent.end
    acts = may_act(text, sent)  # no line, an armed force's word (:mod:`.event_gates`)
    act = _MILITARY_ACTION.search(text, s, e) if acts else None
    if act is not None and _BACKGROUND.search(text, max(s, act.start() - 40), act.start()):
        return False  # "... emptied since Israeli forces took control of the city last year"
    if act is None:  # "Antonivka came under artillery fire", "the town of Dolow ..."
        # "Russian troops were about half a kilometre from Avdiivka": where forces stand
        placed = passive_event(ctx, sent) or forces_placed(ctx, sent)
        return placed and not _described(text, s, e)
    return bool(ctx.literal_places(s, e)) and not _described(text, s, e)


def _finish(
    ctx: _Context,
    d: _Draft,
    date_spans: Sequence[Any],
    quantities: Sequence[Any],
    context_start: int,
    *,
    responds_to: int | None = None,
) -> Claim:
    """The claim record; "the city" may name a place of the two sentences before.

    Metonymic toponyms ("Moscow said", "Kyiv denied") are speakers, not places the
    claim is about: they are left out of its places.
    """
    status, status_cue = "asserted", ""
    if d.statuses:
        _rank, status, status_cue = max(d.statuses, key=lambda s: s[0])
        if status == "weak":
            status = "unverified"
        elif status == "disputed":
            status = answer_status(status_cue)  # "called the claim a fake": denied
        status_cue = status_cue or status
    opens, dateline = dateline_span(ctx.text)
    dateline = dateline if d.start <= opens < d.end else 0  # (a headline before it: none)
    tops = [
        i for i in ctx.places.inside(max(d.start, dateline), d.end) if _literal(ctx.toponyms[i])
    ]
    named = any(ctx.text.find(w, d.start, d.end) >= 0 for w in _BACKREF_WORDS)
    for m in _PLACE_BACKREF.finditer(ctx.text, d.start, d.end) if named else ():
        want = "admin1" if m["w"].lower() in ("region", "province", "oblast") else "place"
        if any(getattr(ctx.toponyms[i], "kind", "") == want for i in tops):
            continue
        # "the region" may be a governor's own, named in his title (geo.text.office_titles)
        earlier = [i for i in ctx.places.inside(context_start, m.start())
                   if getattr(ctx.toponyms[i], "kind", "") == want
                   and (want == "admin1" or _literal(ctx.toponyms[i]))]  # fmt: skip
        if earlier and earlier[-1] not in tops:
            tops.append(earlier[-1])
    feats = ctx.features.inside(d.start, d.end)
    if d.source is not None:
        kind, side, party = "attributed", d.side, d.party
    elif d.cue is None and d.side is not None:  # "Units of the Yug group of forces ..."
        kind, side, party = "reported", d.side, d.party  # a party's words, source unknown
    else:  # the article's own reporting, or a denial whose accuser is unknown
        kind, side, party = "reported", (INDEPENDENT if d.cue is None else None), None
    start = body_start(ctx.text, d.start, d.end)  # not "KYIV (AP) —"
    return Claim(
        start=start,
        end=d.end,
        text=ctx.text[start : d.end],
        source=" ".join(d.source.split()) if d.source else d.source,  # "police in  Aalborg"
        cue=d.cue,
        status=status,
        # not a number of the speaker's phrase ("Two security sources told Reuters", "...,
        # one volunteer said") nor an age ("a 73-year-old woman"): :mod:`.time_spans`
        quantities=tuple(
            quantities[i]
            for i in ctx.quantities.inside(start, d.end)
            if not (
                d.subj_start <= quantities[i].start < d.subj_end
                or unsaid_number(ctx.text, quantities[i], d.subj_start)
            )
        ),
        dates=tuple(date_spans[i] for i in ctx.dates.inside(start, d.end)),  # not the dateline's
        toponyms=tuple(sorted(tops)),
        features=tuple(feats),
        status_cue=status_cue,
        kind=kind,
        side=side,
        party=party,
        responds_to=responds_to,
    )


def _literal(toponym: Any) -> bool:
    """A toponym that names a location (not a speaking government: "Kyiv denied")."""
    return not getattr(toponym, "metonymic", False)
