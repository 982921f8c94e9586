"""An estimate in a region the text also puts near a border: the region's part there.

"the village of Wyryki, in the Lublin province near the border with Belarus": the
gazetteer lacks the village, so it is estimated in its stated container
(:mod:`geo.text.introduced`, :mod:`geo.text.container_partners`), the whole province as
its uncertainty.  The same sentence says where in the province: near the border.  The
estimate becomes the part of its area inside the border zone the spatial stage draws for
that phrase (:func:`geo.text.spatial.regions.find_borders`: within
:data:`~geo.text.spatial.vocabulary.BORDER_BAND_KM` of the shared boundary, geodesic
buffer), its point the centre of that part (the centroid, or a point inside when the
centroid falls outside).  The zone must follow the name in its sentence within
:data:`_REACH` characters with no other town between (a zone after another town
describes that town).  Nothing changes when the two do not meet.

Cost: nothing unless the text says "border" or "frontier" and has an estimate; then the
border phrases once and one intersection per estimate.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from typing import Any

from shapely.errors import ShapelyError
from shapely.geometry import MultiPolygon, Polygon

from ..errors import GeoError
from ..gazetteer.index import Gazetteer
from ..geometry import area_km2
from ..model import Toponym

__all__ = ["in_border_zone"]

log = logging.getLogger(__name__)

#: The border phrase starts at most this many characters after the name.
_REACH = 120
#: A sentence's end between the name and the phrase.
_SENTENCE_END = re.compile(r"[.!?;]\s")


def in_border_zone(text: str, gaz: Gazetteer, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """The toponyms, each estimate that a border phrase right after it places near a
    border cut to the border zone (see the module docstring)."""
    out = list(toponyms)
    if "border" not in text and "frontier" not in text:
        return out
    wide = [i for i, t in enumerate(toponyms) if t.estimated and _polygonal(t.uncertainty)]
    if not wide:
        return out
    from .spatial.context import Context  # the spatial stage, only when needed
    from .spatial.regions import find_borders

    try:
        zones = [c.feature for c in find_borders(Context(text, toponyms, gaz)) if c.feature]
    except (GeoError, ValueError, ShapelyError) as err:  # pragma: no cover
        log.debug("no border zones: %s", err)
        return out
    if not zones:
        return out
    towns = [t.start for t in toponyms if t.place is not None and t.place.kind == "place"]
    for i in wide:
        t = toponyms[i]
        zone = next((z for z in zones if _follows(text, t, z.start, towns)), None)
        if zone is None:
            continue
        try:
            part = t.uncertainty.intersection(zone.geometry)
        except ShapelyError:  # pragma: no cover
            continue
        part = _polygons(part)
        if part is None or area_km2(part) >= area_km2(t.uncertainty):
            continue
        c = part.centroid
        if not part.covers(c):
            c = part.representative_point()
        place = dataclasses.replace(t.place, lat=round(c.y, 5), lon=round(c.x, 5))  # type: ignore[arg-type]
        out[i] = dataclasses.replace(t, place=place, uncertainty=part)
    return out


def _follows(text: str, t: Toponym, start: int, towns: Sequence[int]) -> bool:
    """Does a border phrase at ``start`` follow ``t`` in its sentence, within
    :data:`_REACH` characters, with no other town named between?"""
    if not t.end <= start <= t.end + _REACH:
        return False
    if _SENTENCE_END.search(text, t.end, start):
        return False
    return not any(t.end <= s < start for s in towns)


def _polygonal(geom: Any) -> bool:
    return isinstance(geom, (Polygon, MultiPolygon)) and not geom.is_empty


def _polygons(geom: Any) -> Polygon | MultiPolygon | None:
    """The polygons of an intersection (lines and points dropped), or None."""
    if _polygonal(geom):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and not g.is_empty]
    return MultiPolygon(parts) if parts else None
