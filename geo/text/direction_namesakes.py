"""A direction picks among namesakes: "Oleksandrivka, west of Kramatorsk".

When the place resolution chose for a name does not lie where the text's direction puts
it, seen from the anchor the text names, another place of the same name may: the
Donetsk region has two Oleksandrivkas of one size, one south-west of Donetsk and one
48 km west of Kramatorsk.  :func:`directed_namesake` is the namesake that does lie
there (the nearest to the anchor when several do), so that the geoparser takes it
rather than estimating a place the gazetteer already holds.  The reach of a direction
without a distance is :func:`geo.text.hints.fits`'s, seen from the anchor's size and
with a name's only place reaching farthest where places are few around the anchor
("Aguelhok, north of Kidal"; :func:`sparse_around`).  A place the gazetteer lacks, set by
such a direction from an anchor in sparse land, is estimated as far out as the anchor's
nearest neighbour when the text calls it a town, not at the band's middle
(:func:`sparse_scaled`: "the town of Tawila, west of El Fasher", 55 km, not 21).
"""

from __future__ import annotations

import dataclasses
import re

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint, fits
from .hints.base import UNSTATED_FIT_KM
from .tokens import Mention

__all__ = [
    "ABROAD_KM",
    "COMPASS_HALF_DEG",
    "LOOSE_EXTRA_DEG",
    "NEAR_TOWN_REACH_KM",
    "SPARSE_KM",
    "SPARSE_NEIGHBOURS",
    "called_town",
    "directed_namesake",
    "region_abroad",
    "sparse_around",
    "sparse_scaled",
]

#: At most this many of a mention's candidates are looked at (ranked best first).
_MAX_CANDIDATES = 64
#: Land is sparse around a place whose :data:`SPARSE_NEIGHBOURS`-th nearest populated
#: place lies farther than this (km): Kidal's lies 300 km off, Vasylivka's 20 km.
SPARSE_KM = 60.0
SPARSE_NEIGHBOURS = 10


def sparse_around(gaz: Gazetteer, record: int) -> bool:
    """Are populated places few around place ``record`` (:data:`SPARSE_KM`)?  Where they
    are many, a direction with no distance means near: a name's only place 160 km off
    ("Piatykhatky (northeast of Vasylivka)" read as Dnipropetrovsk Oblast's town) is not
    meant, as it may be in the Sahel ("Aguelhok, north of Kidal", 115 km).  One scan of
    the gazetteer's places per anchor, asked only for a name's only place out of the
    reach of a namesake; remembered per anchor."""
    return _neighbour_km(gaz, record)[-1] > SPARSE_KM


def _neighbour_km(gaz: Gazetteer, record: int) -> tuple[float, ...]:
    """The great-circle km to the :data:`SPARSE_NEIGHBOURS` populated places nearest
    place ``record`` (itself left out), nearest first; remembered per record."""
    memo = gaz.memo("sparse_around")
    if record not in memo:
        lat, lon = gaz.lat_lon(record)
        nearest = gaz.nearest(lat, lon, k=SPARSE_NEIGHBOURS + 1)
        memo[record] = tuple(d for r, d in nearest if r != record)[:SPARSE_NEIGHBOURS] or (0.0,)
    return memo[record]


def called_town(text: str, m: Mention) -> bool:
    """Does the text call mention ``m`` a town or city right before it ("the town of
    Tawila", "the market town of X")?"""
    return _CALLED_TOWN.search(text, max(0, m.start - 24), m.start) is not None


_CALLED_TOWN = re.compile(r"\b(?:town|city)\s+of\s+\Z", re.IGNORECASE)


def sparse_scaled(gaz: Gazetteer, anchor: int, hint: Hint, town: bool) -> Hint | None:
    """``hint`` from place record ``anchor`` for a place the gazetteer lacks that the
    text calls a town (``town``: :func:`called_town`), its band widened so that its
    middle lies as far out as the anchor's nearest populated place (at most
    :data:`~geo.text.hints.base.UNSTATED_FIT_KM`), when land is sparse around the anchor
    (:func:`sparse_around`) and the hint has a bearing and no stated distance; else
    None.  The unstated band (2-40 km) stands for front-line villages a few km apart;
    where towns lie 60 km from each other, the next town in a direction lies about as
    far ("the town of Tawila, west of El Fasher": 55 km; El Fasher's nearest place lies
    60 km off), and the band's far edge grows to hold it.  A bare name stays in the band
    (a village: "Kazgil, south of El Obeid", 25 km).  Cost: one scan of the gazetteer's
    places per anchor, remembered."""
    if not town or hint.bearing_deg is None or hint.distance_km is not None:
        return None
    if not sparse_around(gaz, anchor):
        return None
    middle = min(_neighbour_km(gaz, anchor)[0], UNSTATED_FIT_KM)
    far = 2.0 * middle - hint.min_km
    if far <= hint.max_km:
        return hint
    return dataclasses.replace(hint, max_km=far)


