"""Resolution, the other way round from :mod:`geo.text.local_neighbours`: a capital or a
city of a million that the evidence chose gives its name up to a namesake of local news.

Pass 2 reads a name of a capital ("Dublin") or of a city of a million as that city
unless the text's words outweigh its prior; the support a namesake's neighbours give
is not counted against such a city (:mod:`geo.text.evidence`), so a suburb named with
its county and its metropolis ("Dublin ... Franklin County ... Columbus") stayed in
Ireland.  :func:`local_namesake` reads the name as the namesake instead when the text's
other places crowd around it and none lies near the city: at least
:data:`MIN_NEIGHBOURS` towns or counties of the text within :data:`NEIGHBOUR_KM` of it,
or one in a region the text names outright ("London ... Woodstock ... Ontario").
A story of the city itself names its places next to it, and keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.distance import great_circle_km
from .candidates import PROMINENT_POPULATION, is_capital
from .context import LOCAL_KM

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer
    from .context import Context
    from .ranking import Match

__all__ = ["MIN_NEIGHBOURS", "NEIGHBOUR_KM", "local_namesake"]

#: A town or county of the text this near a namesake (great-circle km) is its neighbour
#: (a metropolitan area and the next county: Dublin, Ohio lies 15 km from Columbus) ...
NEIGHBOUR_KM = 80.0
#: ... and this many such neighbours locate it (one, where its region is named).
MIN_NEIGHBOURS = 2
#: The kinds of record that count as neighbours (not regions' or countries' points).
_NEIGHBOUR_KINDS = frozenset({"place", "admin2"})


def _prominent(gaz: Gazetteer, record: int) -> bool:
    """A national capital or a populated place of :data:`PROMINENT_POPULATION`."""
    return gaz.is_place(record) and (
        gaz.population(record) >= PROMINENT_POPULATION or is_capital(gaz, record)
    )


def local_namesake(
    gaz: Gazetteer,
    ctx: Context,
    key: str,
    chosen: int,
    ranked: Sequence[Match],
    rows: Sequence[Any],
    scores: Mapping[int, float],
) -> int:
    """``chosen``, or the namesake place among ``ranked`` (gazetteer ``rows`` alongside,
    pass-2 ``scores`` by record) that the text's places locate in its stead.

    Only a prominent ``chosen`` (:func:`_prominent`) gives way, and only when no town or
    county of the text lies within :data:`~geo.text.context.LOCAL_KM` of it and the text
    neither gives nor names its region ("Washington, D.C.").  The namesake must bear the
    name or an alias of it (not an alternate or foreign name), be smaller, lie in another
    country (a "Washington-based" group in a story of Georgia's counties is the capital
    of the text's own country), and have :data:`MIN_NEIGHBOURS` towns or counties of the
    text (read from other names, not as the name's own namesakes) within
    :data:`NEIGHBOUR_KM`, or one in an admin-1 region the text names outright.  Of
    several, the best scored wins."""
    if not _prominent(gaz, chosen) or not ctx.has_others(key):
        return chosen
    records, degrees = ctx.points(key)
    own = {match.record for match in ranked}  # another name's reading as one of these
    keep = np.array(
        [r not in own and gaz.row(r).kind in _NEIGHBOUR_KINDS for r in records.tolist()], bool
    )
    if not keep.any():
        return chosen
    there = np.radians(degrees[keep])

    def km_to(record: int) -> np.ndarray:
        lat, lon = np.radians(np.asarray(gaz.lat_lon(record), dtype=float))
        return np.atleast_1d(great_circle_km(lat, lon, there[:, 0], there[:, 1]))

    if (km_to(chosen) <= LOCAL_KM).any():
        return chosen  # a story of the city names its surroundings
    cc, admin1 = gaz.country_code(chosen), gaz.admin1(chosen)[0]
    if ctx.named_in(key, cc, admin1, cc):
        return chosen  # "Washington, D.C.": its own region given or named
    population = gaz.population(chosen)
    found: list[tuple[float, int]] = []
    for match, rr in zip(ranked, rows, strict=True):
        rec = match.record
        if (
            rec == chosen
            or rec not in scores
            or match.quality > QUALITY_ALIAS
            or rr.kind != "place"
            or rr.population >= population
            or rr.country_code == cc
        ):
            continue
        near = int((km_to(rec) <= NEIGHBOUR_KM).sum())
        named = (rr.country_code, rr.admin1[0]) in ctx.named_regions
        if near >= MIN_NEIGHBOURS or (near and named):
            found.append((scores[rec], rec))
    return max(found)[1] if found else chosen
