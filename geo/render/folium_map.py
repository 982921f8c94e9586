"""``render``: an analysis as a layered folium map."""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import weakref
from collections.abc import Iterable
from typing import Any

import folium

from ..errors import InputError
from ..geocoders import ATTRIBUTION
from ._html import css_length, esc, js, round_coords, truncate
from ._ids import number_elements
from .assets import CDN_CSS, CDN_JS, offline_assets
from .basemap import build_basemap
from .elements import (
    Attribution,
    BasemapLayer,
    FitView,
    LayerSwitch,
    Legend,
    Marks,
    Setup,
    Shapes,
    TitleBox,
)
from .legend import legend_html, mark_icon
from .overlay import Overlay, as_overlay
from .scene import Scene, build_scene, gazetteer_for
from .styles import OVERLAY_COLORS, STATUS_STYLES

__all__ = ["DEFAULT_TILES", "GROUP_ORDER", "render", "title_of"]

log = logging.getLogger(__name__)

#: Tiles of the default (online) map. Offline maps never use tiles.
DEFAULT_TILES = "OpenStreetMap"
#: Feature groups in drawing (and layer-control) order; overlays go after "Regions".
GROUP_ORDER: tuple[str, ...] = (
    "Regions",
    "Distance rings",
    "Offsets and lines",
    "Places",
    "Claims",
)
_BASEMAP_GROUP = "Basemap (Natural Earth)"
_WORLD = (-55.0, -160.0, 72.0, 160.0)
_PANE = {"region": "geo-regions", "area": "geo-areas", "band": "geo-areas", "line": "geo-lines"}
_MAX_ZOOM = 11
#: Rings smaller than this radius on screen (pixels) also get a fixed-size symbol.
_MIN_RING_PX = 11


def title_of(analysis: Any, title: str | None = None) -> str:
    """The map title: ``title``, else the analysis' own, else the article's first line."""
    if title:
        return truncate(title, 160)
    own = getattr(analysis, "title", None)
    if isinstance(own, str) and own.strip():
        return truncate(own, 160)
    for line in (analysis.text or "").splitlines():
        if line.strip():
            return truncate(line, 120)
    return "Article map"


def _date_text(analysis: Any, date: Any) -> str:
    value = date if date is not None else getattr(analysis, "date", None)
    if value is None:
        return ""
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()[:10]
    return truncate(str(value), 60)


def _shape_style(role: str, status: str) -> dict[str, Any]:
    st = STATUS_STYLES[status]
    if role == "band":
        return {"stroke": False, "fillColor": st.color, "fillOpacity": 0.18}
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


def _geojson(geometry: Any) -> dict[str, Any]:
    from shapely.geometry import mapping

    return round_coords(mapping(geometry), 5)


def _shape_items(scene: Scene, group: str) -> list[dict[str, Any]]:
    items = []
    for shape in scene.shapes:
        if shape.group != group:
            continue
        items.append(
            {
                "g": _geojson(shape.geometry),
                "s": _shape_style(shape.role, shape.status),
                "pane": _PANE.get(shape.role, "geo-areas"),
                "p": shape.popup,
                "t": esc(shape.tooltip),
                "r": [list(r) for r in shape.refs],
            }
        )
        if shape.role == "area" and shape.kind in ("ring", "near"):
            items[-1]["min"] = _MIN_RING_PX
    return items


def _mark_items(marks: Iterable[Any]) -> list[dict[str, Any]]:
    items = []
    for mark in marks:
        color = STATUS_STYLES[mark.status].color
        if mark.shape == "badge":
            icon = {
                "className": "geo-icon geo-claim-icon",
                "html": mark_icon("badge", color, str(mark.number)),
                "iconSize": [20, 20],
                "iconAnchor": [-4 - 22 * mark.slot, 24],
                "popupAnchor": [14 + 22 * mark.slot, -24],
            }
        else:
            icon = {
                "className": f"geo-icon geo-{mark.kind or 'point'}-icon",
                "html": mark_icon(mark.shape, color),
                "iconSize": [12, 12],
                "iconAnchor": [6, 6],
            }
        item: dict[str, Any] = {
            "ll": [round(mark.lat, 5), round(mark.lon, 5)],
            "icon": icon,
            "title": mark.tooltip,  # a DOM property, never parsed as HTML
            "p": mark.popup,
            "r": [list(r) for r in mark.refs],
        }
        if mark.zoom:
            item["z"] = [list(r) for r in mark.zoom]
        if mark.label:
            item["label"] = esc(mark.label)
        items.append(item)
    return items


