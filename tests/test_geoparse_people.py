"""A person's given name before a place's name makes the two a person's name.

"Michael Jordan visited Jordan": the first Jordan is the basketball player's
surname. The given names are Faker's (geo/data/first_names.txt). Every text here is
written for these tests.
"""

import pytest

from geo.text import lexicon as lx

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


def test_the_given_names_are_read_from_the_data_file():
    names = lx.first_names()
    assert len(names) > 10_000
    assert {"michael", "volodymyr", "oleksandr", "sergey", "mohammed", "fatima"} <= names
    # Titles, months, days and place-name openers are no given names.
    assert not {"general", "royal", "june", "sunday", "santa", "saint", "mount"} & names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Michael Jordan visited Jordan last week.", [("Jordan", "JO")]),
        ("A spokesman, Michael Sicilia, said two infants died.", []),
        ("Police chief Tom Paris said the suspect fled to Kharkiv.", [("Kharkiv", "UA")]),
        ("Coach Daniel Sumner said the team flew to Kyiv.", [("Kyiv", "UA")]),
    ],
)
def test_a_given_name_makes_a_surname(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_the_surname_alone_later_is_the_persons(gazetteer):
    text = "The report was written by Daniel Sumner of the agency. Sumner said it was late."
    assert places(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops massed near the Israel Lebanon border.", "Lebanon"),  # a country's name
        ("Residents of Douglas Island were evacuated.", "Douglas"),  # named after him
        ("In June Kyiv was hit by drones.", "Kyiv"),  # a month, not a name
        ("Sydney Melbourne flights resumed.", "Melbourne"),  # a large place
    ],
)
def test_places_stay_places(gazetteer, text, name):
    assert name in [t for t, _ in places(gazetteer, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Units of the Yug group advanced.", []),
        ("Yug units shelled Bakhmut.", [("Bakhmut", "UA")]),
        ("The Sever group took Vovchansk.", [("Vovchansk", "UA")]),
        ("Tsentr claimed Novohrodivka.", [("Novohrodivka", "UA")]),
        ("Russia's Zapad and Vostok groups reported gains.", [("Russia", "RU")]),
        ("The Dnepr group repelled attacks near Krynky.", [("Krynky", "UA")]),
        ("the Southern group of forces reported gains near Kurakhove.", [("Kurakhove", "UA")]),
        # The river's and the city's name stays a place without a group word after it.
        ("Drones struck Dnipro overnight.", [("Dnipro", "UA")]),
    ],
)
def test_russian_army_groups_are_no_places(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Atlanta police arrested two men.", [("Atlanta", "US")]),
        ("Miami was hot. Denver had snow.", [("Miami", "US"), ("Denver", "US")]),
        ("Nice weather today.", []),
        ("Reading is fun for children.", []),
        ("Sale ends on Friday.", []),
    ],
)
def test_a_large_citys_own_name_opens_a_sentence_as_itself(gazetteer, text, expected):
    # Word lists rank "Atlanta" among the commonest words, near "Nice" and "Reading":
    # a city of 300,000 or more bearing the name itself tells them apart.
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan Henderson scored twice for Liverpool.", [("Liverpool", "GB")]),
        ("Georgia Smith said Kharkiv was hit.", [("Kharkiv", "UA")]),
        ("Fans cheered Paris Henderson in Madrid.", [("Madrid", "ES")]),
        # Two places run together stay two places: a region follows the given name.
        ("Paris Texas is small.", [("Paris", "US"), ("Texas", "US")]),
        ("The Israel Lebanon border was quiet.", [("Israel", "IL"), ("Lebanon", "LB")]),
    ],
)
def test_a_surname_after_a_given_name_that_is_a_place_is_no_place(gazetteer, text, expected):
    # "Jordan Henderson": a country and a town of 285,000 run together name no place.
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # George, South Africa is large, but lies in no Washington: a person's name.
        ("George Washington was born in Virginia.", [("Virginia", "US")]),
        # The town lies in the state after it: two places.
        ("Rain hit George, Western Cape.", [("George", "ZA"), ("Western Cape", "ZA")]),
        ("The Israel Lebanon border was quiet.", [("Israel", "IL"), ("Lebanon", "LB")]),
    ],
)
def test_a_large_town_s_name_before_a_state_it_is_not_in(gazetteer, text, expected):
    assert places(gazetteer, text) == expected
