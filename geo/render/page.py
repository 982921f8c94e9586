"""The page every map carries: panes, stylesheet, hatch patterns and the helper script.

The helper script (``map.geo``) registers layers for "Zoom to" and report
rows, keeps tiny rings visible as symbols, filters layers by date and article
(the time control), and runs the declutter pass that keeps labels and badges
from covering each other. It is constant: data never enters it.
"""

from __future__ import annotations

from .page_declutter import DECLUTTER_JS
from .styles import STATUS_STYLES

__all__ = ["PANES", "page_css", "pattern_defs"]

#: Map panes (name -> z-index): basemap under everything, then regions, overlays,
#: areas and lines; Leaflet's marker pane (600) holds places and claims.
PANES: dict[str, int] = {
    "geo-basemap": 150,
    "geo-basemap-labels": 160,
    "geo-regions": 405,
    "geo-overlays": 410,
    "geo-areas": 420,
    "geo-lines": 430,
    "geo-leaders": 590,  # leader lines from moved claim badges to their places
    "geo-counts": 610,  # "+n" badges of claims too crowded to show at this zoom
}


def pattern_defs() -> str:
    """Hidden inline SVG defining the hatch fills (``url(#geo-fill-STATUS)``)."""
    patterns = []
    for style in STATUS_STYLES.values():
        if style.fill not in ("hatch", "cross"):
            continue
        lines = '<path d="M0 0L0 8" stroke="{c}" stroke-width="2.5" stroke-opacity="{o}"/>'
        if style.fill == "cross":
            lines += '<path d="M0 0L8 0" stroke="{c}" stroke-width="2.5" stroke-opacity="{o}"/>'
        patterns.append(
            f'<pattern id="geo-fill-{style.status}" patternUnits="userSpaceOnUse" width="8" '
            f'height="8" patternTransform="rotate(45)">'
            + lines.format(c=style.color, o=style.fill_opacity)
            + "</pattern>"
        )
    return (
        '<svg class="geo-defs" width="0" height="0" aria-hidden="true" focusable="false" '
        'style="position:absolute;width:0;height:0;overflow:hidden">'
        f"<defs>{''.join(patterns)}</defs></svg>"
    )


