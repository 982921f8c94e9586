"""Resolution, a capital's small namesake: which of the text's places locate it.

A capital or a city of a million loses its name to a small namesake only on strong
evidence (:func:`geo.text.resolution._keep_prominent`): the text's own words ("Paris,
Texas") or a place of the text next to the namesake, as local news names its
neighbours ("Paris and Roxton"; :data:`~geo.text.context.LOCAL_KM`). A large city is
no such neighbour from that far: world news names it with the capital as readily
("fans in Boston and Chicago watched the final from Paris" is not Paris, Illinois,
230 km from Chicago). :func:`near_neighbour` asks a large city of the text to lie
within :data:`LARGE_NEIGHBOUR_KM` of the namesake; any other place of the text within
``LOCAL_KM`` (towns, counties, regions' points) still locates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..gazetteer.distance import great_circle_km
from .context import LOCAL_KM

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer
    from .context import Context

__all__ = ["LARGE_NEIGHBOUR", "LARGE_NEIGHBOUR_KM", "near_neighbour"]

#: A place of the text this populous is a large city, named from anywhere ...
LARGE_NEIGHBOUR = 500_000
#: ... which locates a small namesake only this near it (km; Atlanta, 100 km from
#: Athens, Georgia, does; Chicago, 230 km from Paris, Illinois, does not).
LARGE_NEIGHBOUR_KM = 150.0


def near_neighbour(gaz: Gazetteer, ctx: Context, key: str, record: int) -> bool:
    """Whether a place the text reads from another name near ``key``'s mentions lies
    next to ``record`` (a small namesake of a capital): within :data:`LARGE_NEIGHBOUR_KM`
    (great-circle km) for a populated place of :data:`LARGE_NEIGHBOUR` people or more,
    within :data:`~geo.text.context.LOCAL_KM` for any other point."""
    if not ctx.has_others(key):
        return False
    records, degrees = ctx.points(key)
    if not len(records):
        return False
    here = np.radians(np.asarray(gaz.lat_lon(record), dtype=float))
    there = np.radians(degrees)
    km = great_circle_km(here[0], here[1], there[:, 0], there[:, 1])
    for r, d in zip(records.tolist(), np.atleast_1d(km).tolist(), strict=True):
        large = gaz.is_place(r) and gaz.population(r) >= LARGE_NEIGHBOUR
        if d <= (LARGE_NEIGHBOUR_KM if large else LOCAL_KM):
            return True
    return False
