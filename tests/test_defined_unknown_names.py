"""A name the gazetteer lacks (nor any name spelt like it), opening a sentence that
defines it ("Kera is a village in Kutch district of Gujarat"): estimated in the container
the definition states.

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def found(text, name, gazetteer):
    return next((t for t in geoparse(text, gazetteer) if t.text == name), None)


@pytest.mark.parametrize(
    ("text", "name", "cc", "admin1"),
    [
        ("Vrzhqatl is a village in the Kutch district of Gujarat, India.", "Vrzhqatl", "IN", "09"),
        ("Pzdrovkny is a small hamlet in South Yorkshire, England.", "Pzdrovkny", "GB", "ENG"),
        (
            "Vrhtzlk (Gujarati: Vrhtzlk) is a village in Gujarat, India.",
            "Vrhtzlk",
            "IN",
            None,
        ),
    ],
)
def test_a_defined_unknown_name_is_estimated_in_its_container(gazetteer, text, name, cc, admin1):
    t = found(text, name, gazetteer)
    assert t is not None and t.estimated
    assert t.place.country_code == cc
    if admin1 is not None:
        assert t.place.admin1_code == admin1


@pytest.mark.parametrize(
    "text",
    [
        # no definition: a capitalised word opening a sentence is no place
        "Vrzhqatl said the village in Gujarat had no water.",
        # a definition of a person, not of a place
        "Vrzhqatl is a farmer in Gujarat, India.",
    ],
)
def test_no_definition_no_estimate(gazetteer, text):
    assert found(text, "Vrzhqatl", gazetteer) is None
