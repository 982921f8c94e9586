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
Abyad and Ras al-Ain", Syria's border towns 101 km apart).  :func:`town_pair_reach_km`
widens the reach of a name the gazetteer lacks estimated by such a town ("around Masisi
and Rutshuru": Masisi lies 73 km from Rutshuru).  Cost: the mention's candidates.
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import MAX_CANDIDATES
from .front import FRONT_REGIONS
from .hints import NEAR_KM
from .list_reach import ASTRAY_KM, TIGHT_KM, sole_place
from .tokens import Mention

__all__ = ["lone_place", "sole_in_region", "town_pair_reach_km"]

_FRONT_COUNTRIES = frozenset(cc for cc, _ in FRONT_REGIONS)
#: A town this populous (people), off the front, is listed with its peers: other towns ...
PAIR_TOWN_POPULATION = 10_000
#: ... up to this far from it (km): "Tell Abyad and Ras al-Ain" lie 101 km apart.
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


def town_pair_reach_km(gaz: Gazetteer, partner: int | None, reach_km: float | None) -> float | None:
    """How far (km) from its "near" partner ``partner`` (a record) a name the gazetteer
    lacks may lie, given the list's own reach ``reach_km`` (None: a loose list): at least
    :data:`PAIR_TOWN_KM` when the partner is a town of
    :data:`PAIR_TOWN_POPULATION` people or more outside :data:`FRONT_REGIONS`.  Off the
    front, wire copy pairs towns of a district or a province, tens of km apart ("around
    Masisi and Rutshuru", 73 km; "Tell Abyad and Ras al-Ain", 101 km), not the villages
    a few km apart of an analyst's front-line list; the estimate's area must hold them."""
    if reach_km is None or partner is None or not gaz.is_place(partner):
        return reach_km
    row = gaz.row(partner)
    if row.population < PAIR_TOWN_POPULATION or (row.country_code, row.admin1[0]) in FRONT_REGIONS:
        return reach_km
    return max(reach_km, PAIR_TOWN_KM)
