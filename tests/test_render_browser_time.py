"""The time control of a map of many articles, in headless Chromium (network off).

A corpus of 30 articles makes the control taller than the map can spare at its
foot: the view must then keep clear of it at the side, so no article's badge lies
under it. Its checkboxes are listed by date, as they are labelled.

Skipped, saying why, where Chromium (or selenium and chromedriver) is absent.
"""

from __future__ import annotations

import pytest

from geo.model import Analysis, Claim, Place
from geo.render import save_html

from . import test_render_browser as _browser
from .test_render import sentence, toponym
from .test_render_browser import CHROMIUM, console_errors, open_map, remote_requests, screen_rects

chrome, loopback_only = _browser.chrome, _browser.loopback_only  # the fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed "
                       "(apt-get install chromium chromium-driver)"),
]

#: (name, lat, lon): the front, and towns far west and south of it.
TOWNS = [(f"Town{i}", 47.0 + (i % 6) * 0.8, 31.0 + (i // 6) * 1.6) for i in range(26)] + [
    ("Bamako", 12.65, -8.0), ("Dakar", 14.69, -17.44), ("Goma", -1.68, 29.22),
    ("Jenin", 32.46, 35.3),
]


def article(name: str, lat: float, lon: float, i: int) -> Analysis:
    text = f"Officials said drones struck {name} on Wednesday."
    place = Place(100000 + i, name, "place", "XX", lat, lon)
    s, e, t = sentence(text, "Officials said")
    claim = Claim(s, e, t, "Officials", "said", "asserted", toponyms=(0,))
    return Analysis(text, (toponym(text, name, place),), (), (claim,))


def overlaps(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and a["right"] > b["left"] and a["top"] < b["bottom"] \
        and a["bottom"] > b["top"]


def test_badges_keep_clear_of_a_tall_time_control(chrome, tmp_path):
    analyses = [article(n, lat, lon, i) for i, (n, lat, lon) in enumerate(TOWNS)]
    # dates out of input order: the panel lists them by date
    dates = [f"2026-11-{(7 * i) % 30 + 1:02d}" for i in range(len(TOWNS))]
    titles = [f"Strike on {n}" for n, _, _ in TOWNS]
    path = save_html(analyses, tmp_path / "thirty.html", offline=True, titles=titles,
                     dates=dates)
    open_map(chrome, path)
    (panel,) = screen_rects(chrome, ".geo-time")
    (box,) = screen_rects(chrome, ".folium-map")
    assert panel["height"] > 0.4 * box["height"]  # the case: too tall for the foot
    badges = screen_rects(chrome, ".geo-claim-icon")
    assert len(badges) == len(TOWNS)
    for b in badges:
        assert not overlaps(b, panel), (b, panel)
        assert box["left"] <= b["left"] and b["right"] <= box["right"]
    labels = chrome.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.geo-time label'),"
        " function (l) { return l.textContent.trim(); });")
    assert [x[:10] for x in labels] == sorted(dates)
    # each checkbox still drives its own article
    first = dates.index(min(dates))
    chrome.execute_script("document.querySelectorAll('.geo-time-article')[0].click()")
    assert chrome.execute_script(
        "return document.querySelectorAll('.geo-claim-icon').length") == len(TOWNS) - 1
    shown = chrome.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.geo-claim-icon'),"
        " function (e) { return e.textContent.trim(); });")
    assert f"{first + 1}.1" not in shown
    assert console_errors(chrome) == [] and remote_requests(chrome) == []
