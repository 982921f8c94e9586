"""Maps for print: the view of a one-city article, places beside it, label priority."""

from __future__ import annotations

from geo.geometry import distance_km
from geo.model import Analysis, Claim, Place
from geo.render.frame import MIN_VIEW_KM, near_core, widen
from geo.render.scene import build_scene

from .test_render import SUMY, toponym

KHARKIV = Place(706483, "Kharkiv", "place", "UA", 49.98081, 36.25272, "07", "Kharkiv", "Ukraine",
                1430885)
CHUHUIV = Place(711349, "Chuhuiv", "place", "UA", 49.83559, 36.68861, "07", "Kharkiv",
                "Ukraine", 33000)
POLTAVA = Place(696643, "Poltava", "place", "UA", 49.59373, 34.54073, "18", "Poltava",
                "Ukraine", 300000)


def one_city(text: str, places: dict[str, Place], claim_about: str) -> Analysis:
    tops = tuple(toponym(text, name, place) for name, place in places.items())
    i = text.index("\n\n") + 2
    about = tuple(k for k, name in enumerate(places) if name == claim_about)
    claim = Claim(i, len(text), text[i:], "the governor", "said", "asserted", toponyms=about)
    return Analysis(text=text, toponyms=tops, claims=(claim,))


def spans_km(box) -> tuple[float, float]:
    s, w, n, e = box
    mid = (s + n) / 2
    return distance_km((s, w), (n, w)), distance_km((mid, w), (mid, e))


def test_one_city_is_framed_at_a_regional_scale():
    text = "Drones hit Kharkiv\n\nRussian drones struck Kharkiv overnight, the governor said."
    scene = build_scene(one_city(text, {"Kharkiv": KHARKIV}, "Kharkiv"))
    ns, we = spans_km(scene.frame)
    assert MIN_VIEW_KM - 1 <= ns <= MIN_VIEW_KM + 1 and MIN_VIEW_KM - 1 <= we <= MIN_VIEW_KM + 1
    s, w, n, e = scene.frame  # centred on the city
    assert abs((s + n) / 2 - KHARKIV.lat) < 0.01 and abs((w + e) / 2 - KHARKIV.lon) < 0.01
    assert scene.far == ()


def test_two_villages_a_few_km_apart_get_the_same_regional_view():
    text = ("Strikes on Kharkiv and Chuhuiv\n\n"
            "Russian drones struck Kharkiv and Chuhuiv overnight, the governor said.")
    scene = build_scene(one_city(text, {"Kharkiv": KHARKIV, "Chuhuiv": CHUHUIV}, "Kharkiv"))
    ns, we = spans_km(scene.frame)
    assert ns >= MIN_VIEW_KM - 1 and we >= MIN_VIEW_KM - 1


def test_a_headline_city_145_km_away_is_on_the_main_map_not_the_inset():
    text = ("Drones hit Kharkiv and Sumy\n\n"
            "Russian drones struck Kharkiv overnight, the governor said.")
    scene = build_scene(one_city(text, {"Kharkiv": KHARKIV, "Sumy": SUMY}, "Kharkiv"))
    s, w, n, e = scene.frame
    assert s <= SUMY.lat <= n and w <= SUMY.lon <= e
    assert s <= KHARKIV.lat <= n and w <= KHARKIV.lon <= e
    assert scene.far == ()


def test_a_place_far_from_the_front_still_goes_to_the_inset():
    text = ("Drones hit Kharkiv, talks in Istanbul\n\n"
            "Russian drones struck Kharkiv overnight, the governor said.")
    istanbul = Place(745044, "Istanbul", "place", "TR", 41.01384, 28.94966, "34", "Istanbul",
                     "Turkey", 15701602)
    scene = build_scene(one_city(text, {"Kharkiv": KHARKIV, "Istanbul": istanbul}, "Kharkiv"))
    assert [m.label for m in scene.far] == ["Istanbul"]
    ns, _ = spans_km(scene.frame)
    assert ns < MIN_VIEW_KM + 1


def test_widen_and_near_core_leave_wide_views_and_far_points_alone():
    wide = (45.0, 30.0, 52.0, 40.0)
    assert widen(wide) == wide
    assert widen(None) is None and near_core(None, [(1.0, 2.0)]) is None
    core = (KHARKIV.lat, KHARKIV.lon, KHARKIV.lat, KHARKIV.lon)
    grown = near_core(core, [(SUMY.lat, SUMY.lon), (41.0, 28.9)])  # Sumy in, Istanbul out
    assert grown == (KHARKIV.lat, SUMY.lon, SUMY.lat, KHARKIV.lon)
    # Poltava (~130 km) joins; widening keeps the points inside and stops short of a pole.
    s, w, n, e = widen(near_core(core, [(POLTAVA.lat, POLTAVA.lon)]))
    assert s <= POLTAVA.lat and w <= POLTAVA.lon and n >= KHARKIV.lat and e >= KHARKIV.lon
    polar = widen((83.9, 10.0, 83.9, 10.0))
    assert polar[2] <= 84.0
