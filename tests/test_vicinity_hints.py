"""A village placed by the town it lies by, with no distance: "X, on the western
approaches to Y", "X, on the outskirts of Y", "X, just outside Y", "X, on the edge of Y"
(geo.text.hints.vicinity). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import bearing_deg, distance_km
from geo.text.hints.vicinity import VICINITY_KM

CHASIV_YAR = (48.5877, 37.8341)


def points(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # GeoNames' larger Mykolaivka lies by Sloviansk, 32 km north: not the one meant.
        "Ukrainian troops held Mykolaivka, on the western approaches to Chasiv Yar, "
        "after a week of shelling.",
        "Drone crews struck a Russian column at Mykolaivka, just outside Chasiv Yar, on Sunday.",
        "Evacuation buses left Mykolaivka, on the outskirts of Chasiv Yar, at dawn.",
        "Artillery hit a school in Mykolaivka, on the eastern edge of Chasiv Yar, officials said.",
    ],
)
def test_a_village_by_the_town_it_is_said_to_lie_by(gazetteer, text):
    found = points(text, gazetteer)
    assert distance_km(found["Mykolaivka"], CHASIV_YAR) < 10


@pytest.mark.gazetteer
def test_a_village_the_gazetteer_lacks_lies_on_the_side_named(gazetteer):
    text = "Fighting continued at Stupochky, on the southern approaches to Chasiv Yar, on Monday."
    found = points(text, gazetteer)
    here = found["Stupochky"]
    assert 1 < distance_km(CHASIV_YAR, here) <= VICINITY_KM["approaches"][0]
    assert 135 <= bearing_deg(CHASIV_YAR, here) <= 225


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # A city or town is never moved by a loose phrase.
        ("Drones hit the port of Odesa, near Moldova, on Monday.", "Odesa", (46.4857, 30.7438)),
        ("Shelling hit Kharkiv, close to the Russian border, on Friday.", "Kharkiv",
         (49.9818, 36.2548)),
        # A town "outside" a city may lie 25 km from its point: still that town.
        ("Investigators returned to Bucha, just outside Kyiv, in April.", "Bucha",
         (50.5474, 30.2088)),
        ("Debris fell in Kalush, outside Burshtyn, overnight.", "Kalush", (49.0240, 24.3721)),
    ],
)  # fmt: skip
def test_a_town_keeps_its_place(gazetteer, text, name, where):
    assert distance_km(points(text, gazetteer)[name], where) < 5


@pytest.mark.gazetteer
def test_a_region_takes_no_vicinity_hint(gazetteer):
    from geo.text.hints.vicinity import vicinity_hints
    from geo.text.recognition import find_mentions

    text = "The village lies in the far corner of Branch County, on the southern edge of Quincy."
    mentions = find_mentions(text, gazetteer)
    assert [m.key for m in mentions][:1] == ["branch county"]
    assert 0 not in vicinity_hints(text, mentions, {})
