"""Resolution, a known town kept against a hint it does not fit in its own region.

"Fighting raged near Kupiansk, about 40 km east of Kharkiv": Kupiansk lies 110 km
east of Kharkiv; "near Izium, 5 km from Kharkiv": Izium lies 120 km off.  A reporter's
wrong figure moves no town a reader knows: the gazetteer's town of
:data:`~geo.text.hints.base.TOWN_POPULATION` people or more, in the first-level region
of the hint's anchor and within :data:`REGION_TOWN_KM` of it, is the place meant (an
estimate at the stated distance would put a town that exists where it does not).  A
village of the name that fits the hint is found before this rule
(:func:`geo.text.direction_namesakes.directed_namesake`); a town of another region, or
one of several towns of the name, stays an estimate ("Oleksandrivka, 20 km west of
Kramatorsk" is a village the gazetteer lacks, not the town of Kirovohrad Oblast), and so
does a name the text defines ("Soho is an area ..., 2 miles north west of Birmingham").
:func:`geo.text.hinted.keeps_city` asks it.  Cost: the mention's candidates; the name's
first offset in the text is found once a name (a small memo of recent texts' names).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..geometry import distance_km
from .definitions import is_definition
from .hints.base import TOWN_POPULATION
from .tokens import Mention

__all__ = ["REGION_TOWN_KM", "town_in_anchor_region"]

#: A town kept so lies this near (km) its hint's anchor at most (a region's span).
REGION_TOWN_KM = 200.0


def town_in_anchor_region(text: str, gaz: Any, m: Mention, rec: int, anchor: int) -> bool:
    """Is ``rec`` (a record read for mention ``m`` of ``text``) the only town of
    :data:`~geo.text.hints.base.TOWN_POPULATION` people among the name's candidate places,
    in the country and first-level region of place ``anchor`` (a record) and within
    :data:`REGION_TOWN_KM` of it (geodesic)?  Not where the text defines the name ("Soho
    is an area ... 2 miles north west of Birmingham city centre": its offset is the
    definition's own, not a reporter's figure; Soho, London, lies 160 km off)."""
    if not gaz.is_place(rec) or not gaz.is_place(anchor):
        return False
    first = _first_offset(text, text[m.start : m.end])  # the name's first mention defines it
    if is_definition(text, m.end) or is_definition(text, first + m.end - m.start):
        return False
    if gaz.population(rec) < TOWN_POPULATION:
        return False
    if gaz.country_code(rec) != gaz.country_code(anchor):
        return False
    if gaz.admin1(rec)[0] != gaz.admin1(anchor)[0] or not gaz.admin1(rec)[0]:
        return False
    towns = [
        c.record
        for c in m.candidates
        if gaz.is_place(c.record) and gaz.population(c.record) >= TOWN_POPULATION
    ]
    if towns != [rec] and set(towns) != {rec}:
        return False
    return distance_km(gaz.lat_lon(rec), gaz.lat_lon(anchor)) <= REGION_TOWN_KM


@lru_cache(maxsize=256)
def _first_offset(text: str, name: str) -> int:
    """The offset of ``name``'s first occurrence in ``text`` (-1: none), found once a
    (text, name): a text's hash is kept by the string, so a look-up costs the name."""
    return text.find(name)
