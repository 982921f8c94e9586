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
    # The view below the title box (a long title wraps to several lines), as on the HTML map.
    ext = Extent.fit(view or _WORLD, width, height, top=_draw_title(fig, analysis, title, date))
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
    _draw_legend(ax, scene, loaded)
    _draw_scale_bar(ax, ext, halo)
    _draw_credits(fig, basemap=bool(basemap and gazetteer))
    declutter(fig, ax)
    return fig


_TITLE_CHAR_PX = 8.0
#: The title box's padding below its text and a gap under it, pixels.
_TITLE_PAD_PX = 14.0


def _draw_title(fig: Any, analysis: Any, title: str | None, date: Any) -> float:
    """The title box at the top, with the article's date; how many pixels from the top
    of the figure it covers."""
    from .folium_map import _date_text, title_of

    label = title_of(analysis, title)
    dated = _date_text(analysis, date)
    # Wrapped to 80 % of the figure's width (12 pt bold: about 8 px a character), so the
    # box never runs off the page as matplotlib's own wrapping lets it.
    chars = max(20, int(fig.get_figwidth() * fig.dpi * 0.8 / _TITLE_CHAR_PX))
    label = textwrap.fill(label, chars)
    text = fig.text(0.5, 0.975, label + (f"\nArticle date: {dated}" if dated else ""),
                    ha="center", va="top", fontsize=12, fontweight="bold", parse_math=False,
                    bbox={"facecolor": "white", "alpha": 0.92, "edgecolor": "#999999",
                          "boxstyle": "round,pad=0.4"})
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    box = text.get_window_extent(FigureCanvasAgg(fig).get_renderer())
    return fig.bbox.height - box.y0 + _TITLE_PAD_PX


def _draw_legend(ax: Any, scene: Any, loaded: Sequence[Any]) -> None:
    """The legend: statuses drawn, kinds of place, claims, overlays."""
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from .styles import PLACE_SHAPES, STATUS_STYLES

    handles = []
    for status in scene.statuses:
        st = STATUS_STYLES[status]
        face = to_rgba(st.color, max(st.fill_opacity, 0.15)) if st.fill == "solid" else "none"
        handles.append(Patch(facecolor=face, edgecolor=st.color, hatch=st.mpl_hatch,
                             linestyle=st.mpl_dashes, linewidth=1.5, label=st.label))
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
    if handles:
        legend = ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(0.995, 0.035),
                           fontsize=8, framealpha=0.94, title="Legend", title_fontsize=9)
        legend.set_zorder(20)
        for text in legend.get_texts():
            text.set_parse_math(False)


def _draw_scale_bar(ax: Any, ext: Extent, halo: list) -> None:
    """A scale bar at the bottom left (geodesic length along the centre latitude)."""
    from ..geometry import distance_km

    def wrapped(lon: float) -> float:  # an unwrapped longitude (179.5 + 1) as a meridian
        return (lon + 180.0) % 360.0 - 180.0

    cy = max(-89.0, min(ext.cy, 89.0))
    km_per_deg = distance_km((cy, wrapped(ext.cx - 0.5)), (cy, wrapped(ext.cx + 0.5)))
    bar_km = nice_km(ext.lon_span * km_per_deg / 5)
    bar_deg = bar_km / km_per_deg
    bx, by = ext.x0 + ext.lon_span * 0.03, ext.y0 + ext.lat_span * 0.04
    ax.plot([bx, bx + bar_deg], [by, by], color="black", linewidth=3, zorder=20,
            solid_capstyle="butt")
    ax.text(bx + bar_deg / 2, by + ext.lat_span * 0.012, f"{bar_km:g} km", ha="center",
            va="bottom", fontsize=8, zorder=20, parse_math=False, path_effects=halo)


def _draw_credits(fig: Any, *, basemap: bool) -> None:
    """The attribution line at the bottom right."""
    from ..geocoders import ATTRIBUTION

    credits = ATTRIBUTION + ("; basemap: Natural Earth" if basemap else "")
    fig.text(0.995, 0.004, credits, ha="right", va="bottom", fontsize=6.5, color="#333333",
             parse_math=False, bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none",
                                     "pad": 1.5})
