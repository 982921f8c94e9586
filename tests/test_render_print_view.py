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


# --------------------------------------------------------------------------- labels

POKROVSK = Place(708547, "Pokrovsk", "place", "UA", 48.28198, 37.17585, "05", "Donetsk",
                 "Ukraine", 60000)
MYRNOHRAD = Place(709161, "Myrnohrad", "place", "UA", 48.30246, 37.26274, "05", "Donetsk",
                  "Ukraine", 47000)
UDACHNE = Place(690841, "Udachne", "place", "UA", 48.241, 36.992, "05", "Donetsk", "Ukraine",
                2000)
RUSSIA = Place(2017370, "Russia", "country", "RU", 60.0, 100.0, population=140000000)


def cluster(title_name: str) -> Analysis:
    body = ("Troops took Udachne and Dimitrov near Krasnoarmeysk and Udachne, "
            "the ministry in Russia said.")
    text = f"Battle near {title_name}\n\n{body}"
    names = {"Udachne": UDACHNE, "Dimitrov": MYRNOHRAD, "Krasnoarmeysk": POKROVSK,
             "Russia": RUSSIA}
    i = text.index("\n\n") + 2
    tops = tuple(toponym(text, n, p, 1 if n in title_name else 0) for n, p in names.items())
    claim = Claim(i, len(text), text[i:], "the ministry", "said", "asserted",
                  toponyms=(0, 1, 2))
    return Analysis(text=text, toponyms=tops, claims=(claim,))


def test_the_headline_place_ranks_first_and_keeps_its_label_in_a_crowd():
    from geo.render.figure import draw_figure

    scene = build_scene(cluster("Krasnoarmeysk"))
    ranks = {m.label: m.priority for m in scene.places}
    assert ranks["Krasnoarmeysk"] < ranks["Udachne"] == ranks["Dimitrov"]
    # A small print: the three villages' labels cannot all fit; the headline's does.
    fig = draw_figure(cluster("Krasnoarmeysk"), width=260, height=200)
    shown = {t.get_text() for t in fig.axes[0].texts if t.get_visible()}
    assert "Krasnoarmeysk" in shown
    fig = draw_figure(cluster("Udachne"), width=260, height=200)
    shown = {t.get_text() for t in fig.axes[0].texts if t.get_visible()}
    assert "Udachne" in shown


def test_a_country_point_carries_its_name_on_screen_and_in_print():
    """A country's diamond is no unnamed mark: its label is the country's name as the
    text writes it, in the page (shown in print too: no geo-unnamed class) and in the
    static figure, where the declutter may hide it as any label of its rank."""
    from geo.render import render, to_html
    from geo.render.figure import draw_figure

    analysis = cluster("Krasnoarmeysk")
    scene = build_scene(analysis)
    (russia,) = [m for m in scene.places if m.kind == "country"]
    assert russia.label == "Russia" and not russia.screen_only
    fig = draw_figure(analysis, width=800, height=600)
    xy = [tuple(line.get_xydata()[0]) for line in fig.axes[0].lines if len(line.get_xydata())]
    assert (RUSSIA.lon, RUSSIA.lat) in xy
    assert "Russia" in [t.get_text() for t in fig.axes[0].texts]
    page = to_html(render(analysis, tiles=None, offline=False))
    assert "geo-country-icon geo-place-icon geo-unnamed" not in page
    assert '"label":"Russia"' in page.replace(" ", "")


# --------------------------------------------------------------------------- titles


def test_stacked_marks_are_thinned_in_displayed_titles():
    from geo.render.folium_map import title_of

    zalgo = "".join(ch + "\u0301\u0317\u0358" * 8 for ch in "Drones hit Kharkiv")
    title = title_of(Analysis(text="x"), zalgo)
    assert title.startswith("D\u0301\u0317r\u0301\u0317o")
    assert "".join(c for c in title if c.isascii()) == "Drones hit Kharkiv"
    # a script's own two diacritics stay: Vietnamese "Việt Nam", NFD
    viet = "Vie\u0323\u0302t Nam"
    assert title_of(Analysis(text="x"), viet) == viet


