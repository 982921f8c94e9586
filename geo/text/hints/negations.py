"""Relative-location hints, negated: "..., not to be confused with the town of the same
name north-east of Y", "not the X in Donetsk Oblast", "(not the one near Y)".

:func:`_read_negations` (run by :func:`~geo.text.hints.read_hints`) gives the mention a
negation speaks of its :class:`~geo.text.hints.Negation` records (``against``) and reads
a namesake it names ``apart``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..spatial import compass_bearing
from ..tokens import Mention
from .base import _DIRECTION, _NUMBER, NEAR_KM, Hint, Negation, _band

__all__ = ["NEGATED_BAND_KM", "negation_follows"]

#: A namesake ruled out "north-east of it" with no distance lies within this band.
NEGATED_BAND_KM = (0.0, 150.0)
# "not to be confused with", "not in the town of the same name", "not the one near".
_NEGATION = re.compile(
    r"[Nn]ot\s+(?:(?:in|at|from|near)\s+)?(?:(?P<confused>to\s+be\s+confused\s+with\b)|"
    r"(?:the|a)\s+(?:(?:larger|bigger|smaller|other|better[- ]known)\s+)?"
    r"(?P<noun>town|city|village|settlement|hamlet|one|place|namesake)\b|"
    r"the\s+(?=[A-Z]))",  # "not the Mykolaivka near Sloviansk"
    re.IGNORECASE,
)
_SCOPE_END = re.compile(r"[.;!?)\n]")
_SCOPE_CHARS = 160
_SUBJECT_GAPS = (", ", " in ", " in the ", " near ", " (", ", near ")
# Between a negation and the names it speaks of, only these words: "not to be confused
# with the town of X, which lies north-east of Y"; anything else ends its scope.
_NEG_FILLER = (
    r"(?:[\s,]+|\b(?:of\s+the\s+same\s+name|the|a|an|town|city|village|settlement|hamlet|"
    r"one|place|namesake|larger|bigger|smaller|other|of|that|which|lies|lying|is|sits|"
    r"located|situated|just|some|about|also|called|named)\b)*"
)
# Then where the namesake lies: "47 km south of the ", "near ", "in the ".
_NEG_WHERE = re.compile(
    rf"{_NEG_FILLER}(?:(?P<at>(?:(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?\s*"
    r"(?P<unit>km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\s+"
    rf"(?:to\s+the\s+)?)?(?P<dir>{_DIRECTION})\s+(?:of|from)\s+)|"
    r"(?P<near>(?:near|outside|close\s+to|by|around)\s+)|(?P<in>in\s+))?(?:the\s+)?",
    re.IGNORECASE,
)
# "... that lies north-east of it": the anchor is the subject's own hint anchor.
_NEG_OF_IT = re.compile(rf"(?P<dir>{_DIRECTION})\s+(?:of|from)\s+(?:it|there|here)\b", re.I)


def negation_follows(text: str, end: int) -> bool:
    """Does a negation ("not the town of the same name", "not to be confused with") follow
    a name ending at ``end``, in its sentence?  Then the text tells the name's namesakes
    apart itself (:func:`_read_negations`).

    >>> negation_follows("Shelling hit Mykolaivka, not the one in Donetsk Oblast.", 23)
    True
    >>> negation_follows("Shelling hit Mykolaivka. It was not the first time.", 23)
    False
    """
    stop = _SCOPE_END.search(text, end, end + _SCOPE_CHARS)
    return _NEGATION.search(text, end, stop.start() if stop else end + _SCOPE_CHARS) is not None


def _subject(
    text: str, mentions: Sequence[Mention], hints: dict[int, Hint], at: int, before: int
) -> int:
    """The mention a negation at ``at`` speaks of, or -1: the last name before it
    (mentions[before - 1]) in its sentence, or the name that one locates ("X, south-east
    of Y, not ...": X) or is the container of ("X in Odesa Oblast, not ...": X)."""
    j = before - 1
    if j < 0 or at - mentions[j].end > 120 or _SCOPE_END.search(text, mentions[j].end, at):
        return -1
    while j > 0 and (
        (j - 1 in hints and hints[j - 1].anchor == j)
        or text[mentions[j - 1].end : mentions[j].start] in _SUBJECT_GAPS
    ):
        j -= 1
    return j


def _negations(text: str) -> list[re.Match[str]]:
    """The negation phrases of a text, in order: each "not"/"Not" (found at C speed, not
    by a pattern scanning every character) where one starts a word and the phrase."""
    found = []
    for word in ("not", "Not"):
        at = text.find(word)
        while at >= 0:
            if not (at and text[at - 1].isalnum()):
                match = _NEGATION.match(text, at)
                if match is not None:
                    found.append(match)
            at = text.find(word, at + 3)
    found.sort(key=lambda match: match.start())
    return found


def _read_negations(text: str, mentions: Sequence[Mention], hints: dict[int, Hint]) -> None:
    """Set ``against`` of the mentions a negation speaks of, and ``apart`` of the
    namesakes it names (see :class:`Negation`).  Linear in the text: one search for the
    trigger, then a bounded scope after each."""
    starts = [m.start for m in mentions]
    for trigger in _negations(text):
        before = bisect.bisect_left(starts, trigger.start())
        subject = _subject(text, mentions, hints, trigger.start(), before)
        if subject < 0:
            continue
        scope_end = trigger.end() + _SCOPE_CHARS
        stop = _SCOPE_END.search(text, trigger.end(), scope_end)
        if stop is not None:
            scope_end = stop.start()
        found: list[Negation] = []
        k = bisect.bisect_left(starts, trigger.end())
        done = trigger.end()  # the scope read so far
        while k < len(mentions) and mentions[k].start < scope_end:
            m = mentions[k]
            where = _NEG_WHERE.fullmatch(text, done, m.start)
            if where is None:
                break  # other words: the phrase has ended
            done = m.end
            if m.key == mentions[subject].key:
                m.apart = True  # the namesake itself, named: "the town of X"
            elif where.group("dir"):
                compass = compass_bearing(where.group("dir"))
                try:
                    lo, hi, distance = _band(where, NEGATED_BAND_KM)
                except ValueError:
                    compass = None
                if compass is not None:
                    hint = Hint(k, compass[0], compass[1], lo, hi, distance, trigger.start(), m.end)
                    found.append(Negation(hint, -1, trigger.start(), m.end))
            elif where.group("near"):
                hint = Hint(k, None, 180.0, 0.0, NEAR_KM, None, trigger.start(), m.end)
                found.append(Negation(hint, -1, trigger.start(), m.end))
            elif where.group("in"):
                found.append(Negation(None, k, trigger.start(), m.end))
            k += 1
        of_it = _NEG_OF_IT.search(text, trigger.end(), scope_end)
        if of_it is not None and subject in hints:
            compass = compass_bearing(of_it.group("dir"))
            if compass is not None:
                lo, hi = NEGATED_BAND_KM
                where = Hint(hints[subject].anchor, compass[0], compass[1], lo, hi, None,
                             trigger.start(), of_it.end())  # fmt: skip
                found.append(Negation(where, -1, trigger.start(), of_it.end()))
        if found:
            mentions[subject].against += tuple(found)
