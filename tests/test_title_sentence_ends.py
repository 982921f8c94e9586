"""A name right after an abbreviated title and its period is a person's ("Col. Nabil
Hassan"); a whole title word that ends its sentence ("the Ministry of Justice.", "the
county Mayor.") leaves the next sentence's first name to be a place."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.lexicon import ABBREVIATED_TITLES, PERSON_TITLES

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer) if t.place is not None]


def test_abbreviated_titles_are_titles():
    assert ABBREVIATED_TITLES <= PERSON_TITLES
    assert {"col", "gen", "sen", "gov"} <= ABBREVIATED_TITLES
    assert not {"justice", "mayor", "president", "minister"} & ABBREVIATED_TITLES


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Appeals went to the Ministry of Justice. Armenia has tightened the rules.", "Armenia"),
        ("The council is led by the Mayor. Montenegro pays for the roads.", "Montenegro"),
        ("The list was sent to the President. Tunisia replied within a week.", "Tunisia"),
    ],
)
def test_a_place_after_a_title_ending_its_sentence_is_read(gazetteer, text, name):
    assert name in _names(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops were inspected by Col. Chester Brandt near Kabul.", "Chester"),
        ("Sen. Clinton Moss spoke in Columbus on Friday.", "Clinton"),
    ],
)
def test_a_name_after_an_abbreviated_title_stays_a_person(gazetteer, text, name):
    assert name not in _names(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency chief was asked to resign. Sens. Tom Udall and Martin Heinrich said so.",
        "The bill passed on Friday. Reps. Anna Eshoo and Zoe Lofgren voted against it.",
    ],
)
def test_a_plural_abbreviated_title_is_no_town(gazetteer, text):
    """"Sens." before senators' names is no Sens, France."""
    assert _names(gazetteer, text) == []
