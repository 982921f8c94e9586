"""The map layers of the static figure, each drawn onto matplotlib axes.

The drawing stage of :func:`geo.render.figure.draw_figure`, bottom to top: the
Natural Earth basemap, the scene's shapes, the user's overlays, then place
and claim markers with their labels (labels carry a ``label-<rank>`` gid for
:func:`geo.render.figure_layout.declutter`). Shapely geometries in lon/lat
become matplotlib paths and lines here (x = lon, y = lat).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .figure_layout import COUNTRY_LABEL_RANK, Extent, label_offset

__all__ = [
    "draw_basemap",
    "draw_marks",
    "draw_overlays",
    "draw_shapes",
    "geometry_parts",
    "line_coords",
    "overlay_color",
    "polygon_path",
]

def geometry_parts(geometry: Any) -> Iterable[Any]:
    """The non-empty single parts of a geometry, collections flattened at any depth."""
    for part in getattr(geometry, "geoms", [geometry]):
        if part.is_empty:
            continue
        if hasattr(part, "geoms"):
            yield from geometry_parts(part)
        else:
            yield part


def polygon_path(geometry: Any):
    from matplotlib.path import Path as MplPath

    verts: list[tuple[float, float]] = []
    codes: list[int] = []
    for poly in geometry_parts(geometry):
        if poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = list(ring.coords)
            if len(xy) < 3:
                continue
            verts.extend(xy)
            codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(xy) - 2) + [MplPath.CLOSEPOLY])
    return MplPath(verts, codes) if verts else None


def line_coords(geometry: Any) -> Iterable[list[tuple[float, float]]]:
    for part in geometry_parts(geometry):
        if part.geom_type == "LineString":
            yield list(part.coords)
        elif part.geom_type == "Polygon":
            yield list(part.exterior.coords)


def _moved(geometry: Any, dx: float) -> Any:
    """``geometry`` moved east by ``dx`` degrees of longitude."""
    import numpy as np
    import shapely

    return geometry if dx == 0 else shapely.transform(geometry, lambda xy: xy + np.array([dx, 0.0]))


def draw_basemap(ax: Any, gazetteer: Any, ext: Extent, west_edge: Any, halo: list) -> None:
    """Land, country and region borders, and country labels of the Natural Earth basemap."""
    from matplotlib.patches import PathPatch
    from shapely.geometry import shape

    from .basemap import build_basemap
    from .frame import world_shifts

    base = build_basemap(gazetteer, (ext.south, ext.west, ext.north, ext.east),
                         west_edge=west_edge)
    # the coarse world again every 360° that the figure shows (a view wider than the
    # scene's window), the detail around the view once
    shifts = world_shifts(west_edge, ext.x0, ext.x1, reach=0.0)
    for layer, moves in ((base.world, shifts), (base.countries, (0.0,))):
        for feature in layer["features"]:
            for dx in moves:
                mpath = polygon_path(_moved(shape(feature["geometry"]), dx))
                if mpath is not None:
                    ax.add_patch(PathPatch(mpath, zorder=1, facecolor="#f4f1ea",
                                           edgecolor="none"))
    for layer, style, moves in (
        (base.regions, {"color": "#a9a294", "linewidth": 0.5, "linestyle": (0, (3, 3))},
         (0.0,)),
        (base.borders, {"color": "#7d766a", "linewidth": 0.9}, (0.0,)),
        (base.world_borders, {"color": "#7d766a", "linewidth": 0.9}, shifts),
    ):
        for feature in layer["features"]:
            for dx in moves:
                for xy in line_coords(_moved(shape(feature["geometry"]), dx)):
                    xs, ys = zip(*xy, strict=True)
                    ax.plot(xs, ys, zorder=1.5, **style)
    for lat, lon, name in base.labels:
        if ext.x0 <= lon <= ext.x1 and ext.y0 <= lat <= ext.y1:
            ax.text(lon, lat, name.upper(), fontsize=8, color="#6b655a", style="italic",
                    ha="center", va="center", zorder=2, parse_math=False, path_effects=halo,
                    gid=f"label-{COUNTRY_LABEL_RANK}")


def draw_shapes(ax: Any, shapes: Sequence[Any]) -> None:
    """The scene's areas, bands and lines, styled by status."""
    from matplotlib.patches import PathPatch

    from .styles import STATUS_STYLES

    zorders = {"region": 3, "water": 2, "area": 5, "band": 4, "line": 6}
    for shape_ in shapes:
        st = STATUS_STYLES[shape_.status]
        z = zorders.get(shape_.role, 5)
        if shape_.role == "water":
            _draw_water(ax, shape_.geometry, z)
            continue
        if shape_.role == "line" or shape_.geometry.geom_type in ("LineString", "MultiLineString"):
            for xy in line_coords(shape_.geometry):
                xs, ys = zip(*xy, strict=True)
                ax.plot(xs, ys, color=st.color, linewidth=st.weight * 0.8,
                        linestyle=st.mpl_dashes, zorder=z)
            continue
        mpath = polygon_path(shape_.geometry)
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


