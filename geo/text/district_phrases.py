"""A name followed by the district it lies in, in the ways reports write it: "shelled
Zmiivka in the Beryslav district", "Zmiivka in Beryslav district" (no "the"), "Tiahynka
on the right bank in Beryslav district" (a few words between).

:func:`district_follows` lets recognition keep a lone name the gazetteer lacks there
(:func:`geo.text.spellings.unknown_name`); :func:`district_gap` lets
:func:`geo.text.city_parts` read the words between a name and its district's town, so the
name is estimated in that district.  A substring gate before the one anchored regex.
"""

from __future__ import annotations

import re

__all__ = ["district_follows", "district_gap"]

#: Between a name and its district's town: "in the", "in", ", in the", "of the", or a
#: short lowercase phrase before them ("on the right bank in", "near the river in").
_GAP = (
    r"(?:,?\s+(?:on|at|along|by|near)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)?"
    r",?\s+(?:in|of)\s+(?:the\s+)?"
)
_GAP_RE = re.compile(_GAP)
#: ... then the town's name (one or two capitalised words) and the district word.
_FOLLOWS = re.compile(
    _GAP + r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?\s+(?i:district|raion|rayon)\b(?!\s+of\b)"
)
#: How far after a name the district word is looked for (characters).
_REACH = 90
_WORDS = ("district", "raion", "rayon")


def district_follows(text: str, end: int) -> bool:
    """Does a district phrase follow the name ending at ``end`` ("X in the Beryslav
    district", "X on the right bank in Beryslav district")?

    >>> district_follows("Shells hit Zmiivka in Beryslav district.", 18)
    True
    >>> district_follows("Shells hit Zmiivka on the right bank in the Beryslav raion.", 18)
    True
    >>> district_follows("Shells hit Zmiivka in the city of Beryslav.", 18)
    False
    """
    window = text[end : end + _REACH].lower()
    if not any(w in window for w in _WORDS):
        return False
    return _FOLLOWS.match(text, end) is not None


def district_gap(text: str, end: int, start: int) -> bool:
    """Are the characters ``end``..``start`` (between a name and the next mention) a
    district phrase's gap ("in", "in the", "on the right bank in")?

    >>> t = "Tiahynka on the right bank in Beryslav district"
    >>> district_gap(t, 8, 30), district_gap(t, 8, 16)
    (True, False)
    """
    return _GAP_RE.fullmatch(text, end, start) is not None