def _overlay_items(overlay: Overlay, color: str) -> list[dict[str, Any]]:
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
            f'<dl class="geo-facts">{facts}<dt>Layer</dt><dd>{esc(overlay.name)}</dd></dl></div>'
        )
        own = feature.prop("color") or color
        style = {"color": own, "weight": 3, "opacity": 0.9, "fillColor": own, "fillOpacity": 0.12}
        items.append(
            {"g": _geojson(feature.geometry), "s": style, "pane": "geo-overlays", "p": popup,
             "t": esc(name), "r": []}
        )
    return items


def _points_to_geojson_bounds(bounds: tuple[float, float, float, float]) -> list[list[float]]:
    s, w, n, e = bounds
    if n - s < 0.05:
        s, n = s - 0.05, n + 0.05
    if e - w < 0.05:
        w, e = w - 0.05, e + 0.05
    return [[round(s, 5), round(w, 5)], [round(n, 5), round(e, 5)]]


def _union(a: tuple | None, b: tuple | None) -> tuple | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _digest(analysis: Any, options: dict[str, Any]) -> str:
    h = hashlib.sha256()
    try:
        h.update(js(analysis.to_dict()).encode("utf-8"))
    except (AttributeError, TypeError, ValueError):  # a hand-made analysis still gets ids
        h.update(repr(analysis).encode("utf-8"))
    h.update((analysis.text or "").encode("utf-8"))
    h.update(js(options).encode("utf-8"))
    return h.hexdigest()[:8]


def _check_analysis(analysis: Any) -> None:
    for attr in ("text", "toponyms", "features", "claims"):
        if not hasattr(analysis, attr):
            raise InputError(
                f"render() needs a geo.Analysis (from geo.analyze), got {type(analysis).__name__}"
            )


# The scene each map was drawn from (for report_html), kept out of the map itself so
# that rendering a copy of the map does not copy it too.
_SCENES: weakref.WeakKeyDictionary[folium.Map, Scene] = weakref.WeakKeyDictionary()


def scene_of(fmap: folium.Map) -> Scene | None:
    """The scene :func:`render` drew ``fmap`` from (None for another map)."""
    return _SCENES.get(fmap)


