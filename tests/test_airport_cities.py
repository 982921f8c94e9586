"""An airport named by its own name, then placed in or by a city, is read at that city
when its own reading lies abroad (geo.text.airport_cities).

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
        "Flights were cancelled at Heathrow airport in London on Monday.",
        "Passengers waited for hours at Heathrow Airport, London, after a power cut.",
        "Police closed Heathrow airport near London after a fire.",
    ],
)
def test_the_airport_is_the_city_it_serves(gazetteer, text):
    t = read(text, gazetteer)["Heathrow"]
    assert t.place.name == "London" and t.place.country_code == "GB"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drones forced the closure of Vnukovo airport near Moscow.", "Vnukovo"),
        ("Flights from Boryspil airport outside Kyiv were suspended.", "Boryspil"),
    ],
)
def test_an_airport_town_near_the_city_stays(gazetteer, text, name):
    assert read(text, gazetteer)[name].place.name == name
