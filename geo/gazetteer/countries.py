"""Country records: countries dissolved from their first-level regions.

The country stage of the builder (:mod:`geo.gazetteer.build`): each country's
polygon is the union of its Natural Earth regions (:mod:`geo.gazetteer.regions`),
placed near its conventional point.  Index records as in
:mod:`geo.gazetteer.regions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .codes import QUALITY_ALIAS, QUALITY_PRIMARY, note_import
from .regions import _ADMIN1_GRID_DEG, _names

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["CONVENTION_AGREES_KM", "country_records"]

#: A country's conventional point and the centroid of its main landmass that lie
#: within this distance agree: the conventional point is the country's point.
CONVENTION_AGREES_KM = 200.0


def _country_point(
    centre: tuple[float, float],
    conventional: tuple[float, float] | None,
    land_centre: tuple[float, float] | None = None,
) -> tuple[float, float]:
    """The (lat, lon) point of a country, in degrees, from the centroid of its main
    landmass and its conventional point (``countryinfo``, the CIA World Factbook's).

    GeoNames, and most encyclopaedias, place a country at that conventional point, so
    it is the country's point wherever it agrees with the country's shape (within
    :data:`CONVENTION_AGREES_KM` of the centroid): a reader checking a map at a
    20 km grain finds the country where the gazetteers put it.  Where the two
    disagree (a large country whose gazetteers chose other centres, the United
    States, Canada, Australia), the midpoint of the conventional point and
    ``land_centre`` (the landmass's centroid on an equal-area map,
    :func:`_equal_area_centroid`; ``centre`` without it) stays within 161 km of either
    convention most often (measured on the development corpora; see
    docs/EVALUATION.md).  A conventional point half the globe away from the centroid
    (a wrong sign) is ignored.

    Examples
    --------
    >>> _country_point((33.2, 43.6), (33.0, 44.0))
    (33.0, 44.0)
    >>> _country_point((39.5, -99.0), (38.0, -97.0)) == ((39.5 + 38.0) / 2, (-99.0 - 97.0) / 2)
    True
    >>> _country_point((33.2, 43.6), None)
    (33.2, 43.6)
    """
    from pyproj import Geod

    if conventional is None or abs(conventional[1] - centre[1]) >= 90:
        return centre
    _, _, metres = Geod(ellps="WGS84").inv(centre[1], centre[0], conventional[1], conventional[0])
    if metres / 1000.0 <= CONVENTION_AGREES_KM:
        return conventional
    land = land_centre or centre
    return (land[0] + conventional[0]) / 2, (land[1] + conventional[1]) / 2


def _equal_area_centroid(polygon: Any) -> tuple[float, float]:
    """The (lat, lon) centroid of a lon/lat ``polygon`` on a Lambert azimuthal
    equal-area map centred on it: each square kilometre weighs alike, where a centroid
    taken in degrees weighs the land by its degrees (a degree of longitude spans fewer
    kilometres nearer the pole: a disc of 1,500 km radius at 60 N has its centroid in
    degrees 79 km north of its centre).

    Examples
    --------
    >>> from shapely.geometry import box
    >>> lat, lon = _equal_area_centroid(box(-10.0, -10.0, 10.0, 10.0))
    >>> round(lat, 6) + 0.0, round(lon, 6) + 0.0
    (0.0, 0.0)
    """
    import numpy as np
    import shapely
    from pyproj import Transformer

    middle = polygon.centroid
    laea = f"+proj=laea +lat_0={middle.y} +lon_0={middle.x} +datum=WGS84 +units=m"
    forward = Transformer.from_crs("EPSG:4326", laea, always_xy=True)
    back = Transformer.from_crs(laea, "EPSG:4326", always_xy=True)
    projected = shapely.transform(polygon, lambda xy: np.column_stack(forward.transform(*xy.T)))
    c = projected.centroid
    lon, lat = back.transform(c.x, c.y)
    return lat, lon


def country_records(
    countries: Mapping[str, Mapping[str, Any]],
    aliases: Mapping[str, list[str]],
    admin1_records: list[dict[str, Any]],
    points: Mapping[str, tuple[float, float]],
) -> list[dict[str, Any]]:
    from shapely import union_all
    from shapely.geometry import mapping, shape
    from shapely.ops import polylabel

    parts: dict[str, list[Any]] = {}
    for rec in admin1_records:
        parts.setdefault(rec["country_code"], []).append(shape(rec["geometry"]))
    records = []
    for code in sorted(countries):
        c = countries[code]
        geometry = None
        lat = lon = None
        if code in parts:
            dissolved = union_all(parts[code], grid_size=_ADMIN1_GRID_DEG).buffer(0)
            geometry = mapping(dissolved)
            polys = getattr(dissolved, "geoms", [dissolved])
            largest = max(polys, key=lambda g: g.area)
            centre = largest.centroid
            land = None
            if centre.within(largest):
                lat, lon = centre.y, centre.x
                land = _equal_area_centroid(largest)
            else:  # a crescent-shaped country: a point inside it instead
                label = polylabel(largest, tolerance=0.05)
                lat, lon = label.y, label.x
            lat, lon = _country_point((lat, lon), points.get(code), land)
            lat, lon = round(lat, 5), round(lon, 5)
        if lat is None:
            continue  # no polygon, no honest coordinate: leave it out
        records.append(
            {
                "geonameid": int(c.get("geonameid") or 0),
                "name": c["name"],
                "kind": "country",
                "country_code": code,
                "admin1_code": "",
                "lat": lat,
                "lon": lon,
                "population": int(c.get("population") or 0),
                "names": [
                    (QUALITY_PRIMARY, [c["name"]]),
                    (QUALITY_ALIAS, _names(aliases.get(code, []))),
                ],
                "geometry": geometry,
            }
        )
    return records
