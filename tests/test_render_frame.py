"""Maps a reader trusts (issue 13): framing and inset, speakers, the dateline, labels,
a basemap with no holes, estimated places, statements that cannot be drawn, answers.

Analyses are built by hand (the text stage fills ``metonymic``, ``estimated``,
``side`` and ``responds_to``); the browser checks are in
``test_render_browser.py``.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import replace

import pytest
import shapely
from shapely.geometry import Point, Polygon, box

from geo.geometry import between, distance_km, ring
from geo.model import Analysis, Claim, Feature, Place, Toponym
from geo.render import render, to_geojson, to_html
from geo.render.basemap import build_basemap, context_box
from geo.render.frame import frame, longitude_window, take_in, unwrap
from geo.render.placement import label_point, place_label
from geo.render.scene import build_corpus_scene, build_scene

from .test_render import (
    ISTANBUL,
    KURSK_OBLAST,
    MOSCOW,
    SUMY,
    SUMY_OBLAST,
    example_analysis,
    sample_analysis,
    toponym,
)

SUVA = Place(2198148, "Suva", "place", "FJ", -18.14161, 178.44149, "C", "Central", "Fiji", 77366)
ANADYR = Place(2127202, "Anadyr", "place", "RU", 64.7337, 177.5089, "15", "", "Russia", 11000)
NOME = Place(5870133, "Nome", "place", "US", 64.5011, -165.4064, "AK", "Alaska",
             "United States", 3800)
KYIV = Place(703448, "Kyiv", "place", "UA", 50.45466, 30.5238, "12", "Kyiv City", "Ukraine",
             2797553)
KYIV_OBLAST = Place(703446, "Kyiv", "admin1", "UA", 50.25, 30.5, "13", "", "Ukraine")


def lon_span(geometry) -> float:
    w, _, e, _ = geometry.bounds
    return e - w


# --------------------------------------------------------------------------- framing


def test_frame_fits_the_front_and_sends_far_places_to_the_inset(mini_gazetteer):
    scene = build_scene(example_analysis(), gazetteer=mini_gazetteer)
    s, w, n, e = scene.frame
    # The Sumy ring and the Kursk region are in view ...
    assert s <= SUMY.lat - 0.14 and n >= KURSK_OBLAST.lat and w <= SUMY.lon - 0.2
    # ... Moscow (named as an accuser) and Istanbul (the talks' venue) are not: inset.
    assert not (s <= MOSCOW.lat <= n and w <= MOSCOW.lon <= e)
    assert not (s <= ISTANBUL.lat <= n)
    far = {m.label for m in scene.far}
    # claims' places far away, Kyiv in passing (labelled as the text writes it: "Kiev")
    assert {"Moscow", "Istanbul", "Kiev"} <= far
    assert "Sumy" not in far
    es, _ew, en, _ee = scene.extent
    assert es <= ISTANBUL.lat and en >= MOSCOW.lat  # the inset shows them all
    page = to_html(render(example_analysis(), gazetteer=mini_gazetteer, tiles=None, offline=False))
    assert "geo-inset leaflet-control" in page
    assert "Istanbul" in page


def test_frame_is_geodesic_and_deterministic():
    core = [(50.76, 34.57, 51.06, 35.03)]  # a 16 km ring around Sumy
    near_kursk = (51.73, 36.18)  # ~150 km away: within reach
    kyiv = (50.45, 30.52)  # ~300 km: outside
    f = frame(core, [near_kursk, kyiv])
    assert f.outside == (1,)
    assert frame(core, [near_kursk, kyiv]) == f
    # No spatial statement: the claims' places are the frame, all of them.
    assert frame([], [near_kursk, kyiv]).outside == ()


def test_ring_is_big_enough_at_1400x900(mini_gazetteer):
    """The seed's kind of article: the 16 km ring at least 40 px across at the first view."""
    scene = build_scene(example_analysis(), gazetteer=mini_gazetteer)
    s, w, n, e = scene.frame
    import math

    def merc_y(lat):
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    # Leaflet's fitBounds with the padding FitView uses (80 px across, 130 px down).
    zoom_x = math.log2((1400 - 80) / ((e - w) / 360 * 256))
    zoom_y = math.log2((900 - 130) / ((merc_y(n) - merc_y(s)) / (2 * math.pi) * 256))
    zoom = math.floor(min(zoom_x, zoom_y, 11) * 4) / 4
    ring_shape = next(x for x in scene.shapes if x.kind == "ring" and x.role == "area")
    rw, _, re_, _ = ring_shape.geometry.bounds
    px = (re_ - rw) / 360 * 256 * 2**zoom
    assert px >= 40, px