# --------------------------------------------------------------------------- legend, continents

AFRICA = Place(6255146, "Africa", "other", "", 7.1881, 21.0938, population=1000000000)
ASIA = Place(6255147, "Asia", "other", "", 29.8406, 89.2969, population=4000000000)


def test_a_continent_heading_is_no_point_beside_the_story_places():
    text = ("Wars at a glance\n\nAFRICA\n\nRussian drones struck Kharkiv, the governor said.\n\n"
            "ASIA\n\nTalks went on.")
    tops = (toponym(text, "AFRICA", AFRICA), toponym(text, "Kharkiv", KHARKIV),
            toponym(text, "ASIA", ASIA))
    i = text.index("Russian")
    claim = Claim(i, text.index(".", i) + 1, "x", "the governor", "said", "asserted",
                  toponyms=(1,))
    scene = build_scene(Analysis(text=text, toponyms=tops, claims=(claim,)))
    assert [m.name for m in scene.places] == ["Kharkiv"]
    # A continent a claim is about stays; and alone it is the map.
    about = Claim(i, text.index(".", i) + 1, "x", "the governor", "said", "asserted",
                  toponyms=(0, 1))
    scene = build_scene(Analysis(text=text, toponyms=tops, claims=(about,)))
    assert [m.name for m in scene.places] == ["Africa", "Kharkiv"]
    alone = build_scene(Analysis(text="AFRICA\n\nTalks.", toponyms=(
        toponym("AFRICA\n\nTalks.", "AFRICA", AFRICA),)))
    assert [m.name for m in alone.places] == ["Africa"]


def test_the_legend_says_why_a_place_is_disputed_when_no_claim_is():
    from geo.render.legend import legend_html

    text = "Clashes\n\nRussia said it took Kharkiv. Ukraine denied it took Kharkiv."
    tops = (toponym(text, "Kharkiv", KHARKIV, 0), toponym(text, "Kharkiv", KHARKIV, 1))
    a = Claim(9, 37, text[9:37], "Russia", "said", "asserted", toponyms=(0,))
    b = Claim(38, len(text), text[38:], "Ukraine", "denied", "denied", toponyms=(1,),
              responds_to=0)
    scene = build_scene(Analysis(text=text, toponyms=tops, claims=(a, b)))
    assert "disputed" in scene.statuses
    assert scene.status_label("disputed") == "Disputed: claims about it disagree"
    assert scene.status_label("asserted") == "Claimed (asserted)"
    assert "Disputed: claims about it disagree" in legend_html(scene)


def test_a_print_shows_no_hover_tooltip():
    from geo.render import render, to_html

    text = "Drones hit Kharkiv\n\nRussian drones struck Kharkiv overnight, the governor said."
    page = to_html(render(one_city(text, {"Kharkiv": KHARKIV}, "Kharkiv"), tiles=None,
        offline=False))
    assert ".geo-static .leaflet-tooltip:not(.geo-label):not(.geo-inset-label){display:none}" \
        in page


def test_the_legend_row_of_country_points_is_printed_as_they_are():
    from geo.render.legend import legend_html

    from .test_render import UKRAINE

    text = "Drones hit Kharkiv\n\nRussian drones struck Kharkiv in Ukraine, the governor said."
    tops = (toponym(text, "Kharkiv", KHARKIV, 1), toponym(text, "Ukraine", UKRAINE))
    claim = Claim(20, len(text), text[20:], "the governor", "said", "asserted", toponyms=(0,))
    scene = build_scene(Analysis(text=text, toponyms=tops, claims=(claim,)))
    assert {m.kind for m in scene.places} >= {"place", "country"}
    # a country's point is named (the row is printed as its marks are)
    assert not any(m.screen_only for m in scene.places if m.kind == "country")
    legend = legend_html(scene)
    country_row = legend[: legend.index("country (label point)")].rsplit("geo-row", 1)[1]
    city_row = legend[: legend.index("city, town or village")].rsplit("geo-row", 1)[1]
    assert "geo-unnamed" not in country_row and "geo-unnamed" not in city_row
