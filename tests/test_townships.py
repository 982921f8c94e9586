"""A township the gazetteer lacks is located by the place it is named after, its span
the whole name ("born in North Annville Township"); short capitals name a region only by
its own name or alias ("US", "UK"; never "ER").

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.candidates import own_regions
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def test_a_township_is_located_by_its_namesake(gazetteer):
    text = "She was born in 1921 in North Annville Township and farmed there for decades."
    (t,) = [t for t in geoparse(text, gazetteer) if "Annville" in t.text]
    assert t.text == "Annville Township" and t.place.admin1_code == "PA"


def test_short_capitals_name_only_a_region_by_its_own_name(gazetteer):
    us = gazetteer.lookup_normalized("us")
    assert {gazetteer.kind(c.record) for c in own_regions(gazetteer, us)} == {"country"}
    assert own_regions(gazetteer, gazetteer.lookup_normalized("er")) == []
    names = [t.text for t in geoparse("The US and UK agreed; the ER was busy.", gazetteer)]
    assert names == ["US", "UK"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lee is a town in Strafford County, New Hampshire, United States.", "Lee"),
        ("Spring is a census-designated place in Harris County, Texas.", "Spring"),
        ("Springfield is a ward in south east Birmingham, England.", "Springfield"),
    ],
)
def test_an_everyday_word_the_text_defines_as_a_place_is_one(gazetteer, text, name):
    assert name in [t.text for t in geoparse(text, gazetteer)]


def test_a_list_of_firms_is_no_container(gazetteer):
    # ", Nestle" after "Johnson" is a list of firms, no definition of a place.
    text = "Advertisers included Johnson & Johnson, Nestle, Jos. A. Bank and Hulu."
    assert [t.text for t in geoparse(text, gazetteer)] == []
