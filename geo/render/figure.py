"""The map of an analysis drawn with matplotlib: the static renderer's figure.

:func:`draw_figure` builds the same :class:`~geo.render.scene.Scene` as the
HTML map and draws it layer by layer, each layer one function adding to the
given axes: the Natural Earth basemap, the scene's shapes, the user's
overlays, place and claim markers (:mod:`geo.render.figure_layers`), then the
title, legend, scale bar and credits (here); the view and the decluttering of
labels are :mod:`geo.render.figure_layout`. No pyplot, no global state: the
same analysis gives the same figure.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

from .figure_layers import (
    draw_basemap,
    draw_marks,
    draw_overlays,
    draw_shapes,
    overlay_color,
)
from .figure_layout import Extent, declutter, nice_km

__all__ = ["draw_figure"]


def draw_figure(
    analysis: Any,
    *,
    width: int = 1200,
    height: int = 800,
    title: str | None = None,
    date: Any = None,
    overlays: Iterable[Any] = (),
    gazetteer: Any = None,
    basemap: bool = True,
    **_ignored: Any,
) -> Any:
    """The map of an analysis as a matplotlib ``Figure`` (no pyplot, no global state).

    Same scene, styles, title, legend, scale bar and attribution as the HTML
    map, in an equirectangular view scaled by cos(latitude) at its centre.
    """
    from matplotlib import patheffects
    from matplotlib.figure import Figure

    from .folium_map import _WORLD, _union
    from .overlay import as_overlay
    from .scene import build_scene, gazetteer_for

    loaded = [as_overlay(o) for o in overlays]
    gazetteer = gazetteer_for(analysis, gazetteer, basemap=basemap)
    scene = build_scene(analysis, gazetteer=gazetteer)
    view = scene.bounds()
    for ov in loaded:
        view = _union(view, ov.bounds())
    fig = Figure(figsize=(width / 100, height / 100), dpi=100, facecolor="#cddfee")
    scale = text_scale(width, height)
    # The view below the title box (a long title wraps to several lines), as on the HTML map.
    title_text = _draw_title(fig, analysis, title, date, scale)
    renderer = _renderer(fig)
    top = height - title_text.get_window_extent(renderer).y0 + _TITLE_PAD_PX
    ext = Extent.fit(view or _WORLD, width, height, top=top)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(ext.x0, ext.x1)
    ax.set_ylim(ext.y0, ext.y1)
    ax.set_aspect(1 / ext.k, adjustable="datalim")
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]

    if basemap and gazetteer is not None:
        draw_basemap(ax, gazetteer, ext, scene.west, halo)
    draw_shapes(ax, scene.shapes)
    draw_overlays(ax, loaded)
    draw_marks(ax, scene, ext, width, halo)
    # The frame: credits at the bottom, the scale bar and the legend above them, the
    # legend clear of the title and the scale bar (smaller, or left out, on a thumbnail).
    credits_box = _draw_credits(fig, basemap=bool(basemap and gazetteer), scale=scale)
    floor = credits_box.y1 + _FRAME_GAP_PX
    bar_box = _draw_scale_bar(ax, ext, halo, floor=floor, scale=scale)
    title_box = _box(title_text, renderer)
    _draw_legend(ax, scene, loaded, floor=floor, clear_of=(title_box, bar_box), scale=scale)
    declutter(fig, ax)
    return fig


#: The figure size at and above which text has its full size, pixels; smaller figures
#: scale it down, to :data:`MIN_TEXT_SCALE` (a 320x240 thumbnail).
FULL_TEXT_PX = (720, 480)
MIN_TEXT_SCALE = 0.6
#: Pixels kept between the frame's boxes (credits, scale bar, legend, title).
_FRAME_GAP_PX = 4.0


def text_scale(width: int, height: int) -> float:
    """How much the frame's text (title, legend, credits, scale) is scaled down in a
    ``width`` by ``height`` pixel figure.

    >>> text_scale(1200, 800), text_scale(576, 480), text_scale(320, 240)
    (1.0, 0.8, 0.6)
    """
    return max(MIN_TEXT_SCALE, min(1.0, width / FULL_TEXT_PX[0], height / FULL_TEXT_PX[1]))


def _renderer(fig: Any) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return FigureCanvasAgg(fig).get_renderer()


def _box(text: Any, renderer: Any) -> Any:
    """A text's box on the figure, pixels (its background box when it has one)."""
    patch = text.get_bbox_patch()
    if patch is not None:
        text.update_bbox_position_size(renderer)
        return patch.get_window_extent(renderer)
    return text.get_window_extent(renderer)


_TITLE_CHAR_PX = 8.0
#: The title box's padding below its text and a gap under it, pixels.
_TITLE_PAD_PX = 14.0


def _title_lines(height: int) -> int | None:
    """Most lines of a title in a figure ``height`` pixels tall (``None``: no limit)."""
    return 2 if height < 400 else 3 if height < 600 else None


def _draw_title(fig: Any, analysis: Any, title: str | None, date: Any, scale: float) -> Any:
    """The title box at the top, with the article's date (the text artist). A small
    figure takes a smaller font and at most :func:`_title_lines` lines."""
    from .folium_map import _date_text, title_of

    label = title_of(analysis, title)
    dated = _date_text(analysis, date)
    # Wrapped to 80 % of the figure's width (12 pt bold: about 8 px a character), so the
    # box never runs off the page as matplotlib's own wrapping lets it.
    width_px = fig.get_figwidth() * fig.dpi
    chars = max(20, int(width_px * 0.8 / (_TITLE_CHAR_PX * scale)))
    label = textwrap.fill(label, chars, max_lines=_title_lines(int(fig.bbox.height)),
                          placeholder=" …")
    text = fig.text(0.5, 0.975, label + (f"\nArticle date: {dated}" if dated else ""),
                    ha="center", va="top", fontsize=12 * scale, fontweight="bold",
                    parse_math=False,
                    bbox={"facecolor": "white", "alpha": 0.92, "edgecolor": "#999999",
                          "boxstyle": "round,pad=0.4"})
    return text


