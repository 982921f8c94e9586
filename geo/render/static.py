"""Static images for reports: PNG and PDF from headless Chromium, SVG/PNG/PDF from matplotlib.

Chromium prints the very HTML map (offline, controls hidden), so the image
matches what a reader sees in a browser; it is driven by its command line
only (Debian's ``chromium`` package; ``$GEO_CHROMIUM`` names another binary).
Without a browser, :func:`draw_figure` draws the same scene with matplotlib
(styles from :mod:`geo.render.styles`): ``export_svg`` always, and
``export_png``/``export_pdf`` as a fallback. Every file is written atomically.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError, RenderError
from .output import atomic_write, to_html

__all__ = [
    "CHROMIUM_NAMES",
    "chromium_command",
    "draw_figure",
    "export_pdf",
    "export_png",
    "export_svg",
    "find_chromium",
]

log = logging.getLogger(__name__)

#: Executable names tried, in order, after ``$GEO_CHROMIUM``.
CHROMIUM_NAMES: tuple[str, ...] = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "headless_shell",
)
#: A4 landscape at 96 CSS pixels per inch: the window a PDF is laid out in.
A4_LANDSCAPE_PX = (1123, 794)
_TIMEOUT_S = 90.0
_INSTALL_CHROMIUM = "install Chromium (Debian/Ubuntu: apt-get install chromium)"
_INSTALL_MPL = "install matplotlib (pip install matplotlib)"


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome executable: ``$GEO_CHROMIUM`` or the first on ``PATH``."""
    env = os.environ.get("GEO_CHROMIUM")
    if env:
        found = shutil.which(env)
        return found
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_command(
    binary: str,
    url: str,
    user_data_dir: str | os.PathLike[str],
    *extra: str,
    network: bool = False,
    budget_ms: int = 500,
) -> list[str]:
    """The headless Chromium command line used for every export.

    Background networking, component updates, sync and first-run tasks are
    off; unless ``network`` the host resolver maps every name to nothing, so
    the page cannot load anything remote. The page gets ``budget_ms`` of
    virtual time to run its scripts before the capture.
    """
    cmd = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--mute-audio",
        f"--user-data-dir={user_data_dir}",
        f"--virtual-time-budget={int(budget_ms)}",
    ]
    if not network:
        cmd.append("--host-resolver-rules=MAP * ~NOTFOUND")
    return [*cmd, *extra, url]


def _check_size(width: int, height: int) -> tuple[int, int]:
    for name, value in (("width", width), ("height", height)):
        if not isinstance(value, int) or isinstance(value, bool) or not 16 <= value <= 8000:
            raise InputError(f"{name} must be a whole number of pixels in 16..8000, got {value!r}")
    return width, height


def _is_analysis(obj: Any) -> bool:
    return all(hasattr(obj, a) for a in ("text", "toponyms", "features", "claims"))


def _page_url(html_file: Path) -> str:
    return html_file.resolve().as_uri() + "#geo-static"


