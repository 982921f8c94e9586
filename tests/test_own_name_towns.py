"""A town read by its own name beats another city's old name where the text's other
places lie by the town (geo.text.own_name_towns).

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
        "England beat France at Twickenham on Saturday.",
        "Ireland and England met at Twickenham.",
    ],
)
def test_the_own_name_town_in_the_text_region(gazetteer, text):
    t = read(text, gazetteer)["Twickenham"]
    assert t.place.name == "Twickenham" and t.place.country_code == "GB"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # the old name's own country is spoken of: the old name stands
        ("Floods hit Salisbury and Bulawayo.", "Salisbury", "Harare"),
        ("Russian troops entered Artemovsk, Ukraine said.", "Artemovsk", "Bakhmut"),
    ],
)
def test_an_old_name_in_its_country_stays(gazetteer, text, name, place):
    assert read(text, gazetteer)[name].place.name == place


@pytest.mark.gazetteer
def test_a_town_listed_with_its_state_stays_a_town(gazetteer):
    t = read("Residents of Berea and Kentucky officials disagreed.", gazetteer)["Berea"]
    assert t.place.kind == "place" and t.place.country_code == "US"
