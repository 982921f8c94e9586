"""Writing maps: HTML (atomic), fragments for embedding, GeoJSON, Jupyter display."""

from __future__ import annotations

import copy
import html as _html
import os
import re
from pathlib import Path
from typing import Any

from branca.element import Figure

from .._io import atomic_write, dumps_json
from ..errors import InputError, RenderError
from ._folium import folium
from ._html import css_length, esc
from ._ids import is_rendered, number_elements, walk
from .folium_map import render

__all__ = [
    "MapView",
    "atomic_write",
    "remote_resources",
    "save_geojson",
    "save_html",
    "to_fragment",
    "to_geojson",
    "to_html",
]

# <script src=...>, <link href=...>, <img src=...>, CSS url(...) pointing at the network:
# one pattern for the tags and one for url(...), each starting with a literal the engine
# skips to quickly on a page of 0.8 MB ("<", and the bracket of "url(", the word read
# behind it: none of its letters matches another when case is ignored, so it is written
# out in both cases). One pattern of both took 30-40 ms a map.
_REMOTE_TAG = re.compile(
    r"""<(?:(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?//[^"'\s>]+)"""
    r"""|link\b[^>]*\bhref\s*=\s*["']?((?:https?:)?//[^"'\s>]+))""",
    re.IGNORECASE,
)
_REMOTE_URL = re.compile(r"""\((?<=[uU][rR][lL]\()(?i:\s*["']?((?:https?:)?//[^"')\s]+))""")
_URL = len("url")  # a url(...) match starts at its bracket: the word is before it

#: The end of a tag's unclosed style="..." attribute (in the page, or in HTML a script
#: holds as a string: \u003cdiv style=\"...), the tag not closed since (">", "\u003e"):
#: a url( right after it is CSS.
_IN_STYLE_ATTR = re.compile(
    r"(?:<|\\u003c)[a-zA-Z][\w-]*\s(?:(?!\\u003[ce])[^<>])*?\bstyle\s*=\s*(\\?[\"'])"
    r"(?:(?!\1)[^<>])*\Z",
    re.IGNORECASE | re.DOTALL,
)
_STYLE_ATTR_CHARS = 400  # how far back a url( looks for the start of its tag

_BODY_STYLE = re.compile(
    r"<style>html, body \{\s*width: 100%;\s*height: 100%;\s*margin: 0;\s*padding: 0;"
    r"\s*\}\s*</style>"
    r"|<style>#map \{[^}]*\}\s*</style>"
)


def remote_resources(html: str) -> list[str]:
    """URLs of scripts, styles, images and frames an HTML page would load from the network.

    Links people may click (``<a href>``) are not loads and are not listed.

    Examples
    --------
    >>> remote_resources('<script src="https://cdn.example/x.js"></script><a href="https://a">a</a>')
    ['https://cdn.example/x.js']
    """
    # Each pattern's next match from where the last one taken ends, the leftmost taken
    # (the two never start at one place): what one pattern of both would find.
    found: list[str] = []
    tag, url = _REMOTE_TAG.search(html), _REMOTE_URL.search(html)
    while tag is not None or url is not None:
        tag_first = url is None or (tag is not None and tag.start() < url.start() - _URL)
        m = tag if tag_first else url
        found.append(next(g for g in m.groups() if g))
        end = m.end()
        if tag is not None and tag.start() < end:
            tag = _REMOTE_TAG.search(html, end)
        if url is not None and url.start() - _URL < end:
            url = _REMOTE_URL.search(html, end + _URL)
    return found


def page_loads(html: str) -> list[str]:
    """What a page loads from the network when opened: the tags of
    :func:`remote_resources`, and a CSS ``url(...)`` only where CSS is (in a ``<style>``
    element or a tag's ``style`` attribute): text of the article or an overlay that reads
    "url(https://...)" is shown, escaped, and loads nothing.

    >>> page_loads('<p>It said url(https://a.example/x.png)</p>')
    []
    >>> page_loads('<div style="background:url(https://a.example/x.png)"></div>')
    ['https://a.example/x.png']
    """
    found = [next(g for g in m.groups() if g) for m in _REMOTE_TAG.finditer(html)]
    lowered = None
    for m in _REMOTE_URL.finditer(html):  # rare: each one's context read alone
        lowered = html.lower() if lowered is None else lowered
        at = m.start()
        opened = lowered.rfind("<style", 0, at)
        in_element = opened >= 0 and lowered.rfind("</style", opened, at) < 0
        if in_element or _IN_STYLE_ATTR.search(html, max(0, at - _STYLE_ATTR_CHARS), at):
            found.append(m.group(1))
    return found