def _draw_water(ax: Any, geometry: Any, z: float) -> None:
    """A water body's outline or course, in the water colour (no status)."""
    from matplotlib.patches import PathPatch

    from .styles import WATER_COLOR

    if geometry.geom_type in ("LineString", "MultiLineString"):
        for xy in line_coords(geometry):
            xs, ys = zip(*xy, strict=True)
            ax.plot(xs, ys, color=WATER_COLOR, linewidth=1.0, alpha=0.8, zorder=z)
        return
    mpath = polygon_path(geometry)
    if mpath is not None:
        ax.add_patch(PathPatch(mpath, facecolor=WATER_COLOR, alpha=0.1, edgecolor="none",
                               zorder=z))
        ax.add_patch(PathPatch(mpath, facecolor="none", edgecolor=WATER_COLOR, linewidth=0.8,
                               alpha=0.8, zorder=z + 0.5))


def overlay_color(ov: Any, i: int) -> str:
    from .styles import OVERLAY_COLORS

    return ov.color or OVERLAY_COLORS[i % len(OVERLAY_COLORS)]


def draw_overlays(ax: Any, loaded: Sequence[Any]) -> None:
    """The user's GeoJSON layers, one colour each."""
    from matplotlib.patches import PathPatch

    for i, ov in enumerate(loaded):
        color = overlay_color(ov, i)
        for feat in ov.features:
            g = feat.geometry
            mpath = polygon_path(g)
            if mpath is not None:
                ax.add_patch(PathPatch(mpath, facecolor=color, alpha=0.12, edgecolor="none",
                                       zorder=3.5))
            for xy in line_coords(g):
                xs, ys = zip(*xy, strict=True)
                ax.plot(xs, ys, color=color, linewidth=2.2, zorder=3.6)
            for p in geometry_parts(g):
                if p.geom_type == "Point":
                    ax.plot([p.x], [p.y], "o", color=color, markersize=6, zorder=3.6)


#: A badge's width on a figure, px: closer centres overlap.
_BADGE_PX = 22


