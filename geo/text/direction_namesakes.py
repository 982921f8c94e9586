"""A direction picks among namesakes: "Oleksandrivka, west of Kramatorsk".

When the place resolution chose for a name does not lie where the text's direction puts
it, seen from the anchor the text names, another place of the same name may: the
Donetsk region has two Oleksandrivkas of one size, one south-west of Donetsk and one
48 km west of Kramatorsk.  :func:`directed_namesake` is the namesake that does lie
there (the nearest to the anchor when several do), so that the geoparser takes it
rather than estimating a place the gazetteer already holds.  The reach of a direction
without a distance is :func:`geo.text.hints.fits`'s, seen from the anchor's size and
with a name's only place reaching farthest where places are few around the anchor
("Aguelhok, north of Kidal"; :func:`sparse_around`).
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint, fits
from .tokens import Mention

__all__ = ["SPARSE_KM", "SPARSE_NEIGHBOURS", "directed_namesake", "sparse_around"]

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
    memo = gaz.memo("sparse_around")
    if record not in memo:
        lat, lon = gaz.lat_lon(record)
        nearest = gaz.nearest(lat, lon, k=SPARSE_NEIGHBOURS + 1)
        memo[record] = bool(nearest) and nearest[-1][1] > SPARSE_KM
    return memo[record]


def directed_namesake(gaz: Gazetteer, m: Mention, hint: Hint, anchor: int) -> int | None:
    """The place of ``m``'s name (its own name, an alias or an alternate name, never a
    spelling) lying where ``hint`` says seen from place record ``anchor``, nearest the
    anchor, or None.  Cost: the mention's candidates."""
    if m.fuzzy or m.unknown or hint.bearing_deg is None:
        return None
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
