"""Kinds of input from round 29 of the public bug reports (eval/bugs, ``r29-``).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("Ship to 4120 Lakeshore Rd Fort Atkinson, WI 53538.", "Fort Atkinson", "WI"),
        ("Ship to 12 Lakeshore Drive Madison, WI.", "Madison", "WI"),
        ("Mail it to 80 Orchard Avenue Burlington, VT 05401.", "Burlington", "VT"),
    ],
)
def test_an_address_town_after_the_street_word_without_a_comma(gazetteer, text, town, state):
    t = read(text, gazetteer)[town]
    assert t.place.country_code == "US" and t.place.admin1_code == state


@pytest.mark.gazetteer
def test_a_surname_after_a_given_name_stays_a_person(gazetteer):
    assert read("He met Bob Madison at the fair.", gazetteer) == {}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Write to 14 avenue Gambetta, 33120 ARCACHON CEDEX, FRANCE.", "ARCACHON"),
        ("Write to 14 avenue Gambetta, 33120 Arcachon Cedex, France.", "Arcachon"),
        ("Write to 69003 LYON CEDEX 03, FRANCE.", "LYON"),
    ],
)
def test_a_french_town_before_cedex(gazetteer, text, town):
    """"CEDEX" (a firm's postal delivery) after a town: the town, not a longer name."""
    assert read(text, gazetteer)[town].place.country_code == "FR"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Our supplier ships from Georgia, the country, not the US state.", "country"),
        ("Wine from Georgia (the country) sells well in Riga.", "country"),
        # the country's possessive after it speaks of the state's country, not of Georgia
        ("Flights leave Atlanta, Georgia, the country's busiest airport.", "admin1"),
    ],
)
def test_an_apposition_calling_a_name_a_country(gazetteer, text, kind):
    assert read(text, gazetteer)["Georgia"].place.kind == kind


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Teachers from Leon, Guanajuato, joined the course.",
        "Teachers from Tuxtla Gutierrez and Leon, Guanajuato, joined the course.",
    ],
)
def test_a_container_named_like_a_city_far_from_the_town_is_the_region(gazetteer, text):
    """"León, Guanajuato": the state, not its capital city 30 km off (also as a list's
    last name after "and"); "Brooklyn, New York" stays the city it is part of."""
    assert read(text, gazetteer)["Guanajuato"].place.kind == "admin1"
    assert read("Police in Brooklyn, New York, said.", gazetteer)["New York"].place.kind == "place"


@pytest.mark.gazetteer
def test_a_city_in_a_list_is_no_district_filed_under_the_region(gazetteer):
    """"Newcastle, Southampton and Dover": Southampton stays the city, not the district
    GeoNames files as a first-level region of England."""
    text = "The torch relay will pass through Cardiff, Newcastle, Southampton and Dover."
    assert read(text, gazetteer)["Southampton"].place.kind == "place"


@pytest.mark.gazetteer
def test_a_lower_case_county_by_its_whole_name(gazetteer):
    """"los angeles county" in a caseless query: the county (r28-34), not the city 34 km
    from the county's point."""
    t = read("show me crime rates in los angeles county", gazetteer)["los angeles county"]
    assert t.place.kind == "admin2" and t.place.admin1_code == "CA"
