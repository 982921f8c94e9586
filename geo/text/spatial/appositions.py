"""Appositions between a place and the offset that describes where it lies: "Borova,
about 40 km to the south" (Borova lies there, measured from the place named before it),
"Kupiansk, which lies 100 km southeast of the city" (read by :mod:`.distances`).
"""

from __future__ import annotations

import re

from ..apposition_words import DESCRIBED

__all__ = ["_APPOSITION_GAP", "_DESCRIBED_GAP"]

#: A place described as its region's seat before the offset: "El Obeid, the capital of
#: North Kordofan, about 300 km to the east" (El Obeid lies 300 km east of the place
#: before it, not 300 km east of itself).
_REGION_SEAT = (
    r"(?:(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:capital|seat|centre|center|administrative\s+"
    r"centre)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
    r"(?:\s+(?:state|region|province|oblast|governorate|district))?\s*,\s*)?"
)
#: Between a place and an offset that describes where that place lies ("Borova, about
#: 40 km to the south"). Not a parenthesis: "close to Johannesburg (15 kilometres
#: southeast)" is as often where the subject lies from the place as the reverse.
#: The apposition may describe the place first ("Izium, a city about 40 km to the
#: south-east": :data:`geo.text.apposition_words.DESCRIBED`).
_APPOSITION_GAP = re.compile(
    r"\s*[,–—]\s*"
    + _REGION_SEAT
    + DESCRIBED
    + r"(?:(?:about|some|roughly|around|approximately|nearly|almost|just|"
    r"only|over|under|less\s+than|more\s+than)\s+)?",
    re.IGNORECASE,
)


#: Between a place and an offset from "the city" that says where that place lies: an
#: apposition ("Kupiansk, about 100 km southeast of the city") or a verb of lying
#: ("Kupiansk, which lies 100 km ...", "Kupiansk is located 100 km ...").
_DESCRIBED_GAP = re.compile(
    _APPOSITION_GAP.pattern
    + r"|\s*,?\s+(?:which\s+|that\s+)?(?:lies|lay|sits|sat|is|was|stands)\s+"
    r"(?:(?:located|situated|some|about|roughly|around|approximately|nearly|almost|just|"
    r"only)\s+){0,2}",
    re.IGNORECASE,
)