def directed_namesake(gaz: Gazetteer, m: Mention, hint: Hint, anchor: int) -> int | None:
    """The place of ``m``'s name (its own name, an alias or an alternate name, never a
    spelling) lying where ``hint`` says seen from place record ``anchor``, nearest the
    anchor, or None; for a "near" hint (no bearing) held to a town's reach
    (:func:`geo.text.hinted.town_near`: 20 km), the namesake nearest the anchor within
    :data:`NEAR_TOWN_REACH_KM` ("the southern Oleksandrivka, near Kurakhove", read as the
    one by Kramatorsk: the one 23 km east of Kurakhove, not an estimate at Kurakhove).
    When none does and the hint is a compass word (a half sector of
    :data:`COMPASS_HALF_DEG` or more, not a stated bearing), the nearest lying within the
    compass sector widened by :data:`LOOSE_EXTRA_DEG` either way: a reporter's "west of"
    spans more than an octant ("Zolochev and Bogodukhov, west of Kharkov": Zolochiv lies
    north-north-west, 37 km off), and a namesake there beats an estimate drawn due west.
    The loose sector chooses among the gazetteer's places only; an estimate is still drawn
    in the stated one.  Cost: the mention's candidates, twice at most."""
    if m.fuzzy or m.unknown:
        return None
    if hint.bearing_deg is None:  # "X, near Y": a namesake within a town's reach
        from .scaled_hints import SMALL_TOWN_REACH_KM  # here: scaled_hints imports this module

        if hint.max_km > SMALL_TOWN_REACH_KM:
            return None  # a direction's or a list's "near": no namesake 40 km off
        near = dataclasses.replace(hint, max_km=NEAR_TOWN_REACH_KM)
        return _namesake_within(gaz, m, near, anchor)
    found = _namesake_within(gaz, m, hint, anchor)
    if found is None and hint.half_sector_deg >= COMPASS_HALF_DEG:
        loose = dataclasses.replace(hint, half_sector_deg=hint.half_sector_deg + LOOSE_EXTRA_DEG)
        found = _namesake_within(gaz, m, loose, anchor)
    return found


#: A namesake the gazetteer has this near a town (km) is the village "X, near Y" means
#: when the name's reading lies beyond the town's reach (the town's district, a little
#: farther than the 20 km an estimate is drawn in: "the southern Oleksandrivka, near
#: Kurakhove" is the one 23 km east; "Ivanivka, near Chasiv Yar" is still no Ivanivka
#: 27 km off).
NEAR_TOWN_REACH_KM = 25.0
#: A compass word's half sector (degrees): "west of" is 270 +- 22.5 (a stated bearing,
#: "on a bearing of 270", has a few degrees).
COMPASS_HALF_DEG = 22.5
#: How far beyond a compass word's widened sector (:func:`geo.text.hints.fits`: +-45
#: degrees for "west of") a namesake is still taken (degrees, either way).
LOOSE_EXTRA_DEG = 22.5


def _namesake_within(gaz: Gazetteer, m: Mention, hint: Hint, anchor: int) -> int | None:
    """:func:`directed_namesake`'s choice within ``hint`` as it stands."""
    places = []
    for c in m.candidates[:_MAX_CANDIDATES]:
        if c.quality <= QUALITY_ALTERNATE and gaz.is_place(c.record) and c.record != anchor:
            places.append(c.record)
    places = sorted(set(places))
    here, size = gaz.lat_lon(anchor), gaz.population(anchor)
    sole = len(places) == 1
    best, best_km = None, float("inf")
    for rec in places:
        at, population = gaz.lat_lon(rec), gaz.population(rec)
        if not fits(hint, here, at, population, anchor_population=size) and not (
            sole
            and sparse_around(gaz, anchor)
            and fits(hint, here, at, population, anchor_population=size, sole=True)
        ):
            continue
        d = distance_km(here, at)
        if d < best_km:
            best, best_km = rec, d
    return best


def region_abroad(gaz: Gazetteer, m: Mention, rec: int | None, anchor: int) -> bool:
    """Is ``rec``, the reading of mention ``m`` (no region word of its own), a
    first-level region of another country than place record ``anchor`` whose point lies
    over :data:`ABROAD_KM` from it?  A direction from a place does not reach it: "New
    York (south of Toretsk)" is no U.S. state but the Donetsk-oblast town the gazetteer
    holds under "New York" as an alternate name (:func:`directed_namesake` looks for it);
    "Belgorod Oblast, north of Kharkiv" is the oblast.
    """
    if rec is None or m.cue == "region" or gaz.kind(rec) != "admin1":
        return False
    if gaz.country_code(rec) == gaz.country_code(anchor):
        return False
    return distance_km(gaz.lat_lon(rec), gaz.lat_lon(anchor)) > ABROAD_KM


#: A region abroad whose point lies this far (km) from a direction's anchor is out of its
#: reach: across a continent or an ocean.
ABROAD_KM = 1000.0