# --------------------------------------------------------------------------- speakers


def speaker_analysis() -> Analysis:
    text = ("Moscow said its troops took the village near Sumy. "
            "Kyiv denied that the village near Sumy fell.")
    tops = (
        Toponym(0, 6, "Moscow", MOSCOW, 0.9, metonymic=True),
        toponym(text, "Sumy", SUMY, 0),
        Toponym(text.index("Kyiv"), text.index("Kyiv") + 4, "Kyiv", KYIV, 0.9, metonymic=True),
        toponym(text, "Sumy", SUMY, 1),
    )
    i = text.index("Kyiv")
    claims = (
        Claim(0, i - 1, text[:i - 1], "Moscow", "said", "asserted", toponyms=(0, 1), side="RU"),
        Claim(i, len(text), text[i:], "Kyiv", "denied", "denied", toponyms=(2, 3), side="UA",
              responds_to=0),
    )
    return Analysis(text=text, toponyms=tops, claims=claims)


def test_no_badge_on_a_speaking_capital_and_the_speaker_in_the_popup():
    a = speaker_analysis()
    scene = build_scene(a)
    for badge in scene.claims:
        assert (badge.lat, badge.lon) == (SUMY.lat, SUMY.lon)  # not on Moscow nor Kyiv
    kinds = {m.name: m.kind for m in scene.places}
    assert kinds["Moscow"] == "speaker" and kinds["Kyiv"] == "speaker"
    assert kinds["Sumy"] == "place"
    moscow = next(m for m in scene.places if m.name == "Moscow")
    assert not moscow.frames and "Named as a speaker" in moscow.popup
    # The claim popup names the speaker; the frame ignores the speakers.
    assert "Moscow (said)" in scene.claims[0].popup
    s, w, n, e = scene.frame
    assert not (s <= MOSCOW.lat <= n and w <= MOSCOW.lon <= e)
    page = to_html(render(a, tiles=None, offline=False))
    assert "speaker" in page


def test_answers_and_sides():
    scene = build_scene(speaker_analysis())
    first, denial = scene.claims
    # "Russia says ... — Ukraine denies", in both popups.
    assert "Moscow says" in denial.popup and "Kyiv denies" in denial.popup
    assert "Kyiv denies" in first.popup
    assert {m.side for m in scene.claims} == {"RU", "UA"}
    m = render(speaker_analysis(), tiles=None, offline=False)
    labels = [label for label, _ in list(m._children.values())[-1].layers]
    assert "Claims: Russia (RU)" in labels and "Claims: Ukraine (UA)" in labels


class _Countries:
    """A gazetteer that knows only country names (as geo.Gazetteer.country_name)."""

    def country_name(self, code: str) -> str:
        return {"RU": "Russia", "UA": "Ukraine"}.get(code, code)


def _side_layers(analysis: Analysis, gazetteer=None) -> list[str]:
    m = render(analysis, tiles=None, gazetteer=gazetteer, offline=False)
    return [label for label, _ in list(m._children.values())[-1].layers]


def test_a_side_no_place_of_the_text_lies_in_is_named_as_the_others():
    """'The Russian defence ministry said ...' names no place in Russia: its layer is
    still "Claims: Russia (RU)" (the gazetteer's name, else the claim's party), never
    "Claims: RU" beside "Claims: Ukraine (UA)"."""
    text = "The Russian defence ministry said it took Sumy. Kyiv denied that Sumy fell."
    i = text.index("Kyiv")
    tops = (toponym(text, "Sumy", SUMY, 0),
            Toponym(i, i + 4, "Kyiv", KYIV, 0.9, metonymic=True), toponym(text, "Sumy", SUMY, 1))
    claims = (Claim(0, i - 1, text[:i - 1], "Russian defence ministry", "said", "asserted",
                    toponyms=(0,), side="RU"),
              Claim(i, len(text), text[i:], "Kyiv", "denied", "denied", toponyms=(1, 2),
                    side="UA", responds_to=0))
    a = Analysis(text=text, toponyms=tops, claims=claims)
    labels = _side_layers(a, _Countries())
    assert "Claims: Russia (RU)" in labels and "Claims: Ukraine (UA)" in labels
    assert "Claims: RU" not in labels
    party = replace(a, claims=(replace(claims[0], party="Russia"), claims[1]))
    assert ("RU", "RU") in build_scene(a).sides  # no gazetteer, no party: the code alone
    assert ("RU", "Russia") in build_scene(party).sides  # no gazetteer: the claim's party


