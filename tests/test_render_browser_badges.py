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
