"""A city's part named after its possessive without a facility's word ("London's
Heathrow") is read at the city where its own reading is a small place in a country the
text never otherwise lies in (geo.text.facilities._stray_part).  Texts written for these
tests."""

import pytest

from geo.text.geoparse import geoparse


def _read(gazetteer, text):
    return {t.text: t.place.country_code if t.place else None for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Most of the crew work out of London's Heathrow, one of the busiest hubs.",
        "Strikes will hit London's Heathrow and Gatwick over Christmas.",
    ],
)
def test_a_citys_part_read_far_off_is_the_city(gazetteer, text):
    assert _read(gazetteer, text)["Heathrow"] == "GB"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Moscow's Bakhmut offensive stalled.", "Bakhmut", "UA"),  # a town of note
        ("Paris's Montmartre was crowded.", "Montmartre", "FR"),
        ("Flights from Orlando's Heathrow suburb were delayed.", "Heathrow", "US"),
    ],
)
def test_a_near_or_large_reading_stays(gazetteer, text, name, country):
    assert _read(gazetteer, text)[name] == country
