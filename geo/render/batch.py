"""``write_outputs``: every file ``geo map`` can write, from one analysis, in one call.

The CLI maps its options onto the keyword arguments one to one; each file is
written atomically, and any error (a bad overlay, a missing renderer) is
raised before the first file is written when it can be known in advance.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .._io import check_output_path, dumps_json
from ..errors import InputError
from .articles import corpus_geojson
from .folium_map import _overlay_list, render
from .output import atomic_write, save_geojson, to_fragment, to_html
from .overlay import as_overlay
from .static import _engine, export_pdf, export_png, export_svg

__all__ = ["write_outputs"]

PathLike = str | os.PathLike[str]


def write_outputs(
    analysis: Any,
    *,
    html: PathLike | None = None,
    offline: bool = True,
    geojson: PathLike | None = None,
    png: PathLike | None = None,
    pdf: PathLike | None = None,
    svg: PathLike | None = None,
    fragment: PathLike | None = None,
    overlays: Iterable[Any] = (),
    title: str | None = None,
    date: Any = None,
    gazetteer: Any = None,
    width: int = 1200,
    height: int = 800,
) -> list[Path]:
    """Write the map of ``analysis`` in every requested form; return the paths written.

    ``analysis`` may be a list of analyses: one map of many articles with a time
    control (HTML, fragment and GeoJSON only: ``geo map`` draws the images of several
    articles one per article, calling this once for each).

    Parameters
    ----------
    html : path, optional
        The HTML map: self-contained (no CDN, no tiles) unless ``offline`` is False.
    geojson, png, pdf, svg : path, optional
        GeoJSON of toponyms and features; PNG and PDF through headless Chromium
        (matplotlib when no browser is installed); SVG through matplotlib.
    fragment : path, optional
        An ``<iframe srcdoc>`` snippet to paste into another page.
    overlays : iterable
        GeoJSON files (or :class:`~geo.render.Overlay`) drawn as extra layers.
    width, height : int
        PNG and SVG size in pixels.

    Raises
    ------
    geo.errors.InputError
        Bad overlay or output directory.
    geo.errors.RenderError
        No renderer for a requested image (the message says what to install).
    """
    many = list(analysis) if isinstance(analysis, list | tuple) else None
    if many is not None and len(many) == 1:
        analysis, many = many[0], None
    if many is not None and (png or pdf or svg):
        raise InputError("--png, --pdf and --svg draw one article; a map of several articles "
                         "is HTML (and GeoJSON)")
    targets = {"html": html, "geojson": geojson, "png": png, "pdf": pdf, "svg": svg,
               "fragment": fragment}
    for name, target in targets.items():  # a directory or a missing folder: before any output
        if target is not None:
            check_output_path(target, option=name)
    # malformed overlays fail before any output
    loaded = [as_overlay(o) for o in _overlay_list(overlays)]
    for wanted, what in ((png, "PNG"), (pdf, "PDF")) if many is None else ():
        if wanted is not None:
            _engine("auto", analysis, what)
    if svg is not None:
        _engine("matplotlib", analysis, "SVG")
    common = {"title": title, "date": date, "gazetteer": gazetteer}
    written: list[Path] = []
    if html is not None or fragment is not None:
        fmap = render(many or analysis, offline=offline, overlays=loaded, **common)
        if html is not None:
            written.append(atomic_write(html, to_html(fmap, offline=offline)))
        if fragment is not None:
            written.append(atomic_write(fragment, to_fragment(fmap, offline=offline) + "\n"))
    if geojson is not None and many is not None:
        text = dumps_json(corpus_geojson(many), indent=1) + "\n"
        written.append(atomic_write(geojson, text))
    elif geojson is not None:
        written.append(save_geojson(analysis, geojson))
    if png is not None:
        written.append(
            export_png(analysis, png, width=width, height=height, overlays=loaded, **common)
        )
    if pdf is not None:
        written.append(export_pdf(analysis, pdf, overlays=loaded, **common))
    if svg is not None:
        written.append(
            export_svg(analysis, svg, width=width, height=height, overlays=loaded, **common)
        )
    return written