def _as_map(obj: Any, *, offline: bool | None, **options: Any) -> folium.Map:
    """The map to write: a map as given (``offline`` None: as it was rendered), an
    analysis rendered offline unless ``offline`` is False."""
    if isinstance(obj, folium.Map):
        info = getattr(obj, "_geo_render", None)
        if options:
            raise InputError(
                f"options {', '.join(sorted(options))} apply when rendering an analysis; "
                "pass them to geo.render.render()"
            )
        if offline and not (info or {}).get("offline"):
            raise RenderError(
                "this map was rendered for online use (tiles, CDN scripts); "
                "build it with render(analysis) (offline=True, the default) to save it offline"
            )
        return obj
    if isinstance(obj, MapView):
        return _as_map(obj.map, offline=offline, **options)
    return render(obj, offline=offline is not False, **options)


def _rendered_copy(fmap: folium.Map) -> tuple[str, Figure]:
    """Render a copy of the map's figure: the map itself is never mutated by rendering.

    folium's rendering adds elements to the tree (``addTo`` statements, the
    generated scripts) and is not idempotent; rendering a fresh copy is. If the
    map was already rendered elsewhere (folium's own ``_repr_html_``), the
    generated parts are dropped from the copy first.
    """
    figure = fmap.get_root()
    if not isinstance(figure, Figure):
        raise RenderError("the map is not attached to a branca Figure")
    if not is_rendered(figure):
        prefix = (getattr(fmap, "_geo_render", None) or {}).get("prefix", "m")
        number_elements(figure, prefix)  # also gives elements added by callers stable ids
    clone = copy.deepcopy(figure)
    if is_rendered(figure):
        generated = {e.get_name() for e in walk(clone)}
        for part in (clone.header, clone.html, clone.script):
            for key in [k for k in part._children if k in generated]:
                del part._children[key]
        for element in list(walk(clone)):
            for key, child in list(element._children.items()):
                if isinstance(child, folium.elements.ElementAddToElement):
                    del element._children[key]
    return clone.render(), clone


def to_html(map_or_analysis: Any, *, offline: bool | None = None, **options: Any) -> str:
    """The complete HTML page of a map (rendering the analysis first if given one).

    ``offline``: None (the default) writes a map as it was rendered and renders an
    analysis offline (a page that makes no request when opened); True insists on
    a self-contained page; False renders an analysis online (CDN and tiles).

    The same map always gives the same page: element ids are deterministic
    (elements a caller added to a map from :func:`render` are numbered too)
    and the map is rendered from a copy, so rendering twice changes nothing.

    Raises
    ------
    geo.errors.RenderError
        If ``offline`` and the page would still load something remote.
    """
    fmap = _as_map(map_or_analysis, offline=offline, **options)
    page, _ = _rendered_copy(fmap)
    _check_offline(fmap, page, offline)
    return page


def _check_offline(fmap: Any, page: str, offline: bool | None) -> None:
    """An offline map (asked now, or when it was rendered) must load nothing remote."""
    if offline or (getattr(fmap, "_geo_render", None) or {}).get("offline"):
        remote = page_loads(page)
        if remote:
            raise RenderError(
                "an offline map must not load anything, but this one loads "
                + ", ".join(sorted(set(remote))[:5])
                + " (a plugin added to the map?)"
            )


def save_html(
    map_or_analysis: Any, path: str | os.PathLike[str], *, offline: bool | None = None,
    **options: Any,
) -> Path:
    """Write a map's HTML page to ``path`` atomically; return the path.

    Parameters
    ----------
    map_or_analysis : folium.Map or geo.model.Analysis or MapView
        An analysis is rendered with ``offline`` and ``options``
        (see :func:`geo.render.render`).
    path : str or path-like
    offline : bool, optional
        As :func:`to_html`: by default a map as rendered, an analysis offline (one
        self-contained file that loads nothing from the network); False renders an
        analysis online.
    """
    return atomic_write(path, to_html(map_or_analysis, offline=offline, **options))


