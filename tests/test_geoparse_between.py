""""between A and B" names a road's two ends: hamlets there are places, surnames are not."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def names(gazetteer, text):
    return {t.text: (t.place.name if t.place else None) for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone struck a car on the road between Marjayoun and Hasbaya.",
         {"Marjayoun": "Marjayoun", "Hasbaya": "Hasbaya"}),
        ("The convoy was hit between Hasbaya and Marjayoun.",
         {"Marjayoun": "Marjayoun"}),
        ("Fighting raged between Zvanivka and Dronivka.",
         {"Zvanivka": "Zvanivka", "Dronivka": "Dronivka"}),
    ],
)
def test_hamlets_between_are_places(gazetteer, text, expected):
    found = names(gazetteer, text)
    for name, place in expected.items():
        assert found.get(name) == place


@pytest.mark.parametrize(
    "text",
    ["Talks between Smith and Jones failed.", "A meeting between Trump and Putin ended."],
)
def test_people_between_are_not(gazetteer, text):
    assert names(gazetteer, text) == {}
