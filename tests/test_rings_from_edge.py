"""A distance from a town's edge ("3 miles from the outskirts of Lyman", "5 km from the
edge of Kostiantynivka", "within 5 km of the eastern outskirts of Pokrovsk") is a ring
around the town, as a distance from the town is (geo.text.spatial.vocabulary._EDGE)."""

from __future__ import annotations

import pytest


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "town", "km"),
    [
        ("Russian assault units stood 3 miles from the outskirts of Lyman.", "Lyman", 4.83),
        ("Drones hit a depot 5 km from the edge of Kostiantynivka.", "Kostyantynivka", 5.0),
        ("Shells fell within 8 km of the northern outskirts of Pokrovsk.", "Pokrovsk", 8.0),
        ("The camp lies 12 km from the city limits of Kharkiv.", "Kharkiv", 12.0),
    ],
)
def test_a_distance_from_a_town_s_edge_is_a_ring(gazetteer, text, town, km):
    from geo import analyze

    a = analyze(text, gazetteer=gazetteer)
    rings = [f for f in a.features if f.kind == "ring"]
    assert len(rings) == 1
    assert abs(rings[0].radius_km - km) < 0.01
    assert a.toponyms[rings[0].anchor].place.name == town


@pytest.mark.gazetteer
def test_the_edge_words_need_their_town(gazetteer):
    from geo import analyze

    a = analyze("The front moved 5 km from the edge of the forest.", gazetteer=gazetteer)
    assert not [f for f in a.features if f.kind == "ring"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        ("Gunmen burned a market 40 km north of the capital, Port-au-Prince.", "offset",
         "Port-au-Prince"),
        ("The depot lies 70 km from the Ukrainian capital, Kyiv, officials said.", "ring",
         "Kyiv"),
        ("Shells landed 20 km south of the capital, Khartoum, on Friday.", "offset",
         "Khartoum"),
    ],
)
def test_a_distance_from_the_capital_named_in_apposition(gazetteer, text, kind, town):
    """ "of the capital, Port-au-Prince": the capital the apposition names anchors it."""
    from geo import analyze

    a = analyze(text, gazetteer=gazetteer)
    found = [f for f in a.features if f.kind == kind]
    assert len(found) == 1
    assert a.toponyms[found[0].anchor].place.name == town
