"""The frame of every HTML map laid out in the page: the boxes drawn over the map
never cover each other, whatever the size (a phone, a 320x240 thumbnail export, a
report's short map, a wide window), and whichever of them the map has.

The boxes, by what they may give up:

* the title (top centre), the zoom buttons (top left), the scale bar (bottom left), the
  credits (bottom right) and the time control (bottom left, a map of several articles)
  always show; the credits wrap to the room right of the scale bar (with a legend or
  without one), and what is stacked on the scale bar rises above them; the time control
  scrolls in the room below the boxes above it;
* the layer control (top right) folds to its button when, open, it would cover the
  title or take more than a third of the map's height; a click opens it again, a
  click on the map folds it;
* the legend (bottom right, above the credits) is as tall as the room between its
  bottom and the boxes above it, and as wide as the room right of the time control
  beside it; hidden when that leaves too little to read;
* the overview inset (bottom left) shows only when it covers no other box.

It runs once the page is built and again whenever the map, the title or the credits
change size (a window or capture resized, fonts loaded): a ResizeObserver calls it
before the next paint. The script is constant.
"""

from __future__ import annotations

__all__ = ["LAYOUT_JS"]

#: ``%(map)s``: the folium map's variable.
LAYOUT_JS = """(function (map) {
  var c = map.getContainer(), geo = map.geo, folded = false, running = false;
  function shown(el) {
    return el && el.offsetHeight && getComputedStyle(el).visibility !== 'hidden' ? el : null;
  }
  function find(s) { return shown(c.querySelector(s)); }
  function rect(el) { return el.getBoundingClientRect(); }
  function meets(a, b) {
    return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
  }
  function foldLayers(edge) {
    var lc = geo.layers, el = lc && lc.getContainer(), title = find('.geo-title');
    if (!el || !el.parentNode) { return; }
    lc.expand();
    var r = rect(el);
    folded = (title && meets(r, rect(title))) || r.height > edge.height / 3;
    if (folded) { lc.collapse(); }
  }
  // The height left for a box of a bottom corner: from its bottom up to the lowest box
  // above it (title, layer control, zoom buttons) that it would meet, less its padding.
  function room(el, edge) {
    var r = rect(el), cs = getComputedStyle(el), top = r.bottom - edge.top - 10;
    ['.geo-title', '.leaflet-control-layers', '.leaflet-control-zoom'].forEach(function (s) {
      var o = find(s);
      if (o && rect(o).left < r.right && rect(o).right > r.left) {
        top = Math.min(top, r.bottom - rect(o).bottom - 10);
      }
    });
    return top - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
  }
  function fitTime(edge) {
    Array.prototype.forEach.call(c.querySelectorAll('.geo-time'), function (el) {
      var cs = getComputedStyle(el);
      el.style.maxHeight = ''; el.style.overflowY = 'auto';
      // inside the map, and at most half of a small one (the legend beside it)
      el.style.maxWidth = Math.min(320, Math.max(edge.width / 2, 180), edge.width - 20) -
        parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) + 'px';
      el.style.maxHeight = Math.max(room(el, edge), 0) + 'px';
    });
  }
  function fitLegend(edge) {
    var el = c.querySelector('.geo-legend');
    if (!el) { return; }
    el.style.maxHeight = ''; el.style.maxWidth = ''; el.style.visibility = '';
    var high = room(el, edge), wide = Infinity;
    el.style.maxHeight = Math.max(high, 0) + 'px';
    var r = rect(el), cs = getComputedStyle(el);
    // A box of the bottom-left corner beside it (the time control): narrower
    Array.prototype.forEach.call(c.querySelectorAll('.geo-time'), function (o) {
      if (shown(o) && rect(o).top < r.bottom && rect(o).bottom > r.top) {
        wide = Math.min(wide, r.right - rect(o).right - 10 -
                        parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight));
      }
    });
    if (wide < Infinity) { el.style.maxWidth = Math.max(wide, 0) + 'px'; }
    el.style.visibility = high < 40 || wide < 120 ? 'hidden' : '';
  }
  // The credits, wrapped right of the scale bar, may rise above it: the boxes stacked on
  // the scale bar (the time control, the inset) rise with them.
  function clearCredits(edge) {
    var at = c.querySelector('.leaflet-control-attribution'), sc = find('.leaflet-control-scale');
    if (!at) { return; }
    at.style.maxWidth = sc ? Math.max(edge.right - rect(sc).right - 10, 80) + 'px' : '';
    if (sc) {
      sc.style.marginTop = '';
      sc.style.marginTop = Math.max(rect(sc).top - rect(at).top, 0) + 'px';
    }
  }
  geo.layout = function () {
    if (running) { return; }
    running = true;
    var edge = rect(c);
    clearCredits(edge);
    foldLayers(edge);
    fitTime(edge);
    fitLegend(edge);
    var kept = [];
    Array.prototype.forEach.call(c.querySelectorAll('.geo-title, .leaflet-control'), function (el) {
      if (shown(el) && !el.classList.contains('geo-inset')) { kept.push(rect(el)); }
    });
    Array.prototype.forEach.call(c.querySelectorAll('.geo-inset'), function (el) {
      el.style.visibility = '';
      var r = rect(el), clear = r.width && !kept.some(function (k) { return meets(r, k); });
      el.style.visibility = clear ? '' : 'hidden';
    });
    running = false;
    if (geo.declutter) { geo.declutter(); }  // labels keep clear of the boxes as laid out
  };
  map.on('click', function () { if (folded && geo.layers) { geo.layers.collapse(); } });
  map.on('resize', geo.layout);
  setTimeout(function () {
    geo.layout();
    if (window.ResizeObserver) {
      var watch = new ResizeObserver(function () { geo.layout(); });
      [c, c.querySelector('.geo-title'), c.querySelector('.leaflet-control-attribution')]
        .forEach(function (o) { if (o) { watch.observe(o); } });
    }
  }, 0);
})(%(map)s);"""
