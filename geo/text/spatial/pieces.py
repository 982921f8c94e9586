"""A country in several pieces: the border of the piece a place is in.

The Palestinian territories are the Gaza Strip and the West Bank; Azerbaijan holds
Nakhchivan, Russia the Kaliningrad exclave, Angola Cabinda. "Within 1 km of the border
fence east of Khan Younis" is the Gaza Strip's perimeter, not the West Bank's boundary
as well, though both lie within 150 km of the town and both are the Israel-Palestine
border of the gazetteer's polygons. :func:`own_piece_only` keeps the parts of a border
line that lie on the outline of the piece of its country the place stands in.

Cost: for a country of one piece, nothing; else one point-in-polygon test per piece and
one distance per part of the line.
"""

from __future__ import annotations

from typing import Any

from shapely.geometry import Point

from ...model import Place
from .context import Context
from .shapes import border_lines

__all__ = ["own_piece_only", "side_named"]

#: A part of a border line lies on a piece's outline when it comes this near it (degrees:
#: a tolerance of the comparison, about 1 km, never a buffer).
_ON_OUTLINE_DEG = 0.01


def own_piece_only(ctx: Context, line: Any, place: Place | None, codes: list[str]) -> Any:
    """``line`` (border lines in lon/lat), with only the parts on the outline of the
    piece of its country (one of ``codes``) that ``place`` stands in, or is nearest; the
    line unchanged for a place of no such country, a country of one piece, or a line
    that would keep nothing."""
    if place is None or place.country_code not in codes:
        return line
    record = ctx.country_record(place.country_code)
    shape = ctx.gaz.geometry(record) if record is not None else None
    pieces = list(getattr(shape, "geoms", ()))
    parts = list(getattr(line, "geoms", [line]))
    if len(pieces) < 2 or len(parts) < 2:
        return line
    piece = _piece_of(pieces, place)
    kept = [part for part in parts if piece.distance(part) <= _ON_OUTLINE_DEG]
    if not kept or len(kept) == len(parts):
        return line
    merged = border_lines(kept[0] if len(kept) == 1 else type(line)(kept))
    return merged if merged is not None else line


def _piece_of(pieces: list[Any], place: Place) -> Any:
    """The piece (polygon) ``place`` stands in, or the nearest (a coastal town just off
    its outline)."""
    here = Point(place.lon, place.lat)
    found = next((p for p in pieces if p.contains(here)), None)
    return found if found is not None else min(pieces, key=here.distance)


def side_named(ctx: Context, i: int | None, codes: list[str]) -> tuple[int, Any] | None:
    """(toponym ``i``, the polygon it names) for the side of a border zone a text states
    before it ("a buffer zone 15 km deep inside Ukraine along ...", "up to 1.5 km wide
    inside Gaza along the border"): a country of ``codes`` (its polygon), one of its
    first-level regions (the region's), or a town of it (the piece of its country the town
    stands in: Gaza's Strip, not the West Bank); None otherwise."""
    place = ctx.toponyms[i].place if i is not None else None
    if i is None or place is None or place.country_code not in codes:
        return None
    if place.kind == "admin1":
        record = ctx.region_record(place, from_city=False)
        return (i, ctx.gaz.geometry(record)) if record is not None else None
    record = ctx.country_record(place.country_code)
    shape = ctx.gaz.geometry(record) if record is not None else None
    if shape is None:
        return None
    pieces = list(getattr(shape, "geoms", ()))
    if place.kind == "country" or len(pieces) < 2:
        return i, shape
    return i, _piece_of(pieces, place)
