"""Relative-location hints, bearings in degrees: "the Kerch, 045 degrees from Odesa at
20 km", "X, on a bearing of 270 from Y, 15 km".

:func:`bearing_hints` reads a bearing phrase (:func:`geo.text.spatial.bearings.read_bearing`)
right after a mention and a comma, its anchor the mention the phrase names, as a
:class:`~geo.text.hints.base.Hint`: a sector :data:`HALF_SECTOR_DEG` either way of the
bearing, the stated distance's band (as "X, 20 km north-east of Y" has it).

Cost: a substring test first, then one anchored match after each mention followed by a
comma.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..spatial.bearings import BEARING_WORDS, read_bearing
from ..spatial.measures import stated_distance
from ..tokens import Mention
from .base import Hint

__all__ = ["HALF_SECTOR_DEG", "bearing_hints"]

#: A stated bearing's sector, either way (degrees): a bearing is rounded to a few degrees.
HALF_SECTOR_DEG = 5.0


def bearing_hints(text: str, mentions: Sequence[Mention], out: dict[int, Hint]) -> dict[int, Hint]:
    """``out``, plus a hint for each mention followed by ", <bearing phrase>" whose place
    is the next mention; a mention that already has a hint keeps it.  ``out`` is updated
    in place and returned."""
    if not any(word in text for word in BEARING_WORDS):
        return out
    for k in range(len(mentions) - 1):
        m, anchor = mentions[k], mentions[k + 1]
        if k in out or text[m.end : m.end + 1] != ",":
            continue
        start = m.end + 1
        while start < anchor.start and text[start] == " ":
            start += 1
        read = read_bearing(
            text, start, lambda pos, a=anchor, j=k + 1: (j, a.end) if pos == a.start else None
        )
        if read is None:
            continue
        dist = stated_distance(read[1])
        if dist is None or not 0 < dist.km <= 2_000:
            continue
        lo, hi = dist.min_km or dist.km, dist.max_km or dist.km
        out[k] = Hint(k + 1, read[0], HALF_SECTOR_DEG, max(0.0, lo * 0.8 - 2.0), hi * 1.2 + 2.0,
                      dist.km, m.end, read[4])  # fmt: skip
    return out