def test_a_side_named_by_a_hostile_party_reaches_the_page_only_escaped():
    """A side the gazetteer does not know is named by its claim's party: text of the
    article, so the layer control gets it HTML-escaped, never as markup or template."""
    a = speaker_analysis()
    bad = "<img src=x onerror=alert(1)>{{7*7}}"
    a = replace(a, claims=(replace(a.claims[0], side="XX", party=bad), a.claims[1]))
    assert ("XX", bad) in build_scene(a).sides
    page = to_html(render(a, tiles=None, offline=False))
    assert bad not in page and "<img src=x" not in page
    assert "Claims: \\u0026lt;img src=x onerror=alert(1)\\u0026gt;{{7*7}} (XX)" in page


# --------------------------------------------------------------------------- dateline


def dateline_analysis(kind: str) -> Analysis:
    if kind == "ring":
        text = "Rescue ships searched within 250 km of Suva, Fiji."
        s = text.index("within")
        tops = (toponym(text, "Suva", SUVA),)
        geom = ring((SUVA.lat, SUVA.lon), 250.0)
        feature = Feature("ring", s, len(text) - 1, text[s:-1], geom, anchor=0, radius_km=250.0)
    else:
        text = "Fighting raged between Anadyr and Nome."
        s = text.index("between")
        tops = (toponym(text, "Anadyr", ANADYR), toponym(text, "Nome", NOME))
        geom = between((ANADYR.lat, ANADYR.lon), (NOME.lat, NOME.lon))
        feature = Feature("between", s, len(text) - 1, text[s:-1], geom, anchor=0,
                          anchors=(0, 1))
    claim = Claim(0, len(text), text, "officials", "said", "asserted", toponyms=(0,),
                  features=(0,))
    return Analysis(text=text, toponyms=tops, features=(feature,), claims=(claim,))


@pytest.mark.parametrize("kind", ["ring", "line"])
def test_geometry_across_the_dateline_is_drawn_whole(kind):
    a = dateline_analysis(kind)
    stored = a.features[0].geometry
    assert lon_span(stored) > 300  # split at 180° as RFC 7946 wants
    scene = build_scene(a)
    drawn = [s.geometry for s in scene.shapes if s.role in ("area", "line")]
    joined = shapely.union_all(drawn) if kind == "ring" else drawn[0]
    assert lon_span(joined) < 40, joined.bounds  # one piece
    _s, w, _n, e = scene.frame
    assert e - w < 40 and e > 180  # the view fits it, east of 180°
    for m in scene.marks:  # markers and badges follow
        assert w - 1 <= m.lon <= e + 1
    # GeoJSON output stays RFC 7946: split, longitudes within [-180, 180].
    out = json.dumps(to_geojson(a))
    lons = [float(x) for x in re.findall(r"\[(-?\d+\.?\d*), -?\d+\.?\d*\]", out)]
    assert lons and max(lons) <= 180 and min(lons) >= -180
    page = to_html(render(a, tiles=None, offline=False))
    assert '"maxZoom":11' in page


def test_ring_around_a_pole_renders():
    text = "Ships searched within 300 km of the North Pole near Longyearbyen."
    pole = Place(1, "North Pole", "other", "", 89.9, 0.0)
    tops = (toponym(text, "North Pole", pole),)
    geom = ring((89.9, 0.0), 300.0)
    f = Feature("ring", 0, 10, text[:10], geom, anchor=0, radius_km=300.0)
    a = Analysis(text=text, toponyms=tops, features=(f,))
    scene = build_scene(a)
    assert scene.west == -180.0 and scene.frame[2] >= 89.0
    assert "North Pole" in to_html(render(a, tiles=None, offline=False))


