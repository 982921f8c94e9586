"""A list's names are of one scale: a name listed with first-level regions is the region
of its name, also where "the" stands before it ("Alaska and the Yukon"), and a name after
"and the" is a list name (geo.text.containers.link_lists, geo.text.country_lists).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Smoke from wildfires in Alaska and the Yukon reached Seattle.",
        "Caribou herds cross between Alaska and Yukon every spring.",
        "Crews from Alberta, Alaska and the Yukon were sent north.",
        "The Yukon and Alaska share a long border.",
    ],
)
def test_a_name_listed_with_regions_is_the_region(gazetteer, text):
    yukon = read(text, gazetteer)["Yukon"]
    assert yukon.place.kind == "admin1" and yukon.place.country_code == "CA"


@pytest.mark.gazetteer
def test_a_strip_listed_with_a_region_after_and_the(gazetteer):
    t = read("Trucks carried food into Gaza and the West Bank.", gazetteer)
    assert t["Gaza"].place.kind == "admin1" and t["Gaza"].place.country_code == "PS"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        # a town listed with towns stays the town
        ("The bus ran from Norman and Yukon to Edmond.", "Yukon", "US"),
        # a city listed with regions stays the city
        ("Officials in Victoria, Alberta and Saskatchewan agreed.", "Victoria", "CA"),
    ],
)
def test_a_town_or_city_stays(gazetteer, text, name, cc):
    t = read(text, gazetteer)[name]
    assert t.place.kind == "place" and t.place.country_code == cc
