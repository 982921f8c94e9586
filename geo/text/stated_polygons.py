"""A definition's stated regions by their polygons, where a GeoNames code is coarser.

"San Jose is a municipality in the province of Camarines Sur, Philippines": GeoNames
files every town of the Bicol region under one code, while Natural Earth draws its
provinces; :func:`keep_in_polygons` keeps the namesakes inside the stated province's own
polygon (split from :mod:`geo.text.definitions`, which reads the definition).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["keep_in_polygons"]


def keep_in_polygons(mention: Mention, gaz: Gazetteer, keys: Sequence[str]) -> None:
    """Among the candidates inside the stated regions' codes, the places inside the
    stated regions' own polygons, where a code is coarser than its polygons ("San Jose
    is a municipality in the province of Camarines Sur, Philippines": GeoNames files
    every town of the Bicol region under one code, Natural Earth draws its provinces).
    When no candidate lies inside (a coastal town off a simplified border), all stay.
    Cost: the stated names' look-ups and one point-in-polygon test a candidate."""
    from shapely import Point

    codes = {r for r in mention.containers if r[1]}
    if not codes or len(mention.candidates) < 2:
        return
    shapes = []
    for key in keys:
        for c in gaz.lookup_normalized(key)[:10]:
            row = gaz.row(c.record)
            if row.kind == "admin1" and (row.country_code, row.admin1[0]) in codes:
                shapes.append(gaz.geometry(c.record))
    if not shapes:
        return
    inside = []
    for c in mention.candidates:
        if gaz.kind(c.record) != "place":
            continue
        lat, lon = gaz.lat_lon(c.record)
        point = Point(lon, lat)
        if any(shape.covers(point) for shape in shapes):
            inside.append(c)
    if inside:
        mention.candidates = inside
