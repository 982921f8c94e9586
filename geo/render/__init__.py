"""Maps of what an article claims: folium HTML, offline pages, static images, reports.

Everything here is reproducible (the same input and options give
byte-identical output) and safe (article text is escaped wherever it reaches
HTML or JavaScript). Nothing touches the network, at import or ever: online
maps merely *link* to a CDN and tiles, offline ones inline everything.

Examples
--------
>>> import geo
>>> from geo.render import render, to_html
>>> m = render(geo.Analysis(text="No places here."), tiles=None)
>>> to_html(m) == to_html(render(geo.Analysis(text="No places here."), tiles=None))
True
"""

from __future__ import annotations

from .batch import write_outputs
from .folium_map import DEFAULT_TILES, render
from .output import (
    MapView,
    atomic_write,
    remote_resources,
    save_geojson,
    save_html,
    to_fragment,
    to_geojson,
    to_html,
)
from .overlay import Overlay, load_overlay, overlay_from_geojson
from .report import report_html
from .static import export_pdf, export_png, export_svg, find_chromium
from .styles import STATUS_STYLES

__all__ = [
    "DEFAULT_TILES",
    "STATUS_STYLES",
    "MapView",
    "Overlay",
    "atomic_write",
    "export_pdf",
    "export_png",
    "export_svg",
    "find_chromium",
    "load_overlay",
    "overlay_from_geojson",
    "remote_resources",
    "render",
    "report_html",
    "save_geojson",
    "save_html",
    "to_fragment",
    "to_geojson",
    "to_html",
    "write_outputs",
]
