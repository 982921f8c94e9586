"""People whose names towns share: famous ones, ones who do what only a person does, and
surnames a region named after a town shares (geo.text.speakers, geo.text.people)."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.speakers import acting_people


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "acting"),
    [
        ("Lincoln visited the fort's defenders.", {"lincoln"}),
        ("Within miles of the White House, Lincoln visited the fort.", {"lincoln"}),
        ("Marlow was born in 1950 and later Marlow married.", {"marlow"}),
        ("The town is named after James Robinson Caldwell, who married in 1852.", set()),
        ("James Robinson Caldwell married on November 24, 1852.", set()),
        ("James R. Caldwell married in 1852.", set()),
        ("Logan was born when the railroad came; it grew up around the depot.", set()),
        ("The mining camp of Bodie died out in 1942.", set()),
        ("The mayor of Marlow died on Friday.", set()),
        ("Visitors in Lincoln visited the museum.", set()),
        ("Kharkiv was shelled again.", set()),
    ],
)
def test_the_subject_of_what_only_a_person_does(text, acting):
    assert acting_people(text) == acting


def test_a_town_named_like_a_person_who_visits_is_the_person(gazetteer):
    text = (
        "Coming within five miles of the White House, Lincoln visited the defenders at "
        "Fort Stevens. The 6-foot, 4-inch Lincoln, wearing his hat, stood on the parapet. "
        "How did Lincoln get his reputation?"
    )
    assert "Lincoln" not in _names(gazetteer, text)


def test_a_large_city_that_weeps_stays_a_place(gazetteer):
    assert _names(gazetteer, "Crowds gathered as Paris wept on Friday.") == ["Paris"]


def test_a_named_town_after_a_person_act_stays_a_place_with_its_cue(gazetteer):
    text = "Marlow married in 1950. Later Marlow moved to Marlow, Buckinghamshire."
    assert _names(gazetteer, text) == ["Marlow", "Buckinghamshire"]


@pytest.mark.parametrize(
    "text",
    [
        "Napoleon had sold Louisiana decades earlier.",
        "The carved doors feature Confucius and Plato.",
        "Obama signed the bill on Tuesday.",
    ],
)
def test_a_person_known_by_one_name_is_no_place(gazetteer, text):
    names = _names(gazetteer, text)
    assert not {"Napoleon", "Plato", "Obama"} & set(names)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The orchestra in Kyiv played Brahms and Schubert before a Verdi aria.", ["Kyiv"]),
        ("The gallery in Leiden lent works by Rembrandt to Vienna.", ["Leiden", "Vienna"]),
        ("The pianist closed her recital in Warsaw with Liszt and Chopin.", ["Warsaw"]),
    ],
)
def test_composers_and_painters_known_by_one_name_are_no_places(gazetteer, text, kept):
    assert _names(gazetteer, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Police in Napoleon, Ohio, said the road was shut.",
        "He moved to Napoleon last year.",
        "Napoleon is a city in Henry County, Ohio.",
    ],
)
def test_the_town_a_famous_person_names_stays_a_place_where_the_text_says(gazetteer, text):
    assert "Napoleon" in _names(gazetteer, text)


def test_a_surname_a_region_named_after_its_town_shares_is_remembered(gazetteer):
    text = "He met Andrew Trapani there. It is a testament to Trapani's willingness to work."
    assert _names(gazetteer, text) == []
    text = (
        "Lewisburg Mayor John Manchester turned 60. \"They stuck me in the second row,\" "
        "Manchester said after the signing."
    )
    assert "Manchester" not in _names(gazetteer, text)


def test_a_us_states_or_a_countys_name_is_never_a_remembered_surname(gazetteer):
    text = "Denzel Washington starred. Actor Tom Kent spoke. Roads in Kent were shut."
    assert "Kent" in _names(gazetteer, text)
    assert "Washington" not in _names(gazetteer, "Denzel Washington starred in the film.")


def test_a_name_whose_aides_or_widow_are_spoken_of_is_a_persons(gazetteer):
    text = (
        "Israel may release inmates as a gesture to Abbas and Fatah. Abbas's aides are "
        "not worried. It would be a disaster for Abbas."
    )
    assert "Abbas" not in _names(gazetteer, text)
    assert acting_people("Kyiv's mayor and Marlow's officials spoke.") == set()


@pytest.mark.parametrize(
    ("text", "acting"),
    [
        ("Marlow married.", {"marlow"}),  # at the text's start
        ("(Marlow married.)", {"marlow"}),
        ("Dr.Marlow married.", set()),  # after a dot, a hyphen, a letter: part of a longer word
        ("pro-Marlow married.", set()),
        ("xMarlow married.", set()),
    ],
)
def test_the_acting_word_starts_no_longer_word(text, acting):
    assert acting_people(text) == acting
