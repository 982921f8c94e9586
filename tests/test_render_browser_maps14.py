"""Maps a demanding user expects (maps14), in headless Chromium with the network off: a
corpus map opens on every article, the offline basemap has land past the scene's
360-degree window, labels of near-coincident markers keep clear of each other.

Skipped, saying why, where Chromium (or selenium and chromedriver) is absent.
"""

from __future__ import annotations

import pytest

from geo.render import save_html

from . import test_render_browser as _browser
from .test_render import example_analysis
from .test_render_browser import (
    CHROMIUM,
    console_errors,
    open_map,
    png_pixels,
    remote_requests,
    screen_rects,
)
from .test_render_frame import SUVA
from .test_render_maps14 import cluster_analysis, places_only

chrome, loopback_only = _browser.chrome, _browser.loopback_only  # the fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed "
                       "(apt-get install chromium chromium-driver)"),
]


def overlaps(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and a["right"] > b["left"] and a["top"] < b["bottom"] \
        and a["bottom"] > b["top"]


def test_a_corpus_map_opens_on_every_article(chrome, tmp_path, mini_gazetteer):
    far = places_only("Flooding closed schools in Suva on Monday.", "Suva", SUVA)
    path = save_html([example_analysis(), far], tmp_path / "corpus.html", offline=True,
                     gazetteer=mini_gazetteer)
    name = open_map(chrome, path)
    inside = chrome.execute_script(
        f"var m = {name}; return m.getBounds().contains(arguments[0]);", [SUVA.lat, SUVA.lon])
    assert inside
    assert console_errors(chrome) == [] and remote_requests(chrome) == []


def test_the_basemap_has_land_past_the_window(chrome, tmp_path, gazetteer):
    """Panned a world west of the article's window, Astana and Ankara are still land."""
    path = save_html(example_analysis(), tmp_path / "front.html", offline=True,
                     gazetteer=gazetteer)
    name = open_map(chrome, path)
    chrome.execute_script(
        f"{name}.setView([45.0, -300.0], 4, {{animate: false}});"
        "document.querySelectorAll('.leaflet-control, .geo-title, .leaflet-marker-pane,"
        " .leaflet-tooltip-pane').forEach(function (e) { e.style.display = 'none'; });")
    inland = [(51.17, 71.45 - 360), (39.93, 32.86 - 360)]
    points = chrome.execute_script(
        f"var m = {name}; return arguments[0].map(function (ll) {{"
        " var p = m.latLngToContainerPoint(ll); return [Math.round(p.x), Math.round(p.y)]; });",
        inland)
    ratio = chrome.execute_script("return window.devicePixelRatio") or 1
    width, _, rows = png_pixels(chrome.get_screenshot_as_png())
    bpp = len(rows[0]) // width
    for x, y in points:
        x, y = int(x * ratio), int(y * ratio)
        r, g, b = rows[y][x * bpp: x * bpp + 3]
        assert abs(r - 0xF4) + abs(g - 0xF1) + abs(b - 0xEA) < 20, (x, y, (r, g, b))  # land
    assert console_errors(chrome) == []


def test_labels_of_near_coincident_markers_keep_clear(chrome, tmp_path, mini_gazetteer):
    """A city and its county's centre a few km apart: both names shown, no label over
    another label, a marker or a box over the map, none off the map; the same layout
    when the map is opened again."""
    chrome.set_window_size(1000, 700)
    path = save_html(cluster_analysis(), tmp_path / "cluster.html", offline=True,
                     gazetteer=mini_gazetteer)

    def layout():
        open_map(chrome, path)
        chrome.execute_script("window.dispatchEvent(new Event('resize'))")
        chrome.execute_script(
            "var m = document.querySelector('.folium-map'); window[m.id].geo.declutter();")
        return chrome.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('.geo-label'),"
            " function (e) { var r = e.getBoundingClientRect();"
            " return {name: e.textContent, shown: getComputedStyle(e).visibility,"
            " left: r.left, right: r.right, top: r.top, bottom: r.bottom}; });")

    labels = layout()
    shown = [lab for lab in labels if lab["shown"] == "visible"]
    assert {lab["name"] for lab in shown} >= {"Tulsa", "Tulsa County"}
    markers = [r for r in screen_rects(chrome, ".leaflet-marker-pane .leaflet-marker-icon")
               if r["width"]]
    boxes = [r for sel in (".geo-title", ".geo-legend") for r in screen_rects(chrome, sel)]
    page = screen_rects(chrome, ".folium-map")[0]
    for lab in shown:
        assert page["left"] <= lab["left"] and lab["right"] <= page["right"], lab
        for other in shown:
            assert other is lab or not overlaps(lab, other), (lab, other)
        for r in markers + boxes:
            assert not overlaps(lab, r), (lab, r)
    assert layout() == labels  # deterministic
    assert console_errors(chrome) == []
