"""A weekday after a place's name says when, not whose: "descend on Toronto Saturday
night" is Toronto; a person's name before a weekday stays a person's. Weather patterns
named like places ("El Niño", "La Niña") are no places."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Snow is expected to descend on Toronto Saturday night.", ["Toronto"]),
        ("Fighting near Bakhmut Monday killed two soldiers.", ["Bakhmut"]),
        ("Tom Paris Friday said he would run again.", []),
        ("The Supreme Court Monday ruled on the case.", []),
    ],
)
def test_a_weekday_after_a_name(gazetteer, text, names):
    assert [t.text for t in geoparse(text, gazetteer)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Forecasters said El Niño conditions would fade as La Niña returns.", []),
        ("The El Nino weather pattern warmed the Pacific waters.", []),
        ("He moved to La Paz and then to El Paso.", ["La Paz", "El Paso"]),
    ],
)
def test_weather_patterns_are_no_places(gazetteer, text, names):
    assert [t.text for t in geoparse(text, gazetteer)] == names
