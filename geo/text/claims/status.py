"""Claims stage 3, status: how sure anyone is of a claim, in its sentence or after it.

The status cues (:mod:`~geo.text.claims.cues`: denied, disputed, unverified,
confirmed and the weak "reportedly") found in a sentence, appositions that qualify
what precedes them ("a figure Ukraine has not confirmed"), reactions in a later
sentence ("Kyiv denied the accusation.") and contradictions from the other side
("fighting continued").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..fold import FoldedPattern, folded
from .context import _Attribution, _Context, _Draft
from .cues import (
    _ADJECTIVE_CONFIRMED,
    _APPOSITION,
    _BACKREF,
    _BACKREF_NOUNS,
    _BACKREF_START,
    _CONFIRM,
    _CONTENT_MARKERS,
    _CONTRADICTION,
    _DENY,
    _DISPUTE_CALL,
    _DISPUTE_VERB,
    _EMBEDDED_CLAIM,
    _HYPOTHETICAL,
    _NEG_VERIFY,
    _NEGATED_BEFORE,
    _NO_COMMENT,
    _NO_EVIDENCE,
    _NOT_SEEN,
    _PASSIVE_DENIAL,
    _PRONOUN_OBJECT,
    _STATUS_RANK,
    _UNVERIFIED,
    _WEAK,
)
from .filmed import verifies_filming
from .only_seen import only_seen
from .segmentation import Sentence, _overlaps
from .sides import INDEPENDENT, speaker_side
from .speakers import _countries
from .stems import _STATUS_HINT, _STATUS_HINT_WORDS, status_hints
from .verdicts import checkers_rating
from .verified_tallies import tally_cue_at
from .vocab import _SOURCE_NOUNS

__all__ = [
    "_ADJECTIVE_CONFIRMED",
    "_APPOSITION",
    "_BACKREF",
    "_BACKREF_NOUNS",
    "_BACKREF_START",
    "_CONFIRM",
    "_CONTENT_MARKERS",
    "_CONTRADICTION",
    "_DENY",
    "_DISPUTE_CALL",
    "_DISPUTE_VERB",
    "_EMBEDDED_CLAIM",
    "_HYPOTHETICAL",
    "_NEG_VERIFY",
    "_PASSIVE_DENIAL",
    "_PRONOUN_OBJECT",
    "_STATUS_HINT",
    "_STATUS_HINT_WORDS",
    "_STATUS_RANK",
    "_UNVERIFIED",
    "_WEAK",
    "_apposition",
    "_clean",
    "_other_side",
    "_reaction_cue",
    "_status_matches",
    "_unmask",
    "clause_cue",
    "concession_status",
    "status_hints",
]


def _reaction_cue(
    text: str, sent: Sentence, attr: _Attribution | None, start: int, end: int
) -> str:
    """The words of a reaction to an earlier claim: "Kyiv denied any involvement",
    "The figure could not be independently verified"."""
    cue_start = attr.subj_start if attr is not None else sent.start
    if start - cue_start > 60:
        cue_start = start
    tail = re.compile(r"[^,.;:—–()“”\"]*").match(text, end, sent.end)
    words = list(re.finditer(r"\S+", text[end : tail.end()]))
    cue_end = end
    if words and len(words) <= 8 and words[0].group().lower() != "that":
        cue_end = end + words[-1].end()
    cue_start = min(cue_start, start)
    return _clean(text[cue_start : _quote_closed(text, cue_start, cue_end, sent.end)])


def _other_side(ctx: _Context, prev: _Draft, attr: _Attribution) -> bool:
    """Whether ``attr``'s speaker is another party than the speaker of ``prev``."""
    if prev.source is None or attr.source is None:
        return prev.source != attr.source
    if prev.source == attr.source:
        return False
    side, _ = speaker_side(ctx, attr.subj_start, attr.subj_end, attr.source)
    if side not in (None, INDEPENDENT) and prev.side not in (None, INDEPENDENT):
        return side != prev.side  # "Moscow-installed officials in Donetsk" vs "Kyiv"
    theirs = set(_countries(ctx, attr.subj_start, attr.subj_end))
    ours = set(_countries(ctx, prev.subj_start, prev.subj_start + len(prev.source)))
    if prev.kind == "person" or prev.subj_start < 0:
        ours = set()
    return not (theirs and ours and theirs & ours)


