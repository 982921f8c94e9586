"""The map of an analysis drawn with matplotlib: the static renderer's figure.

:func:`draw_figure` builds the same :class:`~geo.render.scene.Scene` as the
HTML map and draws it layer by layer, each layer one function adding to the
given axes: the Natural Earth basemap, the scene's shapes, the user's
overlays, place and claim markers, then the title, legend, scale bar and
credits. No pyplot, no global state: the same analysis gives the same figure.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["draw_figure"]


@dataclass(frozen=True)
class _Extent:
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
    def fit(cls, view: tuple[float, float, float, float], width: int, height: int) -> _Extent:
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


def _nice_km(max_km: float) -> float:
    if max_km <= 0:
        return 1.0
    base = 10 ** math.floor(math.log10(max_km))
    for step in (5, 2, 1):
        if step * base <= max_km:
            return step * base
    return base


def _parts(geometry: Any) -> Iterable[Any]:
    """The non-empty single parts of a geometry, collections flattened at any depth."""
    for part in getattr(geometry, "geoms", [geometry]):
        if part.is_empty:
            continue
        if hasattr(part, "geoms"):
            yield from _parts(part)
        else:
            yield part


def _polygon_path(geometry: Any):
    from matplotlib.path import Path as MplPath

    verts: list[tuple[float, float]] = []
    codes: list[int] = []
    for poly in _parts(geometry):
        if poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = list(ring.coords)
            if len(xy) < 3:
                continue
            verts.extend(xy)
            codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(xy) - 2) + [MplPath.CLOSEPOLY])
    return MplPath(verts, codes) if verts else None


def _lines(geometry: Any) -> Iterable[list[tuple[float, float]]]:
    for part in _parts(geometry):
        if part.geom_type == "LineString":
            yield list(part.coords)
        elif part.geom_type == "Polygon":
            yield list(part.exterior.coords)


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
    ext = _Extent.fit(view or _WORLD, width, height)

    fig = Figure(figsize=(width / 100, height / 100), dpi=100, facecolor="#cddfee")
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(ext.x0, ext.x1)
    ax.set_ylim(ext.y0, ext.y1)
    ax.set_aspect(1 / ext.k, adjustable="datalim")
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]

    if basemap and gazetteer is not None:
        _draw_basemap(ax, gazetteer, ext, scene.west, halo)
    _draw_shapes(ax, scene.shapes)
    _draw_overlays(ax, loaded)
    _draw_marks(ax, scene, ext, width, halo)
    _draw_title(fig, analysis, title, date)
    _draw_legend(ax, scene, loaded)
    _draw_scale_bar(ax, ext, halo)
    _draw_credits(fig, basemap=bool(basemap and gazetteer))
    _declutter(fig, ax)
    return fig


#: Country names of the basemap give way to every label of the article's places.
_COUNTRY_LABEL_RANK = 9
#: Half the side of the box a marker or badge keeps clear, in pixels (markersize 13 pt
#: for a badge, 7 pt for a place, at 100 dpi).
_BADGE_HALF_PX, _MARKER_HALF_PX = 9.0, 5.0


def _declutter(fig: Any, ax: Any) -> None:
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


def _draw_basemap(ax: Any, gazetteer: Any, ext: _Extent, west_edge: Any, halo: list) -> None:
    """Land, country and region borders, and country labels of the Natural Earth basemap."""
    from matplotlib.patches import PathPatch
    from shapely.geometry import shape

    from .basemap import build_basemap

    base = build_basemap(gazetteer, (ext.south, ext.west, ext.north, ext.east),
                         west_edge=west_edge)
    for layer in (base.world, base.countries):
        for feature in layer["features"]:
            mpath = _polygon_path(shape(feature["geometry"]))
            if mpath is not None:
                ax.add_patch(PathPatch(mpath, zorder=1, facecolor="#f4f1ea",
                                       edgecolor="none"))
    for layer, style in (
        (base.regions, {"color": "#a9a294", "linewidth": 0.5, "linestyle": (0, (3, 3))}),
        (base.borders, {"color": "#7d766a", "linewidth": 0.9}),
        (base.world_borders, {"color": "#7d766a", "linewidth": 0.9}),
    ):
        for feature in layer["features"]:
            for xy in _lines(shape(feature["geometry"])):
                xs, ys = zip(*xy, strict=True)
                ax.plot(xs, ys, zorder=1.5, **style)
    for lat, lon, name in base.labels:
        if ext.x0 <= lon <= ext.x1 and ext.y0 <= lat <= ext.y1:
            ax.text(lon, lat, name.upper(), fontsize=8, color="#6b655a", style="italic",
                    ha="center", va="center", zorder=2, parse_math=False, path_effects=halo,
                    gid=f"label-{_COUNTRY_LABEL_RANK}")


def _draw_shapes(ax: Any, shapes: Sequence[Any]) -> None:
    """The scene's areas, bands and lines, styled by status."""
    from matplotlib.patches import PathPatch

    from .styles import STATUS_STYLES

    zorders = {"region": 3, "area": 5, "band": 4, "line": 6}
    for shape_ in shapes:
        st = STATUS_STYLES[shape_.status]
        z = zorders.get(shape_.role, 5)
        if shape_.role == "line" or shape_.geometry.geom_type in ("LineString", "MultiLineString"):
            for xy in _lines(shape_.geometry):
                xs, ys = zip(*xy, strict=True)
                ax.plot(xs, ys, color=st.color, linewidth=st.weight * 0.8,
                        linestyle=st.mpl_dashes, zorder=z)
            continue
        mpath = _polygon_path(shape_.geometry)
        if mpath is None:
            continue
        if shape_.role == "band":
            ax.add_patch(PathPatch(mpath, facecolor=st.color, alpha=0.18, edgecolor="none",
                                   zorder=z))
            continue
        if st.fill == "solid":
            ax.add_patch(PathPatch(mpath, facecolor=st.color, alpha=st.fill_opacity,
                                   edgecolor="none", zorder=z))
        ax.add_patch(PathPatch(mpath, facecolor="none", edgecolor=st.color,
                               linewidth=st.weight * 0.8, linestyle=st.mpl_dashes,
                               hatch=st.mpl_hatch, zorder=z + 0.5))