def test_longitude_window():
    assert longitude_window([]) == -180.0
    assert longitude_window([(-180.0, 180.0)]) == -180.0  # a polar cap stays put
    w = longitude_window([(177.5, 180.0), (-180.0, -165.4)])
    assert -165.4 < w < 177.5
    moved = unwrap(shapely.MultiPoint([(179.0, 0.0), (-179.0, 0.0)]), w)
    assert sorted(p.x for p in moved.geoms) == [179.0, 181.0]


# --------------------------------------------------------------------------- labels


def test_region_label_inside_the_polygon_not_in_its_hole():
    outer = box(29.0, 49.2, 32.2, 51.6)
    hole = Point(30.52, 50.45).buffer(0.9)  # the city's own territory
    region = Polygon(outer.exterior.coords, [hole.exterior.coords])
    lat, lon = label_point(region)
    assert region.contains(Point(lon, lat))
    assert not hole.contains(Point(lon, lat))
    assert region.centroid.distance(Point(30.52, 50.45)) < 0.9  # the centroid is in the hole


def test_city_and_region_of_the_same_name_are_told_apart(mini_gazetteer):
    assert place_label(SUMY) == "Sumy" and place_label(SUMY_OBLAST) == "Sumy region"
    oblast = Place(1, "Kursk Oblast", "admin1", "RU", 51.7, 36.1)
    assert place_label(oblast) == "Kursk Oblast"
    scene = build_scene(example_analysis(), gazetteer=mini_gazetteer)
    labels = [m.label for m in scene.places]
    assert "Sumy" in labels and "Sumy region" in labels and "Kursk region" in labels


def test_labels_badges_and_popups_do_not_cover_each_other(mini_gazetteer):
    page = to_html(render(sample_analysis(), gazetteer=mini_gazetteer, tiles=None, offline=False))
    assert "geo.declutter" in page
    assert "autoPanPaddingTopLeft" in page
    assert "z-index:650" in page  # the title under popups (700)


# --------------------------------------------------------------------------- basemap


def test_basemap_covers_the_world_and_draws_no_box_edges(gazetteer):
    view = (50.7, 34.1, 52.4, 38.5)
    base = build_basemap(gazetteer, view)
    assert len(base.world["features"]) > 150  # every country, coarse: no holes
    cw, cs, ce, cn = context_box(*view)
    for feature in base.borders["features"]:
        geom = shapely.geometry.shape(feature["geometry"])
        for line in getattr(geom, "geoms", [geom]):
            xy = list(line.coords)
            for (x0, y0), (x1, y1) in itertools.pairwise(xy):
                on_edge = (x0 == x1 and x0 in (round(cw, 4), round(ce, 4))) or (
                    y0 == y1 and y0 in (round(cs, 4), round(cn, 4)))
                assert not on_edge, (x0, y0, x1, y1)
    names = {label[2] for label in base.labels}
    assert {"Russia", "Ukraine"} <= names


def test_basemap_follows_the_dateline_window(gazetteer):
    a = dateline_analysis("ring")
    scene = build_scene(a, gazetteer=gazetteer)
    base = build_basemap(gazetteer, scene.frame, west_edge=scene.west)
    fiji = [f for f in base.countries["features"]]
    assert fiji
    xs = [x for f in fiji for x in re.findall(r"\[(-?\d+\.?\d*),", json.dumps(f["geometry"]))]
    assert max(float(x) for x in xs) > 180  # the eastern islands, moved next to Suva


# --------------------------------------------------------------------------- estimated


def estimated_analysis() -> Analysis:
    text = "Fighting reached Khutir Vilnyi, 10 km west of Sumy."
    guess = Place(0, "Khutir Vilnyi", "place", "UA", 50.92, 34.657)
    area = ring((50.92, 34.657), 4.0)
    tops = (
        Toponym(17, 30, "Khutir Vilnyi", guess, 0.5, estimated=True, uncertainty=area),
        toponym(text, "Sumy", SUMY),
    )
    claim = Claim(0, len(text), text, "officials", "said", "asserted", toponyms=(0,))
    return Analysis(text=text, toponyms=tops, claims=(claim,))


