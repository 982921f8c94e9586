"""A map's view in a browser (tester 29): the overview inset covers no place of the
story in a 1200x800 capture, and a headline place keeps its name among badges."""

from __future__ import annotations

import time

import geo
from geo.render import save_html

from .test_render_browser import chrome, loopback_only, open_map, screen_rects  # noqa: F401

#: Spatial statements from Kherson (bottom left of the view) to Kupiansk, and two
#: capitals far away (the inset).
FRONT = (
    "Strikes reported across the south and east\n\n"
    "A drone struck 20 km from Kherson on a bearing of 60 degrees. A second drone hit "
    "15 km from Izium at 045 degrees. A shell landed 800 metres from the centre of "
    "Kupiansk. Fighting was reported 5 km NNE of Toretsk. Envoys are to meet in "
    "Istanbul next week, the Kremlin said."
)


def _meets(a: dict, b: dict) -> bool:
    return (a["left"] < b["right"] and a["right"] > b["left"]
            and a["top"] < b["bottom"] and a["bottom"] > b["top"])


def test_the_inset_covers_no_place_or_badge_in_a_capture(chrome, tmp_path, gazetteer):  # noqa: F811
    analysis = geo.analyze(FRONT, gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "front.html", offline=True, gazetteer=gazetteer)
    # as a capture opens it (geo.render.chromium): static, at the image's size
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 1200, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    chrome.get(path.resolve().as_uri() + "#geo-static")
    chrome.execute_script("window.dispatchEvent(new Event('resize'))")
    time.sleep(0.5)  # the layout runs after load (a timeout)
    insets = [r for r in screen_rects(chrome, ".geo-inset") if r["width"]]
    assert insets, "Istanbul lies far from the front: an inset"
    marks = [r for r in screen_rects(chrome, ".leaflet-marker-pane .leaflet-marker-icon")
             if r["width"] and r["right"] > 0 and r["top"] < 800]  # on the map
    assert len(marks) >= 4
    for m in marks:
        assert not _meets(m, insets[0]), (m, insets[0])


def test_a_headline_place_keeps_its_name_among_badges(chrome, tmp_path, gazetteer):  # noqa: F811
    text = ("Russian forces advance near Kupiansk\n\nRussian forces advanced near Kupiansk, "
            "the Defence Ministry said. Drones struck Kharkiv overnight, officials said.")
    analysis = geo.analyze(text, gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "head.html", offline=True, gazetteer=gazetteer)
    chrome.set_window_size(1200, 800)
    name = open_map(chrome, path)
    # Badges put on every side of the headline's label: the label stays, the badge on
    # it rises above it (a lesser place's label is hidden).
    shown = chrome.execute_script(
        f"var map = window.{name};"
        "var label = Array.prototype.find.call(document.querySelectorAll('.geo-label'),"
        " function (e) { return e.textContent === 'Kupiansk'; });"
        "var r = label.getBoundingClientRect(), box = map.getContainer();"
        "var c = box.getBoundingClientRect(), added = [];"
        # on the label, left of the marker, below and above it (every side it may take)
        "var w = r.width, h = r.height;"
        "[[r.left, r.top, w, h], [r.left - w - 30, r.top, w + 20, h],"
        " [r.left - w, r.bottom, 2 * w + 20, h + 12],"
        " [r.left - w, r.top - h - 12, 2 * w + 20, h + 12]].forEach(function (p) {"
        " var b = document.createElement('div'); b.className = 'geo-claim-icon';"
        " b.style.cssText = 'position:absolute;z-index:1000;width:' + p[2] + 'px;height:'"
        " + p[3] + 'px;left:' + (p[0] - c.left) + 'px;top:' + (p[1] - c.top) + 'px';"
        " box.appendChild(b); added.push(b); });"
        "map.geo.declutter();"
        "var n = label.getBoundingClientRect();"
        "var clear = added.every(function (b) { var q = b.getBoundingClientRect();"
        " return n.right <= q.left || n.left >= q.right || n.bottom <= q.top"
        " || n.top >= q.bottom; });"
        "return [label.className.indexOf('geo-p1') >= 0,"
        " getComputedStyle(label).visibility, clear];")
    assert shown == [True, "visible", True]


def test_no_inset_when_the_window_shows_every_far_place(chrome, tmp_path, gazetteer):  # noqa: F811
    # Kyiv, named in passing west of a front from Kharkiv to Kherson: outside the
    # front's frame, but on the map at 1200x800, so no inset and no legend line for it.
    text = ("Drones strike Kharkiv\n\nRussian drones struck Kharkiv and Kupiansk overnight, "
            "officials said. Shelling hit Kherson and Zaporizhzhia, the governor said. "
            "The foreign minister flew to Kyiv.")
    analysis = geo.analyze(text, gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "kyiv.html", offline=True, gazetteer=gazetteer)
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 1200, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    chrome.get(path.resolve().as_uri() + "#geo-static")
    time.sleep(0.5)
    state = chrome.execute_script(
        "var i = document.querySelector('.geo-inset'), n = document.querySelector("
        "'.geo-far-note');"
        "return [!!i, i && getComputedStyle(i).display, n && getComputedStyle(n).display];")
    assert state == [True, "none", "none"]
