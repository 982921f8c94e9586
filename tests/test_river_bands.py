"""A distance from a river is a band along its course: "within 15 kilometers of the
Dnipro River in the Kherson region" (tester33 V26), clipped to the region named after."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.text.geoparse import geoparse
from geo.text.spatial import extract_features

pytestmark = pytest.mark.gazetteer

KHERSON = (46.635, 32.617)  # on the Dnipro's right bank
INLAND = (46.20, 33.60)  # Kherson region, some 60 km south of the river


def _band(gazetteer, text):
    toponyms = geoparse(text, gazetteer)
    found = [f for f in extract_features(text, toponyms, gazetteer) if "river" in (f.note or "")]
    assert len(found) == 1, found
    return found[0]


def test_within_a_distance_of_a_river_is_a_band_along_its_course(gazetteer):
    f = _band(gazetteer, "Homes in Kherson within 10 km of the Dnipro River must go.\n")
    assert f.kind == "near" and f.radius_km == 10
    assert f.geometry.contains(Point(KHERSON[1], KHERSON[0]))
    assert not f.geometry.contains(Point(INLAND[1], INLAND[0]))


def test_the_band_keeps_to_the_region_named_after_it(gazetteer):
    f = _band(
        gazetteer,
        "People within 15 kilometers (9 miles) of the Dnipro River in the Kherson region "
        "should go, officials said.\n",
    )
    assert "the part inside Kherson" in f.note
    assert not f.geometry.contains(Point(34.5, 47.6))  # Zaporizhzhia region, by the river


def test_a_river_without_a_distance_draws_no_band(gazetteer):
    text = "Boats crossed the Dnipro River near Kherson at night.\n"
    toponyms = geoparse(text, gazetteer)
    assert not [f for f in extract_features(text, toponyms, gazetteer) if "river" in (f.note or "")]
