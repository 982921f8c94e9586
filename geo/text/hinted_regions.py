"""A name read as a region that its own direction puts outside that region is a village.

"Russian forces recently advanced in western Zaporizhzhia (east of Mezhova)": analysts
name the village of Zaporizhzhia in Dnipropetrovsk Oblast, which GeoNames' ``cities500``
lacks, and resolution reads the name as Zaporizhzhia Oblast, whose land lies south of
Mezhova, not east.  A region may be placed by a direction ("the Belgorod region, north
of Kharkiv"), but only where the direction reaches it.

:func:`hinted_regions` leaves without a place a name read as a first-level region (not
called a region: "the Zaporizhzhia region (south of Dnipro)" keeps it) whose hint has a
bearing, from an anchor read as a populated place outside the region, when the area the
hint allows (:func:`geo.text.hints.estimate`) does not meet the region's polygon: the
geoparser then estimates it there, as it does any name the gazetteer lacks.

Cost: per such name, one sector and one polygon intersection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence

from ..errors import InputError
from ..gazetteer.index import Gazetteer
from .hints import Hint, estimate
from .tokens import Mention

__all__ = ["hinted_regions"]


def hinted_regions(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each region its own direction puts it outside left without a
    place (module docstring); scores kept."""
    out = list(resolved)
    for k, hint in hints.items():
        rec, score = resolved[k]
        if rec is None or hint.bearing_deg is None or gaz.kind(rec) != "admin1":
            continue
        m = mentions[k]
        if m.cue == "region" or m.containers:
            continue
        anchor = resolved[hint.anchor][0]
        if anchor is None or not gaz.is_place(anchor):
            continue
        if gaz.country_code(anchor) != gaz.country_code(rec):
            continue
        if gaz.admin1(anchor)[0] == gaz.admin1(rec)[0]:
            continue
        region = gaz.geometry(rec)
        if region is None or region.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        with contextlib.suppress(InputError):
            _, area = estimate(hint, gaz.lat_lon(anchor))
            if not area.intersects(region):
                out[k] = (None, score)
    return out