def _unmask(s_text: str, offset: int, masked: list[tuple[int, int]]) -> str:
    chars = list(s_text)
    for a, b in masked:
        for i in range(max(0, a - offset), min(len(chars), b - offset)):
            chars[i] = " "
    return "".join(chars)


def clause_cue(text: str, start: int, at: int, end: int) -> str:
    """The words of a status at ``text[at:end]`` with the clause they close, from the last
    comma or semicolon before them in the sentence that starts at ``start`` ("Israel said
    it targeted a headquarters; Hezbollah did not comment": "Hezbollah did not comment")."""
    k = max(text.rfind(";", start, at), text.rfind(",", start, at))
    k = k + 1 if k >= 0 else start
    return _clean(text[k : _quote_closed(text, k, end, len(text))])


def _quote_closed(text: str, start: int, end: int, stop: int) -> int:
    """``end``, or past the quotation mark closing one the words ``text[start:end]`` open
    (before ``stop``, 60 characters at most): 'called the claim "a lie."', not '... "a lie'.

    >>> t = 'Kyiv called the claim "a lie." Then'
    >>> t[: _quote_closed(t, 0, 27, len(t))]
    'Kyiv called the claim "a lie."'
    """
    words = text[start:end]
    close = '"' if words.count('"') % 2 else "”" if words.count("“") > words.count("”") else ""
    if not close:
        return end
    at = text.find(close, end, min(stop + 1, end + 60, len(text)))
    return end if at < 0 else at + 1


def _clean(cue: str) -> str:
    """Status words without edge punctuation or a leading conjunction ("but Kyiv denies it")."""
    cue = cue.strip(" \t\n,;:—–-.").strip()
    # Not before a speaker of its own ("but another milblogger denied this claim"): the
    # words then place the status before that speaker's claim.
    return re.sub(
        r"^(?:but|and|yet|though|although|while)\s+(?!another\s)", "", cue, flags=re.IGNORECASE
    )


#: The status patterns searched case-sensitively on the folded text (same matches,
#: :mod:`geo.text.fold`), compiled on first use.
_FOLDED = {
    rx: FoldedPattern(rx.pattern, rx.flags)
    for rx in (
        _NEG_VERIFY,
        _UNVERIFIED,
        _NO_COMMENT,
        _NO_EVIDENCE,
        _NOT_SEEN,
        _WEAK,
        _PASSIVE_DENIAL,
        _DENY,
        _DISPUTE_CALL,
        _DISPUTE_VERB,
        _CONFIRM,
    )
}


#: Pieces every match of a status pattern holds (lower case): a sentence whose folded
#: text has none of a pattern's pieces is not searched with it (same matches).
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _NEG_VERIFY: (
        "confirm", "verif", "corroborat", "substantiat", "authenticat", "evidence", "independently"
    ),
    _UNVERIFIED: ("confirm", "verif", "corroborat", "substantiat", "evidence", "geoloc", "geo-loc"),
    _NO_COMMENT: (
        "comment", "respon", "looking", "investigat", "checking", "review", "examin", "address"
    ),
    _NOT_SEEN: ("footage", "imagery", "evidence", "confirmation", "video", "images", "photos"),
    _NO_EVIDENCE: ("evidence",),
    _WEAK: ("reported", "alleged", "purported", "supposed", "claimed", "rumo", "said"),
    _PASSIVE_DENIAL: ("denied",),
    _DENY: ("den", "refut", "dismiss"),
    _DISPUTE_CALL: ("dismiss", "reject", "brand", "call", "describ", "label", "termed", "rate"),
    _DISPUTE_VERB: ("disput", "contest", "reject", "dismiss", "challeng", "contradict", "support"),
    _CONFIRM: ("confirm", "verifi", "corroborat", "authenticat"),
}


