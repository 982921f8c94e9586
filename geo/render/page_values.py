"""Values a map page writes once: the same outline, popup or icon for many items.

A long text gives a map many items that share a value: a region's outline drawn for
every statement about the region, the ring around a town stated again and again, the
popup an offset's line shares with its band and its point, the few styles and place
icons. :class:`PageValues` numbers the values of one page as its layers are written,
in the order their scripts run; an item's shared value (:data:`SHARED_KEYS`) becomes
its number, and the call that first uses a value writes it (the page's ``addShapes``
and ``addMarks`` put it back in the item before drawing). An outline's points are
written as steps in whole 1e-5 degrees (:func:`packed_geometry`), half the characters
of the decimals. What is drawn, and every popup and tooltip, is the same; a 300 KB
live blog's map was a third its outlines written again.

Examples
--------
>>> values = PageValues()
>>> values.call_args([{"p": "<b>A</b>", "r": 1}, {"p": "<b>A</b>", "r": 2}])
('[{"p":0,"r":1},{"p":0,"r":2}]', '["\\\\u003cb\\\\u003eA\\\\u003c/b\\\\u003e"]')
>>> values.call_args([{"p": "<b>A</b>"}, {"p": "B"}])
('[{"p":0},{"p":1}]', '["B"]')
"""

from __future__ import annotations

from typing import Any

from ._html import js

__all__ = ["SHARED_KEYS", "PageValues", "packed_geometry"]

#: The item keys whose values are numbered: geometry, style, popup, tooltip, icon (the
#: page's ``SHARED`` list names the same keys; each of their values is a string or an
#: object, never a number of its own). A value that is None is left as it is.
SHARED_KEYS = ("g", "s", "p", "t", "icon")


#: GeoJSON types whose points lie at a fixed depth of ``coordinates`` (lists of [x, y]).
_POINT_DEPTH = {"LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}
_SCALE = 100_000  # the map's 5 decimals (about 1 m)


def _steps(points: list[list[float]]) -> list[int]:
    """[x0, y0, dx1, dy1, ...] in whole 1e-5 degrees; ValueError unless exact."""
    out: list[int] = []
    px = py = 0
    for x, y in points:
        kx, ky = round(x * _SCALE), round(y * _SCALE)
        if kx / _SCALE != x or ky / _SCALE != y:
            raise ValueError("not a 5-decimal coordinate")
        out += (kx - px, ky - py)
        px, py = kx, ky
    return out


def packed_geometry(geometry: dict[str, Any]) -> dict[str, Any]:
    """A line's or polygon's GeoJSON with its coordinates as steps: ``d`` holds, nested
    as ``coordinates``, each point list as whole 1e-5 degrees, every point after the
    first as its step from the one before (the page's ``unpack`` sums and divides them
    back: the same floats, since ``k / 100000`` is exact-rounded in both languages). Any
    other geometry, or one with a coordinate that is not a 5-decimal number, is
    returned as it is.

    >>> packed_geometry({"type": "LineString", "coordinates": [[30.5, 50.25], [30.50001, 50.0]]})
    {'type': 'LineString', 'd': [3050000, 5025000, 1, -25000]}
    >>> packed_geometry({"type": "Point", "coordinates": [30.5, 50.25]})["coordinates"]
    [30.5, 50.25]
    """
    depth = _POINT_DEPTH.get(geometry.get("type"))  # type: ignore[arg-type]
    if depth is None or set(geometry) != {"type", "coordinates"}:
        return geometry

    def pack(value: Any, level: int) -> Any:
        return _steps(value) if level == 1 else [pack(v, level - 1) for v in value]

    try:
        return {"type": geometry["type"], "d": pack(geometry["coordinates"], depth)}
    except (ValueError, TypeError, OverflowError):
        return geometry


class PageValues:
    """The values one page has written so far, by their script text, with their numbers."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        #: Each object's script text by id (the object kept with it): an outline
        #: shared by many items is one dict, serialised once.
        self.texts: dict[int, tuple[Any, str]] = {}

    def __deepcopy__(self, memo: dict[int, Any]) -> PageValues:
        """An empty table: a copy of a map is rendered as a page of its own."""
        return PageValues()

    def call_args(self, items: list[dict[str, Any]]) -> tuple[str, str]:
        """``(items, more)``, the two script-safe JSON arguments of one call: the items
        with each shared value replaced by its number, and the list of the values this
        call uses first (in their numbers' order)."""
        numbers = self.numbers
        more: list[str] = []
        out = []
        for item in items:
            item = dict(item)
            for key in SHARED_KEYS:
                value = item.get(key)
                if value is None:
                    continue
                seen = self.texts.get(id(value))
                if seen is None or seen[0] is not value:
                    packed = packed_geometry(value) if key == "g" else value
                    seen = self.texts[id(value)] = (value, js(packed))
                text = seen[1]
                number = numbers.get(text)
                if number is None:
                    number = numbers[text] = len(numbers)
                    more.append(text)
                item[key] = number
            out.append(item)
        return js(out), "[" + ",".join(more) + "]"
