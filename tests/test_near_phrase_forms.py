"""A "near" phrase after a name, with a comma and an edge: "Kotlyne, on the western
outskirts of Pokrovsk", "Abu Shouk, on the northern edge of El Fasher", "Berdychi,
outside Avdiivka": the name lies by the place named after it."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.near_phrase import near_follows

POKROVSK = (48.2801, 37.1771)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("captured Kotlyne, on the western outskirts of Pokrovsk", 16, True),
        ("in Abu Shouk, on the northern edge of El Fasher", 12, True),
        ("in Berdychi, outside Avdiivka", 11, True),
        ("in Berdychi, near Avdiivka", 11, True),
        ("in Berdychi, on the edge of collapse", 11, False),
        ("in Berdychi, which lies near Avdiivka", 11, False),
    ],
)
def test_near_follows(text, end, expected):
    assert near_follows(text, end) is expected


@pytest.mark.gazetteer
def test_a_village_on_a_towns_outskirts_is_estimated_by_it(gazetteer):
    text = "Russian forces attacked Kotlyne, on the western outskirts of Pokrovsk."
    t = next(t for t in geoparse(text, gazetteer) if t.text == "Kotlyne")
    assert t.estimated and distance_km((t.place.lat, t.place.lon), POKROVSK) < 20