def _run_chromium(source: Any, path: str | os.PathLike[str], flags: Sequence[str], *,
                  window: tuple[int, int], network: bool, options: dict[str, Any]) -> Path:
    binary = find_chromium()
    if binary is None:
        raise RenderError(f"no headless browser found: {_INSTALL_CHROMIUM}")
    target = Path(path)
    if not target.resolve().parent.is_dir():
        raise InputError(f"output directory does not exist: {target.resolve().parent}")
    with tempfile.TemporaryDirectory(prefix="geo-chromium-") as tmp:
        tmpdir = Path(tmp)
        if isinstance(source, str | os.PathLike) and not _is_analysis(source):
            page = Path(source)
            if not page.is_file():
                raise InputError(f"no such HTML file: {page}")
        else:
            offline = _is_analysis(source) or bool(
                (getattr(source, "_geo_render", None) or {}).get("offline")
            )
            page = tmpdir / "map.html"
            page.write_text(to_html(source, offline=offline, **options), encoding="utf-8")
        out = tmpdir / ("capture" + target.suffix)
        cmd = chromium_command(
            binary,
            _page_url(page),
            tmpdir / "profile",
            f"--window-size={window[0]},{window[1]}",
            *(f.format(out=out) for f in flags),
            network=network,
        )
        log.debug("running %s", " ".join(cmd))
        try:
            done = subprocess.run(
                cmd, capture_output=True, text=True, timeout=_TIMEOUT_S, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            raise RenderError(f"Chromium did not finish within {_TIMEOUT_S:g} s") from None
        except OSError as err:
            raise RenderError(f"cannot run {binary}: {err.strerror}") from None
        if not out.is_file() or out.stat().st_size == 0:
            tail = " ".join((done.stderr or "").strip().splitlines()[-3:])
            raise RenderError(f"Chromium wrote no {target.suffix or 'output'} file ({tail})")
        return atomic_write(target, out.read_bytes())


def export_png(
    source: Any,
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int = 800,
    engine: str = "auto",
    network: bool = False,
    **options: Any,
) -> Path:
    """Write a PNG of a map.

    Parameters
    ----------
    source : geo.model.Analysis or folium.Map or path to an HTML file
        An analysis is rendered offline first (``options`` go to
        :func:`geo.render.render`).
    path : str or path-like
    width, height : int
        Pixels.
    engine : {"auto", "chromium", "matplotlib"}
        ``auto``: Chromium when installed, else matplotlib (analyses only).
    network : bool
        Let Chromium load remote resources (an online page's CDN and tiles).

    Raises
    ------
    geo.errors.RenderError
        When no renderer can do it; the message says what to install.
    """
    width, height = _check_size(width, height)
    engine = _engine(engine, source, "PNG")
    if engine == "chromium":
        return _run_chromium(
            source, path, ["--screenshot={out}"], window=(width, height), network=network,
            options=options,
        )
    return _save_figure(source, path, "png", width, height, options)


def export_pdf(
    source: Any,
    path: str | os.PathLike[str],
    *,
    engine: str = "auto",
    network: bool = False,
    **options: Any,
) -> Path:
    """Write a one-page A4 landscape PDF (vector) of a map.

    Chromium prints the HTML with its print stylesheet (zoom and layer
    controls hidden; title, legend, scale bar and attribution kept);
    matplotlib draws the scene when no browser is installed.
    """
    engine = _engine(engine, source, "PDF")
    if engine == "chromium":
        return _run_chromium(
            source,
            path,
            ["--print-to-pdf={out}", "--no-pdf-header-footer", "--print-to-pdf-no-header"],
            window=A4_LANDSCAPE_PX,
            network=network,
            options=options,
        )
    return _save_figure(source, path, "pdf", *A4_LANDSCAPE_PX, options)


def export_svg(
    analysis: Any,
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int = 800,
    **options: Any,
) -> Path:
    """Write an SVG of an analysis' map, drawn with matplotlib (no browser needed).

    Text stays text (``svg.fonttype = none``) and the file is deterministic.
    """
    width, height = _check_size(width, height)
    if not _is_analysis(analysis):
        raise InputError("export_svg draws an analysis (geo.analyze's result), not an HTML map")
    return _save_figure(analysis, path, "svg", width, height, options)


def _engine(engine: str, source: Any, what: str) -> str:
    if engine not in ("auto", "chromium", "matplotlib"):
        raise InputError(f"engine must be 'auto', 'chromium' or 'matplotlib', got {engine!r}")
    has_browser = find_chromium() is not None
    if engine == "chromium" or (engine == "auto" and has_browser):
        if not has_browser:
            raise RenderError(f"{what} export with engine='chromium' needs a browser: "
                              f"{_INSTALL_CHROMIUM}")
        return "chromium"
    if not _is_analysis(source):
        raise RenderError(
            f"{what} export of an HTML map needs headless Chromium: {_INSTALL_CHROMIUM} "
            "(or pass the analysis to draw it with matplotlib)"
        )
    if not _has_matplotlib():
        raise RenderError(f"no renderer for {what}: {_INSTALL_CHROMIUM}, or {_INSTALL_MPL}")
    return "matplotlib"


def _has_matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


# ----------------------------------------------------------------------------- matplotlib


def _save_figure(
    analysis: Any, path: str | os.PathLike[str], fmt: str, width: int, height: int,
    options: dict[str, Any],
) -> Path:
    import io

    try:
        import matplotlib
    except ImportError as err:
        raise RenderError(f"static {fmt.upper()} export needs matplotlib: {_INSTALL_MPL}") from err
    fig = draw_figure(analysis, width=width, height=height, **options)
    buf = io.BytesIO()
    metadata = {
        "svg": {"Date": None, "Creator": "geo"},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": "geo", "Producer": "geo"},
        "png": {"Software": "geo"},
    }[fmt]
    with matplotlib.rc_context({"svg.hashsalt": "geo", "svg.fonttype": "none"}):
        fig.savefig(buf, format=fmt, dpi=100, metadata=metadata, facecolor=fig.get_facecolor())
    return atomic_write(path, buf.getvalue())


def _nice_km(max_km: float) -> float:
    if max_km <= 0:
        return 1.0
    base = 10 ** math.floor(math.log10(max_km))
    for step in (5, 2, 1):
        if step * base <= max_km:
            return step * base
    return base


def _polygon_path(geometry: Any):
    from matplotlib.path import Path as MplPath

    verts: list[tuple[float, float]] = []
    codes: list[int] = []
    polygons = getattr(geometry, "geoms", [geometry])
    for poly in polygons:
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = list(ring.coords)
            if len(xy) < 3:
                continue
            verts.extend(xy)
            codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(xy) - 2) + [MplPath.CLOSEPOLY])
    return MplPath(verts, codes) if verts else None


