"""Layout of the static figure: its view, its scale bar's length, labels decluttered.

The geometry of :func:`geo.render.figure.draw_figure` that is not drawing:
:class:`Extent` fits the scene's bounds to the figure's shape (degrees,
longitude scaled by cos(latitude) at the centre), :func:`nice_km` picks a
round scale-bar length and :func:`declutter` hides or moves the labels that
would cover a marker, a badge or another label once everything is drawn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .scene_records import PRIORITY_CLAIM_PLACE

__all__ = ["COUNTRY_LABEL_RANK", "Extent", "declutter", "label_offset", "nice_km"]

#: Country names of the basemap give way to every label of the article's places.
COUNTRY_LABEL_RANK = 9
#: Half the side of the box a marker or badge keeps clear, in pixels (markersize 13 pt
#: for a badge, 7 pt for a place, at 100 dpi).
_BADGE_HALF_PX, _MARKER_HALF_PX = 9.0, 5.0
#: From a point to a label moved below or above it, pixels (past its marker).
_LABEL_GAP_PX = 7.0
#: The box around the figure's own texts (title, credits) beyond their letters, pixels.
_TEXT_BOX_PAD_PX = 6.0


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
    def fit(cls, view: tuple[float, float, float, float], width: int, height: int,
            *, top: float = 0.0) -> Extent:
        """The extent showing ``view`` (south, west, north, east) in a ``width`` by
        ``height`` pixel figure, below the ``top`` pixels a title box covers.

        Examples
        --------
        >>> e = Extent.fit((50.0, 30.0, 52.0, 36.0), 1200, 800, top=200)
        >>> round(e.y0, 2), round(e.y1, 2)  # 50-52°N in the lower three quarters
        (49.76, 53.07)
        """
        south, west, north, east = view
        k = max(math.cos(math.radians((south + north) / 2)), 0.2)
        lat_span = max(north - south, 0.1) * 1.24
        lon_span = max(east - west, 0.1) * 1.24
        below = max(height - top, height / 2)  # the pixels left for the view
        aspect = width / below
        if lon_span * k / lat_span < aspect:
            lon_span = lat_span * aspect / k
        else:
            lat_span = lon_span * k / aspect
        cx, cy = (west + east) / 2, (south + north) / 2
        total = lat_span * height / below  # the view in the lower part of the figure
        cy += (total - lat_span) / 2
        return cls(south, west, north, east, k, lon_span, total, cx, cy)

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
    """Labels never cover a marker, a badge, another label, the title, the legend or
    the credits, nor run off the figure, as on the HTML map.

    Markers and badges are placed first; then labels by rank (places claims are about,
    other places, country names). A place label that would collide is tried to the
    right of its point, to its left, below and above it, then at its four corners (a
    city and its region's centre, a few pixels apart, both keep their names); what
    still collides is left out, except the name of a place the headline or a claim
    names (on its least crowded side).
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
    legend = ax.get_legend()
    kept += [(t.get_window_extent(renderer).padded(_TEXT_BOX_PAD_PX), None) for t in fig.texts]
    if legend is not None:
        kept.append((legend.get_window_extent(renderer), None))
    edge = fig.bbox
    labels = [t for t in ax.texts if (t.get_gid() or "").startswith("label-")]
    labels.sort(key=_rank)  # stable: drawing order

    for t in labels:
        own = tuple(t.get_position())  # its own marker is next to it by design

        def clear(box: Any, own: Any = own) -> bool:
            return inside_figure(box, edge) and not any(box.overlaps(k) for k, at in kept
                                      if at is None or tuple(at) != own)

        box = t.get_window_extent(renderer)
        if clear(box):
            kept.append((box, None))
            continue
        if t.get_horizontalalignment() == "left":  # a place's label: tried around it
            tried = [(_crowding(box, kept, own), "right")]
            for side in _TRIED:
                _put(ax, t, side)
                box = t.get_window_extent(renderer)
                if clear(box):
                    kept.append((box, None))
                    break
                if inside_figure(box, edge):
                    tried.append((_crowding(box, kept, own), side))
            else:
                if _rank(t) <= PRIORITY_CLAIM_PLACE and tried:
                    # a place the headline or a claim names keeps its name (in print
                    # too: tester30 F16, Khan Younis with its own claim), on its least
                    # crowded side
                    # (over a neighbour's dot rather than missing from the map)
                    _put(ax, t, min(tried)[1])
                    kept.append((t.get_window_extent(renderer), None))
                else:
                    t.set_visible(False)
            continue
        t.set_visible(False)


def _rank(text: Any) -> int:
    return int(text.get_gid().split("-")[1])


def inside_figure(box: Any, edge: Any) -> bool:
    """Whether ``box`` lies wholly inside ``edge`` (the figure), in display pixels."""
    return box.x0 >= edge.x0 and box.x1 <= edge.x1 and box.y0 >= edge.y0 and box.y1 <= edge.y1


def _crowding(box: Any, kept: Sequence[tuple[Any, Any]], own: Any) -> int:
    """How many kept boxes (markers, badges, labels; the label's own marker aside)
    ``box`` meets; a title, legend or credit box counts as many."""
    return sum(1 if at is not None else 100 for k, at in kept
               if box.overlaps(k) and (at is None or tuple(at) != own))


def _put(ax: Any, text: Any, side: str) -> None:
    ha, va = _SIDES[side]
    text.set_horizontalalignment(ha)
    text.set_verticalalignment(va)
    text.set_transform(label_offset(ax, side))


#: (horizontal, vertical) alignment of a place label on each side of its point.
_SIDES = {"right": ("left", "center"), "left": ("right", "center"),
          "below": ("center", "top"), "above": ("center", "bottom"),
          "below-right": ("left", "top"), "above-right": ("left", "bottom"),
          "below-left": ("right", "top"), "above-left": ("right", "bottom")}
#: The sides a label that collides on the right is tried on, in order: the four sides,
#: then the four corners (a tight cluster on a coast in a wide view, Gaza's camps a few
#: pixels apart, names each place on whichever corner is free), as on the HTML map.
_TRIED = ("left", "below", "above", "below-right", "above-right", "below-left",
          "above-left")


def label_offset(ax: Any, side: str) -> Any:
    """The transform that draws a place's label on ``side`` (right, left, below, above,
    or a corner: below-right ...) of its point, :data:`_LABEL_GAP_PX` away: clear of its
    own marker."""
    from matplotlib.transforms import ScaledTranslation

    gap = _LABEL_GAP_PX / ax.figure.dpi
    dx, dy = {"right": (gap, 0), "left": (-gap, 0), "below": (0, -gap), "above": (0, gap),
              "below-right": (gap, -gap), "above-right": (gap, gap),
              "below-left": (-gap, -gap), "above-left": (-gap, gap)}[side]
    return ax.transData + ScaledTranslation(dx, dy, ax.figure.dpi_scale_trans)
