"""Layout of the static figure: its view, its scale bar's length, labels decluttered.

The geometry of :func:`geo.render.figure.draw_figure` that is not drawing:
:class:`Extent` fits the scene's bounds to the figure's shape (degrees,
longitude scaled by cos(latitude) at the centre), :func:`nice_km` picks a
round scale-bar length and :func:`declutter` hides or moves the labels that
would cover a marker, a badge or another label once everything is drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

__all__ = ["COUNTRY_LABEL_RANK", "Extent", "declutter", "nice_km"]

#: Country names of the basemap give way to every label of the article's places.
COUNTRY_LABEL_RANK = 9
#: Half the side of the box a marker or badge keeps clear, in pixels (markersize 13 pt
#: for a badge, 7 pt for a place, at 100 dpi).
_BADGE_HALF_PX, _MARKER_HALF_PX = 9.0, 5.0


@dataclass(frozen=True)
class Extent:
    """The figure's view in degrees: the scene plus 12 %, stretched to the figure's shape.

    ``k`` is cos(latitude) at the centre (at least 0.2): one degree of longitude
    is ``k`` degrees of latitude on the map.
    """

    south: float
    west: float
    north: float
    east: float
    k: float
    lon_span: float
    lat_span: float
    cx: float
    cy: float

    @classmethod
    def fit(cls, view: tuple[float, float, float, float], width: int, height: int) -> Extent:
        south, west, north, east = view
        k = max(math.cos(math.radians((south + north) / 2)), 0.2)
        lat_span = max(north - south, 0.1) * 1.24
        lon_span = max(east - west, 0.1) * 1.24
        aspect = width / height
        if lon_span * k / lat_span < aspect:
            lon_span = lat_span * aspect / k
        else:
            lat_span = lon_span * k / aspect
        cx, cy = (west + east) / 2, (south + north) / 2
        return cls(south, west, north, east, k, lon_span, lat_span, cx, cy)

    @property
    def x0(self) -> float:
        return self.cx - self.lon_span / 2

    @property
    def x1(self) -> float:
        return self.cx + self.lon_span / 2

    @property
    def y0(self) -> float:
        return self.cy - self.lat_span / 2

    @property
    def y1(self) -> float:
        return self.cy + self.lat_span / 2


def nice_km(max_km: float) -> float:
    if max_km <= 0:
        return 1.0
    base = 10 ** math.floor(math.log10(max_km))
    for step in (5, 2, 1):
        if step * base <= max_km:
            return step * base
    return base


def declutter(fig: Any, ax: Any) -> None:
    """Labels never cover a marker, a badge or another label, as on the HTML map.

    Markers and badges are placed first; then labels by rank (places claims are about,
    other places, country names): a label that overlaps what is placed moves to the
    left of its point, and if it still overlaps it is left out.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Bbox

    renderer = FigureCanvasAgg(fig).get_renderer()
    kept: list[tuple[Any, Any]] = []  # (box, the data point of a marker, else None)
    for line in ax.lines:
        if line.get_marker() in (None, "None", "") or line.get_linestyle() not in ("None", "none"):
            continue
        half = _BADGE_HALF_PX if line.get_markersize() > 10 else _MARKER_HALF_PX
        for (lon, lat), (x, y) in zip(
            line.get_xydata(), ax.transData.transform(line.get_xydata()), strict=True
        ):
            kept.append((Bbox.from_extents(x - half, y - half, x + half, y + half), (lon, lat)))
    labels = [t for t in ax.texts if (t.get_gid() or "").startswith("label-")]
    labels.sort(key=lambda t: int(t.get_gid().split("-")[1]))  # stable: drawing order

    for t in labels:
        own = tuple(t.get_position())  # its own marker is next to it by design

        def clear(box: Any, own: Any = own) -> bool:
            return not any(box.overlaps(k) for k, at in kept if at is None or tuple(at) != own)

        box = t.get_window_extent(renderer)
        if clear(box):
            kept.append((box, None))
            continue
        if t.get_horizontalalignment() == "left":
            t.set_horizontalalignment("right")
            t.set_text(t.get_text().strip() + "  ")
            box = t.get_window_extent(renderer)
            if clear(box):
                kept.append((box, None))
                continue
        t.set_visible(False)
