"""Kinds of round 5 of the bug cases (eval/bugs, ids r5-): each test text is written
for these tests, in other words and with other places than the cases.

- an everyday word read as a small far-off town, in a text naming only countries
  ("Reserve troops ... in Kenya": not Reserve, Louisiana);
- a town and its US state's postal code without a comma, the town small ("Norwood MA"),
  and in a lower-case text ("savannah ga");
- a house number, then one word and a comma before a town: a street's name ("40 Elm,
  Ithaca");
- a city of 100,000 or more against a namesake fifty times smaller, with no word of the
  text for the namesake ("Heidelberg" beside "Portland, Oregon");
- a town's name before "Grove": a street's, not the town ("Mornington Grove").
"""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


def admin1(gazetteer, text):
    return [(t.text, t.place.admin1_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "National Guard and Reserve troops arrived in Kenya on Monday.",
            [("Kenya", "KE")],
        ),
        (
            "The Landmark deal was signed by Kenya and Ethiopia.",
            [("Kenya", "KE"), ("Ethiopia", "ET")],
        ),
    ],
)
def test_an_everyday_word_is_no_town_outside_the_texts_countries(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_an_everyday_word_in_the_texts_country_stays_a_town(gazetteer):
    # Reserve, Louisiana, in a story naming the United States only: kept
    found = places(gazetteer, "The Guard and Reserve troops trained in the United States.")
    assert ("Reserve", "US") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic in Peabody MA hired ten nurses.", [("Peabody", "MA"), ("MA", "MA")]),
        ("A storm cut power in Keene NH overnight.", [("Keene", "NH"), ("NH", "NH")]),
    ],
)
def test_a_small_town_and_its_state_code_without_a_comma(gazetteer, text, expected):
    assert admin1(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("prices keep climbing in macon ga this year", [("macon", "GA"), ("ga", "GA")]),
        ("we drove up to flagstaff az last week", [("flagstaff", "AZ"), ("az", "AZ")]),
    ],
)
def test_a_lower_case_town_and_state_code_without_a_comma(gazetteer, text, expected):
    assert admin1(gazetteer, text) == expected


def test_a_state_code_that_is_an_everyday_word_needs_a_clause_end(gazetteer):
    assert [t for t, _ in admin1(gazetteer, "i drove to bend or last week")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Write to 17 Juniper, Boise, Idaho, for a form.",
            [("Boise", "ID"), ("Idaho", "ID")],
        ),
        (
            "Ship the parts to 220 Willow, Fresno, California.",
            [("Fresno", "CA"), ("California", "CA")],
        ),
    ],
)
def test_a_word_after_a_house_number_and_before_a_town_is_a_street(gazetteer, text, expected):
    assert admin1(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 300 Kharkiv, Sumy and Poltava families fled.", ["Kharkiv", "Sumy", "Poltava"]),
        ("On May 5 Robotyne, Verbove and Tokmak were shelled.", ["Robotyne", "Verbove", "Tokmak"]),
    ],
)
def test_a_large_town_or_a_day_after_a_number_stays_a_place(gazetteer, text, expected):
    assert [t for t, _ in places(gazetteer, text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The band flew from Heidelberg to Denver, Colorado, on tour.", "Heidelberg", "DE"),
        ("Students from Bremen visited Savannah, Georgia, in May.", "Bremen", "DE"),
    ],
)
def test_a_noted_city_keeps_its_name_against_a_tiny_namesake(gazetteer, text, name, country):
    assert (name, country) in places(gazetteer, text)


def test_a_tiny_namesake_near_the_texts_places_stays(gazetteer):
    found = admin1(gazetteer, "Rain fell on Bremen and Carrollton, Georgia, all night.")
    assert ("Bremen", "GA") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neighbours on Brighton Grove in Leeds complained.", [("Leeds", "GB")]),
        ("A tree fell on Ballarat Grove in Perth overnight.", [("Perth", "AU")]),
    ],
)
def test_a_towns_name_before_grove_is_a_street(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_a_town_named_grove_stays_a_place(gazetteer):
    assert places(gazetteer, "Storms hit Oak Grove, Kentucky.")[0] == ("Oak Grove", "US")
