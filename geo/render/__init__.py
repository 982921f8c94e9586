"""Maps of what an article claims: folium HTML, offline pages, static images, reports.

Everything here is reproducible (the same input and options give
byte-identical output) and safe (article text is escaped wherever it reaches
HTML or JavaScript). Nothing touches the network, at import or ever, and a saved
map makes no request when it is opened: maps are self-contained by default (Leaflet
and jQuery inlined, a vector basemap instead of tiles); only an online map
(``render(..., offline=False)``, ``geo map --online``) *links* to a CDN and tiles.

Examples
--------
>>> import geo
>>> from geo.render import remote_resources, render, to_html
>>> m = render(geo.Analysis(text="No places here."))
>>> page = to_html(m)
>>> page == to_html(render(geo.Analysis(text="No places here.")))
True
>>> remote_resources(page)
[]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _lazy

# Where each public name lives: imported on first use, so that importing one module
# of the package (geo map imports geo.render.batch, geo report geo.render.report)
# loads only what it needs: the static exports (matplotlib, a browser) are never
# imported by an HTML map.
_LAZY = {
    "write_outputs": "batch",
    "DEFAULT_TILES": "folium_map",
    "render": "folium_map",
    "MapView": "output",
    "atomic_write": "output",
    "remote_resources": "output",
    "save_geojson": "output",
    "save_html": "output",
    "to_fragment": "output",
    "to_geojson": "output",
    "to_html": "output",
    "Overlay": "overlay",
    "load_overlay": "overlay",
    "overlay_from_geojson": "overlay",
    "report_html": "report",
    "export_pdf": "static",
    "export_png": "static",
    "export_svg": "static",
    "find_chromium": "static",
    "STATUS_STYLES": "styles",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
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


__getattr__, __dir__ = _lazy.attach(__name__, _LAZY, __all__, globals())
