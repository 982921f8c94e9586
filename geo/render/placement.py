"""Where labels and badges go, and the polygons of named regions.

Region labels sit inside the polygon (its pole of inaccessibility, never in a
hole such as a city inside its region) and say "region", so a city and its
region of the same name differ ("Sumy", "Sumy region").
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from ..errors import GeoError

__all__ = ["REGION_TOLERANCE_DEG", "label_point", "place_label", "region_geometry"]

log = logging.getLogger(__name__)

#: Display tolerance for region polygons, degrees (about 200 m).
REGION_TOLERANCE_DEG = 0.002
#: Words that already say a name is a region ("Kursk Oblast" needs no " region").
_REGION_WORDS = frozenset(
    "region oblast province krai kray state county governorate district republic "
    "prefecture canton department voivodeship okrug".split()
)

def label_point(geometry: BaseGeometry) -> tuple[float, float]:
    """(lat, lon) where a label or badge for this geometry goes: inside a polygon
    (its pole of inaccessibility, never in a hole), mid-way along a line."""
    if geometry.geom_type in ("LineString", "MultiLineString"):
        line = geometry if geometry.geom_type == "LineString" else max(
            geometry.geoms, key=lambda g: g.length
        )
        p = line.interpolate(0.5, normalized=True)
    elif geometry.geom_type == "Point":
        p = geometry
    elif geometry.geom_type in ("Polygon", "MultiPolygon"):
        largest = geometry if geometry.geom_type == "Polygon" else max(
            geometry.geoms, key=lambda g: g.area
        )
        try:
            p = polylabel(largest, tolerance=max(math.sqrt(largest.area) / 200.0, 1e-4))
        except (ValueError, shapely.errors.GEOSException):  # pragma: no cover - degenerate
            p = largest.representative_point()
        if not largest.contains(p):  # pragma: no cover - polylabel stays inside
            p = largest.representative_point()
    else:
        p = geometry.representative_point()
    return p.y, p.x


def place_label(place: Any, written: Sequence[str] = ()) -> str:
    """The label of a place: a region says so ("Sumy region"), so it differs from
    its city ("Sumy"). A country's mark carries its name too, on screen and in print (a
    diamond with no name says nothing; where the basemap names the country at the same
    point, the declutter hides the basemap's). A town or a country is labelled as the
    text first writes it (``written``: its mentions' words, in order), the reader's own
    spelling ("Petit-Goâve", not GeoNames' "Tigwav"); not a dateline's capitals nor a
    lower-case copy's form: then the gazetteer's name.

    >>> from types import SimpleNamespace
    >>> town = SimpleNamespace(kind="place", name="Izmayil")
    >>> place_label(town, ["IZMAIL", "Izmail"]), place_label(town, ["izmail"]), place_label(town)
    ('Izmail', 'Izmayil', 'Izmayil')
    >>> place_label(SimpleNamespace(kind="country", name="Ukraine"), ["UKRAINE"])
    'Ukraine'
    """
    if place.kind == "admin1":
        words = set(place.name.lower().replace("-", " ").split())
        return place.name if words & _REGION_WORDS else f"{place.name} region"
    if place.kind in ("place", "country"):
        for text in written:
            if text[:1].isupper() and not text.isupper():
                return " ".join(text.split())  # (a name broken over lines: one line)
    return place.name


def _same_point(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 1e-4 and abs(a[1] - b[1]) < 1e-4


def region_geometry(gazetteer: Any, place: Any) -> BaseGeometry | None:
    """The admin-1 polygon of a resolved region, simplified for display.

    A region without a GeoNames id (Natural Earth's groupings: England, Wales) is
    found by its name, country and point.
    """
    if gazetteer is None:
        return None
    try:
        if place.geonameid:
            records = gazetteer.by_geonameid(place.geonameid)
        else:
            records = [
                c.record
                for c in gazetteer.lookup(place.name)
                if gazetteer.country_code(c.record) == place.country_code
                and _same_point(gazetteer.lat_lon(c.record), (place.lat, place.lon))
            ]
    except (GeoError, ValueError, OSError) as err:  # costs the polygon, not the map
        log.debug("no region polygon for %s: %s", place.name, err)
        return None
    for record in records:
        if gazetteer.kind(record) != "admin1":
            continue
        geom = gazetteer.geometry(record)
        if geom.geom_type in ("Polygon", "MultiPolygon"):
            return shapely.simplify(geom, REGION_TOLERANCE_DEG, preserve_topology=True)
    return None


