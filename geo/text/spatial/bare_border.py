"""The border a phrase does not name: "near the border", "2 km from the border".

Without a country in the phrase ("the Russian border", "the border with Belarus"), the
border meant is the international border nearest the place its sentence names: of the
land borders that place's country shares with its neighbours (GeoNames' neighbour
list; the shared boundary of the gazetteer's country polygons), those within
:data:`REACH_KM` of the place, the nearest one and any other no more than
:data:`TIE_KM` farther ("in the Kharkiv region, 2 km from the border": Ukraine's border
with Russia; at a tripoint, both borders). A coast is no border. Cost: one shared
boundary per neighbour of one country (computed once per pair in a text) and one
nearest-point query each.
"""

from __future__ import annotations

from typing import Any

from shapely.geometry import Point
from shapely.ops import nearest_points, unary_union

from ...geometry import distance_km
from .context import Context
from .pieces import own_piece_only
from .shapes import border_lines, lat_lon

__all__ = ["REACH_KM", "TIE_KM", "nearest_borders"]

#: A border farther than this from the place is not the one "the border" means (km).
REACH_KM = 150.0
#: Borders this much farther than the nearest are kept with it (a tripoint's; km).
TIE_KM = 25.0


def nearest_borders(ctx: Context, toponym: int) -> tuple[Any, list[str]] | None:
    """(the border lines, [neighbour codes..., own code]) of the international border
    nearest toponym ``toponym``'s place (see the module), or None when its country has
    no land border within :data:`REACH_KM` of it.

    Lines are shapely (lon, lat) geometries; codes ISO 3166-1 alpha-2, the place's
    country last."""
    place = ctx.toponyms[toponym].place
    if place is None or not place.country_code:
        return None
    own = ctx.country_record(place.country_code)
    if own is None:
        return None
    here = Point(place.lon, place.lat)
    found: list[tuple[float, str, Any]] = []
    for code in sorted(ctx.gaz.neighbours(place.country_code)):
        other = ctx.country_record(code)
        line = ctx.shared_border(own, other) if other is not None else None
        lines = border_lines(line) if line is not None else None
        if lines is None:
            continue
        near = nearest_points(here, lines)[1]
        km = distance_km(lat_lon(place), (near.y, near.x))
        if km <= REACH_KM:
            found.append((km, code, lines))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    kept = [f for f in found if f[0] <= found[0][0] + TIE_KM]
    line = kept[0][2] if len(kept) == 1 else unary_union([f[2] for f in kept])
    line = own_piece_only(ctx, line, place, [place.country_code])
    return line, [*sorted(f[1] for f in kept), place.country_code]
