"""Distances and directions written in Russian: "в 10 км от Купянска" (a ring), "в 10 км
к северо-западу от Авдеевки" and "в 5 км западнее Авдеевки" (offsets), "в радиусе 30 км от
Белгорода" (a disc), "к югу от Купянска" (a sector); all gave nothing."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geometry.measures import area_km2, distance_km
from geo.text.geoparse import geoparse
from geo.text.spatial import extract_features
from geo.text.spatial.russian_distances import _P_RU, _bearing

KUPIANSK = (49.71, 37.616)
AVDIIVKA = (48.139, 37.747)


@pytest.mark.parametrize(
    ("word", "deg"),
    [("северу", 0.0), ("северо-западу", 315.0), ("юго-восточнее", 135.0), ("западнее", 270.0),
     ("востоку", 90.0), ("южнее", 180.0), ("прямо", None)],
)  # fmt: skip
def test_compass_words(word, deg):
    assert _bearing(word) == deg


def test_the_phrase_ends_where_the_place_begins():
    text = "Удар нанесён в 10 км от города Купянска."
    m = _P_RU.search(text)
    assert m is not None and text[m.end() :].startswith("Купянска")
    assert _P_RU.search("Он купил 10 км кабеля.") is None


def _one(gazetteer, text):
    found = extract_features(text, geoparse(text, gazetteer), gazetteer)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.gazetteer
def test_a_distance_is_the_band_at_it(gazetteer):
    f = _one(gazetteer, "Удар был нанесён в 10 км от Купянска.\n")
    assert f.kind == "ring" and f.text == "в 10 км от Купянска" and f.radius_km == 10
    assert area_km2(f.geometry) == pytest.approx(125.7, rel=0.02)  # km²: 9-11 km annulus
    assert not f.geometry.contains(Point(KUPIANSK[1], KUPIANSK[0]))
    disc = _one(gazetteer, "Эвакуация объявлена в радиусе 30 км от Белгорода.\n")
    assert disc.kind == "ring" and area_km2(disc.geometry) == pytest.approx(2827, rel=0.02)


@pytest.mark.gazetteer
def test_a_distance_and_a_direction_is_an_offset(gazetteer):
    f = _one(gazetteer, "Войска продвинулись в 10 км к северо-западу от Авдеевки.\n")
    assert f.kind == "offset" and f.bearing_deg == 315.0 and f.distance_km == 10
    p = f.geometry
    assert distance_km(AVDIIVKA, (p.y, p.x)) == pytest.approx(10, abs=0.3)
    assert p.y > AVDIIVKA[0] and p.x < AVDIIVKA[1]
    g = _one(gazetteer, "Бои идут в 5 км западнее Авдеевки.\n")
    assert g.kind == "offset" and g.bearing_deg == 270.0


@pytest.mark.gazetteer
def test_a_direction_alone_is_a_sector(gazetteer):
    f = _one(gazetteer, "Штурмовые группы действуют к югу от Купянска.\n")
    assert f.kind == "near" and f.bearing_deg == 180.0 and f.max_km == 40
    assert f.geometry.contains(Point(KUPIANSK[1], KUPIANSK[0] - 0.2))
    assert not f.geometry.contains(Point(KUPIANSK[1], KUPIANSK[0] + 0.2))


@pytest.mark.gazetteer
def test_the_comparative_south_has_its_own_stem(gazetteer):
    f = _one(gazetteer, "Бои идут южнее Авдеевки.\n")
    assert f.kind == "near" and f.bearing_deg == 180.0
