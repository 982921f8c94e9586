"""A name of a "near" list the gazetteer has once, in its partner's region.

"Power lines near Kakhovka and Chaplinka were damaged": the partners of a tight list
locate a name the gazetteer lacks around the anchor (:mod:`geo.text.list_reach`), but a
name it has as exactly one place of the anchor's country (:func:`sole_place`), in the
anchor's own first-level region and within :data:`~geo.text.list_reach.TIGHT_KM` of it,
is that place: Chaplynka lies 50 km from Kakhovka, both in Kherson Oblast, and no
reader would put a second Chaplinka beside Kakhovka.  A name with many namesakes in
the country (an Andriivka), or a sole one in another region or farther off ("near
Novotroitske, Udachne and Zvirove"), is left to the list.  :func:`lone_place` tells
:func:`geo.text.anchors.settle_lists` when a pair's far reading stays: the name's one
place along the front, or its one place in a country of no front region ("near Tell
Abyad and Ras al-Ain", Syria's border towns 101 km apart).  :func:`town_pair_area`
widens the area of a name the gazetteer lacks estimated by its partner in sparse land
("around Masisi and Rutshuru": Masisi lies 73 km from Rutshuru).  Cost: the mention's
candidates; the partner's nearest places, once per partner.
"""

from __future__ import annotations

from typing import Any

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, ring
from .candidates import MAX_CANDIDATES
from .direction_namesakes import _neighbour_km
from .front import FRONT_REGIONS
from .hints import NEAR_KM
from .list_reach import ASTRAY_KM, TIGHT_KM, sole_place
from .tokens import Mention

__all__ = ["lone_place", "sole_in_region", "town_pair_area"]

_FRONT_COUNTRIES = frozenset(cc for cc, _ in FRONT_REGIONS)
#: A pair's names lie at most this far apart (km): "Tell Abyad and Ras al-Ain", 101 km.
PAIR_TOWN_KM = 3 * NEAR_KM


def sole_in_region(gaz: Gazetteer, m: Mention, own: int | None, partner: int) -> bool:
    """Is ``own`` (the reading of mention ``m``) the one place of ``m``'s name in the
    partner's country, in the partner's first-level region, within
    :data:`~geo.text.list_reach.TIGHT_KM` of the partner's place (within
    :data:`~geo.text.list_reach.ASTRAY_KM` when it is the only place of the name the
    gazetteer has anywhere, by its own name or an alias: "near Lelchitsy, Khoiniki and
    Bragin", 120 km apart)?"""
    if own is None or not gaz.is_place(own) or not gaz.is_place(partner):
        return False
    if gaz.country_code(own) != gaz.country_code(partner):
        return False
    if gaz.admin1(own)[0] != gaz.admin1(partner)[0]:
        return False
    if sole_place(gaz, m, gaz.country_code(partner)) != own:
        return False
    # A place's own name (or alias) the gazetteer has for no other place anywhere may lie
    # farther off; a village read by an alternate name ("Pobeda" in a Russian summary)
    # may be a namesake of one the gazetteer lacks.
    only = sum(1 for c in m.candidates if gaz.is_place(c.record)) == 1 and min(
        (c.quality for c in m.candidates if c.record == own), default=99
    ) <= QUALITY_ALIAS
    return distance_km(gaz.lat_lon(own), gaz.lat_lon(partner)) <= (ASTRAY_KM if only else TIGHT_KM)


def lone_place(gaz: Gazetteer, m: Mention, rec: int, anchor_rec: int) -> bool:
    """Is ``rec`` the mention's only place candidate (its own name or another name of
    it, not one only spelt like it), with it and the anchor's place both where the war
    in Ukraine is fought (:data:`geo.text.front.FRONT_REGIONS`), or its only one in the
    anchor's country when that has no front region?  The gazetteer holds no other place
    the name could mean: the front's dense namesakes make a far one doubtful, not a
    country's few towns ("near Tell Abyad and Ras al-Ain", 101 km apart in Syria)."""
    if m.fuzzy:
        return False
    places = [c.record for c in m.candidates[:MAX_CANDIDATES] if gaz.is_place(c.record)]
    where = [(gaz.country_code(r), gaz.admin1(r)[0]) for r in (rec, anchor_rec)]
    if all(w in FRONT_REGIONS for w in where):
        return places == [rec]
    cc = where[1][0]
    return cc not in _FRONT_COUNTRIES and [p for p in places if gaz.country_code(p) == cc] == [rec]


def town_pair_area(
    gaz: Gazetteer, partner: int | None, located: tuple[tuple[float, float], Any] | None
) -> tuple[tuple[float, float], Any] | None:
    """``located`` (the (lat, lon) point and shapely area of a name the gazetteer lacks,
    estimated by its "near" partner ``partner``, a record), its area widened to the disc
    around the point of twice the distance to the partner's
    :data:`~geo.text.direction_namesakes.SPARSE_NEIGHBOURS`-th nearest populated place
    (at most :data:`PAIR_TOWN_KM`); the point stays.  A pair names places of one
    neighbourhood, and where places lie far apart so do the pair's: "around Masisi and
    Rutshuru" (73 km; Rutshuru's tenth nearest place lies 46 km off), "Tell Abyad and Ras
    al-Ain" (101 km); in Gaza (a tenth place within 10-15 km) and in
    :data:`FRONT_REGIONS` (analysts' lists of villages a few km apart, however few the
    index holds there) the area stays the list's own."""
    if located is None or partner is None or not gaz.is_place(partner):
        return located
    if (gaz.country_code(partner), gaz.admin1(partner)[0]) in FRONT_REGIONS:
        return located  # an analyst's list of front villages: tight, however sparse the index
    radius_km = min(PAIR_TOWN_KM, 2.0 * _neighbour_km(gaz, partner)[-1])
    if radius_km <= NEAR_KM:
        return located
    point, area = located
    return point, area.union(ring(point, radius_km))
