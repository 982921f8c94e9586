"""Claim badges at places a few km apart never cover each other (headless Chromium, the
network off); skipped, saying why, where Chromium or chromedriver is absent."""

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

TEXT = ("Roads closed in Tulsa. Schools shut in Tulsa County. Power failed in Tulsa. "
        "Shelters filled in Tulsa County. Bridges closed in Tulsa. Water rose in Tulsa County. "
        "Oklahoma City was spared.")


def crowded_claims() -> Analysis:
    """Three claims at a city and three at its county's centre, 5 km apart."""
    tops = tuple(toponym(TEXT, name, place, nth) for name, place, nth in (
        ("Tulsa", TULSA, 0), ("Tulsa County", TULSA_COUNTY, 0), ("Tulsa", TULSA, 2),
        ("Tulsa County", TULSA_COUNTY, 1), ("Tulsa", TULSA, 4), ("Tulsa County", TULSA_COUNTY, 2),
        ("Oklahoma City", OKC, 0)))
    claims, start = [], 0
    for i in range(6):
        end = TEXT.index(".", start) + 1
        claims.append(Claim(start, end, TEXT[start:end], "officials", "said", "asserted",
                            toponyms=(i,)))
        start = end + 1
    return Analysis(TEXT, tops, (), tuple(claims))


def test_badges_a_few_km_apart_keep_clear_of_each_other(chrome, tmp_path, mini_gazetteer):
    chrome.set_window_size(1000, 700)
    path = save_html(crowded_claims(), tmp_path / "badges.html", offline=True,
                     gazetteer=mini_gazetteer)
    open_map(chrome, path)
    chrome.execute_script(
        "var m = document.querySelector('.folium-map'); window[m.id].geo.declutter();")
    badges = [r for r in screen_rects(chrome, ".geo-claim-icon") if r["width"]]
    assert len(badges) == 6
    for i, a in enumerate(badges):
        for b in badges[i + 1:]:
            assert not overlaps(a, b), (a, b)
    assert console_errors(chrome) == []


def leader_lines(driver) -> list[dict]:
    """The leader lines' ends in the page's pixels (client coordinates)."""
    return driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('svg.geo-leaders line'),"
        " function (l) { var r = l.ownerSVGElement.getBoundingClientRect();"
        " return {x1: r.left + +l.getAttribute('x1'), y1: r.top + +l.getAttribute('y1'),"
        " x2: r.left + +l.getAttribute('x2'), y2: r.top + +l.getAttribute('y2')}; });")


def test_a_moved_badge_keeps_a_leader_line_to_its_place(chrome, tmp_path, mini_gazetteer):
    """Badges moved off their places (beside the other claims of a place, around a
    neighbour's) are tied to them by a thin line: from the place's marker to the badge's
    nearest edge; a badge above its own place gets none; the lines follow a zoom."""
    chrome.set_window_size(1000, 700)
    path = save_html(crowded_claims(), tmp_path / "badges.html", offline=True,
                     gazetteer=mini_gazetteer)
    open_map(chrome, path)

    def centre(r):
        return r["left"] + r["width"] / 2, r["top"] + r["height"] / 2

    def check() -> int:
        lines = leader_lines(chrome)
        badges = [r for r in screen_rects(chrome, ".geo-claim-icon") if r["width"]]
        places = [r for r in screen_rects(chrome, ".geo-place-icon") if r["width"]]
        assert len(badges) == 6
        for line in lines:
            assert any(abs(line["x1"] - centre(p)[0]) < 2 and abs(line["y1"] - centre(p)[1]) < 2
                       for p in places), line
        for b in badges:
            above = any(b["left"] <= centre(p)[0] + 10 and b["right"] >= centre(p)[0] - 10
                        and centre(p)[1] - 20 <= b["bottom"] <= centre(p)[1] for p in places)
            tied = [line for line in lines
                    if b["left"] - 1 <= line["x2"] <= b["right"] + 1
                    and b["top"] - 1 <= line["y2"] <= b["bottom"] + 1
                    and (abs(line["x2"] - b["left"]) < 1.5 or abs(line["x2"] - b["right"]) < 1.5
                         or abs(line["y2"] - b["bottom"]) < 1.5
                         or abs(line["y2"] - b["top"]) < 1.5)]
            assert above or tied, (b, lines)
        return len(lines)

    assert 3 <= check() <= 5  # each place's first badge stays put, the others move
    chrome.execute_script("var m = document.querySelector('.folium-map');"
                          " window[m.id].setZoom(window[m.id].getZoom() + 3, {animate: false});")
    chrome.execute_script(
        "var m = document.querySelector('.folium-map'); window[m.id].geo.declutter();")
    # zoomed in, Tulsa and its county's centre are far apart: only each place's own
    # second and third badges still need a line
    assert check() == 4
    assert console_errors(chrome) == []
    one = Analysis(TEXT, crowded_claims().toponyms, (), crowded_claims().claims[:1])
    open_map(chrome, save_html(one, tmp_path / "one.html", offline=True,
                               gazetteer=mini_gazetteer))
    assert leader_lines(chrome) == []
