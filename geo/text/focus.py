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
names (unless the text's places of that country all lie in its area but this one:
Staritsa of Tver Oblast beside the border town of Shebekino) or in a region it names
outright, are a second area and stay.
A small place read far from its "near" partner, where the partner has other places of
the text around it and the place has none, is a namesake too
(:func:`geo.text.focus_partners.apart_from_partners`).
Each mention is looked at once, and each far or suspect place against the places
around it only (at most :data:`_MAX_FAR` far ones, a grid for the rest): linear in the
text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .area import SPREAD_QUANTILE, _distances_km, text_area
from .candidates import is_capital
from .focus_partners import TOWN_POPULATION, Grid, apart_from_partners, partner_vouches
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
    grid = Grid({r: gaz.lat_lon(r) for r in records})
    apart_from_partners(gaz, mentions, chosen, hints, suspects, grid, out)
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
    # A named country whose places the text already has inside its area, and no other
    # one out of it (the Russian border town of Shebekino in a text about Kharkiv
    # Oblast), is no second area: a far small place there is a namesake (Staritsa of
    # Tver Oblast for Kharkiv Oblast's). Northern Syria after Quneitra is one.
    inside, outside = _countries_apart(gaz, records, center, far_km)
    # A far place read only by another of its names vouches for no second area ("on the
    # road to Kalynivka" is no village by Mykolaiv because "Fedorivka" and
    # "Novoiehorivka" were read as Nova Odesa and a Novoyehorivka there), save a town
    # by its spelling in another language ("Stepnogorsk ... Orekhov").
    around = (far | set(records)) - _by_other_names(gaz, mentions, chosen)
    lone = {
        r
        for r in far
        if not (
            gaz.country_code(r) != home
            and gaz.country_code(r) in named
            and (gaz.country_code(r) not in inside or outside[gaz.country_code(r)] > 1)
        )
        and _region(gaz, r) not in regions
        and not _has_neighbour(points, r, around | {r}, NEIGHBOUR_KM)
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
            if inside is None and partner_vouches(gaz, mentions, chosen, hints, k):
                inside = rec  # "near Volchansk and Yunakovka": its one place, by the border
            decided[key] = inside
        out[k] = (decided[key], score)
    return out


def _countries_apart(
    gaz: Gazetteer, records: Mapping[int, None], center: tuple[float, float], km: float
) -> tuple[set[str], Counter[str]]:
    """The countries (ISO codes) of the text's place ``records`` that lie within ``km``
    of the area's ``center`` (lat, lon), and how many of each country's lie beyond it:
    one distance a place."""
    recs = list(records)
    where = _distances_km(center, np.asarray([gaz.lat_lon(r) for r in recs], dtype=float))
    inside = {gaz.country_code(r) for r, d in zip(recs, where, strict=True) if d <= km}
    return inside, Counter(gaz.country_code(r) for r, d in zip(recs, where, strict=True) if d > km)


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


#: A far town within this of the text's area (km) is a second area; beyond, a stray.
TOWN_KM = 600.0


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


def _by_other_names(
    gaz: Gazetteer, mentions: Sequence[Mention], chosen: Sequence[tuple[int | None, float]]
) -> set[int]:
    """The places every mention reading them names by an alternate name (an old or
    foreign name, not the place's own or an alias), save a town (over
    :data:`TOWN_POPULATION`) the name spells (:func:`_own_name`: "Orekhov", Orikhiv):
    "Fedorivka", Nova Odesa's old name; "Novoiehorivka", a Mykolaiv Oblast village's
    alternate spelling.  One pass over the mentions' candidates."""
    own: set[int] = set()
    seen: set[int] = set()
    for m, (rec, _) in zip(mentions, chosen, strict=True):
        if rec is None or rec in own:
            continue
        seen.add(rec)
        if any(c.record == rec and c.quality <= QUALITY_ALIAS for c in m.candidates) or (
            gaz.population(rec) >= TOWN_POPULATION and _own_name(m.key, gaz.name_key(rec))
        ):
            own.add(rec)
    return seen - own


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
