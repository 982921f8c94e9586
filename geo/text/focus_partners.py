"""The "near" partners of a focused text's small places (a stage of
:func:`geo.text.focus.refocus`).

"near Kurdyumovka and Andreyevka": a small place read far from its list partner, where
the partner has other places of the text around it and the place has none, is a namesake
of the one meant, which the gazetteer lacks (:func:`apart_from_partners`); :class:`Grid`
answers "is another place of the text within so many km of this point?" in constant
time a question.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

import numpy as np

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .area import _distances_km
from .hints import Hint
from .tokens import Mention

__all__ = [
    "BORDER_FAR_KM",
    "BORDER_REGIONS",
    "PARTNER_FAR_KM",
    "TOWN_POPULATION",
    "Grid",
    "apart_from_partners",
    "partner_vouches",
    "sole_by_partner",
]


class Grid:
    """The text's places in cells of :data:`_CELL_DEG` degrees: "is another place within
    ``km`` of this point?" looks at the 3 x 3 cells around it only (km below a cell's
    size), so a long text costs no more per question than a short one."""

    def __init__(self, points: Mapping[int, tuple[float, float]]) -> None:
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.points = points
        for r, (lat, lon) in points.items():
            self.cells.setdefault(self._cell(lat, lon), []).append(r)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return int(lat // _CELL_DEG), int(lon // _CELL_DEG)

    def near(self, point: tuple[float, float], km: float, exclude: set[int]) -> bool:
        """Does a place not in ``exclude`` lie within ``km`` (< ~50) of ``point``?"""
        i, j = self._cell(*point)
        rest = [
            r
            for di in (-1, 0, 1)
            for dj in (-1, 0, 1)
            for r in self.cells.get((i + di, j + dj), ())
            if r not in exclude
        ]
        if not rest:
            return False
        d = _distances_km(point, np.asarray([self.points[r] for r in rest], dtype=float))
        return bool((d <= km).any())


_CELL_DEG = 0.5  # 55 km of latitude, more than hints.NEAR_KM (40 km)


def apart_from_partners(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    chosen: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    suspects: Sequence[int],
    grid: Grid,
    out: list[tuple[int | None, float]],
) -> None:
    """ "near Kurdyumovka and Andreyevka": a small place read far from its list partner,
    where the partner has other places of the text around it and the place has none, is
    a namesake of the one meant (which the gazetteer lacks): no place (the geoparser then
    estimates it at the partner)."""
    for k in suspects:
        hint = hints.get(k)
        if hint is None or hint.bearing_deg is not None:
            continue
        rec, score = chosen[k]
        partner = chosen[hint.anchor][0]
        if partner is None or partner == rec or gaz.kind(partner) != "place":
            continue
        here, there = gaz.lat_lon(partner), gaz.lat_lon(rec)
        apart_km = _distances_km(here, np.asarray([there], dtype=float))[0]
        # "near Ugledar, ..., Volchansk, Kupyansk": a town of a longer list, by the
        # nearest town of its partners (a list spans a front; its first name is no
        # partner of them all).  Not villages: two far namesakes would vouch for each other.
        town = gaz.population(rec) >= TOWN_POPULATION
        siblings = mentions[k].siblings if town else ()
        at = bisect_left(siblings, k)
        for j in siblings[max(0, at - _LIST_WINDOW) : at + _LIST_WINDOW]:  # bounded
            other = chosen[j][0]
            if (
                other is None
                or other in (rec, partner)
                or gaz.kind(other) != "place"
                or gaz.population(other) < TOWN_POPULATION
            ):
                continue
            there_km = _distances_km(gaz.lat_lon(other), np.asarray([there], dtype=float))[0]
            if there_km < apart_km:
                apart_km, here = there_km, gaz.lat_lon(other)
        if apart_km <= hint.max_km:
            continue
        # Two towns of one front ("near Kupyansk and Krasny Liman", 80 km apart): the
        # town of its name nearest the partner is the one meant, unless farther off (the
        # places the gazetteer lacks are villages; a town it has is no stand-in for one).
        if (
            apart_km <= PARTNER_FAR_KM
            and gaz.population(rec) >= TOWN_POPULATION
            and _nearest_of_its_name(gaz, mentions[k], rec, here)
        ):
            continue
        if sole_by_partner(gaz, mentions[k], rec, partner, apart_km):
            continue
        pair = {rec, partner}
        if grid.near(here, hint.max_km, pair) and not grid.near(there, hint.max_km, pair):
            out[k] = (None, score)


def sole_by_partner(gaz: Gazetteer, m: Mention, rec: int, partner: int, apart_km: float) -> bool:
    """Is ``rec``, read for mention ``m`` ``apart_km`` from its "near" partner's place
    ``partner``, the one place meant however far from the text's other places?  "near
    Jermuk and Kapan" (95 km apart): the one place called so anywhere, in the partner's
    country, within :data:`PARTNER_FAR_KM` (a far namesake has namesakes elsewhere too);
    along the northern border as far as :data:`BORDER_FAR_KM` ("near Volchansk and
    Yunakovka", 163 km: one group of forces' sector, Kharkiv to Sumy)."""
    reach_km = BORDER_FAR_KM if _on_border(gaz, rec, partner) else PARTNER_FAR_KM
    return (
        apart_km <= reach_km
        and gaz.country_code(rec) == gaz.country_code(partner)
        and _sole_of_its_name(gaz, m, rec, partner)
    )


def partner_vouches(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    chosen: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    k: int,
) -> bool:
    """Does mention ``k``'s "near" partner vouch for its reading (:func:`sole_by_partner`),
    so that :func:`geo.text.focus.refocus` keeps a far village it would drop?"""
    hint, rec = hints.get(k), chosen[k][0]
    if hint is None or hint.bearing_deg is not None or rec is None:
        return False
    partner = chosen[hint.anchor][0]
    if partner is None or partner == rec or gaz.kind(partner) != "place":
        return False
    apart_km = _distances_km(gaz.lat_lon(partner), np.asarray([gaz.lat_lon(rec)], dtype=float))[0]
    return sole_by_partner(gaz, mentions[k], rec, partner, float(apart_km))


#: The names either side of a name in its list that may be its "near" partners.
_LIST_WINDOW = 4
#: The place of a name nearest its "near" partner, this far from it with nothing of the
#: text around it, is a namesake of the one meant all the same.
PARTNER_FAR_KM = 150.0
#: ... or this far, a name's only place in :data:`BORDER_REGIONS` listed with a partner
#: there: the border regions' front runs 300 km from Bryansk to Kharkiv, and a group of
#: forces' bulletin lists its whole sector together.
BORDER_FAR_KM = 300.0
#: ... when it is a town this large (a village so far off may stand in for one the
#: gazetteer lacks).
TOWN_POPULATION = 10_000


def _nearest_of_its_name(
    gaz: Gazetteer, m: Mention, rec: int, partner: tuple[float, float]
) -> bool:
    """Is ``rec`` the place among the mention's candidates nearest ``partner`` (lat, lon)?"""
    places = [c.record for c in m.candidates if gaz.is_place(c.record)]
    if len(places) < 2:
        return True
    d = _distances_km(partner, np.asarray([gaz.lat_lon(r) for r in places], dtype=float))
    return places[int(np.argmin(d))] == rec


def _sole_of_its_name(gaz: Gazetteer, m: Mention, rec: int, partner: int) -> bool:
    """Is ``rec`` the only place of the mention's candidates called by the name itself
    or an alias of it (the others only an alternate name or a spelling), or, in a list
    along the Russian-Ukrainian border (``rec`` and its ``partner`` both of
    :data:`BORDER_REGIONS`), the only place of its candidates at all ("near Putivl,
    Glukhov and Seredina-Buda": wire copy's border lists span 100 km, its Russian
    spellings GeoNames' alternate names), or a small town (:data:`SOLE_TOWN_POPULATION`)
    the only place of its candidates ("near Kupyansk-Uzlovoy and Krasny Liman", 76 km)?"""
    if m.fuzzy:
        return False
    own = [c.record for c in m.candidates if c.quality <= QUALITY_ALIAS and gaz.is_place(c.record)]
    if own == [rec]:
        return True
    places = [c.record for c in m.candidates if gaz.is_place(c.record)]
    return places == [rec] and (
        gaz.population(rec) >= SOLE_TOWN_POPULATION or _on_border(gaz, rec, partner)
    )


def _on_border(gaz: Gazetteer, rec: int, partner: int) -> bool:
    """Do places ``rec`` and ``partner`` both lie in :data:`BORDER_REGIONS`?"""
    return all((gaz.country_code(r), gaz.admin1(r)[0]) in BORDER_REGIONS for r in (rec, partner))


#: The regions either side of the Russian-Ukrainian border north of the Donbas, whose
#: towns wire copy lists together over 100 km: Sumy (21) and Kharkiv (07) oblasts; Kursk
#: (41), Belgorod (09) and Bryansk (10) oblasts.
BORDER_REGIONS = frozenset({("UA", "21"), ("UA", "07"), ("RU", "41"), ("RU", "09"), ("RU", "10")})
SOLE_TOWN_POPULATION = 5_000  #: people: a town, the only place of its name, is no stand-in
