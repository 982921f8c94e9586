"""Kinds of input from round 11 of the public bug reports (eval/bugs, ``r11-``): a
country's own name in its language ("Italia", "España"), and a region's current ISO
3166-2 code that Natural Earth's layer still gives by its old letters ("Durban, KZN").

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.code_containers import iso_subdivisions
from geo.text.geoparse import geoparse


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Luca è tornato in Italia dopo due anni.", "Italia", "IT"),
        ("Vuelos baratos a España desde Lisboa.", "España", "ES"),
        ("The band toured Brasil and México last year.", "Brasil", "BR"),
        ("The band toured Brasil and México last year.", "México", "MX"),
        ("Zug ist ein Kanton der Schweiz.", "Schweiz", "CH"),
        ("Ferries run from Sverige to Suomi every night.", "Suomi", "FI"),
    ],
)
def test_a_country_by_its_own_name_is_the_country(gazetteer, text, name, code):
    t = read(text, gazetteer)[name]
    assert t.place.kind == "country" and t.place.country_code == code


def test_south_africa_s_current_province_codes_name_the_old_codes_regions():
    za = iso_subdivisions()["ZA"]
    assert za["KZN"] == za["NL"] and za["GP"] == za["GT"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "town", "code", "region"),
    [
        ("Parcels left a depot in Pinetown, KZN, on Monday.", "Pinetown", "KZN", "KwaZulu-Natal"),
        ("Floods hit Pietermaritzburg, KZN, South Africa.", "Pietermaritzburg", "KZN",
         "KwaZulu-Natal"),
        ("The office is in Midrand, GP, near Pretoria.", "Midrand", "GP", "Gauteng"),
    ],
)
def test_a_current_province_code_after_its_town_is_the_province(
    gazetteer, text, town, code, region
):
    t = read(text, gazetteer)
    assert t[town].place.country_code == "ZA"
    assert t[code].place.kind == "admin1" and t[code].place.name == region


@pytest.mark.gazetteer
def test_a_province_code_after_a_town_of_another_province_is_no_region(gazetteer):
    # Cape Town lies in the Western Cape: "KZN" is not its region
    assert "KZN" not in read("The team flew from Cape Town, KZN officials said.", gazetteer)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    ["Rents in NYC rose for the fifth month in a row.", "NYC", "Flights from NYC to Boston."],
)
def test_a_great_city_s_initials_in_capitals_are_the_city(gazetteer, text):
    t = read(text, gazetteer)["NYC"]
    assert t.place.name == "New York City"


@pytest.mark.gazetteer
def test_other_short_capitals_stay_abbreviations(gazetteer):
    assert read("The CEO of HUD met the ERA team.", gazetteer) == {}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("5977 Guide Meridian, Bellingham, WA 98226", "Meridian", "Bellingham"),
        ("8911 Guide Meridian, Lynden, WA 98264", "Meridian", "Lynden"),
        ("12 Old Elm, Ithaca, NY", "Elm", "Ithaca"),
    ],
)
def test_a_street_s_last_word_after_its_first_and_a_house_number_is_no_town(
    gazetteer, text, street, town
):
    t = read(text, gazetteer)
    assert street not in t and t[town].place.country_code == "US"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("On 24 February Bucha, Irpin and Hostomel were shelled.", ("Bucha", "Irpin")),
        ("By 3 March Kherson, the regional capital, had fallen.", ("Kherson",)),
        ("He counted 12 Russian tanks near Meridian, Mississippi.", ("Meridian",)),
    ],
)
def test_a_date_or_a_count_before_a_name_makes_no_street(gazetteer, text, names):
    t = read(text, gazetteer)
    assert all(n in t for n in names)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "word", "city"),
    [
        ("what time is it in duabi right now", "duabi", "Dubai"),
        ("back in mumabi again after the holidays", "mumabi", "Mumbai"),
    ],
)
def test_a_misspelt_great_city_after_a_cue_in_lower_case_text(gazetteer, text, word, city):
    assert read(text, gazetteer)[word].place.name == city


@pytest.mark.gazetteer
@pytest.mark.parametrize("text", ["i was in teh office all day", "is it realy true we go in realy"])
def test_a_lower_case_typo_of_no_city_stays_a_word(gazetteer, text):
    assert read(text, gazetteer) == {}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "city", "code"),
    [
        ("She took the night train from New delhi to Jaipur.", "New delhi", "Delhi", "IN"),
        ("He moved to San francisco last year.", "San francisco", "San Francisco", "US"),
        ("Flights to Hong kong resumed.", "Hong kong", "Hong Kong", "HK"),
    ],
)
def test_a_known_name_with_its_last_word_typed_small(gazetteer, text, name, city, code):
    t = read(text, gazetteer)[name]
    assert t.place.name == city and t.place.country_code == code


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "kept", "not_kept"),
    [
        ("In Kansas city we met.", "Kansas", "Kansas city"),  # "city": an everyday word
        ("The New york office closed.", None, "New york"),  # "york": an everyday word
    ],
)
def test_an_everyday_word_after_a_name_does_not_join_it(gazetteer, text, kept, not_kept):
    t = read(text, gazetteer)
    assert not_kept not in t and (kept is None or kept in t)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The valley was green again.", "The valley"),  # an article: The Valley, Anguilla
        ("The crossing closed at noon.", "The crossing"),
        ("Fighting spread in Cabo Delgado province.", "Cabo Delgado province"),  # a region
    ],
)
def test_a_region_s_word_or_an_article_s_noun_joins_no_name(gazetteer, text, absent):
    assert absent not in read(text, gazetteer)
