"""A country's name is the country, not its region of the same name
(geo.text.candidates._without_country_regions). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a region of the same country named beside it made the country a region too
        (
            "ERBIL, Iraq - Turkish drones struck a car near Sinjar in northern Iraq, killing "
            "two members of a militia linked to the Kurdistan Workers' Party.",
            "Iraq",
            "IQ",
        ),
        ("NOVI SAD, Serbia - Students from Vojvodina marched across Serbia.", "Serbia", "RS"),
        ("Ferries between Zanzibar and Tanzania were halted, officials in Tanzania said.",
         "Tanzania", "TZ"),
    ],
)
def test_a_country_named_after_a_city_is_the_country(gazetteer, text, name, code):
    a = geo.analyze(text, gazetteer=gazetteer)
    found = [t for t in a.toponyms if t.text == name]
    assert found
    assert all(t.place.kind == "country" and t.place.country_code == code for t in found), [
        (t.text, t.place.kind) for t in found
    ]
