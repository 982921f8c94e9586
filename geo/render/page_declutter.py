"""The labels' and badges' declutter of every HTML map (``map.geo.declutter``): part of
the page's setup script (:data:`geo.render.page._SETUP_JS`), which calls it after every
zoom, move, layer change and layout.

Badges first (one that would cover an earlier badge moves to its left), then the labels
of places the headline names, places claims are about, other places, feature points,
country names; a place label that collides is tried to the right of its marker, to its
left, below and above it, then at its four corners (a cluster of camps a few pixels
apart in a view that spans two countries), and hidden when all eight collide, except a
headline place's label: it shows on the first side clear of the map's edge, the boxes
over the map and other labels, and the badges it would cover rise above it. A badge that
no longer sits above its place (moved left of a neighbour, beside the other claims of
its place, or raised above a headline label) gets a thin leader line from its place to
its nearest edge (``geo.leaders``, an SVG in the ``geo-leaders`` pane under the markers,
redrawn with every pass: in prints too). The script is constant (no ``%`` in it: the
setup script is a %-template).
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
      badges.forEach(function (b) {
        if (!meets(side.q, b.q)) { return; }
        var dy = side.q.top - 2 - b.q.bottom;
        var top = parseFloat(getComputedStyle(b.el).marginTop) || 0;
        if (!('geoLeft' in b.el.dataset)) {  // restored by the next pass
          b.el.dataset.geoLeft = b.el.style.marginLeft;
          b.el.dataset.geoTop = b.el.style.marginTop;
        }
        b.el.style.marginTop = (top + dy) + 'px';
        b.q = {left: b.q.left, right: b.q.right, top: b.q.top + dy, bottom: b.q.bottom + dy};
        kept.push(b.q);
      });
      return side;
    };
    var order = ['.geo-claim-icon', '.geo-label.geo-p1', '.geo-label.geo-p2',
                 '.geo-label.geo-p3', '.geo-label.geo-p4', '.geo-country-label'];
    order.forEach(function (sel, rank) {
      Array.prototype.forEach.call(box.querySelectorAll(sel), function (el) {
        el.style.visibility = '';
        if ('geoLeft' in el.dataset) {  // moved by the last pass: back to its place
          el.style.marginLeft = el.dataset.geoLeft; el.style.marginTop = el.dataset.geoTop;
          delete el.dataset.geoLeft; delete el.dataset.geoTop;
        }
        var r = el.getBoundingClientRect();
        if (!r.width) { return; }
        if (rank === 0) {
          // A badge is never hidden: one that would cover an earlier badge (claims at
          // places a few km apart) moves to its left until clear.
          var q = r, shift = 0, left = parseFloat(getComputedStyle(el).marginLeft) || 0;
          for (var n = 0; n < badges.length; n++) {
            var k = badges.filter(function (b) { return meets(q, b.q); })[0];
            if (!k) { break; }
            shift += k.q.left - 4 - q.right;
            q = {left: r.left + shift, right: r.right + shift, top: r.top, bottom: r.bottom};
          }
          if (shift) {
            el.dataset.geoLeft = el.style.marginLeft;  // restored by the next pass
            el.dataset.geoTop = el.style.marginTop;
            el.style.marginLeft = (left + shift) + 'px';
          }
          badges.push({el: el, q: q}); kept.push(q); return;
        }
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
        var side = rank === 1 && headline(el, sides);
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
        var marks = box.querySelectorAll('.leaflet-marker-pane .geo-' + row.dataset.kind +
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
  // A thin line from a claim's place (its marker's point: Leaflet's layer position of the
  // badge) to the nearest edge of its badge, for every badge that does not sit above
  // its place (within 10 px across, 20 px up); in container pixels, on an SVG laid over
  // the view in a pane that pans with the map.
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
      if (!b.el._leaflet_pos) { return; }
      var p = map.layerPointToContainerPoint(b.el._leaflet_pos);
      var left = b.q.left - rect.left, right = b.q.right - rect.left;
      var top = b.q.top - rect.top, bottom = b.q.bottom - rect.top;
      if (left <= p.x + 10 && right >= p.x - 10 && bottom >= p.y - 20) { return; }
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
