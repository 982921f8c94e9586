"""Crowded claim badges stay by their places (headless Chromium, the network off): what
finds no free spot near its place is counted in a "+n" badge there, which a click or a
zoom spreads out; never a row of badges pushed across the map. Skipped, saying why,
where Chromium or chromedriver is absent."""

from __future__ import annotations

import pytest

from geo.model import Analysis, Claim
from geo.render import save_html

from . import test_render_browser as _browser
from .test_render import toponym
from .test_render_browser import CHROMIUM, console_errors, open_map, screen_rects
from .test_render_browser_maps14 import overlaps
from .test_render_maps14 import OKC, TULSA, TULSA_COUNTY

chrome, loopback_only = _browser.chrome, _browser.loopback_only  # the fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed "
                       "(apt-get install chromium chromium-driver)"),
]

N = 40  # claims: like a front's many claims in a corpus at its opening view


def many_claims() -> Analysis:
    """Forty claims, alternately at a city and its county's centre (5 km apart), and
    one at a city 150 km away."""
    sentences = [f"Shelling hit {'Tulsa' if i % 2 == 0 else 'Tulsa County'} again, "
                 f"report {i}." for i in range(N)] + ["Oklahoma City was calm."]
    text = " ".join(sentences)
    tops, claims, start = [], [], 0
    for i, sentence in enumerate(sentences):
        name, place = (("Tulsa", TULSA) if i % 2 == 0 else ("Tulsa County", TULSA_COUNTY)) \
            if i < N else ("Oklahoma City", OKC)
        at = text.index(name, start)
        nth = text[:at].count(name)
        tops.append(toponym(text, name, place, nth))
        end = start + len(sentence)
        claims.append(Claim(start, end, text[start:end], "officials", "said", "asserted",
                            toponyms=(i,)))
        start = end + 1
    return Analysis(text, tuple(tops), (), tuple(claims))


def shown(driver) -> list[dict]:
    return driver.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll("
        "'.geo-claim-icon, .geo-count'), function (e) {"
        " return getComputedStyle(e).visibility !== 'hidden'; }).map(function (e) {"
        " var r = e.getBoundingClientRect(); return {left: r.left, right: r.right,"
        " top: r.top, bottom: r.bottom, count: e.classList.contains('geo-count') ?"
        " +e.textContent.slice(1) : 0}; });")


def check_layout(driver) -> int:
    """Badges and count badges: none over another, each within 48 px (and its own size)
    of a place's marker, all claims shown or counted. Returns how many are counted."""
    badges = shown(driver)
    places = [r for r in screen_rects(driver, ".geo-place-icon") if r["width"]]
    for i, a in enumerate(badges):
        for b in badges[i + 1:]:
            assert not overlaps(a, b), (a, b)
        cx, cy = (a["left"] + a["right"]) / 2, (a["top"] + a["bottom"]) / 2
        assert any(abs(cx - (p["left"] + p["right"]) / 2) <= 48 + 20
                   and abs(cy - (p["top"] + p["bottom"]) / 2) <= 48 + 32 for p in places), a
    counted = sum(b["count"] for b in badges)
    assert len([b for b in badges if not b["count"]]) + counted == N + 1
    return counted


def test_crowded_badges_stay_by_their_places_and_a_count_badge_spreads_them(
        chrome, tmp_path, mini_gazetteer):
    chrome.set_window_size(1000, 700)
    path = save_html(many_claims(), tmp_path / "crowd.html", offline=True,
                     gazetteer=mini_gazetteer)
    name = open_map(chrome, path)
    chrome.execute_script(f"window.{name}.geo.declutter();")
    counted = check_layout(chrome)
    assert counted > 0  # forty badges do not fit around two points 5 km apart
    zoom = chrome.execute_script(f"return window.{name}.getZoom();")
    chrome.execute_script("document.querySelector('.geo-count').click();")
    chrome.execute_script(f"window.{name}.geo.declutter();")
    assert chrome.execute_script(f"return window.{name}.getZoom();") > zoom
    assert check_layout(chrome) < counted  # zoomed in: more of them shown
    assert console_errors(chrome) == []


def test_every_place_a_claim_names_keeps_its_label_among_crowded_badges(
        chrome, tmp_path, mini_gazetteer):
    """A claim's place is named on the map and in print, whatever crowds it (the
    county's name was hidden by its city's badges; Khan Younis in tester30's Gaza PNG)."""
    chrome.set_window_size(1000, 700)
    path = save_html(many_claims(), tmp_path / "crowd.html", offline=True,
                     gazetteer=mini_gazetteer)
    name = open_map(chrome, path)
    chrome.execute_script(f"window.{name}.geo.declutter();")
    shown_labels = chrome.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('.geo-label'),"
        " function (e) { return getComputedStyle(e).visibility !== 'hidden'; })"
        ".map(function (e) { return e.textContent; });")
    assert {"Tulsa", "Tulsa County", "Oklahoma City"} <= set(shown_labels), shown_labels
