"""The map's layers, each a small builder: (scene, options) -> elements on the map.

:data:`BUILDERS` lists them in drawing order; :func:`geo.render.render` runs
them one after the other on a :class:`MapContext`. A new layer is one new
function added to the list. Builders add feature groups to the map and name
them in ``ctx.switch`` (the layer control, added last, lists them in order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..geocoders import ATTRIBUTION
from ..model._common import geometry_geojson
from ._folium import folium
from ._html import esc
from .basemap import Basemap, build_basemap
from .controls import Overview, TimeControl
from .elements import (
    Attribution,
    BasemapLayer,
    FitView,
    LayerSwitch,
    Legend,
    Marks,
    Shapes,
    TitleBox,
)
from .legend import legend_html, mark_icon
from .overlay import Overlay
from .scene import DRAWN_LAT, Scene
from .styles import STATUS_STYLES, WATER_COLOR

__all__ = ["BUILDERS", "MapContext"]

_PANE = {"region": "geo-regions", "area": "geo-areas", "band": "geo-areas", "line": "geo-lines",
         "estimate": "geo-areas", "water": "geo-regions"}
#: Rings smaller than this radius on screen (pixels) also get a fixed-size symbol.
_MIN_RING_PX = 11
_MAX_ZOOM = 11
_BASEMAP_GROUP = "Basemap (Natural Earth)"
_WORLD = (-55.0, -160.0, 72.0, 160.0)
_OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


@dataclass(slots=True)
class MapContext:
    """What the builders share while one map is built."""

    fmap: folium.Map
    scene: Scene
    offline: bool
    use_basemap: bool
    gazetteer: Any
    tiles: Any
    overlays: list[tuple[Overlay, str]]
    heading: str
    subtitle: str
    legend: bool
    view: tuple[float, float, float, float]
    switch: list[tuple[str, Any]] = field(default_factory=list)
    base: Basemap | None = None
    source: str = ""  # the article's link (escaped HTML), one-article maps only
    #: Each geometry's GeoJSON by id (the geometry kept with it): a region's outline,
    #: drawn for every statement about it, is one dict the page writes once.
    geojson: dict[int, tuple[Any, dict[str, Any]]] = field(default_factory=dict)

    def shape_json(self, geometry: Any) -> dict[str, Any]:
        """:func:`_geojson` of ``geometry``, the same dict for the same object."""
        seen = self.geojson.get(id(geometry))
        if seen is None or seen[0] is not geometry:
            seen = self.geojson[id(geometry)] = (geometry, _geojson(geometry))
        return seen[1]

    @property
    def multi(self) -> bool:
        return len(self.scene.articles) > 1

    def group(self, label: str, *elements: Any) -> folium.FeatureGroup:
        """A feature group with ``elements``, on the map and in the layer control."""
        group = folium.FeatureGroup(name="layer", control=False)
        for element in elements:
            group.add_child(element)
        self.fmap.add_child(group)
        self.switch.append((label, group))
        return group


def _geojson(geometry: Any) -> dict[str, Any]:
    """``round_coords(mapping(geometry), 5)``, read from shapely's coordinate arrays."""
    return geometry_geojson(geometry, 5)


def shape_style(role: str, status: str) -> dict[str, Any]:
    """Leaflet path style of a shape of ``role`` drawn for a claim ``status``."""
    st = STATUS_STYLES[status]
    if role == "water":  # a sea's outline or a river's course: the same blue always
        return {"color": WATER_COLOR, "weight": 1.2, "opacity": 0.8, "fillColor": WATER_COLOR,
                "fillOpacity": 0.08}
    if role == "band":
        return {"stroke": False, "fillColor": st.color, "fillOpacity": 0.18}
    if role == "estimate":
        return {"color": st.color, "weight": 1.5, "opacity": 0.9, "dashArray": "4 4",
                "fillColor": st.color, "fillOpacity": 0.06}
    style: dict[str, Any] = {"color": st.color, "weight": st.weight, "opacity": 0.95}
    if st.dash_array:
        style["dashArray"] = st.dash_array
    if role == "line":
        style["fill"] = False
        return style
    if role == "region":
        style["weight"] = max(st.weight - 0.5, 1.0)
    if st.fill in ("hatch", "cross"):
        style.update(fillColor=f"url(#geo-fill-{status})", fillOpacity=1)
    elif st.fill == "none":
        style["fill"] = False
    else:
        style.update(fillColor=st.color, fillOpacity=st.fill_opacity)
    return style


def _refs(refs: Iterable[tuple[str, Any]]) -> list[list[Any]]:
    return [list(r) for r in refs]