def page_css() -> str:
    """The stylesheet of every map: title, legend, popups, markers, print rules."""
    status_css = "".join(
        f".geo-status.geo-s-{s.status}{{background:{s.color}}}"
        f".geo-claim.geo-s-{s.status}{{border-left-color:{s.color}}}"
        for s in STATUS_STYLES.values()
    )
    return (
        ".geo-offline.leaflet-container{background:#cddfee}"
        ".geo-title{position:absolute;top:10px;left:50%;transform:translateX(-50%);"
        "z-index:650;max-width:min(60%,640px);background:rgba(255,255,255,.93);"
        "padding:6px 14px;border-radius:4px;box-shadow:0 1px 5px rgba(0,0,0,.35);"
        "font:600 15px/1.3 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        "text-align:center;color:#111}"
        ".geo-title small{display:block;font-weight:400;font-size:12px;color:#444}"
        ".geo-legend{background:rgba(255,255,255,.94);padding:6px 10px 8px;border-radius:4px;"
        "box-shadow:0 1px 5px rgba(0,0,0,.35);font:12px/1.35 system-ui,-apple-system,"
        "'Segoe UI',Roboto,sans-serif;color:#222;max-width:250px;max-height:55vh;"
        "overflow:auto}"
        ".geo-legend h4{margin:6px 0 2px;font-size:12px}"
        ".geo-legend .geo-row{display:flex;align-items:center;gap:6px;margin:2px 0}"
        ".geo-legend .geo-key{flex:0 0 30px;display:flex;justify-content:center}"
        ".geo-legend p{margin:5px 0 0;color:#555}"
        ".geo-popup{font:13px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        "max-height:320px;overflow:auto}"
        ".geo-popup-head{font-weight:600;margin-bottom:3px}"
        ".geo-quote{margin:4px 0;padding:0 0 0 8px;border-left:3px solid #bbb;"
        "font-style:italic;color:#222}"
        ".geo-quote mark{background:#fff3b0}"
        ".geo-note{color:#555;font-size:12px}"
        ".geo-claim{border-left:4px solid #999;padding:2px 0 2px 8px;margin:6px 0}"
        ".geo-claim-head{font-weight:600;font-size:12px;color:#333}"
        ".geo-facts{margin:2px 0;display:grid;grid-template-columns:auto 1fr;gap:1px 8px}"
        ".geo-facts dt{font-weight:600;color:#555}.geo-facts dd{margin:0}"
        ".geo-mentions{margin:2px 0 4px;padding-left:18px}"
        ".geo-claim-line{margin:3px 0}"
        ".geo-zoom{margin-top:4px;font:12px system-ui,sans-serif;cursor:pointer}"
        ".geo-status{display:inline-block;padding:0 5px;border-radius:3px;color:#fff;"
        "font-size:11px;font-weight:600;font-style:normal;white-space:nowrap}"
        f"{status_css}"
        ".geo-icon{background:none;border:none}"
        ".geo-shape{box-sizing:border-box;width:12px;height:12px;border:2px solid #fff;"
        "box-shadow:0 0 0 1px rgba(0,0,0,.6)}"
        ".geo-shape-circle{border-radius:50%}"
        ".geo-shape-diamond{transform:rotate(45deg) scale(.85)}"
        ".geo-shape-point{border-radius:50%;background:#fff!important;border-width:3px}"
        ".geo-shape-estimated{border-radius:50%;background:#fff!important;border:2px dashed"
        " #333;box-shadow:none}"
        ".geo-shape-speaker{border-radius:50%;background:#fff!important;border:2px solid #777;"
        "box-shadow:none;width:10px;height:10px}"
        ".geo-exchange{margin:4px 0 2px;padding:3px 6px;background:#f3f3f3;border-radius:3px;"
        "font-size:12px}"
        ".geo-inset{width:220px;height:150px;border:1px solid #888;background:#cddfee;"
        "box-shadow:0 1px 5px rgba(0,0,0,.35)}"
        ".geo-inset-label{background:rgba(255,255,255,.85);border:none;box-shadow:none;"
        "padding:0 3px;font:600 11px/1.2 system-ui,sans-serif;color:#222}"
        ".geo-inset-label:before{display:none}"
        ".geo-time{background:rgba(255,255,255,.95);padding:6px 10px;border-radius:4px;"
        "box-shadow:0 1px 5px rgba(0,0,0,.35);font:12px/1.4 system-ui,sans-serif;max-width:320px}"
        ".geo-time input[type=range]{width:100%}"
        ".geo-time label{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
        ".geo-badge{box-sizing:border-box;min-width:20px;height:20px;border-radius:10px;"
        "padding:0 3px;"
        "border:1.5px solid #fff;box-shadow:0 0 0 1px rgba(0,0,0,.55);color:#fff;"
        "font:700 11px/17px system-ui,sans-serif;text-align:center}"
        ".geo-count{cursor:pointer}.geo-count-badge{background:#4a4a4a}"
        ".geo-label{background:none;border:none;box-shadow:none;padding:0 2px;color:#1a1a1a;"
        "font:600 12px/1.2 system-ui,sans-serif;"
        "text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff}"
        ".geo-label:before{display:none}"
        ".geo-country-label{color:#6b655a;font:italic 600 12px/1 system-ui,sans-serif;"
        "letter-spacing:.08em;text-transform:uppercase;white-space:nowrap;"
        "text-shadow:0 0 3px #f4f1ea;width:auto!important;height:auto!important}"
        ".geo-static .leaflet-control-zoom,.geo-static .leaflet-control-layers"
        "{display:none!important}"
        ".geo-static .geo-zoom,.geo-static .geo-unnamed{display:none}"
        # a hover tooltip is no part of a print (the capture's pointer rests at 0,0)
        ".geo-static .leaflet-tooltip:not(.geo-label):not(.geo-inset-label){display:none}"
        # A small map (a phone, a thumbnail export): smaller text, a wider title, no
        # locator inset (the legend fits the room left, the credits the room right of
        # the scale: page_layout).
        "@media (max-width:520px),(max-height:420px){"
        # the title between the zoom and layer controls (the whole width in an export):
        # centred by its margins, as wide as its text takes
        # (60 px: the zoom buttons and the folded layer control, 48 px, keep their corners)
        ".geo-title{font-size:12px;padding:3px 8px;left:60px;right:60px;transform:none;"
        "margin:0 auto;width:fit-content;max-width:none}"
        ".geo-static .geo-title{left:10px;right:10px}"
        # a long title in two lines (the page's <title> and the box's tooltip hold it whole)
        ".geo-title-text{display:-webkit-box;-webkit-box-orient:vertical;"
        "-webkit-line-clamp:2;line-clamp:2;overflow:hidden}"
        ".geo-title small{font-size:10px}"
        ".geo-legend{font-size:10px;line-height:1.25;padding:4px 7px 5px;max-width:190px}"
        ".geo-legend h4{font-size:10px;margin:3px 0 1px}"
        ".geo-legend .geo-key{flex-basis:24px}"
        ".leaflet-container .leaflet-control-attribution{font-size:9px;line-height:1.25}"
        ".leaflet-container .leaflet-control-scale-line{font-size:9px}"
        ".geo-inset{display:none}}"  # a 220x150 locator would cover half the map
        "@media print{.leaflet-control-zoom,.leaflet-control-layers,.geo-zoom"
        "{display:none!important}"
        "@page{size:297mm 210mm;margin:0}"
        "html,body{-webkit-print-color-adjust:exact;print-color-adjust:exact}}"
    )


