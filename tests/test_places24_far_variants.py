"""A name read only by another romanisation of it (texts written for these tests): far
from every place of the story and in none of its countries, it is left unplaced
("the village of Thaala" in a story of Sweida is not Thala in Tunisia); in a country
of the story the reading stays ("Tal Rifaat" by Azaz)."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km

THALA_TUNISIA = (35.5724, 8.6703)
TALL_RIFAAT = (36.4697, 37.0967)


def places(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None and t.place.lat is not None
    }


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Clashes spread from Sweida city to the village of Thaala, near the military "
        "airport, and to Al-Mazraa, a Syrian war monitor said.",
        "Druze fighters held the hamlet of Thaala west of Sweida on Sunday; in Daraa and "
        "Izraa, government forces set up checkpoints.",
    ],
)
def test_far_variant_reading_is_unplaced(text, gazetteer):
    got = places(text, gazetteer)
    assert "Thaala" not in got or distance_km(got["Thaala"], THALA_TUNISIA) > 500


@pytest.mark.gazetteer
def test_variant_reading_in_the_story_stays(gazetteer):
    text = ("Turkish-backed fighters shelled Tal Rifaat from positions near Azaz and "
            "Marea, north of Aleppo, Syrian state media said.")
    got = places(text, gazetteer)
    assert distance_km(got["Tal Rifaat"], TALL_RIFAAT) < 20