def render(
    analysis: Any,
    *,
    title: str | None = None,
    date: Any = None,
    offline: bool = False,
    overlays: Iterable[Any] = (),
    tiles: Any = DEFAULT_TILES,
    gazetteer: Any = None,
    basemap: bool | None = None,
    width: str | int = "100%",
    height: str | int = "100%",
    legend: bool = True,
) -> folium.Map:
    """Draw an analysis as a layered folium map.

    Layers (feature groups, in this order; empty ones are left out): regions,
    each overlay, distance rings (with an uncertainty band for "about"),
    offsets and lines, places (markers by kind) and claims (numbered badges
    coloured by status). Every geometry is styled by the status of the claims
    that refer to it (see :mod:`geo.render.styles`); popups quote the claim
    with its source, status, numbers and dates. The map has a title and the
    article's date, an automatic legend, a scale bar, the data attribution,
    the view fitted to the geometry, and the layer control added last.

    Parameters
    ----------
    analysis : geo.model.Analysis
        From :func:`geo.analyze` or built by hand.
    title : str, optional
        Default: the analysis' title, else the article's first line.
    date : str or datetime.date, optional
        The article's date, shown under the title.
    offline : bool
        Inline Leaflet and jQuery from the installed XStatic packages and draw
        a Natural Earth vector basemap instead of tiles: the saved file loads
        nothing from the network.
    overlays : iterable
        GeoJSON file paths, parsed GeoJSON mappings or :class:`Overlay` objects
        (see :func:`load_overlay`); each becomes a layer with a legend entry.
    tiles : str or folium.TileLayer or None
        Tiles of an online map (default OpenStreetMap); ignored offline.
    gazetteer : geo.Gazetteer, optional
        For region polygons and the offline basemap; the default index is
        opened when needed and not given.
    basemap : bool, optional
        Draw the vector basemap (default: only offline).
    width, height : str or int
        CSS size of the map (default the whole page).
    legend : bool
        Add the legend control.

    Returns
    -------
    folium.Map
        Element ids are deterministic: the same input and options give
        byte-identical HTML (see :func:`geo.render.to_html`).

    Raises
    ------
    geo.errors.InputError
        For a bad analysis, overlay or size.
    geo.errors.RenderError
        Offline, when the XStatic packages are missing.
    """
    _check_analysis(analysis)
    width, height = css_length(width, "width"), css_length(height, "height")
    loaded = [as_overlay(o) for o in overlays]
    colored = [
        (ov, ov.color or OVERLAY_COLORS[i % len(OVERLAY_COLORS)]) for i, ov in enumerate(loaded)
    ]
    use_basemap = offline if basemap is None else bool(basemap)
    gazetteer = gazetteer_for(analysis, gazetteer, basemap=use_basemap)
    scene = build_scene(analysis, gazetteer=gazetteer)
    view = scene.bounds()
    for ov, _ in colored:
        view = _union(view, ov.bounds())
    if view is None:
        view = _WORLD
    south, west, north, east = view
    center = [round((south + north) / 2, 5), round((west + east) / 2, 5)]

    tile_layer = None if offline else tiles
    fmap = folium.Map(
        location=center,
        zoom_start=5,
        tiles=None,
        control_scale=True,
        width=width,
        height=height,
        zoom_snap=0.25,
        zoom_delta=0.5,
    )
    # Instance lists: folium's class-level asset lists are never mutated.
    fmap.default_js = [] if offline else list(CDN_JS)
    fmap.default_css = [] if offline else list(CDN_CSS)
    fmap.add_child(Setup(offline=offline, assets=offline_assets() if offline else ""))
    if tile_layer is not None:
        try:
            layer = (
                tile_layer
                if isinstance(tile_layer, folium.TileLayer)
                else folium.TileLayer(tile_layer, control=False)
            )
        except ValueError as err:
            raise InputError(
                f"cannot use tiles {tile_layer!r}: {err} "
                "(pass folium.TileLayer(url, attr=...) for a custom URL)"
            ) from err
        fmap.add_child(layer)

    switch: list[tuple[str, Any]] = []  # (layer label, feature group), in order
    base = None
    if use_basemap and gazetteer is not None:
        base = build_basemap(gazetteer, view)
        group = folium.FeatureGroup(name="basemap", control=False)
        group.add_child(BasemapLayer(base))
        fmap.add_child(group)
        switch.append((_BASEMAP_GROUP, group))

    def add_group(name: str, element: Any) -> None:
        group = folium.FeatureGroup(name="layer", control=False)
        group.add_child(element)
        fmap.add_child(group)
        switch.append((name, group))

    for name in GROUP_ORDER:
        if name == "Places":
            if scene.places:
                add_group(name, Marks(_mark_items(scene.places)))
            continue
        if name == "Claims":
            if scene.claims:
                add_group(name, Marks(_mark_items(scene.claims)))
            continue
        items = _shape_items(scene, name)
        points = [m for m in scene.points if m.group == name]
        if items or points:
            group = folium.FeatureGroup(name="layer", control=False)
            switch.append((name, group))
            if items:
                group.add_child(Shapes(items))
            if points:
                group.add_child(Marks(_mark_items(points)))
            fmap.add_child(group)
        if name == "Regions":
            for ov, color in colored:
                add_group(ov.name, Shapes(_overlay_items(ov, color)))

    subtitle = _date_text(analysis, date)
    dated = f"Article date: {subtitle}" if subtitle else ""
    heading = title_of(analysis, title)
    fmap.add_child(TitleBox(heading, dated))
    fmap.get_root().title = esc(heading)  # branca writes <title> unescaped
    if legend:
        fmap.add_child(Legend(legend_html(scene, colored, offline=use_basemap and offline)))
    credits = [ATTRIBUTION]
    if use_basemap:
        credits.append("Basemap: Natural Earth (public domain)")
    fmap.add_child(Attribution(*credits))
    fmap.add_child(
        FitView(
            _points_to_geojson_bounds((south, west, north, east)),
            max_zoom=_MAX_ZOOM,
            max_bounds=[list(p) for p in base.bounds] if base is not None else None,
        )
    )
    fmap.add_child(LayerSwitch(switch, position="topright"))

    options = {
        "title": title,
        "date": subtitle,
        "offline": offline,
        "tiles": str(tiles) if not isinstance(tiles, folium.TileLayer) else tiles.tile_name,
        "basemap": use_basemap,
        "overlays": [[ov.name, ov.source, c, len(ov.features)] for ov, c in colored],
        "size": [width, height],
        "legend": legend,
    }
    prefix = _digest(analysis, options)
    number_elements(fmap.get_root(), prefix)
    fmap._geo_render = {"offline": offline, "prefix": prefix}  # read by save_html / to_html
    _SCENES[fmap] = scene
    return fmap
