"""Small maps in a browser (a phone, a thumbnail PNG export from 320x240 up): the title,
the legend, the credits, the scale bar, the locator inset and (interactive) the zoom
buttons and the layer control of the HTML map never overlap and stay inside the page, with
a legend or without one; the legend fits the room between the title and the credits
(hidden only when there is none)."""

from __future__ import annotations

import itertools
import time

import pytest

from geo.render import save_html

from .test_render import sample_analysis
from .test_render_browser import chrome, loopback_only  # noqa: F401  (fixtures)

PARTS = (".geo-title", ".geo-legend", ".leaflet-control-attribution", ".leaflet-control-scale",
         ".geo-inset", ".leaflet-control-zoom", ".leaflet-control-layers", ".geo-time")
LONG_TITLE = ("Russian forces pushed into the northern outskirts of Kupiansk and shelled "
              "the villages around it overnight, the General Staff and the regional "
              "governor said on Friday in separate statements")
# Thumbnails, phones (upright and turned), a short report map, a narrow window, desktops
SIZES = ((320, 240), (360, 300), (320, 480), (480, 360), (640, 420), (700, 500), (1024, 300),
         (800, 600), (1200, 800))

_BOXES = (
    "var out = {}; arguments[0].forEach(function (s) {"
    " var e = document.querySelector(s); if (!e || !e.offsetHeight ||"
    " getComputedStyle(e).visibility === 'hidden') { return; }"
    " var r = e.getBoundingClientRect(); out[s] = [r.left, r.top, r.right, r.bottom]; });"
    " return [innerWidth, innerHeight, out];"
)


def boxes(driver, path, width, height, static, deadline_s=60.0):
    """The pixel boxes of the visible frame parts at a ``width`` x ``height`` viewport,
    once the page's layout has settled (the same boxes read twice, 0.1 s apart: it runs
    after every change of size, however slow the machine)."""
    driver.get(path.resolve().as_uri() + ("#geo-static" if static else ""))
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [innerWidth, innerHeight]")
    driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])
    deadline, last = time.monotonic() + deadline_s, None
    while True:
        now = driver.execute_script(_BOXES, list(PARTS))
        if now == last and now[:2] == [width, height]:
            return now[2]
        assert time.monotonic() < deadline, ("the layout never settled", width, height, now)
        last = now
        time.sleep(0.1)


def overlaps(got: dict) -> list:
    return [(a, b) for (a, (ax0, ay0, ax1, ay1)), (b, (bx0, by0, bx1, by1))
            in itertools.combinations(got.items(), 2)
            if not (ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0)]


@pytest.mark.parametrize("static", [True, False])
@pytest.mark.parametrize("title", [None, LONG_TITLE])
@pytest.mark.parametrize("legend", [True, False])
def test_the_frame_never_overlaps(chrome, tmp_path, mini_gazetteer, static, title,  # noqa: F811
                                  legend):
    path = save_html(sample_analysis(), tmp_path / "m.html", offline=True,
                     gazetteer=mini_gazetteer, title=title, legend=legend)
    for width, height in SIZES:
        got = boxes(chrome, path, width, height, static)
        where = (width, height, got)
        assert {".geo-title", ".leaflet-control-attribution",
                ".leaflet-control-scale"} <= set(got), where
        if legend and width >= 360 and height >= 300:
            assert ".geo-legend" in got, where
        if not legend:
            assert ".geo-legend" not in got, where
        if not static:
            assert {".leaflet-control-zoom", ".leaflet-control-layers"} <= set(got), where
        if width >= 800 and height >= 600:
            assert ".geo-inset" in got, where  # shown where there is room for it
        assert overlaps(got) == [], where
        for name, (x0, y0, x1, y1) in got.items():
            assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, (name, where)


def test_a_long_title_takes_two_lines_on_a_small_map(chrome, tmp_path,  # noqa: F811
                                                     mini_gazetteer):
    """A thumbnail keeps its map: the title is cut to two lines (whole in its tooltip)."""
    path = save_html(sample_analysis(), tmp_path / "m.html", offline=True,
                     gazetteer=mini_gazetteer, title=LONG_TITLE)
    small = boxes(chrome, path, 320, 240, True)[".geo-title"]
    large = boxes(chrome, path, 1200, 800, True)[".geo-title"]
    assert small[3] - small[1] < 45 and small[2] - small[0] > 250  # two lines of 12 px
    assert chrome.execute_script(  # the whole title (as the page has it) in its tooltip
        "return document.querySelector('.geo-title').title ==="
        " document.querySelector('.geo-title-text').textContent")
    assert large[3] - large[1] > small[3] - small[1]  # whole where there is room


def test_the_folded_layer_control_opens_on_a_click(chrome, tmp_path,  # noqa: F811
                                                   mini_gazetteer):
    path = save_html(sample_analysis(), tmp_path / "m.html", offline=True,
                     gazetteer=mini_gazetteer, title=LONG_TITLE)
    folded = boxes(chrome, path, 360, 300, False)[".leaflet-control-layers"]
    assert folded[2] - folded[0] < 60 and folded[3] - folded[1] < 60
    chrome.execute_script("document.querySelector('.leaflet-control-layers-toggle').click()")
    assert chrome.execute_script(
        "return document.querySelector('.leaflet-control-layers').classList"
        ".contains('leaflet-control-layers-expanded')")
    wide = boxes(chrome, path, 1200, 800, False)[".leaflet-control-layers"]
    assert wide[2] - wide[0] > 100  # open where it covers nothing


@pytest.mark.parametrize("static", [True, False])
def test_a_map_of_several_articles_keeps_its_time_control_clear(chrome, tmp_path,  # noqa: F811
                                                                mini_gazetteer, static):
    """The time control (bottom left, above the scale bar) always shows: the credits
    wrapped beside the scale bar push it up, the legend narrows beside it, and it scrolls
    in the room below the title."""
    path = save_html([sample_analysis(), sample_analysis()], tmp_path / "m.html",
                     offline=True, gazetteer=mini_gazetteer,
                     titles=["Shelling near Sumy", LONG_TITLE], dates=["2025-06-10", "2025-06-12"])
    for width, height in SIZES:
        got = boxes(chrome, path, width, height, static)
        where = (width, height, got)
        assert {".geo-time", ".geo-title", ".leaflet-control-attribution"} <= set(got), where
        if width >= 480 and height >= 360:
            assert ".geo-legend" in got, where
        assert overlaps(got) == [], where
        for name, (x0, y0, x1, y1) in got.items():
            assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, (name, where)
