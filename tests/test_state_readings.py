"""The words that tell a state from its city of the same name, as US news writes them:
"New York Gov. Andrew Cuomo" and "upstate New York" are the state; "moved to New York"
stays the city."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _kinds(text):
    return [(t.text, t.place.kind) for t in analyze(text).toponyms if t.place is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Former New York Gov. Mario Cuomo died on Thursday.",
        "They had five children, including current New York Gov. Andrew Cuomo.",
        "Residents of upstate New York were told to stay home.",
        "Snow closed schools across downstate New York.",
    ],
)
def test_a_state_by_its_governor_or_its_part(text):
    assert _kinds(text) == [("New York", "admin1")]


@pytest.mark.parametrize(
    "text",
    [
        "He moved to New York last year and found work.",
        "The mayor of New York spoke at City Hall.",
        "A governor's aide flew to New York, where the talks were held.",
    ],
)
def test_the_city_stays_the_city(text):
    assert _kinds(text) == [("New York", "place")]