def to_fragment(
    map_or_analysis: Any,
    *,
    mode: str = "iframe",
    width: str | int = "100%",
    height: str | int = "480px",
    offline: bool | None = None,
    title: str | None = None,
    **options: Any,
) -> str:
    """An HTML snippet to paste into a page or report.

    Parameters
    ----------
    mode : {"iframe", "div"}
        ``"iframe"`` (default): a sandboxed ``<iframe srcdoc>`` holding the whole
        page; scripts run but cannot reach the host page. ``"div"``: the map's
        styles, scripts and ``<div>`` inline (JavaScript names are unique per
        map, so several maps can share a page).
    width, height : str or int
        CSS size of the frame or div.
    offline : bool, optional
        As :func:`to_html`: by default a map as rendered, an analysis self-contained
        (no CDN, no tiles); False renders an analysis online (a smaller snippet
        that loads Leaflet and tiles from the network).
    """
    if title is not None:
        options["title"] = title
    css_w, css_h = css_length(width, "width"), css_length(height, "height")
    if mode == "iframe":
        fmap = _as_map(map_or_analysis, offline=offline, **options)
        page = to_html(fmap, offline=offline)
        label = title_of_map(fmap)
        return (
            f'<iframe class="geo-map-frame" title="{esc(label)}" srcdoc="{_html.escape(page)}" '
            f'style="width:{css_w};height:{css_h};border:0" loading="lazy" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>'
        )
    if mode != "div":
        raise InputError(f"fragment mode must be 'iframe' or 'div', got {mode!r}")
    fmap = _as_map(map_or_analysis, offline=offline, **options)
    page, figure = _rendered_copy(fmap)
    _check_offline(fmap, page, offline)
    head = _BODY_STYLE.sub("", figure.header.render())
    head = head.replace('<meta http-equiv="content-type" content="text/html; charset=UTF-8" />', "")
    head = re.sub(r'<meta name="viewport"[^>]*/>', "", head)
    body = figure.html.render()
    script = figure.script.render()
    return (
        f'<div class="geo-map-fragment" style="position:relative;width:{css_w};height:{css_h}">'
        f"{head}{body}<script>{script}</script></div>"
    )


def title_of_map(fmap: folium.Map) -> str:
    for child in fmap._children.values():
        if type(child).__name__ == "TitleBox":
            return _html.unescape(re.sub(r"<[^>]+>", " ", child.html_text)).strip()
    return "Map"


def to_geojson(analysis: Any) -> dict[str, Any]:
    """The analysis as one GeoJSON FeatureCollection: :meth:`geo.model.Analysis.to_geojson`.

    Raises
    ------
    geo.errors.InputError
        If ``analysis`` is not an analysis.
    """
    if not callable(getattr(analysis, "to_geojson", None)):
        raise InputError(
            f"to_geojson() needs a geo.Analysis (from geo.analyze), got {type(analysis).__name__}"
        )
    return analysis.to_geojson()


def save_geojson(analysis: Any, path: str | os.PathLike[str]) -> Path:
    """Write :func:`to_geojson` to ``path`` atomically; an analysis of a page's extracted
    text (``analysis.extracted``: a saved page, a fetched URL) also carries that text as
    the collection's last member, ``"text"``, as ``geo parse`` gives it: the string every
    ``start``/``end`` counts in, which is in no file."""
    collection = to_geojson(analysis)
    if getattr(analysis, "extracted", False):
        collection = {**collection, "text": analysis.text}
    return atomic_write(path, dumps_json(collection, indent=1) + "\n")


class MapView:
    """A rendered map that displays itself in Jupyter (``_repr_html_``) and saves itself.

    ``folium.Map`` has its own ``_repr_html_`` (an unsandboxed iframe); this
    wrapper shows the same deterministic page in a sandboxed iframe.

    Examples
    --------
    >>> import geo
    >>> view = MapView(geo.Analysis(text="Nothing here."), height=300)
    >>> view._repr_html_().startswith('<iframe class="geo-map-frame"')
    True
    """

    def __init__(self, map_or_analysis: Any, *, height: str | int = "480px", **options: Any):
        self.map = (
            map_or_analysis if isinstance(map_or_analysis, folium.Map)
            else render(map_or_analysis, **options)
        )
        self.height = height

    def __repr__(self) -> str:
        return f"<MapView {title_of_map(self.map)!r}>"

    def _repr_html_(self) -> str:
        return to_fragment(self.map, height=self.height)

    def to_html(self) -> str:
        return to_html(self.map)

    def save(self, path: str | os.PathLike[str]) -> Path:
        return save_html(self.map, path)

