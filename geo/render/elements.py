"""The project's own folium elements: setup, shapes, markers, basemap, title, legend.

Each is a :class:`branca.element.MacroElement` that renders **without Jinja**:
its header, body and script are strings built in Python and added to the
figure as :class:`Literal` parts, output verbatim. Data reaches them only as
pre-serialised, script-safe JSON (:func:`geo.render._html.js`) or as HTML
already escaped by :mod:`geo.render.popups`. (branca's own ``MacroElement``
compiles its rendered output again as a template, so ``{{ ... }}`` in an
article would run.) Folium's own ``Popup``, ``Tooltip`` and ``LayerControl``
are not used: they paste text into JavaScript template literals or into
re-compiled script.
"""

from __future__ import annotations

import copy
from typing import Any

from branca.element import Element, Figure, MacroElement

from ._html import esc, js
from .assets import OFFLINE_POLICY
from .page import _SETUP_JS, PANES, page_css, pattern_defs
from .page_layout import LAYOUT_JS
from .page_values import PageValues

__all__ = [
    "PANES",
    "Attribution",
    "BasemapLayer",
    "FitView",
    "LayerSwitch",
    "Legend",
    "Literal",
    "Marks",
    "Setup",
    "Shapes",
    "TitleBox",
    "page_css",
    "pattern_defs",
]

