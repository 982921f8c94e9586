"""Relative-location hints in a definition: "Clifton is a hamlet in Oxfordshire, about 6
miles (10 km) south of Banbury", "Trinidad lies 21 miles (33 kilometers) north of Raton",
"Medina is located 3.5 miles south of Hortonville", "the village of Anefis, about 100 km
south of Kidal".

The subject is the mention right before "is", "lies", "is located" ...; the offset is the
first distance and direction in the same clause whose "of" is followed by a mention, the
anchor.  :func:`defined_hints` reads them (one bounded look after each mention: linear in
the text); :func:`geo.text.hints.read_hints` adds them to the hints it reads after a name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..fold import FoldedPattern
from ..spatial import compass_bearing
from ..tokens import Mention
from .base import _DIRECTION, _NUMBER, _UNITS, UNSTATED_BAND_KM, Hint, _band_of

__all__ = ["DEFINITION_REACH", "defined_hints"]

#: How far after its subject a definition's offset is looked for (characters).
DEFINITION_REACH = 240

# Right after the subject: " is a village in ...", " lies ", " is located ", " is situated".
_PREDICATE = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*"  # "Clifton (pop. 300) is", "Tawila, located"
    r"(?:(?:is|was|lies|sits|stands)\s+(?:(?:also|now)\s+)?"
    r"(?:(?:located|situated|sited|found|lying|positioned)\b)?"
    r"|(?:located|situated|lying)\b)",
    re.IGNORECASE,
)
_ABOUT = r"(?:(?:about|some|around|approximately|roughly|nearly|just|only|circa|c\.)\s+)"
_WORD_NUMBERS = {
    w: str(k)
    for k, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_WORD = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
# The offset: "about 6 miles (10 km) south of ", "seven miles (11 km) northwest of ",
# "34 kilometers southeast of ", "3 km to the north-east of ".
_OFFSET = re.compile(
    rf"\b{_ABOUT}?(?:(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?|(?P<word>{_WORD}))"
    rf"(?:\s*|-)(?P<unit>{_UNITS})\b\.?"
    rf"(?:\s*\({_ABOUT}?(?P<lo2>{_NUMBER})\s*(?P<unit2>{_UNITS})\.?\))?"
    rf"\s+(?:to\s+the\s+)?(?P<dir>{_DIRECTION})\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|state\s+capital|capital|county\s+seat)\s+(?:of\s+)?)?"
    # "8 km north-west of the Central Business District of Adelaide": from the city
    r"(?:(?:central\s+business\s+district|cbd|centre|center|city\s+cent(?:re|er)|downtown)"
    r"\s+of\s+)?",
    re.IGNORECASE,
)
#: :data:`_OFFSET` searched case-sensitively on the folded text (same matches, faster).
_FAST_OFFSET = FoldedPattern(_OFFSET.pattern, _OFFSET.flags)
# What a definition's clause holds before its offset: no other clause ("Bakhmut is under
# fire, while X lies 10 km west of Y"), no sentence end.
_CLAUSE_BREAK = re.compile(
    r"[;!?]|\.\s+[A-Z\"“]|\b(?:is|are|was|were|has|have|had|but|while|whereas|where|which|"
    r"who|said|says|after|before|when)\b",
    re.IGNORECASE,
)


def _distance(match: re.Match[str]) -> tuple[str, str | None, str]:
    """The distance a :data:`_OFFSET` match states (low, high, unit): the kilometres when
    both units are given, the figure when the main one is a word ("seven miles (11 km)")."""
    lo2, unit2 = match.group("lo2"), match.group("unit2")
    in_miles = match.group("unit").lower().startswith("mi")
    if lo2 and (match.group("word") or (in_miles and not unit2.lower().startswith("mi"))):
        return lo2, None, unit2
    if match.group("word"):
        return _WORD_NUMBERS[match.group("word").lower()], None, match.group("unit")
    return match.group("lo"), match.group("hi"), match.group("unit")


def defined_hints(
    text: str, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """Hints stated in the definition of a mention: "X is a village in Z, about 6 miles
    (10 km) south of Y" anchors X on Y (the mention right after "of").

    A mention that has a hint in ``hints`` keeps it; returns the new ones only.  One
    look of :data:`DEFINITION_REACH` characters after each mention: linear in the text.

    Examples
    --------
    >>> t = "Clifton is a hamlet in Oxfordshire, about 6 miles (10 km) south of Banbury."
    >>> ms = [Mention(0, 7, "clifton", 0, 0), Mention(23, 34, "oxfordshire", 5, 5),
    ...       Mention(67, 74, "banbury", 15, 15)]
    >>> h = defined_hints(t, ms, {})[0]
    >>> h.anchor, h.bearing_deg, h.distance_km
    (2, 180.0, 10.0)
    """
    starts = {m.start: j for j, m in enumerate(mentions)}
    out: dict[int, Hint] = {}
    subjects: list[tuple[int, int]] = []  # (position, mention) of each sentence's subject
    covered = -1  # the end of the last definition's offset: its names are no subjects
    for k, m in enumerate(mentions):
        if k + 1 >= len(mentions) or m.start < covered:
            continue
        head = _PREDICATE.match(text, m.end)
        if head is None:
            continue
        if _SENTENCE_START.search(text, max(0, m.start - 3), m.start) or m.start == 0:
            subjects.append((m.start, k))
        if k not in hints:
            hint = _offset_after(text, starts, head.end(), k, m.end)
            if hint is not None:
                out[k], covered = hint, hint.end
    if not subjects:
        return out
    # "It is located 8 km north of Y", "The town lies 6 miles south of Y": the sentence's
    # subject is the last one named at a sentence's start.
    at = 0
    for found in _PRONOUN.finditer(text, subjects[0][0]):
        while at + 1 < len(subjects) and subjects[at + 1][0] < found.start():
            at += 1
        where, k = subjects[at]
        if k in hints or k in out or found.start() - where > PRONOUN_REACH:
            continue
        hint = _offset_after(text, starts, found.end(), k, found.start())
        if hint is not None and hint.anchor > k:
            out[k] = hint
    return out


#: A sentence's "It" or "The town" stands for a subject named at most this far before.
PRONOUN_REACH = 1_500
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n\s*)$")
_PRONOUN = re.compile(
    r"(?:(?<=[.!?] )|(?<=\n))(?:It|The\s+(?:city|town|village|hamlet|borough|community|"
    r"municipality|settlement|township|parish|suburb|locality))"
    r"\s+(?:(?:is|was|lies|sits|stands)\s+(?:(?:also|now)\s+)?"
    r"(?:(?:located|situated|sited|found|lying|positioned)\b)?|(?:located|situated|lying)\b)",
)


def _offset_after(
    text: str, starts: Mapping[int, int], begin: int, k: int, start: int
) -> Hint | None:
    """The hint of mention ``k`` the first offset of the clause from ``begin`` states,
    anchored on the mention right after its "of" (``starts``: mention index by start)."""
    found = _FAST_OFFSET.search(text, begin, min(len(text), begin + DEFINITION_REACH))
    if found is None:
        return None
    anchor = starts.get(found.end())
    if anchor is None or anchor <= k:
        return None
    if _CLAUSE_BREAK.search(text, begin, found.start()):
        return None  # another clause, another subject
    return _hint(found, anchor, start)


def _hint(match: re.Match[str], anchor: int, start: int) -> Hint | None:
    compass = compass_bearing(match.group("dir"))
    if compass is None:
        return None
    lo, hi, unit = _distance(match)
    try:
        lo_km, hi_km, distance = _band_of(lo, hi, unit, UNSTATED_BAND_KM)
    except ValueError:
        return None
    return Hint(anchor, compass[0], compass[1], lo_km, hi_km, distance, start, match.end())