def test_estimated_places_are_drawn_distinctly():
    a = estimated_analysis()
    scene = build_scene(a)
    area = next(s for s in scene.shapes if s.role == "estimate")
    assert area.group == "Estimated places"
    assert all(abs(distance_km((50.92, 34.657), (y, x)) - 4.0) < 0.05
               for x, y in area.geometry.exterior.coords)
    mark = next(m for m in scene.places if m.name == "Khutir Vilnyi")
    assert mark.shape == "estimated" and "Estimated" in mark.popup
    page = to_html(render(a, tiles=None, offline=False))
    assert "estimated place" in page and "geo-shape-estimated" in page
    assert '"dashArray":"4 4"' in page


# --------------------------------------------------------------------------- robustness


def test_a_statement_that_cannot_be_drawn_costs_only_itself(caplog):
    a = sample_analysis()
    bad = Feature("ring", 0, 5, a.text[:5], ring((SUMY.lat, SUMY.lon), 16.0), anchor=5,
                  radius_km=1_000_000.0, approximate=True)
    empty = Feature("ring", 0, 5, a.text[:5], Polygon(), anchor=5, radius_km=0.000001)
    broken = Analysis(text=a.text, toponyms=a.toponyms, features=(*a.features, bad, empty),
                      claims=a.claims)
    scene = build_scene(broken)
    assert len(scene.skipped) == 2
    assert any(s.kind == "ring" and s.role == "area" for s in scene.shapes)  # the good ring
    page = to_html(render(broken, tiles=None, offline=False))
    assert "could not be drawn" in page


# --------------------------------------------------------------------------- many articles


def test_many_articles_one_scene():
    one, two = speaker_analysis(), estimated_analysis()
    scene = build_corpus_scene([one, two], titles=["First", "Second"],
                               dates=["2025-06-01", "2025-06-03"])
    assert scene.dates == ("2025-06-01", "2025-06-03")
    assert {m.articles for m in scene.claims} == {(0,), (1,)}
    assert [m.badge for m in scene.claims] == ["1.1", "1.2", "2.1"]
    sumy = [m for m in scene.places if m.name == "Sumy"]
    assert len(sumy) == 1 and sumy[0].articles == (0, 1)  # one mark, both articles
    assert sumy[0].date == "2025-06-01"
    m = render([one, two], titles=["First", "Second"], dates=["2025-06-01", "2025-06-03"],
               tiles=None, offline=False)
    page = to_html(m)
    assert "geo-time leaflet-control" in page
    assert '"a":[0,1]' in page and "2 articles" in page
    assert to_html(render([one, two], titles=["First", "Second"],
                          dates=["2025-06-01", "2025-06-03"], tiles=None, offline=False)) == page


def test_a_world_wide_view_draws_the_coarse_world_only(gazetteer):
    base = build_basemap(gazetteer, (-18.3, 32.4, 64.7, 194.6), west_edge=-66.5)
    assert base.countries["features"] == [] and base.borders["features"] == []
    assert len(base.world["features"]) > 150 and base.size_bytes() < 900_000


def test_an_article_without_places_says_so(caplog):
    with caplog.at_level("WARNING", logger="geo.render"):
        to_html(render(Analysis(text="Nothing to see here."), tiles=None, offline=False))
    assert "no places found" in caplog.text


def test_basemap_of_a_single_point_view(gazetteer):
    base = build_basemap(gazetteer, (50.9174, 34.7991, 50.9174, 34.7991))
    assert "Ukraine" in {label[2] for label in base.labels}


def test_claim_popup_says_party_and_reported_kind():
    from geo.render.popups import claim_html

    c = Claim(0, 5, "Text.", "Oleh Syniehubov", "said", "asserted", party="Kharkiv region",
              side="UA")
    html = claim_html(c, 0, None)
    assert "<dt>For</dt><dd>Kharkiv region</dd>" in html and "<dt>Side</dt><dd>UA</dd>" in html
    reported = Claim(0, 5, "Text.", None, None, "asserted", kind="reported")
    assert "reported by the article" in claim_html(reported, 0, None)


# --------------------------------------------------------------------------- long lines


