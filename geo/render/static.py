"""Static images for reports: PNG and PDF from headless Chromium, SVG/PNG/PDF from matplotlib.

Chromium prints the very HTML map (offline, controls hidden), so the image
matches what a reader sees in a browser (:mod:`geo.render.chromium`); it is
driven by its command line only (Debian's ``chromium`` package;
``$GEO_CHROMIUM`` names another binary). Without a browser,
:func:`~geo.render.figure.draw_figure` draws the same scene with matplotlib
(styles from :mod:`geo.render.styles`): ``export_svg`` always, and
``export_png``/``export_pdf`` as a fallback. Every file is written atomically.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError, RenderError
from .chromium import (
    CHROMIUM_NAMES,
    capture,
    chromium_command,
    find_chromium,
    install_hint,
)
from .figure import draw_figure
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

#: A4 landscape at 96 CSS pixels per inch: the window a PDF is laid out in.
A4_LANDSCAPE_PX = (1123, 794)
_INSTALL_MPL = "install matplotlib (pip install matplotlib)"


def _check_size(width: int, height: int) -> tuple[int, int]:
    for name, value in (("width", width), ("height", height)):
        if not isinstance(value, int) or isinstance(value, bool) or not 16 <= value <= 8000:
            raise InputError(f"{name} must be a whole number of pixels in 16..8000, got {value!r}")
    return width, height


def _is_analysis(obj: Any) -> bool:
    return all(hasattr(obj, a) for a in ("text", "toponyms", "features", "claims"))


def _run_chromium(source: Any, path: str | os.PathLike[str], flags: Sequence[str], *,
                  window: tuple[int, int], network: bool, options: dict[str, Any],
                  suffix: str) -> Path:
    binary = find_chromium()
    if binary is None:
        raise RenderError(f"no headless browser found: {install_hint()}")
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
        return capture(binary, page, target, flags, scratch=tmpdir, window=window,
                       network=network, suffix=suffix)


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
            options=options, suffix=".png",
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
            suffix=".pdf",
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
                              f"{install_hint()}")
        return "chromium"
    if not _is_analysis(source):
        raise RenderError(
            f"{what} export of an HTML map needs headless Chromium: {install_hint()} "
            "(or pass the analysis to draw it with matplotlib)"
        )
    if not _has_matplotlib():
        raise RenderError(f"no renderer for {what}: {install_hint()}, or {_INSTALL_MPL}")
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