def _lines(geometry: Any) -> Iterable[list[tuple[float, float]]]:
    for part in getattr(geometry, "geoms", [geometry]):
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
    from matplotlib.colors import to_rgba
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, PathPatch
    from shapely.geometry import shape

    from ..geocoders import ATTRIBUTION
    from ..geometry import distance_km
    from .basemap import build_basemap
    from .folium_map import _WORLD, _date_text, _union, title_of
    from .overlay import as_overlay
    from .scene import build_scene, gazetteer_for
    from .styles import OVERLAY_COLORS, PLACE_SHAPES, STATUS_STYLES

    loaded = [as_overlay(o) for o in overlays]
    gazetteer = gazetteer_for(analysis, gazetteer, basemap=basemap)
    scene = build_scene(analysis, gazetteer=gazetteer)
    view = scene.bounds()
    for ov in loaded:
        view = _union(view, ov.bounds())
    south, west, north, east = view or _WORLD

    # Extent: the view plus 12 %, stretched to the figure's shape.
    k = max(math.cos(math.radians((south + north) / 2)), 0.2)
    lat_span = max(north - south, 0.1) * 1.24
    lon_span = max(east - west, 0.1) * 1.24
    aspect = width / height
    if lon_span * k / lat_span < aspect:
        lon_span = lat_span * aspect / k
    else:
        lat_span = lon_span * k / aspect
    cx, cy = (west + east) / 2, (south + north) / 2
    x0, x1 = cx - lon_span / 2, cx + lon_span / 2
    y0, y1 = cy - lat_span / 2, cy + lat_span / 2

    fig = Figure(figsize=(width / 100, height / 100), dpi=100, facecolor="#cddfee")
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / k, adjustable="datalim")
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]

    if basemap and gazetteer is not None:
        base = build_basemap(gazetteer, (south, west, north, east), west_edge=scene.west)
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
            if x0 <= lon <= x1 and y0 <= lat <= y1:
                ax.text(lon, lat, name.upper(), fontsize=8, color="#6b655a", style="italic",
                        ha="center", va="center", zorder=2, parse_math=False, path_effects=halo)

    zorders = {"region": 3, "area": 5, "band": 4, "line": 6}
    for shape_ in scene.shapes:
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

    for i, ov in enumerate(loaded):
        color = ov.color or OVERLAY_COLORS[i % len(OVERLAY_COLORS)]
        for feat in ov.features:
            g = feat.geometry
            if g.geom_type in ("Polygon", "MultiPolygon"):
                mpath = _polygon_path(g)
                if mpath is not None:
                    ax.add_patch(PathPatch(mpath, facecolor=color, alpha=0.12, edgecolor="none",
                                           zorder=3.5))
            for xy in _lines(g):
                xs, ys = zip(*xy, strict=True)
                ax.plot(xs, ys, color=color, linewidth=2.2, zorder=3.6)
            for p in getattr(g, "geoms", [g]):
                if p.geom_type == "Point":
                    ax.plot([p.x], [p.y], "o", color=color, markersize=6, zorder=3.6)

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
                    path_effects=halo)
    dx = lon_span / width  # degrees per pixel
    for mark in scene.claims:
        st = STATUS_STYLES[mark.status]
        # As on the HTML map: above the point (its label goes to the right), leftwards.
        x = mark.lon - dx * 24 * mark.slot
        y = mark.lat + dx * k * 22
        ax.plot([x], [y], "o", markersize=13, markerfacecolor=st.color, markeredgecolor="white",
                markeredgewidth=1.2, zorder=10)
        ax.text(x, y, mark.badge or str(mark.number), fontsize=7, fontweight="bold", color="white",
                ha="center", va="center", zorder=11, parse_math=False)

    # Title and date.
    label = title_of(analysis, title)
    dated = _date_text(analysis, date)
    fig.text(0.5, 0.975, label + (f"\nArticle date: {dated}" if dated else ""), ha="center",
             va="top", fontsize=12, fontweight="bold", parse_math=False, wrap=True,
             bbox={"facecolor": "white", "alpha": 0.92, "edgecolor": "#999999",
                   "boxstyle": "round,pad=0.4"})

    # Legend.
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
        handles.append(Line2D([], [], color=ov.color or OVERLAY_COLORS[i % len(OVERLAY_COLORS)],
                              linewidth=2.2, label=ov.name))
    if handles:
        legend = ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(0.995, 0.035),
                           fontsize=8, framealpha=0.94, title="Legend", title_fontsize=9)
        legend.set_zorder(20)
        for text in legend.get_texts():
            text.set_parse_math(False)

    # Scale bar (geodesic length along the centre latitude).
    km_per_deg = distance_km((cy, cx - 0.5), (cy, cx + 0.5))
    bar_km = _nice_km(lon_span * km_per_deg / 5)
    bar_deg = bar_km / km_per_deg
    bx, by = x0 + lon_span * 0.03, y0 + lat_span * 0.04
    ax.plot([bx, bx + bar_deg], [by, by], color="black", linewidth=3, zorder=20,
            solid_capstyle="butt")
    ax.text(bx + bar_deg / 2, by + lat_span * 0.012, f"{bar_km:g} km", ha="center",
            va="bottom", fontsize=8, zorder=20, parse_math=False, path_effects=halo)

    credits = ATTRIBUTION + ("; basemap: Natural Earth" if basemap and gazetteer else "")
    fig.text(0.995, 0.004, credits, ha="right", va="bottom", fontsize=6.5, color="#333333",
             parse_math=False, bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none",
                                     "pad": 1.5})
    return fig

