"""A "near" phrase after a name: "Klishchiivka near Bakhmut", "Berdychi on the outskirts
of Avdiivka", "Pisky, not far from the town of Avdiivka".

:data:`NEAR_AFTER` is the gap between a name (or a list's last name) and the anchor the
phrase names, read by :func:`geo.text.anchors.anchor_after`; :func:`near_follows` tells
whether such a phrase and a capitalised name follow, for a name the gazetteer lacks
(:mod:`geo.text.spellings`). One anchored match: constant work per name.
:func:`adjacent` tells a known place so near a hint's anchor that it is the place meant
whatever direction the text gives.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint

__all__ = ["ADJACENT_KM", "NEAR_AFTER", "adjacent", "near_follows"]

#: The gap between a list's last name and the anchor a "near" phrase names after it.
NEAR_AFTER = re.compile(
    r"\s+(?:near|outside|around|close\s+to|not\s+far\s+from|(?:in\s+the\s+)?vicinity\s+of"
    r"|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?",
    re.IGNORECASE,
)


def near_follows(text: str, end: int) -> bool:
    """Does a "near" phrase and a capitalised name follow ``text[:end]`` ("Klishchiivka
    near Bakhmut", "Berdychi on the outskirts of Avdiivka")?

    >>> near_follows("captured Klishchiivka near Bakhmut", 21)
    True
    >>> near_follows("fighters near the front", 8)
    False
    """
    m = NEAR_AFTER.match(text, end)
    return m is not None and text[m.end() : m.end() + 1].isupper()


#: A known place this near (km) the anchor of a hint with a direction and no distance is
#: the place meant, whatever the direction: "east of Myrnohrad near Hrodivka and
#: Rodynske" (Rodynske lies 7 km north-west of it); an estimate in the stated direction
#: would lie farther from it than the place does.
ADJACENT_KM = 12.0


def adjacent(gaz: Gazetteer, hint: Hint, here: tuple[float, float], rec: int | None) -> bool:
    """Is ``rec`` a populated place within :data:`ADJACENT_KM` of ``here`` (the hint's
    anchor's (lat, lon), degrees), the hint stating no distance?"""
    return (
        rec is not None
        and hint.distance_km is None
        and gaz.is_place(rec)
        and distance_km(here, gaz.lat_lon(rec)) <= ADJACENT_KM
    )
