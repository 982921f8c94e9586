"""The labels' and badges' declutter of every HTML map (``map.geo.declutter``): part of
the page's setup script (:data:`geo.render.page._SETUP_JS`), which calls it after every
zoom, move, layer change and layout.

Badges first: each goes to the free spot nearest above its place within 48 px; the ones
that find none are counted in a "+n" badge of their neighbourhood (``geo-counts`` pane),
which a click or a zoom spreads out, so crowded claims stay by their places. Then the labels
of places the headline names, places claims are about, other places, feature points,
country names; a place label that collides is tried to the right of its marker, to its
left, below and above it, then at its four corners (a cluster of camps a few pixels
apart in a view that spans two countries), and hidden when all eight collide, except the
label of a place the headline or a claim names (every place a claim names is named in
print): it shows on the first side clear of the map's edge, the boxes
over the map and other labels, and the badges it would cover move to a free spot by
their places. A badge that does not sit right above its place gets a thin leader line
from its place to its nearest edge (``geo.leaders``, an SVG in the ``geo-leaders`` pane
under the markers, redrawn with every pass: in prints too). The script is constant (no
``%`` in it: the setup script is a %-template).
"""

from __future__ import annotations

__all__ = ["DECLUTTER_JS"]

DECLUTTER_JS = """  var GAP = 8;  // from a marker's centre to a label above or below it, px
  geo.declutter = function () {
    var box = map.getContainer(), edge = box.getBoundingClientRect(), kept = [], hidden = 0;
    var badges = [], fixed = [], labels = [], marks = [];
    var meets = function (q, k) {
      return q.left < k.right && q.right > k.left && q.top < k.bottom && q.bottom > k.top;
    };
    var hits = function (q) {
      return q.left < edge.left || q.right > edge.right || q.top < edge.top ||
        q.bottom > edge.bottom || kept.some(function (k) { return meets(q, k); });
    };
    Array.prototype.forEach.call(box.querySelectorAll('.geo-title, .leaflet-control,' +
        ' .leaflet-marker-pane .leaflet-marker-icon:not(.geo-claim-icon)'), function (el) {
      var r = el.getBoundingClientRect();
      if (r.width && getComputedStyle(el).visibility !== 'hidden') {
        kept.push(r);
        (el.classList.contains('leaflet-marker-icon') ? marks : fixed).push(r);
      }
    });
    // A headline place's label that finds no free side still shows, on the first side
    // clear of the map's edge, the boxes and other labels: the badges it would cover
    // rise above it, and it may cover a small marker.
    var headline = function (el, sides) {
      var free = [], over = [];  // sides clear of the markers too first
      sides.forEach(function (side) {
        var q = side.q;
        var out = q.left < edge.left || q.right > edge.right || q.top < edge.top ||
          q.bottom > edge.bottom;
        if (out || fixed.concat(labels).some(function (k) { return meets(q, k); })) {
          return;
        }
        (marks.some(function (k) { return meets(q, k); }) ? over : free).push(side);
      });
      var side = free.concat(over)[0];
      if (!side) { return null; }
      badges.slice().forEach(function (b) {
        if (badges.indexOf(b) < 0 || !meets(side.q, b.q)) { return; }
        // the nearest free spot by its place clear of the label too; a count badge with
        // none has its nearest claim badges give way; a claim badge is counted in its
        // neighbourhood's "+n"; else it rises above the label, clear of the badges
        var w = b.q.right - b.q.left, q = b.p && spot(b.p, w, b.q.bottom - b.q.top, side.q, b);
        if (!q && b.g) { q = giveWay(b.p, w, side.q, b, function (el) { b.g.add(el); }); }
        var count = !q && b.p && !b.g && nearest(b.p);
        if (count) {
          b.el.style.visibility = 'hidden'; badges.splice(badges.indexOf(b), 1);
          count.add(b.el); return;
        }
        var dx = q ? q.left - b.q.left : 0, dy = q ? q.top - b.q.top : side.q.top - 2 - b.q.bottom;
        var over = function (o) {  // another badge where this one would rise to
          return o !== b && o.q.left < b.q.right && o.q.right > b.q.left &&
            o.q.top < b.q.bottom + dy && o.q.bottom > b.q.top + dy;
        };
        for (var n = 0; !q && n < badges.length && badges.some(over); n++) {
          dy -= b.q.bottom - b.q.top + 4;
        }
        var left = parseFloat(getComputedStyle(b.el).marginLeft) || 0;
        var top = parseFloat(getComputedStyle(b.el).marginTop) || 0;
        if (!('geoLeft' in b.el.dataset)) {  // restored by the next pass
          b.el.dataset.geoLeft = b.el.style.marginLeft;
          b.el.dataset.geoTop = b.el.style.marginTop;
        }
        b.el.style.marginLeft = (left + dx) + 'px';
        b.el.style.marginTop = (top + dy) + 'px';
        b.q = {left: b.q.left + dx, right: b.q.right + dx, top: b.q.top + dy,
               bottom: b.q.bottom + dy};
        kept.push(b.q);
      });
      return side;
    };
    // A claim badge goes to the free spot nearest its home (above its place, as its icon
    // is anchored), within REACH px of it: never over another badge nor its own place's
    // point; a spot over a place's marker counts as COVER px further. One that finds no
    // spot is hidden and counted in its neighbourhood's count badge ("+n", geo-count):
    // crowded claims stay by their places (40 claims of one front at a world zoom were
    // pushed left in a row across an ocean), and zooming in (or clicking "+n") spreads
    // them out.
    var REACH = 48, COVER = 24, RISE = 32, STEP_X = 6, STEP_Y = 22, spots = [];
    for (var sy = -2; sy <= 2; sy++) {
      for (var sx = -10; sx <= 10; sx++) {
        var d = Math.sqrt(sx * sx * STEP_X * STEP_X + sy * sy * STEP_Y * STEP_Y);
        if (d <= REACH) { spots.push({dx: sx * STEP_X, dy: sy * STEP_Y, d: d}); }
      }
    }
    spots.sort(function (a, b) { return a.d - b.d || a.dy - b.dy || a.dx - b.dx; });
    var crowded = [], shown = [], counts = map.getPane('geo-counts');
    while (counts.firstChild) { counts.removeChild(counts.firstChild); }
    // the place's point, in the page's pixels (client coordinates)
    var pointOf = function (el) {
      var c = map.layerPointToContainerPoint(el._leaflet_pos);
      return {x: edge.left + c.x, y: edge.top + c.y};
    };
    // the nearest free spot for a w x h box whose home is centred above point p (clear
    // of the box also, and of every badge but self)
    var spot = function (p, w, h, also, self) {
      var best = null;
      spots.forEach(function (s) {
        if (best && s.d >= best.score) { return; }
        var q = {left: p.x - w / 2 + s.dx, top: p.y - RISE + s.dy};
        q.right = q.left + w; q.bottom = q.top + h;
        if (q.left < p.x + 4 && q.right > p.x - 4 && q.top < p.y + 4 && q.bottom > p.y - 4) {
          return;  // over its own place's point
        }
        if ((also && meets(q, also)) ||
            badges.some(function (b) { return b !== self && meets(q, b.q); })) { return; }
        var score = s.d + (marks.some(function (k) { return meets(q, k); }) ? COVER : 0);
        if (!best || score < best.score) { best = {q: q, score: score}; }
      });
      return best && best.q;
    };
    var moveTo = function (el, r, q) {
      var left = parseFloat(getComputedStyle(el).marginLeft) || 0;
      var top = parseFloat(getComputedStyle(el).marginTop) || 0;
      if (q.left === r.left && q.top === r.top) { return; }
      el.dataset.geoLeft = el.style.marginLeft;  // restored by the next pass
      el.dataset.geoTop = el.style.marginTop;
      el.style.marginLeft = (left + q.left - r.left) + 'px';
      el.style.marginTop = (top + q.top - r.top) + 'px';
    };
    var place = function (el, r) {
      if (!el._leaflet_pos) { badges.push({el: el, q: r}); kept.push(r); return; }
      var p = pointOf(el), q = spot(p, r.width, r.height);
      if (!q) { el.style.visibility = 'hidden'; crowded.push({el: el, p: p}); return; }
      moveTo(el, r, q);
      badges.push({el: el, q: q, p: p}); kept.push(q);
    };
    // The hidden badges of a neighbourhood (places within REACH px of its first) as one
    // count badge "+n" near its first place; with no free spot it takes the place of the
    // nearest shown badge (which it then counts too). Clicking it zooms in to them.
    var crowds = function () {
      var groups = [];
      crowded.forEach(function (h) {
        var g = groups.filter(function (g) {
          return Math.abs(g.p.x - h.p.x) <= REACH && Math.abs(g.p.y - h.p.y) <= REACH;
        })[0];
        if (!g) { g = {p: h.p, els: []}; groups.push(g); }
        g.els.push(h.el);
      });
      groups.forEach(function (g) {
        var w = g.els.length < 9 ? 24 : 30, q = spot(g.p, w, 20);
        q = q || giveWay(g.p, w, null, null, function (el) { g.els.push(el); });
        if (!q) { return; }
        var div = document.createElement('div');
        div.className = 'geo-count geo-count-icon';
        div.style.position = 'absolute'; div.style.width = w + 'px';
        g.add = function (el) {
          if (el) { g.els.push(el); }
          var n = g.els.length;
          div.innerHTML = '<div class="geo-badge geo-count-badge">+' + n + '</div>';
          div.title = n + ' more claims here: click or zoom in to see them';
        };
        g.add();
        counts.appendChild(div);
        L.DomUtil.setPosition(div, map.containerPointToLayerPoint(
          [q.left - edge.left, q.top - edge.top]));
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.on(div, 'click', function () {
          var bounds = L.latLngBounds(g.els.map(function (el) {
            return map.layerPointToLatLng(el._leaflet_pos);
          }));
          var zoom = map.getZoom() + 2;
          var fit = map.getBoundsZoom(bounds.pad(0.5));
          map.setView(bounds.getCenter(), Math.min(Math.max(zoom, fit), map.getMaxZoom()));
        });
        badges.push({el: div, q: q, p: g.p, g: g}); kept.push(q); shown.push(g);
      });
    };
    // The nearest shown claim badges (to point p) give way, hidden and handed to
    // take(el), until a w x 20 box fits by p (clear of the box also, and of every badge
    // but self); the spot, or null when none is left to give way.
    var giveWay = function (p, w, also, self, take) {
      for (var q = null; !q;) {
        var near = null, dist = 0;
        badges.forEach(function (b, i) {
          var x = (b.q.left + b.q.right) / 2 - p.x, y = (b.q.top + b.q.bottom) / 2 - p.y;
          if (b !== self && b.p && b.el.classList.contains('geo-claim-icon') &&
              (near === null || x * x + y * y < dist)) { near = i; dist = x * x + y * y; }
        });
        if (near === null) { return null; }
        var b = badges.splice(near, 1)[0];
        b.el.style.visibility = 'hidden'; take(b.el);
        q = spot(p, w, 20, also, self);
      }
      return q;
    };
    // the count badge within REACH px of point p, if any
    var nearest = function (p) {
      return shown.filter(function (g) {
        return Math.abs(g.p.x - p.x) <= REACH && Math.abs(g.p.y - p.y) <= REACH;
      })[0];
    };
    var order = ['.geo-claim-icon', '.geo-label.geo-p1', '.geo-label.geo-p2',
                 '.geo-label.geo-p3', '.geo-label.geo-p4', '.geo-country-label'];
    order.forEach(function (sel, rank) {
      if (rank === 1) { crowds(); }  // the badges are placed: the count badges next
      Array.prototype.forEach.call(box.querySelectorAll(sel), function (el) {
        el.style.visibility = '';
        if ('geoLeft' in el.dataset) {  // moved by the last pass: back to its place
          el.style.marginLeft = el.dataset.geoLeft; el.style.marginTop = el.dataset.geoTop;
          delete el.dataset.geoLeft; delete el.dataset.geoTop;
        }
        var r = el.getBoundingClientRect();
        if (!r.width) { return; }
        if (rank === 0) { place(el, r); return; }
        if (!hits(r)) { kept.push(r); labels.push(r); return; }
        var sides = [{q: r, dx: 0, dy: 0}];
        if (el.classList.contains('leaflet-tooltip-right')) {
          // The marker's centre: the tooltip's offset (7 px) and Leaflet's margin to
          // its left, half its height down.
          var style = getComputedStyle(el), margin = parseFloat(style.marginLeft) || 0;
          var top = parseFloat(style.marginTop) || 0;
          var x = r.left - 7 - margin, y = r.top + r.height / 2;
          // left, below, above; then the corners (a tight cluster in a wide view)
          var toLeft = -(r.width + 2 * (7 + margin)), corner = r.height / 2 + GAP;
          var moves = [[toLeft, 0],
                       [x - r.width / 2 - r.left, r.height / 2 + GAP],
                       [x - r.width / 2 - r.left, -(r.height / 2 + GAP)],
                       [0, corner], [0, -corner], [toLeft, corner], [toLeft, -corner]];
          for (var i = 0; i < moves.length; i++) {
            var dx = moves[i][0], dy = moves[i][1];
            var q = {left: r.left + dx, right: r.right + dx, top: r.top + dy,
                     bottom: r.bottom + dy};
            sides.push({q: q, dx: dx, dy: dy});
            if (!hits(q)) {
              el.dataset.geoLeft = el.style.marginLeft;  // restored by the next pass
              el.dataset.geoTop = el.style.marginTop;
              el.style.marginLeft = (margin + dx) + 'px';
              el.style.marginTop = (top + dy) + 'px';
              kept.push(q); labels.push(q); return;
            }
          }
        }
        var side = rank <= 2 && headline(el, sides);  // the headline's and claims' places
        if (side) {
          if (side.dx || side.dy) {
            el.dataset.geoLeft = el.style.marginLeft; el.dataset.geoTop = el.style.marginTop;
            el.style.marginLeft = (margin + side.dx) + 'px';
            el.style.marginTop = (top + side.dy) + 'px';
          }
          kept.push(side.q); labels.push(side.q); return;
        }
        el.style.visibility = 'hidden'; hidden++;
      });
    });
    geo.leaders(badges);
    // A legend row of speakers or countries shows only while one of their marks is
    // in view (their points often lie far outside the front).
    Array.prototype.forEach.call(box.querySelectorAll('.geo-legend [data-kind]'),
      function (row) {
        var marks = box.querySelectorAll('.leaflet-map-pane .geo-' + row.dataset.kind +
                                         '-icon');
        var seen = Array.prototype.some.call(marks, function (el) {
          var r = el.getBoundingClientRect();
          return r.width && r.right > edge.left && r.left < edge.right &&
            r.bottom > edge.top && r.top < edge.bottom;
        });
        row.style.display = seen ? '' : 'none';
      });
    return hidden;
  };
  // A thin line from a claim's place (b.p, its marker's point in the page's pixels; a
  // count badge's: its first place) to the nearest edge of its badge, for every badge
  // that does not sit right above its place (within 10 px across, its bottom 0-20 px
  // up); in container pixels, on an SVG laid over the view in a pane that pans with the
  // map.
  geo.leaders = function (badges) {
    var NS = 'http://www.w3.org/2000/svg', pane = map.getPane('geo-leaders');
    var rect = map.getContainer().getBoundingClientRect(), size = map.getSize();
    var svg = pane.querySelector('svg.geo-leaders');
    if (!svg) {
      svg = document.createElementNS(NS, 'svg');
      svg.setAttribute('class', 'geo-leaders');
      svg.setAttribute('aria-hidden', 'true');
      svg.style.position = 'absolute'; svg.style.overflow = 'visible';
      pane.appendChild(svg);
    }
    L.DomUtil.setPosition(svg, map.containerPointToLayerPoint([0, 0]));
    svg.setAttribute('width', size.x); svg.setAttribute('height', size.y);
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    badges.forEach(function (b) {
      if (!b.p) { return; }
      var p = {x: b.p.x - rect.left, y: b.p.y - rect.top};
      var left = b.q.left - rect.left, right = b.q.right - rect.left;
      var top = b.q.top - rect.top, bottom = b.q.bottom - rect.top;
      if (left <= p.x + 10 && right >= p.x - 10 && bottom >= p.y - 20 && bottom <= p.y) {
        return;  // above its place
      }
      var line = document.createElementNS(NS, 'line');
      line.setAttribute('class', 'geo-leader');
      line.setAttribute('x1', p.x.toFixed(1)); line.setAttribute('y1', p.y.toFixed(1));
      line.setAttribute('x2', Math.max(left, Math.min(p.x, right)).toFixed(1));
      line.setAttribute('y2', Math.max(top, Math.min(p.y, bottom)).toFixed(1));
      line.setAttribute('stroke', '#3a3a3a'); line.setAttribute('stroke-width', '1');
      line.setAttribute('stroke-opacity', '0.85');
      svg.appendChild(line);
    });
  };"""
