"""Stage 3b of the geoparser, its look back: does a direction or a district phrase stand
earlier in a name's paragraph ("In the Siversk direction, ... near Vyimka", "In the
Grayvoron district, ... In Glotovo")?  Recognition asks it of a name the gazetteer lacks
(:func:`geo.text.spellings.unknown_name`); :mod:`geo.text.directions` anchors the name.
A bounded look back: linear in the text.
"""

from __future__ import annotations

import re

__all__ = ["direction_before", "district_before"]


#: How far back in its paragraph a name looks for a direction phrase.
_DIRECTION_REACH = 600
_DIRECTION_WORD = re.compile(r"\b(?:direction|axis|district|raion|rayon)\b(?!s)", re.IGNORECASE)
_DISTRICT_WORD = re.compile(r"\b(?:district|raion|rayon)\b(?!s)", re.IGNORECASE)


def direction_before(text: str, start: int) -> bool:
    r"""Does a direction phrase ("the Siversk direction") stand earlier in the paragraph
    of the name at ``start``, within :data:`_DIRECTION_REACH` characters?  A bounded look
    back: recognition asks it for a name after "near" that the gazetteer lacks.

    >>> t = "In the Siversk direction, fighting went on near Vyimka.\nLater, near Vyimka."
    >>> direction_before(t, 48), direction_before(t, 69)
    (True, False)
    """
    return _before(text, start, _DIRECTION_WORD)


def district_before(text: str, start: int) -> bool:
    """Does a district phrase ("In the Grayvoron district") stand earlier in the
    paragraph of the name at ``start``, as :func:`direction_before` asks?

    >>> district_before("In the Grayvoron district, Kozinka was shelled. In Glotovo, a", 61)
    True
    """
    return _before(text, start, _DISTRICT_WORD)


def _before(text: str, start: int, word: re.Pattern[str]) -> bool:
    lo = max(0, start - _DIRECTION_REACH)
    paragraph = text.rfind("\n", lo, start)
    return word.search(text, max(lo, paragraph + 1), start) is not None
