"""A village said to lie near a town, read as a namesake far off: "Kalynivka, near
Chasiv Yar" is not Horlivka's Kalynivskyi (65 km) nor Vinnytsia Oblast's Kalynivka
(670 km); "Kalynivka, a village on the approaches to Chasiv Yar" neither
(geo.text.hinted.near_astray, geo.text.hints.vicinity).  Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km

CHASIV_YAR = (48.5877, 37.8341)


def points(text, gazetteer):
    return [
        (t.text, (t.place.lat, t.place.lon))
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    ]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked near Bakhmut, Klishchiivka and Chasiv Yar on Tuesday. "
        "Fighting continued at Kalynivka, near Chasiv Yar, the brigade said.",
        "Fighting continued at Kalynivka, near Chasiv Yar, on Tuesday.",
        "Troops took Kalynivka near Chasiv Yar after a week of assaults.",
        "Russian forces attacked north of the town near Kalynivka, a village on the "
        "approaches to Chasiv Yar from the northeast.",
        "Drones hit Kalynivka, a small village just outside Chasiv Yar, overnight.",
    ],
)
def test_a_village_near_a_town_is_not_a_far_namesake(gazetteer, text):
    found = [p for name, p in points(text, gazetteer) if name == "Kalynivka"]
    assert found
    assert all(distance_km(p, CHASIV_YAR) < 20 for p in found)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # A town near its anchor, and a city anywhere, keep their own place.
        ("Shelling hit Enerhodar, near Zaporizhzhia, on Monday.", "Enerhodar", (47.4989, 34.6558)),
        ("Drones hit Kramatorsk near Sloviansk overnight.", "Kramatorsk", (48.7231, 37.5563)),
        ("Officials met in Kharkiv, near Kupiansk, on Friday.", "Kharkiv", (49.9818, 36.2548)),
    ],
)
def test_a_town_or_city_near_a_town_keeps_its_place(gazetteer, text, name, where):
    found = dict(points(text, gazetteer))
    assert distance_km(found[name], where) < 10


@pytest.mark.gazetteer
def test_a_list_anchored_before_is_left_to_the_list(gazetteer):
    # "near Ferozepur, Fazilka and Gurdaspur": the names after the first are its list's,
    # not villages near the name after them.
    text = (
        "On the Indian side farmers near Ferozepur, Fazilka and Gurdaspur lost their crops, "
        "officials in Punjab said."
    )
    found = dict(points(text, gazetteer))
    assert distance_km(found["Fazilka"], (30.4036, 74.0283)) < 10


HULIAIPOLE = (47.6668, 36.2558)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Russia's Defence Ministry said its troops had seized the village of Zelenyi Hai "
        "near Huliaipole.",
        "Ukrainian forces repelled an attack on Zelenyi Hai near Huliaipole overnight.",
    ],
)
def test_a_village_near_a_town_beyond_its_reach_is_not_that_namesake(gazetteer, text):
    # GeoNames' Zelenyi Hai of Donetsk Oblast lies 54 km from Huliaipole: more than "near"
    # reaches for a village with no distance stated (a town's is read loosely).
    found = [p for name, p in points(text, gazetteer) if name == "Zelenyi Hai"]
    assert found and all(distance_km(p, HULIAIPOLE) < 30 for p in found)