def _covers(placed: dict[tuple[int, int], list[tuple[float, float]]], px: float,
            py: float) -> bool:
    """Whether a badge centred at (px, py) would cover one of ``placed`` (a grid of
    :data:`_BADGE_PX` cells: only the nine cells around it are looked at)."""
    cx, cy = int(px // _BADGE_PX), int(py // _BADGE_PX)
    return any(
        abs(px - qx) < _BADGE_PX and abs(py - qy) < _BADGE_PX
        for i in (-1, 0, 1) for j in (-1, 0, 1) for qx, qy in placed.get((cx + i, cy + j), ())
    )


#: How far a badge may move from its home above its place, px (as on the HTML map);
#: the spots it is tried at, nearest first: 6 px apart across, a row (22 px) up or down.
_REACH_PX = 48
_SPOTS = sorted(((sx * 6, sy * 22) for sy in range(-2, 3) for sx in range(-8, 9)
                 if math.hypot(sx * 6, sy * 22) <= _REACH_PX),
                key=lambda o: (math.hypot(*o), -o[1], o[0]))


@dataclass(frozen=True)
class BadgeSpots:
    """Where the claim badges go, figure pixels (x right, y up): ``at`` per badge (None:
    counted), ``counts``: ((x, y), n) of the "+n" badges of crowded neighbourhoods."""

    at: tuple[tuple[float, float] | None, ...]
    counts: tuple[tuple[tuple[float, float], int], ...]


def _badge_spots(marks: Sequence[Any], dx: float, k: float) -> BadgeSpots:
    """Each badge at the free spot nearest its home (22 px above its place) within
    :data:`_REACH_PX`, never over its own point nor in its row (its label's); those with
    none are counted in one "+n" badge per neighbourhood (places within the reach of its
    first), placed the same way,
    the nearest badges giving way when none is free. Was: each pushed left of the last,
    unbounded (forty claims at a city in a row across the figure)."""
    placed: dict[tuple[int, int], list[tuple[float, float]]] = {}

    def free(x: float, y: float) -> tuple[float, float] | None:
        for ox, oy in _SPOTS:
            cx, cy = x + ox, y + 22 + oy
            if abs(cy - y) < _BADGE_PX:
                continue  # over its own point, or its label's row (left or right of it)
            if not _covers(placed, cx, cy):
                return cx, cy
        return None

    def put(at: tuple[float, float]) -> None:
        placed.setdefault((int(at[0] // _BADGE_PX), int(at[1] // _BADGE_PX)), []).append(at)

    points = [(m.lon / dx, m.lat / (dx * k)) for m in marks]
    at: list[tuple[float, float] | None] = []
    groups: list[tuple[tuple[float, float], list[int]]] = []
    for i, (x, y) in enumerate(points):
        spot = free(x, y)
        at.append(spot)
        if spot is not None:
            put(spot)
            continue
        group = next((g for g in groups if abs(g[0][0] - x) <= _REACH_PX
                      and abs(g[0][1] - y) <= _REACH_PX), None)
        if group is None:
            groups.append(((x, y), [i]))
        else:
            group[1].append(i)
    counts = []
    for (x, y), members in groups:
        spot = free(x, y)
        while spot is None:  # the nearest shown badge gives way (and is counted)
            shown = [j for j, a in enumerate(at) if a is not None]
            if not shown:
                break
            j = min(shown, key=lambda j: ((at[j][0] - x) ** 2 + (at[j][1] - y) ** 2, j))
            cell = placed[(int(at[j][0] // _BADGE_PX), int(at[j][1] // _BADGE_PX))]
            cell.remove(at[j])
            at[j] = None
            members.append(j)
            spot = free(x, y)
        if spot is not None:
            put(spot)
            counts.append((spot, len(members)))
    return BadgeSpots(tuple(at), tuple(counts))


def draw_marks(ax: Any, scene: Any, ext: Extent, width: int, halo: list) -> None:
    """Place and point markers with their labels, then the numbered claim badges."""
    from .styles import PLACE_SHAPES, STATUS_STYLES

    for mark in [m for m in scene.places if m.label] + list(scene.points):
        st = STATUS_STYLES[mark.status]
        marker = "o" if mark.shape == "point" else PLACE_SHAPES.get(mark.kind, ("", "", "o"))[2]
        ax.plot([mark.lon], [mark.lat], marker=marker, markersize=7 if marker != "D" else 6,
                markerfacecolor="white" if mark.shape == "point" else st.color,
                markeredgecolor=st.color if mark.shape == "point" else "white",
                markeredgewidth=1.5, zorder=8, linestyle="none")
        if mark.label:  # to the right of the point, clear of its marker
            ax.text(mark.lon, mark.lat, mark.label, fontsize=9, fontweight="bold",
                    color="#1a1a1a", ha="left", va="center", zorder=9, parse_math=False,
                    path_effects=halo, gid=f"label-{mark.priority}",
                    transform=label_offset(ax, "right"))
    dx = ext.lon_span / width  # degrees per pixel
    spots = _badge_spots(scene.claims, dx, ext.k)
    for mark, at in zip(scene.claims, spots.at, strict=True):
        if at is None:
            continue
        st = STATUS_STYLES[mark.status]
        px, py = at
        x, y = px * dx, py * dx * ext.k
        if abs(px - mark.lon / dx) > _BADGE_PX / 2 or abs(py - mark.lat / (dx * ext.k) - 22) > 1:
            # moved off its place: a leader line, under it
            ax.plot([mark.lon, x], [mark.lat, y], color="#3a3a3a", linewidth=0.8, alpha=0.85,
                    zorder=9.5, solid_capstyle="butt", gid="leader")
        ax.plot([x], [y], "o", markersize=13, markerfacecolor=st.color, markeredgecolor="white",
                markeredgewidth=1.2, zorder=10)
        ax.text(x, y, mark.badge or str(mark.number), fontsize=7, fontweight="bold", color="white",
                ha="center", va="center", zorder=11, parse_math=False)
    for (px, py), n in spots.counts:  # claims too crowded for the figure: "+n" by them
        x, y = px * dx, py * dx * ext.k
        ax.plot([x], [y], "o", markersize=15, markerfacecolor="#4a4a4a", markeredgecolor="white",
                markeredgewidth=1.2, zorder=10, gid="count")
        ax.text(x, y, f"+{n}", fontsize=7, fontweight="bold", color="white", ha="center",
                va="center", zorder=11, parse_math=False)
