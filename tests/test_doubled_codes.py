"""A state's code written twice ("NY, NY") is the state's namesake city, then the state;
a state with no large namesake keeps both codes."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _read(gazetteer, text):
    return [(t.text, t.place.name) for t in geoparse(text, gazetteer)]


def test_the_first_code_is_the_city(gazetteer):
    text = "The clinic is at 210 W 57th St, NY, NY 10019."
    assert _read(gazetteer, text) == [("NY", "New York City"), ("NY", "New York")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm left Austin for TX, TX.",
            [("Austin", "Austin"), ("TX", "Texas"), ("TX", "Texas")],
        ),
        ("Offices in Albany, NY.", [("Albany", "Albany"), ("NY", "New York")]),
    ],
)
def test_no_namesake_or_no_double_no_change(gazetteer, text, expected):
    assert _read(gazetteer, text) == expected
