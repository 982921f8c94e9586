"""Kinds of input from round 28 of the public bug reports (eval/bugs, ``r28-``): a city
of note that a country's bare name pulls to a small namesake in it ("The United States
held talks in Geneva"), a region named by its own name that its parts carry as an alias
("Sevilla, Andalucía"), and a town before its US state's name without a comma ("Dallas
Texas", "San Antonio Texas").

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The United States held talks in Geneva.", "Geneva", "CH"),
        ("US officials flew to Geneva on Sunday.", "Geneva", "CH"),
        ("The United States sent envoys to Athens.", "Athens", "GR"),
        ("Russia and the United States met in Geneva.", "Geneva", "CH"),
        ("The United States will host the summit in Athens.", "Athens", "GR"),
    ],
)
def test_a_country_named_alone_leaves_a_city_of_note_abroad(gazetteer, text, name, code):
    assert read(text, gazetteer)[name].place.country_code == code


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Georgia fans cheered in Athens as the United States team won.", "Athens", "GA"),
        ("Athens, Ga., is home to the university; the United States flag flew.", "Athens", "GA"),
        ("The United States opened a plant in Geneva, Illinois.", "Geneva", "IL"),
    ],
)
def test_a_place_or_container_of_the_country_keeps_its_namesake(gazetteer, text, name, region):
    place = read(text, gazetteer)[name].place
    assert place.country_code == "US" and place.admin1_code == region


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("Flights from Sevilla, Andalucía, to Bilbao were delayed.", "Andalucía", "Sevilla"),
        ("The fair moved from Barcelona, Cataluña, to Zaragoza.", "Cataluña", "Barcelona"),
        ("Tourists left Sevilla for the coast of Andalucía.", "Andalucía", "Sevilla"),
    ],
)
def test_a_region_its_provinces_carry_as_an_alias_is_the_whole_region(
    gazetteer, text, name, city
):
    t = read(text, gazetteer)
    region = t[name].place
    assert region.kind == "admin1" and region.name == name  # not one province of it
    assert t[city].place.kind == "place" and t[city].place.country_code == "ES"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "town", "state", "code"),
    [
        ("She moved to Dallas Texas last year.", "Dallas", "Texas", "TX"),
        ("She moved to San Antonio Texas last year.", "San Antonio", "Texas", "TX"),
        ("She moved to San Diego California.", "San Diego", "California", "CA"),
        ("what is the population of san antonio texas", "san antonio", "texas", "TX"),
        ("Santa Fe New Mexico is high and dry.", "Santa Fe", "New Mexico", "NM"),
    ],
)
def test_a_town_then_its_state_name_without_a_comma_gives_both(
    gazetteer, text, town, state, code
):
    t = read(text, gazetteer)
    assert t[town].place.kind == "place" and t[town].place.admin1_code == code
    assert t[state].place.kind == "admin1" and t[state].place.admin1_code == code


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("George Washington was born in Virginia.", {"Virginia"}),
        ("1600 pennsylvania ave nw washington dc", {"washington dc"}),
        ("Perth, Western Australia, is far from Sydney.", {"Perth", "Western Australia",
                                                           "Sydney"}),
        ("Flights to New Mexico and South Sudan resumed.", {"New Mexico", "South Sudan"}),
    ],
)
def test_a_person_a_city_state_and_regions_of_two_words_stay_whole(gazetteer, text, names):
    assert set(read(text, gazetteer)) == names


@pytest.mark.gazetteer
def test_a_name_read_by_its_spelling_in_a_named_country_is_left_alone(gazetteer):
    # a spelling match is no place of the country's; the stage must neither fail nor move it
    t = read("Officials in India said the flood hit Guwahatti.", gazetteer)
    assert t["India"].place.country_code == "IN"


@pytest.mark.gazetteer
def test_a_country_a_place_is_said_to_lie_in_keeps_its_namesake(gazetteer):
    # "in the US" places the town there: no party acting, the namesake stays
    t = read("Wellington grew fast, like many towns in the US.", gazetteer)
    assert t["Wellington"].place.country_code == "US"


@pytest.mark.gazetteer
def test_a_text_with_other_places_lets_them_decide(gazetteer):
    # the country acts ("Israel expelled"), but another place of the text says where
    t = read("Israel expelled the villagers from the Arad desert near Yatta.", gazetteer)
    assert t["Arad"].place.country_code == "IL"


@pytest.mark.gazetteer
def test_a_small_town_before_a_country_is_no_town_of_a_common_word(gazetteer):
    # "Reserve America": a booking service, not Reserve, Louisiana (9,000 people)
    t = read("Campsites can be booked through Reserve America, 877-345-6777.", gazetteer)
    assert "Reserve" not in t


def test_a_named_countrys_capital_is_not_pulled_abroad(gazetteer):
    from geo import analyze

    a = analyze("Police in Victoria arrested the men. The Seychelles coast guard said the "
                "skiff came from Somalia.", gazetteer=gazetteer)
    (victoria,) = [t for t in a.toponyms if t.text == "Victoria"]
    assert victoria.place.country_code == "SC"
