"""The area a text is about, against far namesakes of its small places.

Front-line reporting names villages GeoNames' ``cities500`` lacks or spells otherwise
("near Peski and Marinka", "Orlovka", "Hlyboke, north of Kharkiv"). Resolution then
takes the only namesake it knows: Pisky in Poltava Oblast, Orlovka in Stavropol Krai,
Hlyboke by the Danube, hundreds of kilometres from every other place of the text.
A reader knows better: when the other places of a text all lie in one area, a small
village of a common name far from it is not the one meant.

:func:`refocus` applies that rule after resolution.  The text's area is the median
point of its distinct resolved places and its spread, the distance within which half
of them lie (:data:`SPREAD_QUANTILE`); a text is *focused* when the spread is at most
:data:`FOCUS_KM` and it names more than :data:`MIN_PLACES` places.  A small place
(under :data:`SMALL_POPULATION`, not a capital) read without explicit locating
evidence (a container, a directed hint, a negation; "near X and Y" is none), lying
farther than :func:`outlier_km` from the area of a focused text, is replaced by its
namesake inside the area when the gazetteer has one ("Terny" near Lyman, not Terny in
Sumy Oblast), else, when it is a village (under :data:`TOWN_POPULATION`), left without a
place: a mention with no confident match, never a point hundreds of kilometres off (a
town the gazetteer has is no stand-in for a village it lacks: it stays).  Far places
within :data:`NEIGHBOUR_KM` of another place of the text, in another country the text
names or in a region it names outright, are a second area and stay.
A small place read far from its "near" partner, where the partner has other places of
the text around it and the place has none, is a namesake too (``_apart_from_partners``).
Each mention is looked at once, and each far or suspect place against the places
around it only (at most :data:`_MAX_FAR` far ones, a grid for the rest): linear in the
text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .area import SPREAD_QUANTILE, _distances_km, text_area
from .candidates import is_capital
from .front import front_village
from .hints import Hint
from .tokens import Mention

__all__ = [
    "FOCUS_KM",
    "MIN_PLACES",
    "SMALL_POPULATION",
    "SPREAD_QUANTILE",
    "outlier_km",
    "refocus",
    "text_area",
]

#: A text half of whose places lie within this distance of their median point is about
#: one area (a front sector, a province, a border region) ...
FOCUS_KM = 150.0
#: ... when it names more than this many distinct places.
MIN_PLACES = 4
#: A place this populous is named for its own sake, near the text's area or not.
SMALL_POPULATION = 50_000
#: A namesake is far from the area beyond this, or beyond 2.5 spreads when larger.
FAR_KM = 150.0
#: Far places this close to each other are a second area of the text.
NEIGHBOUR_KM = 50.0
#: A namesake inside the area lies within this, or within 2 spreads when larger.
NEAR_KM = 100.0


def outlier_km(spread_km: float) -> float:
    """How far from a focused text's median point (km) a place is out of its area.

    >>> outlier_km(50.0), outlier_km(150.0)
    (150.0, 375.0)
    """
    return max(FAR_KM, 2.5 * spread_km)


def _located(m: Mention, k: int, hints: Mapping[int, Hint]) -> bool:
    """Does the text locate mention ``k`` itself (container, directed hint, negation,
    cue)?  "near X and Y" does not: it puts X in the area of Y."""
    hint = hints.get(k)
    return bool(
        m.containers
        or (hint is not None and hint.bearing_deg is not None)
        or m.against
        or m.apart
        or m.demonym_country
        or m.cue == "region"
    )


def refocus(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    chosen: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """Replace or drop far namesakes of small places in a focused text (module docstring).

    Parameters
    ----------
    gaz : Gazetteer
    mentions : sequence of Mention
    chosen : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.
    hints : mapping of int to Hint
        The relative-location hints per mention index: a mention with one is left as is.

    Returns
    -------
    list of (record or None, score)
        ``chosen`` with each far namesake replaced by its namesake inside the text's
        area, or by None (score kept).
    """
    out = list(chosen)
    # The distinct places of the text (cities and villages; countries and regions have
    # conventional points), names read by spelling alone left out; and the mentions read
    # as small places with nothing in the text to locate them, the suspects.
    records: dict[int, None] = {}
    suspects = []
    for k, (m, (rec, _)) in enumerate(zip(mentions, chosen, strict=True)):
        if rec is None or gaz.kind(rec) != "place":
            continue
        if not m.fuzzy:
            records[rec] = None
        if (
            gaz.population(rec) < SMALL_POPULATION
            and not _located(m, k, hints)
            and not is_capital(gaz, rec)
        ):
            suspects.append(k)
    if len(records) <= MIN_PLACES or not suspects:
        return out
    area = text_area([gaz.lat_lon(r) for r in records])
    if area is None:
        return out
    center, spread_km = area
    if spread_km > FOCUS_KM:
        return out
    far_km, near_km = outlier_km(spread_km), max(NEAR_KM, 2.0 * spread_km)
    points = {r: gaz.lat_lon(r) for r in {chosen[k][0] for k in suspects} | records.keys()}
    suspect_records = [chosen[k][0] for k in suspects]
    where = _distances_km(center, np.asarray([points[r] for r in suspect_records], dtype=float))
    far = {r for r, d in zip(suspect_records, where, strict=True) if d > far_km}
    # Far towns a reader may take for a second area: in the text's part of the world.
    reachable = {r for r, d in zip(suspect_records, where, strict=True) if d <= TOWN_KM}
    grid = _Grid({r: gaz.lat_lon(r) for r in records})
    _apart_from_partners(gaz, mentions, chosen, hints, suspects, grid, out)
    if not far or len(far) > _MAX_FAR:
        return out
    # Far places near each other are a second area the text speaks of (strikes on two
    # towns deep in Russia), not stray namesakes: only a lone far place is suspect.
    # So are the places of another country the text names ("In Myanmar, ... Myawaddy"
    # in a text mostly about Congo): the text has turned to it.
    # So are the places of a region the text names outright ("Kursk Oblast ... Kurchatov"
    # in a text about Donetsk Oblast).
    named: set[str] = set()
    regions: set[tuple[str, str]] = set()
    for r in {r for r, _ in chosen if r is not None and not gaz.is_place(r)}:
        kind = gaz.kind(r)
        if kind == "country":
            named.add(gaz.country_code(r))
        elif kind == "admin1":
            regions.add(_region(gaz, r))
    home = Counter(gaz.country_code(r) for r in records).most_common(1)[0][0]
    lone = {
        r
        for r in far
        if not (gaz.country_code(r) != home and gaz.country_code(r) in named)
        and _region(gaz, r) not in regions
        and not _has_neighbour(points, r, far | set(records), NEIGHBOUR_KM)
    }
    decided: dict[tuple[str, int], int | None] = {}  # one decision per name and reading
    for k in suspects:
        rec, score = chosen[k]
        if rec not in lone:
            continue
        m = mentions[k]
        key = (m.key, rec)
        if key not in decided:
            inside = _namesake_inside(gaz, m, rec, center, near_km)
            # A town with no namesake in the area is the town itself (strikes on
            # Gulyaipole in a text about the Kursk border): the places the gazetteer
            # lacks are villages, and a far village is dropped, never a town; unless it
            # is across the world, read by its spelling ("Nina" read as Neenah, "Jerome"
            # in Idaho, in an obituary from Paris, Texas: people's names) or by another
            # name than its own ("Houla" listed for Kafr Laha in Syria). A town of the
            # text's own country after a place cue is within reach at any distance ("an
            # airfield near Starokonstantinov", 700 km from a text about Donetsk).
            if (
                inside is None
                and not m.fuzzy
                and (rec in reachable or (m.cue == "in" and gaz.country_code(rec) == home))
                and gaz.population(rec) >= TOWN_POPULATION
                and _own_name(m.key, gaz.name_key(rec))
            ):
                inside = rec
            here = any((r := chosen[j][0]) is not None and r not in far for j in m.siblings)
            if inside is None and not here and front_village(gaz, m, rec, list(records)):
                inside = rec  # "advanced near Stepnohirsk" in a text of the Donbas fronts
            decided[key] = inside
        out[k] = (decided[key], score)
    return out


def _own_name(key: str, name: str) -> bool:
    """Is ``key`` the place's own ``name`` or a spelling of it (shared letters, counted
    with repeats, at least 60 % of both: "gulyaipole" for Hulyaypole, not "houla" for
    Kafr Laha)?

    >>> _own_name("gulyaipole", "hulyaypole"), _own_name("houla", "kafr laha")
    (True, False)
    """
    shared = sum(min(key.count(ch), name.count(ch)) for ch in set(key))
    return 2 * shared >= 0.6 * (len(key) + len(name))


def _region(gaz: Gazetteer, record: int) -> tuple[str, str]:
    """The (country, admin-1 code) a record lies in (or is)."""
    return gaz.country_code(record), gaz.admin1(record)[0]


class _Grid:
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


def _apart_from_partners(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    chosen: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    suspects: Sequence[int],
    grid: _Grid,
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
        # "near Jermuk and Kapan" (95 km apart): the one place called so anywhere, in the
        # partner's country, is the one meant (a far namesake has namesakes elsewhere too).
        if (
            apart_km <= PARTNER_FAR_KM
            and gaz.country_code(rec) == gaz.country_code(partner)
            and _sole_of_its_name(gaz, mentions[k], rec, partner)
        ):
            continue
        pair = {rec, partner}
        if grid.near(here, hint.max_km, pair) and not grid.near(there, hint.max_km, pair):
            out[k] = (None, score)


#: The names either side of a name in its list that may be its "near" partners.
_LIST_WINDOW = 4
#: The place of a name nearest its "near" partner, this far from it with nothing of the
#: text around it, is a namesake of the one meant all the same.
PARTNER_FAR_KM = 150.0
#: ... when it is a town this large (a village so far off may stand in for one the
#: gazetteer lacks).
TOWN_POPULATION = 10_000
#: A far town within this of the text's area (km) is a second area; beyond, a stray.
TOWN_KM = 600.0


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
        gaz.population(rec) >= SOLE_TOWN_POPULATION
        or all((gaz.country_code(r), gaz.admin1(r)[0]) in BORDER_REGIONS for r in (rec, partner))
    )


#: The regions either side of the Russian-Ukrainian border north of the Donbas, whose
#: towns wire copy lists together over 100 km: Sumy (21) and Kharkiv (07) oblasts; Kursk
#: (41), Belgorod (09) and Bryansk (10) oblasts.
BORDER_REGIONS = frozenset({("UA", "21"), ("UA", "07"), ("RU", "41"), ("RU", "09"), ("RU", "10")})
SOLE_TOWN_POPULATION = 5_000  #: people: a town, the only place of its name, is no stand-in


#: More far places than this and the text is about more than one area (and judging each
#: against the others would cost their square).
_MAX_FAR = 32


def _has_neighbour(
    points: Mapping[int, tuple[float, float]], rec: int, others: set[int], near_km: float
) -> bool:
    """Does another of ``others`` lie within ``near_km`` of ``rec``?"""
    rest = [r for r in others if r != rec]
    if not rest:
        return False
    d = _distances_km(points[rec], np.asarray([points[r] for r in rest], dtype=float))
    return bool((d <= near_km).any())


def _namesake_inside(
    gaz: Gazetteer, m: Mention, rec: int, center: tuple[float, float], near_km: float
) -> int | None:
    """The candidate of ``m`` (a place other than ``rec``) nearest ``center`` within
    ``near_km``, or None."""
    places = [c.record for c in m.candidates if c.record != rec and gaz.kind(c.record) == "place"]
    if not places:
        return None
    d = _distances_km(center, np.asarray([gaz.lat_lon(r) for r in places], dtype=float))
    best = int(np.argmin(d))
    return places[best] if d[best] <= near_km else None
