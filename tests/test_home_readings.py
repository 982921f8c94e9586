"""Where people live, were born or moved to is a town: the city a region is named after,
not the region (geo.text.readings, "home"). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo


def kind_of(text, gazetteer, name):
    found = [t for t in geo.analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert found and found[0].place is not None
    return found[0].place.kind


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents live in Poltava and commute to Kremenchuk.", "Poltava"),
        ("She moved to Poltava and later to Lubny.", "Poltava"),
        ("He was born in Kharkiv and grew up in Chuhuiv and Izium.", "Kharkiv"),
        ("His parents still live in Sumy, while he serves near Okhtyrka and Trostianets.", "Sumy"),
    ],
)
def test_a_home_is_the_city_of_the_region_name(gazetteer, text, name):
    assert kind_of(text, gazetteer, name) == "place"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a region the text calls so stays the region
        ("Evacuees moved to the Poltava region from Kharkiv.", "Poltava"),
        # a state not named after a city inside it (Washington, D.C. lies outside it)
        ("He was born in Washington and moved to Seattle.", "Washington"),
        ("She lives in Oklahoma and works in Tulsa.", "Oklahoma"),
    ],
)
def test_a_home_in_a_region_not_named_after_its_city_stays_the_region(gazetteer, text, name):
    assert kind_of(text, gazetteer, name) == "admin1"
