"""Map controls of our own: the overview inset and the time control.

Both are :class:`~geo.render.elements._Element` subclasses: their JavaScript
is built in Python with every piece of data JSON-encoded by
:func:`geo.render._html.js` (labels HTML-escaped first, as Leaflet inserts
them as HTML), and they render without Jinja.
"""

from __future__ import annotations

from typing import Any

from ._html import esc, js
from .elements import _Element

__all__ = ["Overview", "TimeControl", "article_order"]

_OVERVIEW_JS = """(function (map, data) {
  var control = L.control({position: 'bottomleft'});
  control.onAdd = function () {
    var div = L.DomUtil.create('div', 'geo-inset leaflet-control');
    div.setAttribute('role', 'region');
    div.setAttribute('aria-label', 'Overview: places outside the view');
    L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  control.addTo(map);
  var inset = L.map(control.getContainer(), {attributionControl: false, zoomControl: false,
    dragging: false, scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false,
    keyboard: false, touchZoom: false, zoomSnap: 0.25, fadeAnimation: false,
    zoomAnimation: false});
  map.geo.inset = inset;
  if (data.tiles) {
    L.tileLayer(data.tiles, {maxZoom: 18}).addTo(inset);
  } else if (map.geo.basemap) {
    L.geoJSON(map.geo.basemap.world, {interactive: false, style: {color: '#7d766a',
      weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1}}).addTo(inset);
  }
  inset.fitBounds(data.extent, {padding: [12, 12], animate: false});
  var view = L.rectangle(map.getBounds(), {color: '#d7301f', weight: 1.5, fill: true,
    fillOpacity: 0.12, interactive: false}).addTo(inset);
  map.on('moveend zoomend resize', function () { view.setBounds(map.getBounds()); });
  var dots = data.places.map(function (p) {
    var dot = L.circleMarker([p[0], p[1]], {radius: 3.5, color: '#fff', weight: 1,
      fillColor: '#222', fillOpacity: 1}).addTo(inset);
    dot.bindTooltip(p[2], {permanent: true, direction: p[3] ? 'left' : 'right',
      offset: [p[3] ? -4 : 4, 0], className: 'geo-inset-label'});
    dot.on('click', function () {
      map.setView([p[0], p[1]], Math.max(map.getZoom(), 6), {animate: false});
    });
    return dot;
  });
  // Only places the main map does not show: one the window's width brings into view
  // (not under the title, the legend or the inset) leaves the inset, and the inset
  // (with its legend line) goes when none is left.
  function outside() {
    var c = map.getContainer(), edge = c.getBoundingClientRect(), left = 0;
    var boxes = [].map.call(c.querySelectorAll('.geo-title, .geo-legend, .geo-inset'),
      function (el) { return el.getBoundingClientRect(); });
    dots.forEach(function (dot) {
      var pt = map.latLngToContainerPoint(dot.getLatLng());
      var x = pt.x + edge.left, y = pt.y + edge.top;
      var away = x < edge.left || x > edge.right || y < edge.top || y > edge.bottom ||
        boxes.some(function (b) {
          return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
        });
      if (away && !inset.hasLayer(dot)) { dot.addTo(inset); }
      if (!away && inset.hasLayer(dot)) { inset.removeLayer(dot); }
      left += away ? 1 : 0;
    });
    var hide = left ? '' : 'none';
    control.getContainer().style.display = hide;
    Array.prototype.forEach.call(document.querySelectorAll('.geo-far-note'), function (el) {
      el.style.display = hide;
    });
  }
  map.on('moveend zoomend resize', function () { outside(); tidy(); });
  // Once loaded: with the inset gone, the view fits again without its room; should
  // that leave a place out, the inset and its room come back (the first view).
  setTimeout(function () {
    var box = control.getContainer();
    outside();
    if (box.style.display === 'none' && map.geo.fit) {
      map.geo.fit(); outside();
      if (box.style.display !== 'none') { map.geo.fit(); outside(); }
    }
    tidy();
  }, 0);
  // Names never overlap nor run past the inset's edge: the first named keeps its
  // name, a later one that would meet it (or be cut) shows its dot only.
  function tidy() {
    var box = inset.getContainer(), edge = box.getBoundingClientRect(), kept = [];
    Array.prototype.forEach.call(box.querySelectorAll('.geo-inset-label'), function (el) {
      el.style.visibility = '';
      var r = el.getBoundingClientRect();
      var cut = r.left < edge.left || r.right > edge.right || r.top < edge.top ||
        r.bottom > edge.bottom;
      var hit = kept.some(function (k) {
        return r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top;
      });
      if (cut || hit) { el.style.visibility = 'hidden'; } else { kept.push(r); }
    });
  }
  tidy();
  window.addEventListener('resize', function () { setTimeout(tidy, 0); });
})(%(map)s, %(data)s);"""


