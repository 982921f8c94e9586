"""A view that spans two countries (strikes on Gaza's camps and in southern Lebanon, 250 km
apart) keeps the names of a tight cluster of places a few pixels apart: a label that
collides on every side is tried at its marker's four corners before it is hidden, in the
SVG/PNG figure and on the HTML map (opened in headless Chromium, as the other browser
tests are)."""

from __future__ import annotations

import pytest

from geo.model import Analysis, Claim, Place
from geo.render import save_html
from geo.render.figure import draw_figure

from . import test_render_browser as _browser
from .test_render import toponym
from .test_render_browser import CHROMIUM, console_errors, open_map

chrome, loopback_only = _browser.chrome, _browser.loopback_only  # the fixtures

TEXT = ("Strikes hit Gaza camps as fighting spreads north\n\n"
        "Air strikes hit Nuseirat and Bureij in central Gaza, medics said. "
        "Strikes also hit Jabalia and Khan Younis, residents said. "
        "In Lebanon, strikes on Nabatieh and Tyre killed four people, officials said. "
        "Rockets hit Kiryat Shmona, the army said. Jets struck Baalbek, witnesses said.")
CLUSTER = {"Gaza": (31.50161, 34.46672), "Nuseirat": (31.44861, 34.3925),
           "Bureij": (31.43944, 34.40306), "Jabalia": (31.5272, 34.48347),
           "Khan Younis": (31.34018, 34.30627)}
NORTH = {"Nabatieh": (33.37889, 35.48389), "Tyre": (33.27333, 35.19389),
         "Kiryat Shmona": (33.21204, 35.57044), "Baalbek": (34.00583, 36.21806)}


def wide_analysis() -> Analysis:
    places = {name: Place(9000 + i, name, "place", "PS" if name in CLUSTER else "LB", lat, lon)
              for i, (name, (lat, lon)) in enumerate({**CLUSTER, **NORTH}.items())}
    names = ["Gaza", "Nuseirat", "Bureij", "Jabalia", "Khan Younis", "Nabatieh", "Tyre",
             "Kiryat Shmona", "Baalbek"]
    tops = tuple(toponym(TEXT, n, places[n], 1 if n == "Gaza" else 0) for n in names)
    claims, start = [], TEXT.index("Air")
    for about in ((1, 2), (3, 4), (5, 6), (7,), (8,)):
        end = TEXT.index(".", start) + 1
        claims.append(Claim(start, end, TEXT[start:end], "officials", "said", "asserted",
                            toponyms=about))
        start = end + 1
    return Analysis(TEXT, tops, (), tuple(claims))


def test_a_tight_cluster_keeps_its_names_in_a_wide_figure():
    fig = draw_figure(wide_analysis(), width=1200, height=800)
    shown = {t.get_text() for t in fig.axes[0].texts if t.get_visible()}
    assert set(CLUSTER) <= shown, set(CLUSTER) - shown
    assert set(NORTH) <= shown


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed "
                    "(apt-get install chromium chromium-driver)")
def test_a_tight_cluster_keeps_its_names_on_a_wide_page(chrome, tmp_path, mini_gazetteer):
    chrome.set_window_size(1200, 800)
    path = save_html(wide_analysis(), tmp_path / "wide.html", offline=True,
                     gazetteer=mini_gazetteer)
    open_map(chrome, path)
    chrome.execute_script(
        "var m = document.querySelector('.folium-map'); window[m.id].geo.declutter();")
    shown = chrome.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('.geo-label'),"
        " function (e) { var r = e.getBoundingClientRect();"
        " return r.width && getComputedStyle(e).visibility !== 'hidden'; })"
        ".map(function (e) { return e.textContent; });")
    assert set(CLUSTER) <= set(shown), set(CLUSTER) - set(shown)
    assert console_errors(chrome) == []
