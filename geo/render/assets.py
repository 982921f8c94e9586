"""JavaScript and CSS the maps load: inlined package data offline (the default), CDN links online.

Offline maps inline Leaflet and jQuery from the pinned XStatic packages
(``xstatic-leaflet`` 1.9.3, the Leaflet folium 0.20 uses, and
``xstatic-jquery`` 3.7.1, which folium's own popups need). Leaflet's images
(the layer-control icon, the default marker) become ``data:`` URIs, so the
page loads nothing at all. The files are read when a map is rendered, never
at import, and are never copied into this repository.
"""

from __future__ import annotations

import base64
import functools
import re
from importlib import import_module
from pathlib import Path

from ..errors import RenderError

__all__ = [
    "CDN_CSS",
    "CDN_JS",
    "JQUERY_VERSION",
    "LEAFLET_VERSION",
    "OFFLINE_POLICY",
    "offline_assets",
]

LEAFLET_VERSION = "1.9.3"
JQUERY_VERSION = "3.7.1"

#: What an online map (offline=False, --online) loads: Leaflet and jQuery only; folium's
#: Bootstrap, Font Awesome and awesome-markers are not used by these maps.
CDN_JS: tuple[tuple[str, str], ...] = (
    ("leaflet", f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.js"),
    ("jquery", f"https://code.jquery.com/jquery-{JQUERY_VERSION}.min.js"),
)
CDN_CSS: tuple[tuple[str, str], ...] = (
    ("leaflet_css", f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.css"),
)

#: An offline page's own lock: the browser refuses any request the page would still make
#: (a plugin's script adding tiles or images at run time, which no scan of the HTML sees),
#: and prefetches no DNS for the links. Scripts and styles are the page's own, inline;
#: images data: URIs; no <base> and no form sends anything (the layer control is a
#: <form>). A link people click still opens.
OFFLINE_POLICY = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "base-uri 'none'; form-action 'none'\">\n"
    '<meta http-equiv="x-dns-prefetch-control" content="off">\n'
)

_INSTALL = "pip install 'xstatic-leaflet==1.9.3.0' 'xstatic-jquery==3.7.1.1'"
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")
_CSS_URL = re.compile(r"url\((images/[\w.-]+\.png)\)")


def _package_dir(module: str, version: str) -> Path:
    try:
        pkg = import_module(module)
    except ImportError as err:
        raise RenderError(
            f"offline maps inline their JavaScript from {module.replace('.', '-')}, "
            f"which is not installed: {_INSTALL}"
        ) from err
    if getattr(pkg, "VERSION", None) != version:
        raise RenderError(
            f"{module} ships version {getattr(pkg, 'VERSION', '?')}, "
            f"maps need {version}: {_INSTALL}"
        )
    return Path(pkg.BASE_DIR)


def _script_safe(code: str) -> str:
    """JavaScript that cannot end its <script> element early."""
    # A source-map comment ends the code (the pattern's "$"); only the last one can
    # match, as one spans to the end with no space but its own: the pattern is tried
    # from there (with the newline before it), not at every character of the library.
    at = code.rfind("//# sourceMappingURL=")
    if at >= 0:
        start = max(at - 1, 0)
        code = code[:start] + _SOURCE_MAP.sub("", code[start:])
    return code.replace("</script", "<\\/script")


@functools.cache
def offline_assets() -> str:
    """The ``<style>`` and ``<script>`` elements that make a map self-contained.

    Read once per process from the installed packages (immutable afterwards).

    Raises
    ------
    geo.errors.RenderError
        If the XStatic packages are missing or of another version.
    """
    leaflet = _package_dir("xstatic.pkg.leaflet", LEAFLET_VERSION)
    jquery = _package_dir("xstatic.pkg.jquery", JQUERY_VERSION)

    def data_uri(match: re.Match[str]) -> str:
        raw = (leaflet / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(raw).decode('ascii')})"

    css = _CSS_URL.sub(data_uri, (leaflet / "leaflet.css").read_text(encoding="utf-8"))
    css = css.replace("</style", "<\\/style")
    icons = {
        name: "data:image/png;base64,"
        + base64.b64encode((leaflet / "images" / f"{name}.png").read_bytes()).decode("ascii")
        for name in ("marker-icon", "marker-icon-2x", "marker-shadow")
    }
    # Leaflet builds default-icon URLs as imagePath + file name: give it whole data URIs.
    icon_fix = (
        "L.Icon.Default.imagePath='';L.Icon.Default.mergeOptions({"
        f"iconUrl:'{icons['marker-icon']}',iconRetinaUrl:'{icons['marker-icon-2x']}',"
        f"shadowUrl:'{icons['marker-shadow']}'}});"
    )
    js_leaflet = _script_safe((leaflet / "leaflet.js").read_text(encoding="utf-8"))
    js_jquery = _script_safe((jquery / "jquery.min.js").read_text(encoding="utf-8"))
    return (
        "<!-- geo:assets Leaflet 1.9.3 (BSD-2-Clause) and jQuery 3.7.1 (MIT), inlined -->\n"
        f"<style>\n{css}\n</style>\n"
        f"<script>\n{js_leaflet}\n</script>\n"
        f"<script>\n{js_jquery}\n</script>\n"
        f"<script>{icon_fix}</script>\n"
        "<!-- /geo:assets -->"
    )
