"""A county its own sentence puts in a state, before another state the text names, is
that state's county (geo.text.sentence_states).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def counties(text, gazetteer):
    """Each county mention's state, in text order."""
    return [
        t.place.admin1_name if t.place is not None else None
        for t in geoparse(text, gazetteer)
        if t.text.endswith("County")
    ]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Hunters reported dead geese in Michigan, at a wetland in Monroe County. "
            "The tests were run in Ames, Iowa.",
            "Michigan",
        ),
        (
            "Officials found a sick heron in Ohio near a marsh in Washington County. "
            "Samples went to a laboratory in Lincoln, Nebraska.",
            "Ohio",
        ),
        (
            "A tornado hit Georgia on Sunday, flattening barns in Jackson County. "
            "Forecasters in Norman, Oklahoma, had warned of storms.",
            "Georgia",
        ),
    ],
)
def test_a_county_after_its_sentence_state_is_that_state_county(gazetteer, text, state):
    assert counties(text, gazetteer) == [state]


@pytest.mark.gazetteer
def test_the_county_bare_repeats_follow(gazetteer):
    text = (
        "Hunters reported dead geese in Michigan, at a wetland in Monroe County. "
        "The tests were run in Ames, Iowa. Monroe County officials closed the marsh."
    )
    assert counties(text, gazetteer) == ["Michigan", "Michigan"]


@pytest.mark.gazetteer
def test_a_county_with_its_own_state_keeps_it(gazetteer):
    text = (
        "Hunters reported dead geese in Michigan and at a wetland in Monroe County, "
        "Iowa. The tests were run in Ames, Iowa."
    )
    assert counties(text, gazetteer) == ["Iowa"]


@pytest.mark.gazetteer
def test_a_sentence_naming_two_states_leaves_resolution_be(gazetteer):
    text = (
        "Storms crossed Michigan and Iowa, and a barn burned in Monroe County. "
        "The tests were run in Ames, Iowa."
    )
    with_two = counties(text, gazetteer)
    alone = counties("A barn burned in Monroe County. The tests were run in Ames, Iowa.", gazetteer)
    assert with_two == alone


@pytest.mark.gazetteer
def test_a_county_the_text_introduced_with_its_state_keeps_it(gazetteer):
    text = (
        "Knox County is a county located in Indiana. When the Illinois Territory was "
        "formed, the parts of Knox County west of the Wabash went to Illinois."
    )
    assert counties(text, gazetteer) == ["Indiana", "Indiana"]


@pytest.mark.gazetteer
def test_a_sentence_naming_another_state_after_the_county_leaves_it_be(gazetteer):
    text = (
        "The valley spans Lehigh and Northampton counties within Pennsylvania, and "
        "Warren County in the adjacent state of New Jersey."
    )
    assert counties(text, gazetteer)[-1] == "New Jersey"
