"""Small maps in a browser (a phone, a thumbnail PNG export from 320x240 up): the title,
the legend, the credits and the scale bar of the HTML map never overlap and stay inside
the page; the legend fits the room between the title and the credits (hidden only when
there is none)."""

from __future__ import annotations

import itertools
import time

import pytest

from geo.render import save_html

from .test_render import sample_analysis
from .test_render_browser import chrome, loopback_only  # noqa: F401  (fixtures)

PARTS = (".geo-title", ".geo-legend", ".leaflet-control-attribution", ".leaflet-control-scale",
         ".geo-inset")
LONG_TITLE = ("Russian forces pushed into the northern outskirts of Kupiansk and shelled "
              "the villages around it overnight, the General Staff and the regional "
              "governor said on Friday in separate statements")


def boxes(driver, path, width, height, static):
    """The pixel boxes of the visible frame parts at a ``width`` x ``height`` viewport."""
    driver.get(path.resolve().as_uri() + ("#geo-static" if static else ""))
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [innerWidth, innerHeight]")
    driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])
    time.sleep(0.5)  # the legend is fitted after the resize (and each change of size)
    assert driver.execute_script("return [innerWidth, innerHeight]") == [width, height]
    return driver.execute_script(
        "var out = {}; arguments[0].forEach(function (s) {"
        " var e = document.querySelector(s); if (!e || !e.offsetHeight ||"
        " getComputedStyle(e).visibility === 'hidden') { return; }"
        " var r = e.getBoundingClientRect(); out[s] = [r.left, r.top, r.right, r.bottom]; });"
        " return out;", list(PARTS))


@pytest.mark.parametrize("static", [True, False])
@pytest.mark.parametrize("title", [None, LONG_TITLE])
def test_the_frame_never_overlaps(chrome, tmp_path, mini_gazetteer, static, title):  # noqa: F811
    path = save_html(sample_analysis(), tmp_path / "m.html", offline=True,
                     gazetteer=mini_gazetteer, title=title)
    for width, height in ((320, 240), (360, 300), (480, 360), (640, 420), (800, 600),
                          (1200, 800)):
        got = boxes(chrome, path, width, height, static)
        where = (width, height, got)
        assert {".geo-title", ".leaflet-control-attribution"} <= set(got), where
        if (width, height) >= (360, 300):
            assert ".geo-legend" in got, where
        for (a, (ax0, ay0, ax1, ay1)), (b, (bx0, by0, bx1, by1)) in itertools.combinations(
                got.items(), 2):
            assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0, (a, b, where)
        for name, (x0, y0, x1, y1) in got.items():
            assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, (name, where)