def _status_matches(text: str, sent: Sentence) -> list[tuple[int, int, int, str]]:
    """(start, end, rank, status) of every status cue in the sentence, in text order."""
    s, e = sent.start, sent.end
    low = folded(text)[s:e]  # what the folded patterns read
    if ("rate" in low or "label" in low) and checkers_rating(text, s, e):
        return []  # "PolitiFact rated the claim false": a verdict (:mod:`.verdicts`)

    def matches(rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        if any(map(low.__contains__, _NEEDS[rx])):
            yield from _FOLDED[rx].finditer(text, s, e)

    found: list[tuple[int, int, int, str]] = []
    negated: list[tuple[int, int]] = []
    for m in matches(_NEG_VERIFY):
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "unverified"))
        negated.append(m.span())
    for m in matches(_UNVERIFIED):
        if _reported_finding(text, s, m):
            continue  # "UNIFIL said its patrols had found no evidence of rocket launches"
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "unverified"))
        negated.append(m.span())
    seen = (*matches(_NOT_SEEN), *only_seen(text, s, e))  # "has only observed ..."
    for m in (*matches(_NO_COMMENT), *seen, *matches(_NO_EVIDENCE)):
        if _reported_finding(text, s, m):
            continue  # "said its patrols had found no evidence of rocket launches"
        if _overlaps(m.span(), negated):
            if _BACKREF.search(text, s, e):
                continue  # "not observed evidence to confirm the Russian claim": above
            # "ISW has found no evidence of Russian forces in Vyimka": about the claim
            # before, like no footage seen.
            found = [f for f in found if not (f[0] < m.end() and m.start() < f[1])]
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "nocomment"))
        negated.append(m.span())
    for m in matches(_WEAK):
        found.append((m.start(), m.end(), _STATUS_RANK["weak"], "weak"))
    passive = [m.span() for m in matches(_PASSIVE_DENIAL)]
    for m in matches(_DENY):
        if _overlaps(m.span(), negated) or _overlaps(m.span(), passive):
            continue
        found.append((m.start(), m.end(), _STATUS_RANK["denied"], "denied"))
    for m in matches(_DISPUTE_CALL):
        found.append((m.start(), m.end(), _STATUS_RANK["disputed"], "disputed"))
    for m in matches(_DISPUTE_VERB):
        if any(a <= m.start() < b for a, b, _, st in found if st == "disputed"):
            continue
        if _NEGATED_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "a claim the junta has not disputed": nothing is disputed
        if _OTHERS_CLAIM.match(text, m.start()):
            continue  # "..., Ukrainian officials said, contradicting Moscow's assertion"
        found.append((m.start(), m.end(), _STATUS_RANK["disputed"], "disputed"))
    for m in matches(_CONFIRM):
        if _ADJECTIVE_CONFIRMED.search(text, max(s, m.start() - 25), min(e, m.end() + 25)):
            continue  # "38 confirmed cases", "the confirmed death toll"
        if _overlaps(m.span(), negated) or _HYPOTHETICAL.search(
            text, max(s, m.start() - 40), m.start()
        ):
            continue  # "tests to confirm", "if the analysis confirms"
        if _NEGATED_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "did not make confirmed advances": nothing is confirmed
        if verifies_filming(text, m.end(), e) or tally_cue_at(text, m.start(), e):
            continue  # "We verified that the video was filmed in ...": not what it shows
        found.append((m.start(), m.end(), _STATUS_RANK["confirmed"], "confirmed"))
    found.sort()
    return found


#: The speaker's own participle against another party's claim: "..., Ukrainian officials
#: said, contradicting Moscow's assertion" disputes Moscow's (unstated) claim, not theirs.
_OTHERS_CLAIM = re.compile(r"contradicting\s+(?:the\s+)?[A-Z][\w-]*[’']s\s")
#: A finding of no evidence about something ("found no evidence of rocket launches").
_FINDING = re.compile(r"(?:seen|observed|found)\s+no\s+(?:\w+\s+)?evidence\s+(?:of|that)\b")
#: A cue that reports what follows: "said its patrols had found no evidence of ...".
_REPORTING_CUE = re.compile(r"\b(?:said|says|told|stated|reported|announced)\b")


