"""A US state heading a team's name places the town its sentence says the team is in
(geo.text.team_states).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def towns(text, gazetteer, name):
    return [
        (t.place.country_code, t.place.admin1_name)
        for t in geoparse(text, gazetteer)
        if t.text == name and t.place is not None
    ]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("The Georgia Bulldogs won in Athens.", "Athens", "Georgia"),
        ("The Ohio Bobcats won at Athens on Saturday.", "Athens", "Ohio"),
        ("Georgia Democrats rallied in Athens.", "Athens", "Georgia"),
    ],
)
def test_a_town_a_state_team_is_in_is_the_state_town(gazetteer, text, name, state):
    assert towns(text, gazetteer, name) == [("US", state)]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("The Texas Longhorns flew to Paris.", "Paris", "FR"),  # "to": where they went
        (
            "The Georgia Bulldogs won. Pilgrims gathered in Athens.",
            "Athens",
            "GR",
        ),  # another sentence
        ("Greek Orthodox Christians gathered in Athens.", "Athens", "GR"),  # no state
    ],
)
def test_a_town_not_in_the_team_sentence_or_not_after_in_is_left_be(gazetteer, text, name, cc):
    assert [c for c, _ in towns(text, gazetteer, name)] == [cc]
