"""A given name that also names a region or a large town, before a surname that towns
bear ("Paul Taylor": Taylor, Texas): a person's name, not two places.

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.name_words import place_pair

pytestmark = pytest.mark.gazetteer


def names(text, gazetteer):
    return [t.text for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "The board met, and Paul Taylor spoke for the hospital in Springfield.",
        "Volunteers, Brian Cole and Paul Taylor, CEO of the clinic, cut the ribbon in Joplin.",
        "Fans cheered when Leon Jackson sang in Glasgow.",
    ],
)
def test_the_surname_is_no_place(gazetteer, text):
    found = names(text, gazetteer)
    assert "Taylor" not in found and "Jackson" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the words that follow a town's name as places do keep it a place
        ("Police in Leon County closed the road.", "Leon County"),
        ("Officers of the Paris police said the march in Lyon was calm.", "Paris"),
        ("She grew up in Leon Valley, near San Antonio.", "Leon Valley"),
    ],
)
def test_place_words_still_follow_a_town(gazetteer, text, name):
    assert name in names(text, gazetteer)


def test_place_pair_tells_surnames_from_place_words(gazetteer):
    assert not place_pair(gazetteer, "paul", "taylor")
    assert place_pair(gazetteer, "paul", "police")


@pytest.mark.parametrize(
    "text",
    [
        # a common given name that names a region abroad (Mary, Turkmenistan; Paul, Cape
        # Verde) before a surname: the person's
        "The board met, and Mary Smith spoke for the hospital in Springfield.",
        "Mary Smith spoke for the hospital in Springfield.",
        "The team included Mary Alice Spaulding and Paige Parker of Franklin.",
    ],
)
def test_a_given_name_that_names_a_region_abroad(gazetteer, text):
    assert "Mary" not in names(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Gas from the Mary region of Turkmenistan flows to China.",
        "Farmers in Mary, Turkmenistan, harvested cotton.",
    ],
)
def test_the_region_itself_stays(gazetteer, text):
    assert "Mary" in names(text, gazetteer)