def _draw_legend(ax: Any, scene: Any, loaded: Sequence[Any], *, floor: float,
                 clear_of: Sequence[Any], scale: float) -> None:
    """The legend: statuses drawn, kinds of place, claims, overlays; at the bottom right,
    above ``floor`` (pixels) and clear of the boxes ``clear_of`` (the title, the scale
    bar) and of the figure's edges: in a smaller font when it must, left out when even
    the smallest does not fit (a thumbnail)."""
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from .styles import PLACE_SHAPES, STATUS_STYLES

    handles = []
    for status in scene.statuses:
        st = STATUS_STYLES[status]
        face = to_rgba(st.color, max(st.fill_opacity, 0.15)) if st.fill == "solid" else "none"
        handles.append(Patch(facecolor=face, edgecolor=st.color, hatch=st.mpl_hatch,
                             linestyle=st.mpl_dashes, linewidth=1.5,
                             label=scene.status_label(status)))
    for kind, (_, text, marker) in PLACE_SHAPES.items():
        if any(m.kind == kind for m in scene.places):
            handles.append(Line2D([], [], marker=marker, linestyle="none", markersize=7,
                                  markerfacecolor=STATUS_STYLES["stated"].color,
                                  markeredgecolor="white", label=text))
    if scene.claims:
        handles.append(Line2D([], [], marker="o", linestyle="none", markersize=10,
                              markerfacecolor=STATUS_STYLES["asserted"].color,
                              markeredgecolor="white", label="claim n (colour: status)"))
    for i, ov in enumerate(loaded):
        handles.append(Line2D([], [], color=overlay_color(ov, i), linewidth=2.2, label=ov.name))
    if not handles:
        return
    fig = ax.figure
    renderer = _renderer(fig)
    bottom = max(0.035, floor / fig.bbox.height)
    for size in sorted({8 * scale, 7 * scale, 6 * scale, 5.0}, reverse=True):
        legend = ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(0.995, bottom),
                           fontsize=size, framealpha=0.94, title="Legend",
                           title_fontsize=size + 1)
        box = legend.get_window_extent(renderer)
        if (box.x0 >= 0 and box.y1 <= fig.bbox.height
                and not any(box.overlaps(other) for other in clear_of)):
            legend.set_zorder(20)
            for text in legend.get_texts():
                text.set_parse_math(False)
            return
        legend.remove()


def _draw_scale_bar(ax: Any, ext: Extent, halo: list, *, floor: float, scale: float) -> Any:
    """A scale bar at the bottom left (geodesic length along the centre latitude), above
    ``floor`` (pixels from the bottom): its box on the figure, pixels."""
    from ..geometry import distance_km

    def wrapped(lon: float) -> float:  # an unwrapped longitude (179.5 + 1) as a meridian
        return (lon + 180.0) % 360.0 - 180.0

    cy = max(-89.0, min(ext.cy, 89.0))
    km_per_deg = distance_km((cy, wrapped(ext.cx - 0.5)), (cy, wrapped(ext.cx + 0.5)))
    bar_km = nice_km(ext.lon_span * km_per_deg / 5)
    bar_deg = bar_km / km_per_deg
    height = ax.figure.bbox.height
    bx = ext.x0 + ext.lon_span * 0.03
    by = ext.y0 + ext.lat_span * max(0.04, (floor + 2) / height)
    (bar,) = ax.plot([bx, bx + bar_deg], [by, by], color="black", linewidth=3, zorder=20,
                     solid_capstyle="butt")
    label = ax.text(bx + bar_deg / 2, by + ext.lat_span * 0.012, f"{bar_km:g} km",
                    ha="center", va="bottom", fontsize=8 * scale, zorder=20, parse_math=False,
                    path_effects=halo)
    from matplotlib.transforms import Bbox

    renderer = _renderer(ax.figure)
    return Bbox.union([bar.get_window_extent(renderer), label.get_window_extent(renderer)])


def _draw_credits(fig: Any, *, basemap: bool, scale: float) -> Any:
    """The attribution line at the bottom right, wrapped to the figure's width (lines
    broken after a "; "): its box on the figure, pixels."""
    from ..geocoders import ATTRIBUTION

    credits = ATTRIBUTION + ("; basemap: Natural Earth" if basemap else "")
    size = max(5.0, 6.5 * scale)
    renderer = _renderer(fig)
    parts = credits.split("; ")
    for lines in range(1, len(parts) + 1):
        per = -(-len(parts) // lines)
        wrapped = "\n".join("; ".join(parts[i : i + per]) for i in range(0, len(parts), per))
        # its box's padding (1.5 pt) inside the figure, however short the figure
        text = fig.text(0.995, max(0.004, 2.5 / fig.bbox.height), wrapped, ha="right",
                        va="bottom", fontsize=size,
                        color="#333333", parse_math=False,
                        bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none",
                              "pad": 1.5})
        box = _box(text, renderer)
        if box.x0 >= 0 or lines == len(parts):
            break
        text.remove()
    return box
