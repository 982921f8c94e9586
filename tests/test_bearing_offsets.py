"""Bearings in degrees with a distance: an offset feature, and a hint for the name they
follow (geo.text.spatial.bearings, geo.text.hints.bearings). Texts written for these
tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import bearing_deg, distance_km

ODESA = (46.4857, 30.7438)
SEVASTOPOL = (44.6080, 33.5213)


def offsets(text, gazetteer):
    a = geo.analyze(text, gazetteer=gazetteer)
    return [f for f in a.features if f.kind == "offset"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "anchor", "km", "deg"),
    [
        ("A drone boat was sunk 045 degrees from Odesa at 20 km, the navy said.",
         "045 degrees from Odesa at 20 km", ODESA, 20, 45),
        ("The frigate reported a contact on a bearing of 270 from Sevastopol, 15 km out.",
         "on a bearing of 270 from Sevastopol, 15 km", SEVASTOPOL, 15, 270),
        ("Debris was found 30 km from Odesa on a bearing of 180 degrees on Friday.",
         "30 km from Odesa on a bearing of 180 degrees", ODESA, 30, 180),
        ("Radar tracked the missile at 120° from Sevastopol at a range of 40 km.",
         "120° from Sevastopol at a range of 40 km", SEVASTOPOL, 40, 120),
        # The bearing before the distance and the place; "at 045°" after them.
        ("A tanker was struck at a bearing of 200 degrees, 25 km from Odesa, at dawn.",
         "at a bearing of 200 degrees, 25 km from Odesa", ODESA, 25, 200),
        ("Sonar held the contact on bearing 90, some 12 km from Sevastopol.",
         "on bearing 90, some 12 km from Sevastopol", SEVASTOPOL, 12, 90),
        ("A second boat was hit 18 km from Sevastopol at 315° shortly after.",
         "18 km from Sevastopol at 315°", SEVASTOPOL, 18, 315),
        ("A ship was hit at a bearing of 60 degrees from Odesa at 20 km.",
         "at a bearing of 60 degrees from Odesa at 20 km", ODESA, 20, 60),
        ("Wreckage lay 9 km from Odesa at 135 degrees, the navy said.",
         "9 km from Odesa at 135 degrees", ODESA, 9, 135),
    ],
)  # fmt: skip
def test_a_bearing_in_degrees_is_an_offset(gazetteer, text, phrase, anchor, km, deg):
    (f,) = offsets(text, gazetteer)
    assert f.text == phrase and f.bearing_deg == deg and f.distance_km == km
    point = (f.geometry.y, f.geometry.x)
    assert abs(distance_km(anchor, point) - km) < 0.5
    assert abs((bearing_deg(anchor, point) - deg + 180) % 360 - 180) < 1


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Temperatures fell to 5 degrees in Odesa at night.",
        "The road turns 90 degrees from Odesa onward.",
        "Troops camped 20 km from Odesa at 5 degrees below zero.",
    ],
)
def test_no_offset_without_a_bearing_and_distance(gazetteer, text):
    assert offsets(text, gazetteer) == []


@pytest.mark.gazetteer
def test_a_bearing_after_a_name_places_it(gazetteer):
    # Without the bearing, GeoNames' larger Mykolaivka by Sloviansk is read.
    text = "Drones hit a depot at Mykolaivka, 250 degrees from Chasiv Yar at 3 km, on Monday."
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Mykolaivka"]
    assert distance_km((t.place.lat, t.place.lon), (48.5877, 37.8341)) < 8
