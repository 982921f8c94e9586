"""An estimated toponym: a name the gazetteer lacks, placed where the text locates it."""

from __future__ import annotations

from shapely.geometry import Polygon

from ..gazetteer.index import Gazetteer
from ..model import Place, Toponym
from .tokens import Mention

__all__ = ["estimated_toponym"]


def estimated_toponym(
    gaz: Gazetteer,
    m: Mention,
    surface: str,
    within: int,
    where: tuple[tuple[float, float], Polygon],
    cue: str,
    admin1: bool = True,
) -> Toponym:
    """An estimated toponym for a name the gazetteer lacks: at ``where``'s point
    ``(lat, lon)`` with its area (shapely polygon, lon/lat) as the uncertainty, in the
    country (and, with ``admin1``, the first-level region) of record ``within``: the
    anchor of a hint, a stated container, a city a part of which it is."""
    (lat, lon), area = where
    place = Place(
        0,
        " ".join(surface.split()),
        "place",
        gaz.country_code(within),
        round(lat, 5),
        round(lon, 5),
        admin1_code=gaz.admin1(within)[0] if admin1 else "",
    )
    return Toponym(m.start, m.end, surface, place, 0.5, cue, estimated=True, uncertainty=area)
