"""Prints in a browser: the overview inset's names never overlap nor run past its edge."""

from __future__ import annotations

from geo.model import Analysis, Claim, Place
from geo.render import save_html

from .test_render import toponym
from .test_render_browser import chrome, loopback_only, open_map, screen_rects  # noqa: F401

KHARKIV = Place(706483, "Kharkiv", "place", "UA", 49.98081, 36.25272, "07", "Kharkiv", "Ukraine",
                1430885)
FAR = {
    "Cairo": (30.0444, 31.2357), "Giza": (30.0131, 31.2089), "Alexandria": (31.2001, 29.9187),
    "Port Said": (31.2565, 32.2841), "Suez": (29.9668, 32.5498), "Ismailia": (30.6043, 32.2723),
    "Lisbon": (38.7223, -9.1393),
}


def crowded_inset() -> Analysis:
    names = " and ".join(FAR)
    text = (f"Strike on Kharkiv\n\nRussian drones struck Kharkiv overnight, the governor said. "
            f"Envoys from {names} met later.")
    tops = [toponym(text, "Kharkiv", KHARKIV, 1)]
    for i, (name, (lat, lon)) in enumerate(FAR.items()):
        place = Place(1000 + i, name, "place", "EG", lat, lon, "01", "", "Egypt", 100000)
        tops.append(toponym(text, name, place))
    i = text.index("Russian")
    j = text.index(".", i) + 1
    claim = Claim(i, j, text[i:j], "the governor", "said", "asserted", toponyms=(0,))
    return Analysis(text=text, toponyms=tuple(tops), claims=(claim,))


def test_inset_names_do_not_overlap_or_run_off_it(chrome, tmp_path, gazetteer):  # noqa: F811
    chrome.set_window_size(1200, 800)
    path = save_html(crowded_inset(), tmp_path / "inset.html", offline=True,
                     gazetteer=gazetteer)
    open_map(chrome, path)
    chrome.execute_script("window.dispatchEvent(new Event('resize'))")
    (inset,) = screen_rects(chrome, ".geo-inset")
    labels = chrome.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.geo-inset-label'),"
        " function (e) { var r = e.getBoundingClientRect();"
        " return [getComputedStyle(e).visibility, r.left, r.top, r.right, r.bottom]; });")
    shown = [box for vis, *box in labels if vis != "hidden"]
    assert len(labels) == len(FAR) and 1 <= len(shown) < len(FAR)
    for left, top, right, bottom in shown:
        assert inset["left"] <= left and right <= inset["right"]
        assert inset["top"] <= top and bottom <= inset["bottom"]
    for a, b in ((a, b) for i, a in enumerate(shown) for b in shown[i + 1:]):
        assert not (a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]), (a, b)