@pytest.mark.parametrize(("km", "frames_kyiv"), [(301.0, False), (120.0, True)])
def test_a_long_line_between_two_ends_does_not_set_the_view(km, frames_kyiv):
    """"Convoys moved between Sumy and Kyiv" (a stretch of unknown course): drawn, but the
    view fits the ring around Sumy, not the whole line (over FRAMING_LINE_KM); a short
    line alone still frames (with other statements a line counts only within their box:
    render.frame, tmapB29)."""
    text = "Shelling hit within 10 km of Sumy. Convoys moved between Sumy and Kyiv."
    tops = (toponym(text, "Sumy", SUMY), toponym(text, "Kyiv", KYIV))
    s = text.index("between")
    line = between((SUMY.lat, SUMY.lon), (KYIV.lat, KYIV.lon))
    feats = (
        Feature("ring", text.index("within"), text.index("."), "within 10 km of Sumy",
                ring((SUMY.lat, SUMY.lon), 10.0), anchor=0, radius_km=10.0),
        Feature("between", s, len(text) - 1, text[s:-1], line, anchor=0, anchors=(0, 1),
                distance_km=km),
    )  # fmt: skip
    feats = feats if km > 150 else feats[1:]
    scene = build_scene(Analysis(text=text, toponyms=tops, features=feats))
    assert any(sh.role == "line" for sh in scene.shapes)  # still drawn
    _s, w, _n, _e = scene.frame
    assert (w <= KYIV.lon) is frames_kyiv
def test_take_in_grows_the_view_only_for_places_just_past_it():
    view = (46.6, 32.6, 49.7, 38.1)  # Kherson to Kupiansk
    # Odesa, 150 km past the west edge, joins the view; Moscow and Istanbul do not
    assert take_in(view, [(46.49, 30.74)]) == (46.49, 30.74, 49.7, 38.1)
    assert take_in(view, [(55.75, 37.62), (41.01, 28.98)]) == view
    # nearest first: a second place that fits with the first is taken in too
    grown = take_in(view, [(51.0, 36.0), (46.49, 30.74)])
    assert grown == (46.49, 30.74, 51.0, 38.1)
    assert take_in(None, [(46.49, 30.74)]) is None


def test_a_place_just_past_the_front_is_no_inset_of_the_same_area(mini_gazetteer):
    # A claim's place just past the view is on the main map, not in the inset
    a = example_analysis()
    kharkiv = Place(706483, "Kharkiv", "place", "UA", 49.98081, 36.25272)
    # a claim about Kharkiv, 90 km south of the Sumy region: just past the view
    tops = tuple(replace(t, place=kharkiv) if t.text == "Istanbul"
                 else replace(t, place=None) if t.text in ("Moscow", "Kiev") else t
                 for t in a.toponyms)
    near = replace(a, toponyms=tops)
    front = build_scene(replace(a, toponyms=tuple(
        replace(t, place=None) if t.text in ("Istanbul", "Moscow", "Kiev") else t
        for t in a.toponyms)), gazetteer=mini_gazetteer).frame
    assert front[0] > kharkiv.lat  # the front alone stops north of it
    scene = build_scene(near, gazetteer=mini_gazetteer)
    assert "Kharkiv" not in {m.name for m in scene.far}
    assert scene.frame[0] <= kharkiv.lat


def test_a_long_line_frames_the_view_only_within_the_rest_of_the_front(mini_gazetteer):
    # A 1,000 km road named beside a ring at Sumy: the view keeps to the front, the
    # road runs off the map; alone, the road is the view.
    from shapely.geometry import LineString

    a = example_analysis()
    road = LineString([(SUMY.lon, SUMY.lat), (ISTANBUL.lon, ISTANBUL.lat)])
    line = Feature("between", 0, 5, a.text[:5], road)
    front = build_scene(a, gazetteer=mini_gazetteer).frame
    both = build_scene(replace(a, features=(*a.features, line)), gazetteer=mini_gazetteer)
    assert both.frame == front and both.frame[0] > ISTANBUL.lat + 5
    alone = build_scene(replace(a, features=(line,), claims=()), gazetteer=mini_gazetteer)
    assert alone.frame[0] <= ISTANBUL.lat + 0.01


def test_legend_rows_of_countries_and_speakers_name_their_kind():
    # The page hides such a row while none of its marks is in view
    # (geo.render.page_declutter): a country's point at 49N 32E, off a Sumy view.
    from geo.render.legend import legend_html

    html = legend_html(build_scene(example_analysis()))
    assert re.search(r'<div class="geo-row" data-kind="country">', html)  # named: printed
    assert 'data-kind="place"' not in html  # towns are the view itself