def shape_items(ctx: MapContext, group: str) -> list[dict[str, Any]]:
    items = []
    for shape in ctx.scene.shapes:
        if shape.group != group:
            continue
        item = {
            "g": ctx.shape_json(shape.geometry),
            "s": shape_style(shape.role, shape.status),
            "pane": _PANE.get(shape.role, "geo-areas"),
            "p": shape.popup,
            "t": esc(shape.tooltip),
            "r": _refs(shape.refs),
        }
        if shape.role == "area" and shape.kind in ("ring", "near"):
            item["min"] = _MIN_RING_PX
        if ctx.multi:
            item["a"] = list(shape.articles)
        items.append(item)
    return items


def mark_items(ctx: MapContext, marks: Iterable[Any]) -> list[dict[str, Any]]:
    items = []
    for mark in marks:
        color = STATUS_STYLES[mark.status].color
        if mark.shape == "badge":
            text = mark.badge or str(mark.number)
            width = 20 if len(text) <= 2 else 8 + 6 * len(text)
            icon = {
                "className": "geo-icon geo-claim-icon",
                "html": mark_icon("badge", color, text),
                "iconSize": [width, 20],
                # Above the point (labels go to its right), further left per slot.
                "iconAnchor": [width // 2 + (width + 4) * mark.slot, 32],
                "popupAnchor": [-(width + 4) * mark.slot, -32],
            }
        else:
            # shown for its popup on screen, left out in print (.geo-static)
            unnamed = " geo-unnamed" if mark.screen_only else ""
            icon = {
                "className": f"geo-icon geo-{mark.kind or 'point'}-icon geo-place-icon{unnamed}"
                if mark.group == "Places" else f"geo-icon geo-{mark.kind or 'point'}-icon",
                "html": mark_icon(mark.shape, color),
                "iconSize": [12, 12],
                "iconAnchor": [6, 6],
            }
        item: dict[str, Any] = {
            "ll": [round(mark.lat, 5), round(mark.lon, 5)],
            "icon": icon,
            "title": mark.tooltip,  # a DOM property, never parsed as HTML
            "p": mark.popup,
            "r": _refs(mark.refs),
        }
        if mark.zoom:
            item["z"] = _refs(mark.zoom)
        if mark.label:
            item["label"] = esc(mark.label)
            item["rank"] = mark.priority
        if ctx.multi:
            item["a"] = list(mark.articles)
        items.append(item)
    return items


# --------------------------------------------------------------------------- builders


def tiles_layer(ctx: MapContext) -> None:
    """Online tiles (never offline)."""
    if ctx.offline or ctx.tiles is None:
        return
    try:
        layer = (
            ctx.tiles
            if isinstance(ctx.tiles, folium.TileLayer)
            else folium.TileLayer(ctx.tiles, control=False)
        )
    except ValueError as err:
        raise InputError(
            f"cannot use tiles {ctx.tiles!r}: {err} "
            "(pass folium.TileLayer(url, attr=...) for a custom URL)"
        ) from err
    ctx.fmap.add_child(layer)


def basemap_layer(ctx: MapContext) -> None:
    """The Natural Earth vector basemap (offline maps, or when asked)."""
    if not ctx.use_basemap or ctx.gazetteer is None:
        return
    ctx.base = build_basemap(ctx.gazetteer, ctx.view, west_edge=ctx.scene.west)
    ctx.group(_BASEMAP_GROUP, BasemapLayer(ctx.base))


def _shapes_layer(name: str) -> Callable[[MapContext], None]:
    def build(ctx: MapContext) -> None:
        items = shape_items(ctx, name)
        points = [m for m in ctx.scene.points if m.group == name]
        if not items and not points:
            return
        elements = [Shapes(items)] if items else []
        if points:
            elements.append(Marks(mark_items(ctx, points)))
        ctx.group(name, *elements)

    build.__name__ = build.__qualname__ = f"{name.lower().replace(' ', '_')}_layer"
    build.__doc__ = f"The {name.lower()} of the scene."
    return build


regions_layer = _shapes_layer("Regions")
water_layer = _shapes_layer("Water")
rings_layer = _shapes_layer("Distance rings")
lines_layer = _shapes_layer("Offsets and lines")
estimates_layer = _shapes_layer("Estimated places")


def overlay_layers(ctx: MapContext) -> None:
    """Each user overlay (GeoJSON file) as a layer of its own."""
    for overlay, color in ctx.overlays:
        items = []
        for feature in overlay.features:
            name = feature.prop("name") or feature.prop("title") or overlay.name
            facts = "".join(
                f"<dt>{esc(key.capitalize())}</dt><dd>{esc(feature.prop(key))}</dd>"
                for key in ("date", "description", "source")
                if feature.prop(key)
            )
            popup = (
                f'<div class="geo-popup"><div class="geo-popup-head">{esc(name)}</div>'
                f'<dl class="geo-facts">{facts}<dt>Layer</dt><dd>{esc(overlay.name)}</dd></dl>'
                "</div>"
            )
            own = feature.prop("color") or color
            style = {"color": own, "weight": 3, "opacity": 0.9, "fillColor": own,
                     "fillOpacity": 0.12}
            items.append({"g": _geojson(feature.geometry), "s": style, "pane": "geo-overlays",
                          "p": popup, "t": esc(name), "r": []})
        ctx.group(overlay.name, Shapes(items))


def places_layer(ctx: MapContext) -> None:
    """One marker per place (speakers and estimated places drawn apart)."""
    if ctx.scene.places:
        ctx.group("Places", Marks(mark_items(ctx, ctx.scene.places)))


def claims_layers(ctx: MapContext) -> None:
    """Claim badges: one layer, or one per side when the claims say whose they are."""
    claims = ctx.scene.claims
    if not claims:
        return
    if not any(m.side for m in claims):
        ctx.group("Claims", Marks(mark_items(ctx, claims)))
        return
    for code, name in ctx.scene.sides:
        marks = [m for m in claims if m.side == code]
        if marks:
            label = f"Claims: {name}" + (f" ({code})" if code and name != code and
                                         code != "independent" else "")
            ctx.group(label, Marks(mark_items(ctx, marks)))


def title_box(ctx: MapContext) -> None:
    """The title and date, top centre (popups open below it)."""
    ctx.fmap.add_child(TitleBox(ctx.heading, ctx.subtitle, ctx.source))
    ctx.fmap.get_root().title = esc(ctx.heading)  # branca writes <title> unescaped


def legend_control(ctx: MapContext) -> None:
    """The automatic legend."""
    if ctx.legend:
        ctx.fmap.add_child(Legend(legend_html(ctx.scene, ctx.overlays,
                                              offline=ctx.use_basemap and ctx.offline)))


def attribution(ctx: MapContext) -> None:
    """Data credits."""
    credits = [ATTRIBUTION]
    if ctx.use_basemap:
        credits.append("Basemap: Natural Earth (public domain)")
    ctx.fmap.add_child(Attribution(*credits))


def overview_inset(ctx: MapContext) -> None:
    """The overview inset, when places lie outside the initial view."""
    scene = ctx.scene
    if not scene.far or scene.extent is None:
        return
    tiles = None
    if not ctx.offline and ctx.tiles is not None:
        tiles = _OSM_URL if ctx.tiles == "OpenStreetMap" else None
    places = [(m.lat, m.lon, m.label or m.name) for m in scene.far]
    ctx.fmap.add_child(Overview(scene.extent, places, tiles=tiles))


def time_control(ctx: MapContext) -> None:
    """The time control of a map of several articles."""
    if ctx.multi:
        articles = [(a.title, a.date) for a in ctx.scene.articles]
        ctx.fmap.add_child(TimeControl(articles, list(ctx.scene.dates)))


#: How far (degrees) past the scene's window and the view an offline map can be panned.
_PAN_MARGIN_DEG = 180.0


def framing(ctx: MapContext) -> None:
    """Fit the initial view to the front (the scene's frame and the overlays)."""
    s, w, n, e = ctx.view
    # Within the latitudes the map draws (scene.DRAWN_LAT): a view of a pole would sit
    # under the title, at the edge of the world.
    s, n = (max(-DRAWN_LAT, min(v, DRAWN_LAT)) for v in (s, n))
    if n - s < 0.05:
        s, n = s - 0.05, n + 0.05
    if e - w < 0.05:
        w, e = w - 0.05, e + 0.05
    bounds = [[round(s, 5), round(w, 5)], [round(n, 5), round(e, 5)]]
    west = ctx.scene.west
    # The window and the view (an overlay may reach past the window), and half a world
    # on each side: a view around the world, fitted with room for the legend, shows more
    # than the window, and is not pushed aside. The basemap repeats the world that far.
    lo, hi = min(west, w) - _PAN_MARGIN_DEG, max(west + 360.0, e) + _PAN_MARGIN_DEG
    limit = [[-85.0, round(lo, 5)], [85.0, round(hi, 5)]]
    ctx.fmap.add_child(FitView(bounds, max_zoom=_MAX_ZOOM,
                               max_bounds=limit if ctx.base is not None else None))


def layer_switch(ctx: MapContext) -> None:
    """The layer control, last: every group in the order the builders added them."""
    ctx.fmap.add_child(LayerSwitch(ctx.switch, position="topright"))


#: Every builder, in drawing order.
BUILDERS: tuple[Callable[[MapContext], None], ...] = (
    tiles_layer,
    basemap_layer,
    regions_layer,
    water_layer,
    overlay_layers,
    rings_layer,
    estimates_layer,
    lines_layer,
    places_layer,
    claims_layers,
    title_box,
    legend_control,
    attribution,
    overview_inset,
    time_control,
    framing,
    layer_switch,
)
