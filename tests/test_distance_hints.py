"""A place set by a distance with no direction: "Sevare, a few kilometres from Mopti",
"Kobo, about 35 km from Woldia" (geo.text.hints.distances). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km
from geo.text.hints.distances import _DISTANCE_FROM, distance_band, distance_follows

MOPTI = (14.4843, -4.18296)
WOLDIA = (11.8277, 39.5916)


def points(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


@pytest.mark.parametrize(
    ("phrase", "band"),
    [
        (", a few kilometres from Mopti", (0.0, 12.0, 5.0)),
        (", about 30 kilometers (19 miles) from Mogadishu", (21.0, 39.0, 30.0)),
        (", a town 5 km away from the city of Mopti", (0.0, 10.0, 5.0)),
        (", the market town 10-20 km from Bunia", (5.0, 26.0, 15.0)),
    ],
)
def test_the_band_of_a_distance_with_no_direction(phrase, band):
    assert distance_band(_DISTANCE_FROM.match(phrase)) == band


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("Sevare, a few kilometres from Mopti", True),
        ("Sevare, 10 km from Mopti", True),
        ("Sevare, a few kilometres from here", False),  # no name after "from"
        ("Sevare, 10 km west of Mopti", False),  # a direction: geo.text.hints.directed
        ("Sevare, where troops came from Mopti", False),
    ],
)
def test_the_phrase_follows_the_name(text, follows):
    assert distance_follows(text, len("Sevare")) is follows


@pytest.mark.gazetteer
def test_a_town_the_gazetteer_lacks_is_estimated_at_its_anchor(gazetteer):
    found = points("Gunmen attacked Sevare, a few kilometres from Mopti, on Sunday.", gazetteer)
    assert distance_km(found["Sevare"], MOPTI) < 12


@pytest.mark.gazetteer
def test_a_far_namesake_does_not_fit_the_distance(gazetteer):
    # GeoNames' only Kobo in Ethiopia lies 200 km south of Woldia: not the town meant.
    text = "Fighting was reported around Kobo, about 35 km from Woldia, on Tuesday."
    found = points(text, gazetteer)
    assert distance_km(found["Kobo"], WOLDIA) < 50


@pytest.mark.gazetteer
def test_a_known_town_at_the_distance_keeps_its_place(gazetteer):
    found = points("Troops repelled an attack on Afgooye, about 30 kilometers (19 miles) from "
                   "Mogadishu.", gazetteer)
    assert distance_km(found["Afgooye"], (2.1381, 45.1212)) < 1


@pytest.mark.gazetteer
def test_a_day_is_no_place(gazetteer):
    found = points("On Monday, a few kilometres from Mopti, troops were ambushed.", gazetteer)
    assert set(found) == {"Mopti"}


@pytest.mark.gazetteer
def test_a_pair_the_gazetteer_lacks_before_near(gazetteer):
    # geo.text.near_phrase.pair_near_follows: the pair's partner is an Arabic compound.
    marjayoun = (33.3603, 35.5911)
    found = points("The army deployed in Qlayaa and Ibel al-Saqi near Marjayoun.", gazetteer)
    assert distance_km(found["Qlayaa"], marjayoun) < 20
    assert distance_km(found["Ibel al-Saqi"], marjayoun) < 20
