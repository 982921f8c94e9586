"""A bare name that sails, flies or drives somewhere is a person's, not a small town's
(geo.text.speakers._PERSONAL_ACT), and a name given with an age is a person's
(geo.text.speakers.aged).  Texts written for these tests."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.speakers import acting_people


def _read(gazetteer, text):
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "acting"),
    [
        ("In 1497 Cabot sailed from Bristol.", {"cabot"}),
        ("Austin flew to Paris on Monday.", {"austin"}),
        ("Lewis later drove to Denver.", {"lewis"}),
        ("Hudson travelled up the river.", {"hudson"}),
        ("The ferry from Bristol sailed at dawn.", set()),  # located: "from Bristol"
        ("Kyiv sent troops to the border.", set()),  # a government acts: not a journey
        ("Residents of Marlow drove to the coast.", set()),
    ],
)
def test_a_journey_is_what_only_a_person_does(text, acting):
    assert acting_people(text) == acting


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1497 Cabot sailed from Bristol to Newfoundland.",
            [("Bristol", "GB"), ("Newfoundland", "CA")],
        ),
        ("Austin flew to Paris on Monday for the talks.", [("Paris", "FR")]),
        ("Hudson sailed up the river past Albany in 1609.", [("Albany", "US")]),
        ("Lewis drove to Denver the next morning.", [("Denver", "US")]),
    ],
)
def test_a_surname_on_a_journey_is_no_town(gazetteer, text, expected):
    assert _read(gazetteer, text) == expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kyiv sent troops to the border with Belarus.", "Kyiv"),
        ("Ukraine flew drones over Crimea.", "Ukraine"),
        ("Tourists flew from Bristol to Malaga.", "Bristol"),
        ("The convoy drove through Austin at night.", "Austin"),
    ],
)
def test_a_capital_a_country_and_a_located_town_stay(gazetteer, text, kept):
    assert kept in [name for name, _ in _read(gazetteer, text)]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        (
            "Her eldest, Harrison, 8, held a plate. Stalls in Shadyside sold matzo.",
            "Harrison",
            "Shadyside",
        ),
        ("Marlow, 45, of Leeds, was charged. Marlow denies it.", "Marlow", "Leeds"),
        ("Police said Denton, 19, from Hull, had fled.", "Denton", "Hull"),
    ],
)
def test_a_name_given_with_an_age_is_a_persons(gazetteer, text, dropped, kept):
    names = [name for name, _ in _read(gazetteer, text)]
    assert dropped not in names and kept in names


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed people in Kherson, 5, and Mykolaiv, 3, officials said.",
        "Casualties: Kherson, 5, Mykolaiv, 3, and Odesa, 2, were reported.",
    ],
)
def test_counts_after_towns_are_no_ages(gazetteer, text):
    names = [name for name, _ in _read(gazetteer, text)]
    assert "Mykolaiv" in names


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad told Jordan that he had never been abroad.", []),
        ("Georgia told Austin she would stay in Atlanta.", [("Atlanta", "US")]),
        ("Jordan told Israel it would reopen the crossing.", [("Jordan", "JO"), ("Israel", "IL")]),
        ("Moscow told Kyiv that he must go.", [("Moscow", "RU"), ("Kyiv", "UA")]),
    ],
)
def test_two_given_names_one_told_the_other_about_him_are_people(gazetteer, text, expected):
    assert _read(gazetteer, text) == expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luca vive a Roma.", [("Roma", "IT")]),
        ("Luca abita a Firenze con la madre.", [("Firenze", "IT")]),
        ('The match ended. "Luca gioca bene," he said of the Pisa striker.', [("Pisa", "IT")]),
        ("Kiev is the capital.", [("Kiev", "UA")]),  # an everyday alias: no given name
        ("Bombay was renamed Mumbai.", [("Bombay", "IN"), ("Mumbai", "IN")]),
    ],
)
def test_a_given_name_opening_a_sentence_only_other_names_spell_is_a_person(
    gazetteer, text, expected
):
    assert _read(gazetteer, text) == expected
