"""A direction picks among namesakes: "Oleksandrivka, west of Kramatorsk".

When the place resolution chose for a name does not lie where the text's direction puts
it, seen from the anchor the text names, another place of the same name may: the
Donetsk region has two Oleksandrivkas of one size, one south-west of Donetsk and one
48 km west of Kramatorsk.  :func:`directed_namesake` is the namesake that does lie
there (the nearest to the anchor when several do), so that the geoparser takes it
rather than estimating a place the gazetteer already holds.  The reach of a direction
without a distance is :func:`geo.text.hints.fits`'s, seen from the anchor's size and
with a name's only place reaching farthest ("Aguelhok, north of Kidal").
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint, fits
from .tokens import Mention

__all__ = ["directed_namesake"]

#: At most this many of a mention's candidates are looked at (ranked best first).
_MAX_CANDIDATES = 64


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
        at = gaz.lat_lon(rec)
        if not fits(hint, here, at, gaz.population(rec), anchor_population=size, sole=sole):
            continue
        d = distance_km(here, at)
        if d < best_km:
            best, best_km = rec, d
    return best