_SETUP_JS = """(function (map) {
  var geo = map.geo = {claims: {}, features: {}, places: {}, timed: [], articles: [],
                       enabled: {}, until: null};
  var panes = %(panes)s;
  Object.keys(panes).forEach(function (name) {
    map.createPane(name).style.zIndex = panes[name];
  });
  map.getPane('geo-basemap').style.pointerEvents = 'none';
  map.getPane('geo-basemap-labels').style.pointerEvents = 'none';
  map.getPane('geo-leaders').style.pointerEvents = 'none';
  function register(layer, it, group) {
    layer._geoGroup = group;
    (it.r || []).forEach(function (r) {
      var reg = geo[r[0]];
      (reg[r[1]] = reg[r[1]] || []).push(layer);
    });
    if (it.a) { geo.timed.push([group, layer, it.a]); }
  }
  // Popups keep clear of the title box at the top of the map.
  var popup = {maxWidth: 380, className: 'geo-popup-wrap', autoPanPaddingTopLeft: [20, 110],
               autoPanPaddingBottomRight: [20, 20]};
  function zoomButton(layer, refs) {
    layer.on('popupopen', function (e) {
      var button = e.popup.getElement().querySelector('.geo-zoom');
      if (button) { button.onclick = function () { geo.focus(refs); }; }
    });
  }
  // A value the page holds more than once (a region's outline drawn for each statement
  // about it, the popup a line shares with its band and point) is written once: an
  // item's g, s, p, t or icon may be the index of a value in geo.values, which each
  // call extends with the values it uses first.
  var values = geo.values = [], SHARED = ['g', 's', 'p', 't', 'icon'];
  function resolve(it) {
    SHARED.forEach(function (k) { if (typeof it[k] === 'number') { it[k] = values[it[k]]; } });
  }
  // An outline's points may come as whole 1e-5 degrees, each after the first as its
  // step from the one before (g.d, nested as g.coordinates): the same numbers back.
  function unpack(d) {
    if (typeof d[0] !== 'number') { return d.map(unpack); }
    var out = [], x = 0, y = 0;
    for (var i = 0; i < d.length; i += 2) {
      x += d[i]; y += d[i + 1]; out.push([x / 1e5, y / 1e5]);
    }
    return out;
  }
  function keep(more) {
    (more || []).forEach(function (v) {
      values.push(v && v.d ? {type: v.type, coordinates: unpack(v.d)} : v);
    });
  }
  geo.addShapes = function (group, items, more) {
    keep(more);
    items.forEach(function (it) {
      resolve(it);
      var layer = L.geoJSON(it.g, {style: it.s, pane: it.pane});
      if (it.p) { layer.bindPopup(it.p, popup); zoomButton(layer, it.r); }
      if (it.t) { layer.bindTooltip(it.t, {sticky: true}); }
      layer.addTo(group);
      register(layer, it, group);
      if (it.min) { keepVisible(group, layer, it); }
    });
  };
  // A ring too small to see at this zoom is also drawn as a symbol of fixed size
  // (same style, same popup) until zooming in shows the ring itself.
  var symbols = [];
  function keepVisible(group, layer, it) {
    var symbol = L.circleMarker(layer.getBounds().getCenter(), L.extend({}, it.s,
      {radius: it.min, pane: 'geo-lines', fill: false}));
    if (it.p) { symbol.bindPopup(it.p, popup); zoomButton(symbol, it.r); }
    if (it.t) { symbol.bindTooltip(it.t, {sticky: true}); }
    symbol._geoGroup = group;
    symbols.push([group, layer, symbol, it.min]);
    update();
  }
  function update() {
    symbols.forEach(function (s) {
      var b = s[1].getBounds();
      var px = map.latLngToLayerPoint(b.getNorthEast()).distanceTo(
        map.latLngToLayerPoint(b.getSouthWest())) / 2.83;
      var want = px < s[3] && !s[1]._geoHidden;
      if (want && !s[0].hasLayer(s[2])) { s[0].addLayer(s[2]); }
      if (!want && s[0].hasLayer(s[2])) { s[0].removeLayer(s[2]); }
    });
  }
  map.on('zoomend viewreset', update);
  geo.addMarks = function (group, items, more) {
    keep(more);
    items.forEach(function (it) {
      resolve(it);
      var marker = L.marker(it.ll, {icon: L.divIcon(it.icon), title: it.title,
                                    alt: it.title, keyboard: true, riseOnHover: true});
      if (it.p) { marker.bindPopup(it.p, popup); zoomButton(marker, it.z || it.r); }
      if (it.label) {
        marker.bindTooltip(it.label, {permanent: true, direction: 'right', offset: [7, 0],
                                      className: 'geo-label geo-p' + (it.rank || 3)});
      }
      marker.addTo(group);
      register(marker, it, group);
    });
  };
  // Time and article filter (maps of many articles): a layer is shown when one of
  // its articles is enabled and dated on or before the chosen day (or undated).
  geo.filter = function (until, enabled) {
    geo.until = until; geo.enabled = enabled || geo.enabled;
    geo.timed.forEach(function (t) {
      var show = t[2].some(function (k) {
        var d = geo.articles[k] && geo.articles[k].date;
        return geo.enabled[k] !== false && (!until || !d || d <= until);
      });
      t[1]._geoHidden = !show;
      if (show && !t[0].hasLayer(t[1])) { t[0].addLayer(t[1]); }
      if (!show && t[0].hasLayer(t[1])) { t[0].removeLayer(t[1]); }
    });
    update(); declutterSoon();
  };
  // Labels and badges never cover each other, a marker or a box over the map (title,
  // legend, inset, time control), nor run off the map: badges first, then the labels
  // of places the headline names, places claims are about, other places, feature
  // points, country names. A place label that
  // would is tried, in this order, to the right of its marker, to its left, below
  // and above it (a city and its region's centre, a few pixels apart, both keep
  // their names); what still collides is hidden until a zoom makes room, except a
  // headline place's name (badges rise above it): geo.render.page_declutter.
  var pending = false;
  function declutterSoon() {
    if (pending) { return; }
    pending = true;
    setTimeout(function () { pending = false; geo.declutter(); }, 0);
  }
""" + DECLUTTER_JS + """
  map.on('zoomend moveend layeradd layerremove overlayadd overlayremove', declutterSoon);
  geo.focus = function (refs) {
    var layers = [];
    refs.forEach(function (r) { layers = layers.concat((geo[r[0]] || {})[r[1]] || []); });
    if (!layers.length) { return false; }
    var bounds = L.latLngBounds([]);
    layers.forEach(function (layer) {
      if (layer._geoGroup && !map.hasLayer(layer._geoGroup)) { map.addLayer(layer._geoGroup); }
      if (layer._geoGroup && !layer._geoGroup.hasLayer(layer)) { layer._geoGroup.addLayer(layer); }
      bounds.extend(layer.getBounds ? layer.getBounds() : layer.getLatLng());
    });
    map.closePopup();
    map.fitBounds(bounds.pad(0.25), {maxZoom: 10, animate: false});
    setTimeout(function () { layers[0].openPopup(); }, 0);
    return true;
  };
  if (window.location.hash === '#geo-static') {
    document.documentElement.classList.add('geo-static');
  }
  if (%(offline)s) { map.getContainer().classList.add('geo-offline'); }
})(%(map)s);"""