class Overview(_Element):
    """A small overview map (bottom left): where the main view lies (a red
    rectangle) and the places outside it, labelled; clicking one goes there.

    ``extent`` is (south, west, north, east); ``places`` (lat, lon, name);
    ``tiles`` a tile URL template for online maps (else the offline basemap's
    coarse world is drawn, shared with the main map's data).
    """

    def __init__(
        self,
        extent: tuple[float, float, float, float],
        places: list[tuple[float, float, str]],
        *,
        tiles: str | None = None,
    ) -> None:
        super().__init__()
        self._name = "GeoOverview"
        self.extent = extent
        self.places = places
        self.tiles = tiles

    def script_js(self) -> str:
        s, w, n, e = self.extent
        cx = (w + e) / 2
        data = {
            "extent": [[round(s, 4), round(w, 4)], [round(n, 4), round(e, 4)]],
            "places": [
                [round(lat, 4), round(lon, 4), esc(name), lon > cx]
                for lat, lon, name in self.places
            ],
            "tiles": self.tiles,
        }
        return _OVERVIEW_JS % {"map": self._map_name(), "data": js(data)}


_TIME_JS = """(function (map, data) {
  map.geo.articles = data.articles;
  var control = L.control({position: 'bottomleft'});
  control.onAdd = function () {
    var div = L.DomUtil.create('div', 'geo-time leaflet-control');
    div.setAttribute('role', 'group');
    div.setAttribute('aria-label', 'Time and articles');
    var head = L.DomUtil.create('div', 'geo-time-head', div);
    var slider = L.DomUtil.create('input', 'geo-time-slider', div);
    slider.type = 'range'; slider.min = 0; slider.max = Math.max(data.dates.length - 1, 0);
    slider.step = 1; slider.value = slider.max;
    slider.setAttribute('aria-label', 'Show claims up to this day');
    if (!data.dates.length) { slider.disabled = true; }
    var boxes = [];
    data.order.forEach(function (k) {
      var a = data.articles[k];
      var label = L.DomUtil.create('label', '', div);
      var box = L.DomUtil.create('input', 'geo-time-article', label);
      box.type = 'checkbox'; box.checked = true; box.value = k;
      var text = L.DomUtil.create('span', '', label);
      text.textContent = ' ' + (a.date ? a.date + ' · ' : '') + a.title;
      label.title = a.title;
      boxes.push(box);
    });
    function apply() {
      var until = data.dates.length ? data.dates[+slider.value] : null;
      head.textContent = until ? 'Claimed up to ' + until : 'All claims (undated)';
      var enabled = {};
      boxes.forEach(function (b) { enabled[+b.value] = b.checked; });
      map.geo.filter(until, enabled);
    }
    slider.addEventListener('input', apply);
    boxes.forEach(function (b) { b.addEventListener('change', apply); });
    map.geo.setDay = function (i) { slider.value = i; apply(); };
    setTimeout(apply, 0);
    L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  control.addTo(map);
})(%(map)s, %(data)s);"""


class TimeControl(_Element):
    """A slider over the articles' dates ("claimed up to a day") and a checkbox per
    article; drives ``map.geo.filter``. ``articles`` are (title, ISO date or "").

    The checkboxes are listed by date, as they are labelled (input order within a
    day; undated articles last); each keeps its article's index as its value.
    """

    def __init__(self, articles: list[tuple[str, str]], dates: list[str]) -> None:
        super().__init__()
        self._name = "GeoTime"
        self.articles = articles
        self.dates = dates

    def script_js(self) -> str:
        data: dict[str, Any] = {
            "articles": [{"title": title, "date": date} for title, date in self.articles],
            "order": article_order(self.articles),
            "dates": list(self.dates),
        }
        return _TIME_JS % {"map": self._map_name(), "data": js(data)}


def article_order(articles: list[tuple[str, str]]) -> list[int]:
    """The indexes of ``articles`` (title, ISO date or "") by date: input order within
    a day, undated ones last.

    >>> article_order([("a", "2026-11-28"), ("b", ""), ("c", "2026-11-01"), ("d", "2026-11-01")])
    [2, 3, 0, 1]
    """
    return sorted(range(len(articles)), key=lambda k: (not articles[k][1], articles[k][1], k))
