"""A bracketed locator after a place ("Petropavlivka (east of Kupiansk)": where the
village lies, no 40 km sector of its own), a distance from a border followed by the
place it describes ("about 3 km from the border near Tetkino": the band by Tetkino, not
150 km of the line) and a border named by a territory and a country ("the Gaza-Egypt
border": Gaza's side, not Egypt's border with Israel). Texts written for these tests."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

import geo
from geo.geometry import distance_km
from geo.text.spatial.locators import _bracketed_after


def features(text, gazetteer):
    return geo.analyze(text, gazetteer=gazetteer).features


@pytest.mark.parametrize(
    ("text", "phrase", "ends", "expected"),
    [
        ("near Petropavlivka (east of Kupiansk) and", "east of Kupiansk", {18}, True),
        ("near Petropavlivka ( east of Kupiansk ) and", "east of Kupiansk", {18}, True),
        ("near Petropavlivka (east of Kupiansk and", "east of Kupiansk", {18}, False),
        ("near Petropavlivka (fighting east of Kupiansk)", "east of Kupiansk", {18}, False),
        ("near Petropavlivka, (east of Kupiansk)", "east of Kupiansk", {18}, False),
        ("near Petropavlivka (east of Kupiansk)", "east of Kupiansk", set(), False),
        ("of Yunakivka (northeast of Sumy City).", "northeast of Sumy", {12}, True),
        ("of Yunakivka (northeast of Sumy Cityscape)", "northeast of Sumy", {12}, False),
    ],
)
def test_a_locator_fills_a_bracket_right_after_a_located_name(text, phrase, ends, expected):
    start = text.index(phrase)
    assert _bracketed_after(text, start, start + len(phrase), ends) is expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "locator"),
    [
        ("The Russian Ministry of Defense claimed that its forces repelled Ukrainian attacks "
         "near Petropavlivka (east of Kupiansk) and Kurylivka (southeast of Kupiansk).",
         "east of Kupiansk"),
        ("Geolocated footage shows Russian forces advanced to the outskirts of Rodynske "
         "(north of Pokrovsk) on Monday.", "north of Pokrovsk"),
        ("Ukrainian forces counterattacked near Kurylivka (about 10 km southeast of "
         "Kupiansk).", "10 km southeast of Kupiansk"),
        ("Geolocated footage indicates that Russian forces advanced southwest of Yunakivka "
         "(northeast of Sumy City).", "northeast of Sumy"),
    ],
)  # fmt: skip
def test_a_bracketed_locator_draws_no_feature(gazetteer, text, locator):
    assert not [f for f in features(text, gazetteer) if locator in f.text]


@pytest.mark.gazetteer
def test_a_direction_outside_a_bracket_is_still_a_sector(gazetteer):
    text = "Russian forces attacked east of Kupiansk near Petropavlivka on Monday."
    (f,) = [f for f in features(text, gazetteer) if f.text == "east of Kupiansk"]
    assert f.kind == "near" and f.max_km == 40.0


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "town", "max_extent_km"),
    [
        ("The governor said a Ukrainian drone hit a car about 3 km from the border near "
         "Tetkino, wounding two people.", "about 3 km from the border near Tetkino", "Tetkino",
         30),
        ("Shelling damaged a farm 5 km from the border, near the village of Tetkino, the "
         "governor said.", "5 km from the border, near the village of Tetkino", "Tetkino", 35),
    ],
)  # fmt: skip
def test_a_distance_from_the_border_before_near_a_town_is_by_that_town(
    gazetteer, text, phrase, town, max_extent_km
):
    a = geo.analyze(text, gazetteer=gazetteer)
    (band,) = [f for f in a.features if f.text == phrase]
    (place,) = {t.place for t in a.toponyms if t.text == town}
    minx, miny, maxx, maxy = band.geometry.bounds
    corners = [(miny, minx), (maxy, maxx), (miny, maxx), (maxy, minx)]
    assert max(distance_km((place.lat, place.lon), c) for c in corners) < max_extent_km
    assert not [f for f in features(text, gazetteer) if f.text.startswith("near Tet")]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops stayed in the Philadelphi corridor on the Gaza-Egypt border, the "
        "army said.",
        "Troops deployed 2 km from the Egypt-Gaza border, officials said.",
        "Israeli forces opened fire near the Gaza-Egypt border in Rafah on Tuesday.",
    ],
)
def test_a_border_named_by_a_territory_and_a_country_is_theirs(gazetteer, text):
    (f,) = [f for f in features(text, gazetteer) if "border" in f.text]
    assert "EG-PS" in f.note
    rafah = Point(34.2436, 31.2972)  # the Rafah crossing, on that 13 km border
    assert f.geometry.distance(rafah) < 0.1
    assert not [g for g in features(text, gazetteer) if g.text == "near the Gaza"]


@pytest.mark.gazetteer
def test_a_border_named_by_two_regions_of_two_countries_is_theirs(gazetteer):
    text = "Shelling hit villages near the Kursk-Sumy border, officials said."
    (f,) = features(text, gazetteer)
    assert "RU-UA" in f.note or "UA-RU" in f.note


@pytest.mark.gazetteer
def test_a_boundary_between_two_regions_of_one_country_is_no_border(gazetteer):
    text = "Shelling hit villages near the Donetsk-Dnipropetrovsk border, officials said."
    assert not [f for f in features(text, gazetteer) if "border" in f.text]


@pytest.mark.gazetteer
def test_a_side_named_before_the_town_still_draws_the_band_by_the_town(gazetteer):
    text = "A drone fell 3 km from the border on the Russian side, near Tetkino, officials said."
    (f,) = [f for f in features(text, gazetteer) if f.text.startswith("3 km from the border")]
    assert f.text.endswith("Tetkino") and "the place it describes" in f.note


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Ukraine ordered the evacuation of families from a 15-kilometre zone along the "
         "border in the Sumy region.", "Sumy"),
        ("Kyiv ordered evacuations along the border in Ukraine's Kharkiv region.", "Kharkiv"),
    ],
)  # fmt: skip
def test_a_border_zone_in_a_region_named_after_it_stays_in_that_region(gazetteer, text, region):
    a = geo.analyze(text, gazetteer=gazetteer)
    (zone,) = [f for f in a.features if f.text == "along the border"]
    (whole,) = [f for f in a.features if region in f.text and f is not zone]
    assert f"inside {region}" in zone.note
    assert whole.geometry.buffer(1e-6).contains(zone.geometry)


@pytest.mark.gazetteer
def test_a_named_line_in_a_region_keeps_both_sides(gazetteer):
    text = ("Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir "
            "overnight, officials said.")  # fmt: skip
    (f,) = [f for f in features(text, gazetteer) if "Line of Control" in f.text]
    assert "region named after it" not in f.note
