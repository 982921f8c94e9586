"""Regions wider than a country: found by name, placed at their members' geodesic mean
(geo.text.name_areas)."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.geometry.measures import distance_km
from geo.text.geoparse import geoparse
from geo.text.name_areas import AREAS, area_point, find_areas


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Drought across the Horn of Africa worsened.", ["Horn of Africa"]),
        ("Tensions in the Middle East and the Mideast rose.", ["Middle East", "Middle East"]),
        ("Jihadists spread across the Sahel and West Africa.", ["Sahel", "West Africa"]),
        ("Ships left South-East Asia for the Balkans.", ["Southeast Asia", "Balkans"]),
        ("Shelling in the Donbas went on.", ["Donbas"]),
        ("MPs proclaimed the Nagorno-Karabakh Republic in 1991.", ["Nagorno-Karabakh"]),
    ],
)
def test_an_areas_name_is_found(text, names):
    assert [a.name for a in find_areas(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "The Middle East Institute said so.",  # an organisation's name
        "A Middle-Eastern dish.",
        "Middle Eastern politics.",
        "The East Africa Community met.",
        "the sahel in lower case is no name",
        "Militants attacked an army post near Nioro du Sahel.",  # a town's name
        "He works for the Bank of the Middle East.",
        "A commander of the Donbas battalion said his men held.",  # a unit's name
        "Fighters of the Donbass volunteer battalion withdrew.",
        "the Sahel regiment moved north",
    ],
)
def test_no_area_in_a_longer_name(text):
    assert find_areas(text) == []


@pytest.mark.parametrize("name", ["Middle East", "Horn of Africa", "Scandinavia", "Donbas"])
def test_an_areas_point_lies_among_its_members(gazetteer, name):
    from geo.text.name_areas import _MEMBERS_OF, _member_point

    lat, lon = area_point(gazetteer, name)
    members = [_member_point(gazetteer, spec) for spec in _MEMBERS_OF[name]]
    farthest = max(distance_km(a, b) for a in members for b in members)
    assert all(distance_km((lat, lon), m) <= farthest for m in members)


def test_every_area_has_a_point(gazetteer):
    for names in AREAS:
        assert area_point(gazetteer, names[0]) is not None, names


@given(st.floats(-80, 80), st.floats(-179, 179))
def test_the_mean_of_one_point_is_that_point(lat, lon):
    from geo.text import name_areas

    got = name_areas.geodesic_mean([(lat, lon)])
    assert math.isclose(got[0], lat, abs_tol=1e-4) and distance_km(got, (lat, lon)) < 0.05


def test_an_area_replaces_its_namesake_and_its_continent(gazetteer):
    text = "Drought across East Africa and the Sahel; the Middle East watched."
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    assert set(tops) == {"East Africa", "Sahel", "Middle East"}
    assert all(t.cue == "area" and t.place.kind == "other" for t in tops.values())
    assert tops["Sahel"].place.country_code == ""


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian troops remain in South Ossetia.", "South Ossetia", "GE"),
        ("Mines were laid during the war with Nagorno-Karabakh.", "Nagorno-Karabakh", "AZ"),
        ("Aid reached civilians in Eastern Ghouta.", "Eastern Ghouta", "SY"),
        ("Shelling in the Donbas went on.", "Donbas", "UA"),
        ("Jihadists spread across the Sahel.", "Sahel", ""),
    ],
)
def test_a_land_the_gazetteer_lacks_is_placed_in_its_country(gazetteer, text, name, country):
    (top,) = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert top.place is not None and top.place.country_code == country


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Sahel", [0]),  # at the text's start
        ("\nSahel and Donbas", [1, 11]),
        ("xSahel, -Sahel, 'Sahel, ’Sahel, _Sahel, 9Sahel", []),  # inside a word or compound
        ("(Sahel) .Sahel", [1, 9]),
    ],
)
def test_an_areas_name_starts_no_longer_word(text, starts):
    assert [a.start for a in find_areas(text)] == starts


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Gunmen attacked a checkpoint in North Sinai.", "North Sinai", 349401),
        ("Tourists returned to South Sinai.", "South Sinai", 355182),
    ],
)
def test_a_region_whose_name_ends_with_an_areas_keeps_its_place(gazetteer, text, name, geonameid):
    (top,) = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert top.place is not None and top.place.geonameid == geonameid
    (sinai,) = [t for t in geoparse("Troops crossed the Sinai.", gazetteer) if t.text == "Sinai"]
    assert sinai.cue == "area"  # the peninsula alone stays the area


@pytest.mark.gazetteer
def test_an_area_stated_as_a_towns_region_is_the_region():
    # tester34 W15: Burkina Faso's Sahel region holds Djibo; the belt's point is 370 km off.
    from geo import analyze

    a = analyze("Gunmen struck Djibo, in the Sahel region, on Monday, a local official said.")
    (t,) = [t for t in a.toponyms if t.text == "Sahel"]
    assert t.place is not None and (t.place.kind, t.place.country_code) == ("admin1", "BF")
    b = analyze("Drought spread across the Sahel, from Mali to Chad, the UN said.")
    (u,) = [t for t in b.toponyms if t.text == "Sahel"]
    assert u.place is not None and u.place.kind == "other"
