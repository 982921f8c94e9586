"""A city part's explicit city wins over a city named earlier: "CITY's X area" after "in
Seoul", and a name the gazetteer lacks stated in a city ("in Yeouido, Seoul") is
estimated in that city, not by an earlier paragraph's place (geo.text.city_parts).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

SEOUL = (37.57, 126.98)
PYONGYANG = (39.03, 125.75)


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


def at(t):
    return (t.place.lat, t.place.lon)


@pytest.mark.gazetteer
def test_a_possessive_city_wins_over_the_sentence_opener(gazetteer):
    text = (
        "The embassy in Seoul declined to comment. The army said rockets were fired from "
        "Pyongyang's Sunan area into the sea."
    )
    sunan = read(text, gazetteer)["Sunan"]
    assert sunan.place.country_code == "KP"
    assert distance_km(at(sunan), PYONGYANG) < 30


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("Troops were sent to Kursk in August. Lee spoke to reporters after a meeting at "
         "the National Assembly in Yeouido, Seoul.", "Yeouido", SEOUL),
        ("Drones hit Kharkiv overnight.\n\nThe minister spoke at a rally in Gwanghwamun, "
         "Seoul, on Sunday.", "Gwanghwamun", SEOUL),
    ],
)  # fmt: skip
def test_a_name_stated_in_a_city_is_estimated_there(gazetteer, text, name, city):
    t = read(text, gazetteer)[name]
    assert t.estimated and distance_km(at(t), city) < 25


@pytest.mark.gazetteer
def test_a_name_before_a_speaking_city_is_not_its_part(gazetteer):
    t = read("Shelling hit Zorbavka, Kyiv's officials said.", gazetteer).get("Zorbavka")
    assert t is None or t.place is None or distance_km(at(t), (50.45, 30.52)) > 25
