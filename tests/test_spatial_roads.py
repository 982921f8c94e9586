"""Roads named by their two ends ("the Kupiansk-Svatove road"): the geodesic line
between them, a ``between`` feature."""

from __future__ import annotations

import pytest

from .test_spatial import features


def roads(text, gazetteer):
    toponyms, feats = features(text, gazetteer)
    return [(f.text, [toponyms[i].text for i in f.anchors], round(f.distance_km))
            for f in feats if f.kind == "between"]


@pytest.mark.gazetteer
@pytest.mark.parametrize("text, want", [
    ("Troops pushed along the Kupiansk-Svatove road on Monday.",
     [("Kupiansk-Svatove road", ["Kupiansk", "Svatove"], 51)]),
    ("Drones hit trucks on the Bakhmut–Lysychansk highway.",
     [("Bakhmut–Lysychansk highway", ["Bakhmut", "Lysychansk"], 47)]),
    ("Shelling cut the Pokrovsk - Kostiantynivka supply route overnight.",
     [("Pokrovsk - Kostiantynivka supply route", ["Pokrovsk", "Kostiantynivka"], 48)]),
])
def test_a_road_named_by_its_ends_is_the_line_between_them(gazetteer, text, want):
    assert roads(text, gazetteer) == want


@pytest.mark.gazetteer
@pytest.mark.parametrize("text", [
    "The Russia-Ukraine war entered its fourth year.",  # no road word
    "Flights on the Moscow-Beijing route resumed.",  # a route of flights, not ground
    "The Kharkiv-Lviv train left at noon.",  # a train is no road
    "Kharkiv - a road to recovery, the mayor said.",  # one name
])
def test_no_road_without_two_ends_and_a_road_word(gazetteer, text):
    assert roads(text, gazetteer) == []


@pytest.mark.gazetteer
def test_ends_over_1000_km_apart_are_no_stretch_of_ground(gazetteer):
    assert roads("Trucks used the Lisbon-Moscow highway, the report said.", gazetteer) == []
