"""A direction of the front is named after a front-line town (texts written for these
tests): "the Krasnoarmeysk direction" is Pokrovsk, "the Stepnogorsk direction"
Stepnohirsk; a text about no fighting keeps the namesake elsewhere."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km


def points(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


POKROVSK = (48.2801, 37.1771)
STEPNOHIRSK = (47.5902, 35.3640)
KRASNOARMEYSK_SARATOV = (51.0235, 45.6967)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Russian forces attacked in the Stepnogorsk direction.",
         {"Stepnogorsk": STEPNOHIRSK}),
        ("The Ukrainian army said its units repelled eleven assaults in the "
         "Krasnoarmeysk direction overnight.",
         {"Krasnoarmeysk": POKROVSK}),
        ("Russian drones struck positions in the Stepnogorsk and Krasnoarmeysk "
         "directions, a military blogger wrote.",
         {"Stepnogorsk": STEPNOHIRSK, "Krasnoarmeysk": POKROVSK}),
        ("Russian units pressed on near Zarichne in the Krasnoarmeysk direction.",
         {"Krasnoarmeysk": POKROVSK}),
    ],
)
def test_direction_is_the_front_town(text, meant, gazetteer):
    got = points(text, gazetteer)
    for name, where in meant.items():
        assert distance_km(got[name], where) < 20, (name, got.get(name))


@pytest.mark.gazetteer
def test_direction_in_a_text_about_no_fighting(gazetteer):
    text = "The evening train from Saratov left in the Krasnoarmeysk direction on time."
    got = points(text, gazetteer)
    assert distance_km(got["Krasnoarmeysk"], KRASNOARMEYSK_SARATOV) < 20
