"""A definition's container named as a part of a region ("a historic county of North
West England") is read as the region that holds it; a region whose own name opens with
a compass word ("West Virginia") keeps its name."""

from __future__ import annotations

import pytest

from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer


def _containers(gazetteer, text, key):
    return next(m.containers for m in find_mentions(text, gazetteer) if m.key == key)


def test_a_compass_part_of_a_region_is_read_as_the_region(gazetteer):
    text = "Cumberland is a historic county of North West England that had a council."
    assert {cc for cc, _ in _containers(gazetteer, text, "cumberland")} == {"GB"}


def test_a_region_named_with_a_compass_word_keeps_its_name(gazetteer):
    text = "Wheeling is a city in Marshall County, West Virginia, United States."
    assert ("US", "WV") in _containers(gazetteer, text, "wheeling")
    text = "Mafikeng is a city in North West Province, South Africa."
    assert {cc for cc, _ in _containers(gazetteer, text, "mafikeng")} == {"ZA"}


@pytest.mark.parametrize(
    ("text", "key", "country"),
    [
        ("Peterborough is a cathedral city in the East of England.", "peterborough", "GB"),
        (
            "Rockville is an unincorporated community in Hanover County in the Central "
            "Region of Virginia.",
            "rockville",
            "US",
        ),
        (
            "Dale is a village in Laurel County in the Eastern Region of Kentucky.",
            "dale",
            "US",
        ),
        ("Carmel is a hamlet in the Central District of Israel.", "carmel", "IL"),
    ],
)
def test_a_compass_part_of_a_named_place_lies_in_its_country(gazetteer, text, key, country):
    """"the Central Region of Virginia" is a part of Virginia, not Ghana's Central Region
    nor any other country's; "the Central District of Israel" stays Israel's."""
    assert {cc for cc, _ in _containers(gazetteer, text, key)} == {country}


def test_a_county_in_a_compass_part_of_a_state_is_the_state_s(gazetteer):
    text = (
        "Rockville is an unincorporated community in Hanover County in the Central "
        "Region of Virginia."
    )
    assert {cc for cc, _ in _containers(gazetteer, text, "hanover county")} <= {"US"}
