"""A town, then its first-level region named with its region word and no comma
("Maiduguri Borno State"): two places, not a person's name.  Texts are written for these
tests."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.town_country import town_of_region

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    return [(t.text, t.place.country_code) for t in geoparse(text, gazetteer) if t.place]


def test_a_town_before_its_region_with_its_word_is_a_place(gazetteer):
    text = "Report.\nSoldiers paraded at the barracks in Maiduguri Borno State on Monday."
    assert places(gazetteer, text) == [("Maiduguri", "NG"), ("Borno State", "NG")]


@pytest.mark.parametrize(
    ("town", "key", "expected"),
    [
        ("maiduguri", "borno state", True),
        ("kano", "borno state", False),  # a town of another state
        ("maiduguri", "borno", False),  # no region word: the bare name may be a surname's
    ],
)
def test_town_of_region(gazetteer, town, key, expected):
    assert town_of_region(gazetteer, town, key) is expected