def _reported_finding(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the unverified cue ``m`` is a finding a speaker reports (a cue verb before
    it in the sentence, which starts at ``start``): what they say, not a status of what
    was said before ("ISW has found no evidence of ..." stays a status)."""
    return bool(_FINDING.match(text, m.start())) and bool(
        _REPORTING_CUE.search(text, start, m.start())
    )


#: A speaker of its own after "but" in an apposition: ", but another milblogger denied".
_SUBJECT_AFTER_BUT = re.compile(
    r"\s*(?:but|yet|while)\s+(?:(?:another|a|an|the|other)\s+\w|(?:[a-z]+\s+){0,2}[A-Z]|"
    r"(?:[a-z]+\s+)?(?:" + "|".join(sorted(_SOURCE_NOUNS)) + r")\s*$)"
)  # "but another milblogger", "but rebel spokesman Willy Ngoma", "but Kyiv", "but rights
# groups disputed"
#: The same speaker saying something more: "and stated that", "and said".
_AND_SAID = re.compile(
    r"\s+and\s+(?=(?:stated|said|added|noted|insisted|claimed|reported|blamed|accused)\b)"
)
#: ... or going on with a frame of their own: ", saying ...".
_THEN_SAYING = re.compile(r",\s+(?:saying|adding|insisting|stating)\b")


def _apposition(text: str, sent: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The span of an apposition holding a status about what precedes it, or None.

    "... 76,000 troops—a figure Ukraine has not confirmed ...", ", a claim X denied",
    ", which Kyiv denied", ", though Reuters could not verify it".
    """
    window = text[sent.start : start]
    cut = max(window.rfind(c) for c in (",", ";", "—", "–", "(", " - "))
    if cut <= 0:
        return None
    seg_start = sent.start + cut + 1
    if not text[sent.start : seg_start - 1].strip():
        return None
    if not _APPOSITION.match(text, seg_start, start):
        return None
    if text[seg_start:start].strip().lower() in ("but", "yet", "but also", "and"):
        return None  # "..., but denied that its fighters had been defeated": the subject's
    tail = re.compile(r"[,;—–)]|\.(?=[\"”’]?\s*$)").search(text, end, sent.end)
    region_end = tail.start() if tail else sent.end
    if _SUBJECT_AFTER_BUT.match(text, seg_start, start):
        # ", but another milblogger denied this claim and stated that fighting continues":
        # the status ends where the speaker goes on to say something of their own.
        if _THEN_SAYING.match(text, region_end):
            # ", but rebel spokesman Willy Ngoma rejected the claim, saying fighters still
            # held the hills": a speaker with a claim of their own, no apposition.
            return None
        more = _AND_SAID.search(text, end, region_end)
        region_end = more.start() if more else region_end
    while region_end > end and text[region_end - 1] in '.”"’ ':
        region_end -= 1
    return seg_start, region_end


#: What keeps a retreat from conceding the place ("withdrawn from positions on the
#: village's northern edge ..., but denied its troops were surrounded and said fighting
#: continued"): the side still fights there or denies it was beaten (a retreat "to
#: avoid encirclement" alone still concedes, and so does one from a town whose side
#: "still held the surrounding hills": ground around it, not the place).
_HELD_ON = re.compile(
    r"\b(?:fighting\s+(?:continu|went\s+on|goes\s+on|is\s+going\s+on|was\s+going\s+on)|"
    r"still\s+(?:hold|held|control|defend)(?!\w*\s+(?:the\s+)?(?:surrounding|nearby|neighbou?ring)\b)|"
    r"denied\b[^.;]{0,60}?\b(?:encircl|surround|"
    r"lost|los(?:s|ing)|captur|fall|fell))",
    re.IGNORECASE,
)


def concession_status(text: str, start: int, end: int, cue: str) -> tuple[int, str, str]:
    """The status a side's retreat in its claim ``text[start:end]`` gives the other
    side's claim of the place: confirmed (conceded, outranking all else), or disputed when
    the same claim holds on (see ``_HELD_ON``)."""
    if _HELD_ON.search(text, start, end) is not None:
        return _STATUS_RANK["disputed"], "disputed", cue
    return _STATUS_RANK["conceded"], "confirmed", cue