def _overlay_color(ov: Any, i: int) -> str:
    from .styles import OVERLAY_COLORS

    return ov.color or OVERLAY_COLORS[i % len(OVERLAY_COLORS)]


def _draw_overlays(ax: Any, loaded: Sequence[Any]) -> None:
    """The user's GeoJSON layers, one colour each."""
    from matplotlib.patches import PathPatch

    for i, ov in enumerate(loaded):
        color = _overlay_color(ov, i)
        for feat in ov.features:
            g = feat.geometry
            mpath = _polygon_path(g)
            if mpath is not None:
                ax.add_patch(PathPatch(mpath, facecolor=color, alpha=0.12, edgecolor="none",
                                       zorder=3.5))
            for xy in _lines(g):
                xs, ys = zip(*xy, strict=True)
                ax.plot(xs, ys, color=color, linewidth=2.2, zorder=3.6)
            for p in _parts(g):
                if p.geom_type == "Point":
                    ax.plot([p.x], [p.y], "o", color=color, markersize=6, zorder=3.6)


def _draw_marks(ax: Any, scene: Any, ext: _Extent, width: int, halo: list) -> None:
    """Place and point markers with their labels, then the numbered claim badges."""
    from .styles import PLACE_SHAPES, STATUS_STYLES

    for mark in scene.places + scene.points:
        st = STATUS_STYLES[mark.status]
        marker = "o" if mark.shape == "point" else PLACE_SHAPES.get(mark.kind, ("", "", "o"))[2]
        ax.plot([mark.lon], [mark.lat], marker=marker, markersize=7 if marker != "D" else 6,
                markerfacecolor="white" if mark.shape == "point" else st.color,
                markeredgecolor=st.color if mark.shape == "point" else "white",
                markeredgewidth=1.5, zorder=8, linestyle="none")
        if mark.label:
            ax.text(mark.lon, mark.lat, "  " + mark.label, fontsize=9, fontweight="bold",
                    color="#1a1a1a", ha="left", va="center", zorder=9, parse_math=False,
                    path_effects=halo, gid=f"label-{mark.priority}")
    dx = ext.lon_span / width  # degrees per pixel
    for mark in scene.claims:
        st = STATUS_STYLES[mark.status]
        # As on the HTML map: above the point (its label goes to the right), leftwards.
        x = mark.lon - dx * 24 * mark.slot
        y = mark.lat + dx * ext.k * 22
        ax.plot([x], [y], "o", markersize=13, markerfacecolor=st.color, markeredgecolor="white",
                markeredgewidth=1.2, zorder=10)
        ax.text(x, y, mark.badge or str(mark.number), fontsize=7, fontweight="bold", color="white",
                ha="center", va="center", zorder=11, parse_math=False)


_TITLE_CHAR_PX = 8.0


def _draw_title(fig: Any, analysis: Any, title: str | None, date: Any) -> None:
    """The title box at the top, with the article's date."""
    from .folium_map import _date_text, title_of

    label = title_of(analysis, title)
    dated = _date_text(analysis, date)
    # Wrapped to 80 % of the figure's width (12 pt bold: about 8 px a character), so the
    # box never runs off the page as matplotlib's own wrapping lets it.
    chars = max(20, int(fig.get_figwidth() * fig.dpi * 0.8 / _TITLE_CHAR_PX))
    label = textwrap.fill(label, chars)
    fig.text(0.5, 0.975, label + (f"\nArticle date: {dated}" if dated else ""), ha="center",
             va="top", fontsize=12, fontweight="bold", parse_math=False,
             bbox={"facecolor": "white", "alpha": 0.92, "edgecolor": "#999999",
                   "boxstyle": "round,pad=0.4"})


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
        handles.append(Line2D([], [], color=_overlay_color(ov, i), linewidth=2.2, label=ov.name))
    if handles:
        legend = ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(0.995, 0.035),
                           fontsize=8, framealpha=0.94, title="Legend", title_fontsize=9)
        legend.set_zorder(20)
        for text in legend.get_texts():
            text.set_parse_math(False)


def _draw_scale_bar(ax: Any, ext: _Extent, halo: list) -> None:
    """A scale bar at the bottom left (geodesic length along the centre latitude)."""
    from ..geometry import distance_km

    km_per_deg = distance_km((ext.cy, ext.cx - 0.5), (ext.cy, ext.cx + 0.5))
    bar_km = _nice_km(ext.lon_span * km_per_deg / 5)
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
