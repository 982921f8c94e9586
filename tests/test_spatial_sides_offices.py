"""The side a distance is reached from ("within 15 kilometers of Kharkov from the north":
was the whole disc) and an office's name ("the head of the Kherson Regional Military
Administration" in a sentence naming another place: no region feature)."""

from __future__ import annotations

import pytest

from geo.geometry.measures import area_km2, distance_km
from geo.text.geoparse import geoparse
from geo.text.spatial import extract_features
from geo.text.spatial.ring_sides import side_sector

KHARKIV = (49.982, 36.255)


def _features(gazetteer, text):
    return extract_features(text, geoparse(text, gazetteer), gazetteer)


@pytest.mark.parametrize(
    ("tail", "bearing"),
    [(" from the north, he said", 0.0), (", from the south-east.", 135.0),
     (" from the north of the city", None), (" from the N", None), (" from Belgorod", None)],
)  # fmt: skip
def test_the_side_follows_the_place(tail, bearing):
    found = side_sector("Kharkiv" + tail, 7, KHARKIV, 15.0)
    assert (found[2] if found else None) == bearing
    if found:
        assert area_km2(found[0]) == pytest.approx(176.7, rel=0.02)  # km²: a quarter disc


@pytest.mark.gazetteer
def test_a_ring_reached_from_one_side_is_that_side(gazetteer):
    text = "Russian forces advanced to within 15 kilometers of Kharkov from the north.\n"
    (f,) = _features(gazetteer, text)
    assert f.kind == "ring" and f.bearing_deg == 0.0 and f.text.endswith("from the north")
    assert area_km2(f.geometry) == pytest.approx(176.7, rel=0.02)  # km²: 90° of 15 km
    c = f.geometry.centroid
    assert c.y > KHARKIV[0] and distance_km(KHARKIV, (c.y, c.x)) < 10


@pytest.mark.gazetteer
def test_an_office_name_draws_no_region(gazetteer):
    """An office's region is no area the sentence states when the sentence names another
    place; alone, it is where the official's words are (tests/test_claims_tclaims30)."""
    text = (
        "Russian shelling hit Beryslav, the head of the Kherson Regional Military "
        "Administration, Oleksandr Prokudin, said.\n"
    )
    from geo.analysis import analyze  # the metonymy stage marks the office

    assert not [f for f in analyze(text, gazetteer=gazetteer).features if f.kind == "region"]
    alone = (
        "One person was killed, the head of the Kherson Regional Military Administration, "
        "Oleksandr Prokudin, said.\n"
    )
    assert [f.kind for f in _features(gazetteer, alone)] == ["region"]
    kept = "Shelling hit villages across the Kherson region, Oleksandr Prokudin said.\n"
    assert [f.kind for f in _features(gazetteer, kept)] == ["region"]
