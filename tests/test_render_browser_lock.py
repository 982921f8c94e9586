"""Headless Chromium: an offline page refuses what a script adds at run time (U5).

Run with the other browser tests (skipped without chromium and chromedriver).
"""

from __future__ import annotations

from geo.render import save_html

from .test_render import sample_analysis
from .test_render_browser import chrome, loopback_only, open_map  # noqa: F401 - fixtures

_ADD_AND_WATCH = """
var name = arguments[0], done = arguments[arguments.length - 1], seen = [];
document.addEventListener('securitypolicyviolation', function (e) { seen.push(e.blockedURI); });
L.tileLayer('https://tile.example.org/{z}/{x}/{y}.png').addTo(window[name]);
var img = new Image();
img.src = 'https://img.example.org/pixel.png';
document.body.appendChild(img);
setTimeout(function () { done(seen); }, 1500);
"""


def test_an_offline_map_refuses_tiles_a_script_adds(chrome, tmp_path, mini_gazetteer):  # noqa: F811
    page = save_html(sample_analysis(), tmp_path / "m.html", gazetteer=mini_gazetteer)
    name = open_map(chrome, page)
    blocked = chrome.execute_async_script(_ADD_AND_WATCH, name)
    assert any("tile.example.org" in url for url in blocked), blocked
    assert any("img.example.org" in url for url in blocked), blocked
    # the map's own drawing is untouched by its lock: its layers are there
    assert chrome.execute_script("return document.querySelectorAll('.leaflet-interactive')"
                                 ".length") > 0