class Literal(Element):
    """Markup that is output exactly as given: never compiled as a template.

    branca's ``MacroElement.render`` wraps the *output* of its macros in
    ``Element(text)``, which compiles that text as a new Jinja template: any
    ``{{ ... }}`` or ``{% ... %}`` in data (an article, a title, a layer name)
    would run. A ``Literal`` has no template at all; its text is data.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Literal"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _Element(MacroElement):
    """A map element whose header, body and script are strings built in Python.

    It renders without Jinja: the three parts are added to the figure as
    :class:`Literal` elements, so text in them (escaped HTML, JSON) is never
    evaluated as template source whatever it contains.
    """

    header_html = ""
    body_html = ""
    #: Attributes holding data built once and never changed (a layer's items): a copy
    #: of the map, made before each rendering (:func:`geo.render.to_html`), shares
    #: them instead of copying every coordinate and popup again.
    shared: tuple[str, ...] = ()

    def __deepcopy__(self, memo: dict[int, Any]) -> _Element:
        for name in self.shared:
            value = getattr(self, name)
            memo.setdefault(id(value), value)
        clone = object.__new__(type(self))
        memo[id(self)] = clone
        for key, value in self.__dict__.items():
            clone.__dict__[key] = copy.deepcopy(value, memo)
        return clone

    def script_js(self) -> str:  # pragma: no cover - overridden
        return ""

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise ValueError(f"{type(self).__name__} must be inside a branca Figure to render")
        name = self.get_name()
        if self.header_html:
            figure.header.add_child(Literal(self.header_html), name=name)
        if self.body_html:
            figure.html.add_child(Literal(self.body_html), name=name)
        script = self.script_js()
        if script:
            figure.script.add_child(Literal(script), name=name)
        for child in self._children.values():
            child.render(**kwargs)

    def _map(self) -> Any:
        parent = self._parent
        while parent is not None and getattr(parent, "_name", "") != "Map":
            parent = parent._parent
        if parent is None:
            raise ValueError(f"{type(self).__name__} must be added to a folium Map")
        return parent

    def _map_name(self) -> str:
        return self._map().get_name()

    def _page_values(self, *, new: bool = False) -> PageValues:
        """The values the page being rendered has written (:mod:`.page_values`); a new
        table when ``new`` (the page's first element, :class:`Setup`, starts one)."""
        fmap = self._map()
        if new or not isinstance(getattr(fmap, "_geo_values", None), PageValues):
            fmap._geo_values = PageValues()
        return fmap._geo_values


class Setup(_Element):
    """First child of a map: assets (offline), stylesheet, hatch patterns, panes, helpers."""

    def __init__(self, *, offline: bool, assets: str = "") -> None:
        super().__init__()
        self._name = "GeoSetup"
        self.offline = offline
        lock = OFFLINE_POLICY if offline else ""
        self.header_html = f"{lock}{assets}\n<style>{page_css()}</style>"
        self.body_html = pattern_defs()

    def script_js(self) -> str:
        self._page_values(new=True)
        return _SETUP_JS % {
            "panes": js(PANES),
            "offline": "true" if self.offline else "false",
            "map": self._map_name(),
        } + LAYOUT_JS % {"map": self._map_name()}


class Shapes(_Element):
    """Polygons and lines added to the parent feature group, with popups and tooltips.

    ``items`` are dicts: ``g`` GeoJSON geometry, ``s`` Leaflet path style,
    ``pane``, ``p`` popup HTML, ``t`` tooltip HTML, ``r`` registry refs.
    """

    shared = ("items",)

    def __init__(self, items: list[dict[str, Any]]) -> None:
        super().__init__()
        self._name = "GeoShapes"
        self.items = items

    def script_js(self) -> str:
        items, more = self._page_values().call_args(self.items)
        return f"{self._map_name()}.geo.addShapes({self._parent.get_name()}, {items}, {more});"


class Marks(_Element):
    """Markers (div icons) added to the parent feature group.

    ``items`` are dicts: ``ll`` [lat, lon], ``icon`` Leaflet divIcon options,
    ``title`` plain text, ``p`` popup HTML, ``label`` permanent label HTML, ``r`` refs.
    """

    shared = ("items",)

    def __init__(self, items: list[dict[str, Any]]) -> None:
        super().__init__()
        self._name = "GeoMarks"
        self.items = items

    def script_js(self) -> str:
        items, more = self._page_values().call_args(self.items)
        return f"{self._map_name()}.geo.addMarks({self._parent.get_name()}, {items}, {more});"


class BasemapLayer(_Element):
    """The offline vector basemap (see :mod:`geo.render.basemap`) in the parent group."""

    def __init__(self, basemap: Any) -> None:
        super().__init__()
        self._name = "GeoBasemap"
        self.basemap = basemap

    def script_js(self) -> str:
        b = self.basemap
        labels = [[lat, lon, esc(name)] for lat, lon, name in b.labels]
        return (
            "(function (map, group) {"
            f"var world = {js(b.world)}, worldBorders = {js(b.world_borders)};"
            f"var countries = {js(b.countries)}, borders = {js(b.borders)};"
            f"var regions = {js(b.regions)};"
            "map.geo.basemap = {world: world};"
            "var opts = {pane: 'geo-basemap', interactive: false};"
            "var land = {stroke: false, fillColor: '#f4f1ea', fillOpacity: 1};"
            "var line = {color: '#7d766a', weight: 1.3, fill: false};"
            # the coarse world again every 360°: land all across a view wider than
            # the scene's window, panned to its limit or zoomed out
            f"{js(list(b.shifts))}.forEach(function (dx) {{"
            "var moved = L.extend({coordsToLatLng: function (c) {"
            " return L.latLng(c[1], c[0] + dx); }}, opts);"
            "L.geoJSON(world, L.extend({style: land}, moved)).addTo(group);"
            "L.geoJSON(worldBorders, L.extend({style: line}, moved)).addTo(group);});"
            "L.geoJSON(countries, L.extend({style: land}, opts)).addTo(group);"
            "L.geoJSON(regions, L.extend({style: {color: '#a9a294', weight: 0.7,"
            " fill: false, dashArray: '3 3'}}, opts)).addTo(group);"
            "L.geoJSON(borders, L.extend({style: line}, opts)).addTo(group);"
            f"{js(labels)}.forEach(function (l) {{"
            "L.marker([l[0], l[1]], {icon: L.divIcon({className: 'geo-country-label',"
            " html: l[2], iconSize: null}), interactive: false, keyboard: false,"
            " pane: 'geo-basemap-labels'}).addTo(group);});"
            f"}})({self._map_name()}, {self._parent.get_name()});"
        )


class FitView(_Element):
    """Fit the map to the article's geometry at once (no animation), then keep it
    inside ``max_bounds`` (the offline basemap's extent) if given.

    The view keeps clear of the boxes drawn over the map: the title (a long one wraps
    to several lines) widens the top padding, the legend (bottom right) the right
    padding and the overview inset or time control (bottom left) the bottom padding,
    measured in the page, so that no place of the front lies under
    them on screen or in print.
    """

    def __init__(
        self,
        bounds: list[list[float]],
        *,
        padding_top_left: tuple[int, int] = (40, 90),
        padding_bottom_right: tuple[int, int] = (40, 40),
        max_zoom: int = 11,
        max_bounds: Any = None,
    ) -> None:
        super().__init__()
        self._name = "GeoFitView"
        self.bounds = bounds
        self.options = {
            "paddingTopLeft": list(padding_top_left),
            "paddingBottomRight": list(padding_bottom_right),
            "maxZoom": max_zoom,
            "animate": False,
        }
        self.max_bounds = max_bounds

    def script_js(self) -> str:
        limit = (
            f"map.setMaxBounds({js(self.max_bounds)});map.options.maxBoundsViscosity = 1.0;"
            if self.max_bounds
            else ""
        )
        # A static capture (#geo-static: PNG/PDF export) may resize the window after
        # load: fit again at once, so the image shows the whole view, fully drawn.
        return (
            "(function (map) {"
            "function clear(options) {"
            "var box = map.getContainer().getBoundingClientRect();"
            "var o = Object.assign({}, options), br = o.paddingBottomRight.slice();"
            "var tl = o.paddingTopLeft.slice();"
            "var title = map.getContainer().querySelector('.geo-title');"
            "if (title && title.offsetHeight < box.height * 0.4) {"
            "tl[1] = Math.max(tl[1], title.offsetTop + title.offsetHeight + 12); }"
            "var legend = map.getContainer().querySelector('.geo-legend');"
            "if (legend && legend.offsetWidth < box.width / 2) {"
            "br[0] = Math.max(br[0], legend.offsetWidth + 16); }"
            # a box of the bottom-left corner: room below the view, or beside it when
            # it is tall (the time control of many articles), so nothing lies under it
            "map.getContainer().querySelectorAll('.geo-inset, .geo-time').forEach("
            # (measured from its top: it sits above the scale bar and the credits; a
            # stack taller than 30 % of the map, the inset over the time control,
            # keeps its own height only, the view would shrink to a strip)
            "function (el) { var r = el.getBoundingClientRect();"
            "if (!r.height || getComputedStyle(el).display === 'none') { return; }"
            "if (el.offsetHeight < box.height * 0.4) {"
            "var need = box.bottom - r.top + 12;"
            "br[1] = Math.max(br[1], need <= box.height * 0.3 ? need : el.offsetHeight + 16);"
            " }"
            " else if (el.offsetWidth < box.width / 2) {"
            "tl[0] = Math.max(tl[0], el.offsetLeft + el.offsetWidth + 16); } });"
            "o.paddingBottomRight = br; o.paddingTopLeft = tl; return o; }"
            f"function fit() {{ map.fitBounds({js(self.bounds)}, clear({js(self.options)})); }}"
            f"fit();{limit}if (map.geo) {{ map.geo.fit = fit; }}"
            "if (document.documentElement.classList.contains('geo-static')) {"
            "window.addEventListener('resize', function () {"
            "map.invalidateSize({pan: false});"
            " if (map.geo && map.geo.layout) { map.geo.layout(); } fit(); });}"
            f"}})({self._map_name()});"
        )


class TitleBox(_Element):
    """The title and the article's date, top centre of the map."""

    def __init__(self, title: str, subtitle: str = "", source: str = "") -> None:
        """``source``: the article's link, HTML already escaped (:func:`._html.source_link`)."""
        super().__init__()
        self._name = "GeoTitle"
        parts = [p for p in (esc(subtitle), source) if p]
        small = f"<small>{' · '.join(parts)}</small>" if parts else ""
        self.html_text = f'<span class="geo-title-text">{esc(title)}</span>{small}'
        self.tooltip = title

    def script_js(self) -> str:
        return (
            "(function (map) {"
            "var box = L.DomUtil.create('div', 'geo-title', map.getContainer());"
            f"box.innerHTML = {js(self.html_text)}; box.title = {js(self.tooltip)};"
            "L.DomEvent.disableClickPropagation(box);L.DomEvent.disableScrollPropagation(box);"
            f"}})({self._map_name()});"
        )


class Legend(_Element):
    """The automatic legend, a Leaflet control (bottom right); ``html`` is pre-escaped.

    Fitted to the room the other boxes leave by the page's layout (:mod:`.page_layout`).
    """

    def __init__(self, html: str, position: str = "bottomright") -> None:
        super().__init__()
        self._name = "GeoLegend"
        self.html_text = html
        self.position = position

    def script_js(self) -> str:
        return (
            "(function (map) {"
            f"var legend = L.control({{position: {js(self.position)}}});"
            "legend.onAdd = function () {"
            "var div = L.DomUtil.create('div', 'geo-legend leaflet-control');"
            f"div.innerHTML = {js(self.html_text)};"
            "div.setAttribute('role', 'region');div.setAttribute('aria-label', 'Legend');"
            "L.DomEvent.disableClickPropagation(div);L.DomEvent.disableScrollPropagation(div);"
            "return div;};"
            "legend.addTo(map);"
            f"}})({self._map_name()});"
        )


class Attribution(_Element):
    """Data credits added to Leaflet's attribution control (text is escaped here)."""

    def __init__(self, *texts: str) -> None:
        super().__init__()
        self._name = "GeoAttribution"
        self.texts = [esc(t) for t in texts if t]

    def script_js(self) -> str:
        calls = "".join(f"map.attributionControl.addAttribution({js(t)});" for t in self.texts)
        return f"(function (map) {{{calls}}})({self._map_name()});"


class LayerSwitch(_Element):
    """Leaflet's layers control for the map's feature groups, in the order given.

    Replaces ``folium.LayerControl``, whose template writes layer names into
    script that branca then compiles as a template. ``layers`` are
    ``(label, group)`` pairs; labels are plain text (escaped here: Leaflet
    inserts them as HTML).
    """

    def __init__(self, layers: list[tuple[str, Any]], *, position: str = "topright") -> None:
        super().__init__()
        self._name = "GeoLayers"
        self.layers = layers
        self.position = position

    def script_js(self) -> str:
        names: list[str] = []
        for label, _ in self.layers:  # same label twice: Leaflet would keep one
            unique, n = label, 1
            while esc(unique) in names:
                n += 1
                unique = f"{label} ({n})"
            names.append(esc(unique))
        groups = ", ".join(group.get_name() for _, group in self.layers)
        return (
            "(function (map, names, groups) {"
            "var overlays = {};"
            "names.forEach(function (n, i) { overlays[n] = groups[i]; });"
            "map.geo.layers = L.control.layers(null, overlays,"
            f" {{position: {js(self.position)}, collapsed: false}}).addTo(map);"
            f"}})({self._map_name()}, {js(names)}, [{groups}]);"
        )
