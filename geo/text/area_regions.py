"""An area's name that a town's sentence states as the town's first-level region.

"JNIM fighters also struck Djibo, in the Sahel region": the Sahel is a belt of five
countries (:data:`geo.text.name_areas.AREAS`), and also Burkina Faso's Sahel region,
which holds Djibo.  Written "X, in the Y region" after a town that region holds, the
name is the region (resolution's first-level reading), not the belt's point 370 km off.
:func:`stated_region` tells so; :func:`geo.text.name_areas.area_toponyms` keeps such a
reading.  Cost: one look-up of the name and one bounds test.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..gazetteer.index import Gazetteer
from ..model import Toponym

__all__ = ["stated_region"]

#: Between a town and the region stated of it: "Djibo, in the Sahel region".
_BETWEEN = re.compile(r",?[ \t]+in[ \t]+the[ \t]+")
#: After the region's name: its lower-case word.
_REGION_WORD = re.compile(r"[ \t]+(?:region|province)\b")


def stated_region(
    text: str, gaz: Gazetteer, toponyms: Sequence[Toponym], n: int, members: Collection[str]
) -> bool:
    """Is toponym ``n`` (an area's name) a first-level region of one of the area's
    countries (``members``, ISO codes) that the text states of the town right before it
    ("Djibo, in the Sahel region"), the region's polygon bounds holding the town?"""
    t = toponyms[n]
    region = t.place
    if n == 0 or region is None or region.kind != "admin1" or region.country_code not in members:
        return False
    town = toponyms[n - 1].place
    if town is None or town.kind != "place" or town.country_code != region.country_code:
        return False
    if not _BETWEEN.fullmatch(text, toponyms[n - 1].end, t.start):
        return False
    if not _REGION_WORD.match(text, t.end):
        return False
    records = [
        c.record
        for c in gaz.lookup(t.text)
        if gaz.kind(c.record) == "admin1" and gaz.lat_lon(c.record) == (region.lat, region.lon)
    ]
    if not records:
        return False
    west, south, east, north = gaz.bounds_many(records[:1]).tolist()[0]
    return west == west and south <= town.lat <= north and west <= town.lon <= east
