"""A distance in a compass direction from a border ("5 km south of the Russian border",
"about 20 km north of the Blue Line": the band on that side), "halfway between A and B"
(the midpoint, not the line), a zone's width stated after its noun ("a buffer zone 10
kilometres deep") and a regional body that speaks ("the Sumy regional administration
said": its region is no place of the sentence). Texts written for these tests."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

import geo
from geo.geometry import distance_km


def analysis(text, gazetteer):
    return geo.analyze(text, gazetteer=gazetteer)


def only(features, kind, phrase):
    (f,) = [f for f in features if f.kind == kind and phrase in f.text]
    return f


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "side"),
    [
        ("Russian shelling hit Myropillia, 5 km south of the Russian border, officials said.",
         "5 km south of the Russian border", "UA"),
        ("Drones struck Shebekino, about 7 km north of the Ukrainian border, the governor "
         "said.", "7 km north of the Ukrainian border", "RU"),
        ("Israeli jets struck targets near Nabatieh, about 20 km north of the Blue Line, "
         "the army said.", "20 km north of the Blue Line", "LB"),
        ("Rockets were fired at Kiryat Shmona, 3 kilometres south of the Lebanese border.",
         "3 kilometres south of the Lebanese border", "IL"),
    ],
)  # fmt: skip
def test_a_distance_north_or_south_of_a_border_is_the_band_on_that_side(
    gazetteer, text, phrase, side
):
    a = analysis(text, gazetteer)
    f = only(a.features, "near", phrase)
    assert f"on the {side} side" in f.note
    gaz = gazetteer
    (record,) = [c.record for c in gaz.lookup(gaz.country_name(side))
                 if gaz.kind(c.record) == "country" and gaz.country_code(c.record) == side]
    country = gazetteer.geometry(record)
    inside = f.geometry.intersection(country).area
    assert inside > 0.9 * f.geometry.area


@pytest.mark.gazetteer
def test_a_distance_from_a_border_without_a_direction_is_unchanged(gazetteer):
    a = analysis("Russian shelling hit Myropillia, 5 km from the Russian border.", gazetteer)
    f = only(a.features, "near", "5 km from the Russian border")
    assert f.radius_km == 5.0 and "on the UA side" in f.note


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "a_name", "b_name"),
    [
        ("The drone fell roughly halfway between Tyre and Nabatieh.", "Tyre", "Nabatieh"),
        ("A depot midway between Kramatorsk and Sloviansk was hit overnight.", "Kramatorsk",
         "Sloviansk"),
        ("Troops dug in half-way between Pokrovsk and Kostiantynivka.", "Pokrovsk",
         "Kostiantynivka"),
    ],
)  # fmt: skip
def test_halfway_between_two_places_is_their_midpoint(gazetteer, text, a_name, b_name):
    a = analysis(text, gazetteer)
    assert not [f for f in a.features if f.kind == "between"]
    (f,) = [f for f in a.features if f.kind == "offset"]
    pa, pb = (a.toponyms[i].place for i in f.anchors)
    da = distance_km((pa.lat, pa.lon), (f.geometry.y, f.geometry.x))
    db = distance_km((pb.lat, pb.lon), (f.geometry.y, f.geometry.x))
    assert abs(da - db) < 0.01 and f.distance_km == pytest.approx(da, abs=0.01)
    assert f.uncertainty_km >= 1.0 and f.approximate
    assert isinstance(f.geometry, Point)


@pytest.mark.gazetteer
def test_between_without_halfway_stays_a_line(gazetteer):
    a = analysis("Fighting raged between Kramatorsk and Sloviansk.", gazetteer)
    assert only(a.features, "between", "between Kramatorsk and Sloviansk").geometry.length > 0


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("Russia wants a buffer zone 10 kilometres deep along the border in the Sumy region.",
         10.0),
        ("Moscow demands a demilitarised strip up to 15 km wide along the border near Sumy.",
         15.0),
        ("Russia wants a buffer zone along the border in the Sumy region.", 25.0),
    ],
)  # fmt: skip
def test_a_zone_width_stated_after_its_noun(gazetteer, text, width):
    f = only(analysis(text, gazetteer).features, "near", "along the border")
    assert f.radius_km == width


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "body",
    ["the Sumy regional administration", "the Sumy Regional Military Administration",
     "the Sumy oblast police"],
)  # fmt: skip
def test_a_regional_body_that_speaks_draws_no_region(gazetteer, body):
    text = f"Russian drones hit Myropillia overnight, {body} said."
    a = analysis(text, gazetteer)
    assert not [f for f in a.features if f.kind == "region"]
    (sumy,) = [t for t in a.toponyms if t.text == "Sumy"]
    assert sumy.metonymic


@pytest.mark.gazetteer
def test_a_regional_body_alone_in_its_sentence_keeps_its_region(gazetteer):
    a = analysis("Drones wounded three people, the Sumy regional administration said.", gazetteer)
    (sumy,) = [t for t in a.toponyms if t.text == "Sumy"]
    assert not sumy.metonymic


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "inside", "depth"),
    [
        ("Ukrainian forces pushed about 10 km into Russia's Kursk region near Sudzha.",
         "10 km into Russia's Kursk region", "Kursk", 10.0),
        ("Russian troops advanced 3 km deep into the Kharkiv region near Vovchansk.",
         "3 km deep into the Kharkiv region", "Kharkiv", 3.0),
        ("Israeli troops are operating up to 5 km inside Lebanese territory near Kfar Kila.",
         "5 km inside Lebanese territory", "Lebanon", 5.0),
    ],
)  # fmt: skip
def test_a_depth_into_a_region_is_the_band_inside_it(gazetteer, text, phrase, inside, depth):
    a = analysis(text, gazetteer)
    f = only(a.features, "near", phrase)
    assert f.radius_km == depth and f"inside {inside}" in f.note
    town = next(t.place for t in a.toponyms if t.place is not None and t.place.kind == "place")
    assert f.geometry.distance(Point(town.lon, town.lat)) < 0.2  # by the town (degrees)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    ["Israeli forces operated more than 5 km inside Lebanon near Khiam.",
     "The convoy drove 20 km into Kharkiv before dawn.",
     "Prices rose 5 percent into the new year in Russia."],
)  # fmt: skip
def test_no_depth_band_without_a_region_crossed(gazetteer, text):
    a = analysis(text, gazetteer)
    assert not [f for f in a.features if "depth across a border" in (f.note or "")]


@pytest.mark.gazetteer
def test_a_direction_of_a_road_named_by_its_ends_is_not_a_direction_of_its_first_town(
    gazetteer,
):
    a = analysis("Fighting continued north of the Kupiansk-Svatove road.", gazetteer)
    assert not [f for f in a.features if f.kind == "near" and "Kupiansk" in f.text]
    assert only(a.features, "between", "Kupiansk-Svatove road")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Army drones struck a market in Omdurman. Another strike hit a town 15 miles south "
         "of the capital, residents said.", "Khartoum"),
        ("Shelling hit Bucha, 25 km northwest of the capital.", "Kyiv"),
    ],
)  # fmt: skip
def test_an_offset_from_the_capital_is_from_the_country_capital(gazetteer, text, capital):
    (f,) = [f for f in analysis(text, gazetteer).features if f.kind == "offset"]
    assert f"{capital}: the capital of the country" in f.note
    (p,) = [c.record for c in gazetteer.lookup(capital) if gazetteer.kind(c.record) == "place"][:1]
    place = gazetteer.place(p)
    assert 10 < distance_km((place.lat, place.lon), (f.geometry.y, f.geometry.x)) < 40
