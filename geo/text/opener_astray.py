"""A village read by another name of a place far from its sentence's "Near X," town.

"Near Bakhmut, Ukrainian forces said they recaptured Klishchiivka and Andriivka": the
sentence's opener puts its villages around Bakhmut (a direction's scope,
:func:`geo.text.directions.anchor_directions`, gives them a "near" hint on it), yet the
gazetteer may hold the name only as another name of a village 40 km off (Sukhanivka,
once Andriivka, by Sloviansk) and lack the one meant.  :func:`opener_astray` tells the
geoparser such a reading is a namesake: the name is estimated around the town instead.
Cost: a look at a few characters before the anchor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from ..geometry import distance_km
from .direction_words import NEAR_WORDS, any_of
from .hints import Hint
from .hints.base import CITY_POPULATION, TOWN_POPULATION
from .scaled_hints import SMALL_TOWN_REACH_KM
from .tokens import Mention

__all__ = ["OPENER_REACH_KM", "opener_astray"]

#: A village a sentence's "Near X," puts by a town lies within this of it (km): a small
#: town's reach, read loosely.
OPENER_REACH_KM = 1.5 * SMALL_TOWN_REACH_KM
#: A sentence's start, then "Near", "Around" or "Outside" right before the anchor.
_OPENER = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]\n))[ \t]*" + any_of(*(w.capitalize() for w in NEAR_WORDS))
    + r"\s+$",
    re.MULTILINE,
)
_LOOK_BACK = 12  # characters before the anchor: "Outside " and a line's indent
#: A place's name this alike the name read (difflib ratio) is a spelling of it.
_SPELLING_RATIO = 0.75


def opener_astray(
    text: str,
    gaz: Any,
    hint: Hint | None,
    mentions: Sequence[Mention],
    m: Mention,
    anchor: int | None,
    rec: int | None,
) -> bool:
    """Is the place ``rec`` (gazetteer record) mention ``m`` was read as, a village
    (fewer than :data:`~geo.text.hints.base.TOWN_POPULATION` people) the name is only
    another name of (not a spelling of its own), farther than :data:`OPENER_REACH_KM`
    from the town ``anchor`` (a record of fewer than
    :data:`~geo.text.hints.base.CITY_POPULATION`) that ``hint`` (no bearing, no
    distance, spanning the name alone) locates it by, a town named earlier as its
    sentence's opener ("Near Bakhmut, ...")?"""
    if hint is None or anchor is None or rec is None or m.fuzzy:
        return False
    if hint.bearing_deg is not None or hint.distance_km is not None or hint.start != m.start:
        return False
    town = mentions[hint.anchor]
    if town.end > m.start or not text.startswith(",", town.end):
        return False
    if not (gaz.is_place(anchor) and gaz.is_place(rec)):
        return False
    if gaz.population(rec) >= TOWN_POPULATION or gaz.population(anchor) >= CITY_POPULATION:
        return False
    if SequenceMatcher(None, m.key, gaz.name_key(rec)).ratio() >= _SPELLING_RATIO:
        return False  # "Andriyivka" for "Andriivka": the name itself
    if distance_km(gaz.lat_lon(anchor), gaz.lat_lon(rec)) <= OPENER_REACH_KM:
        return False
    return _OPENER.search(text, max(0, town.start - _LOOK_BACK), town.start) is not None
