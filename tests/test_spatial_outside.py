""""N km outside P": a distance measured from the town's centre or its edge (an annulus
reaching both readings), not a bare "outside P" disk that loses the number."""

from __future__ import annotations

import pytest

from geo.text.spatial.measures import urban_radius_km

from .test_spatial import distances_km, features, only


@pytest.mark.gazetteer
def test_miles_outside_a_city_is_a_band_from_its_centre_to_past_its_edge(gazetteer):
    text = "A drone hit a fuel depot 3 miles outside Belgorod overnight, the governor said."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "ring")
    assert f.text == "3 miles outside Belgorod"
    place = toponyms[f.anchor].place
    center = (place.lat, place.lon)
    km = 3 * 1.609344
    edge = urban_radius_km(place)
    assert 4 < edge < 10  # a city of ~350,000
    outer = distances_km(center, f.geometry.exterior.coords)[0]
    inner = distances_km(center, f.geometry.interiors[0].coords)[0]
    assert inner == pytest.approx(km - 1, rel=1e-3)
    assert outer == pytest.approx(km + 1 + edge, rel=1e-3)
    assert "edge" in f.note


@pytest.mark.gazetteer
def test_outside_without_a_distance_stays_a_near_disk(gazetteer):
    _, feats = features("Shelling was heard just outside Sumy on Monday.", gazetteer)
    assert [f.kind for f in feats] == ["near"]


@pytest.mark.gazetteer
def test_from_keeps_the_centre_reading(gazetteer):
    toponyms, feats = features("The village lies 10 km from Sumy, officials said.", gazetteer)
    f = only(feats, "ring")
    place = toponyms[f.anchor].place
    outer = distances_km((place.lat, place.lon), f.geometry.exterior.coords)[0]
    assert outer == pytest.approx(11.0, rel=1e-3)


@pytest.mark.gazetteer
def test_from_the_centre_of_a_town_is_from_its_point(gazetteer):
    for text in ("Shelling hit a village 7 km from the center of Kherson.",
                 "Shelling hit a village 7 km from central Kherson."):
        toponyms, feats = features(text, gazetteer)
        f = only(feats, "ring")
        assert f.text.startswith("7 km from") and f.text.endswith("Kherson")
        place = toponyms[f.anchor].place
        outer = distances_km((place.lat, place.lon), f.geometry.exterior.coords)[0]
        assert outer == pytest.approx(8.0, rel=1e-3)


@pytest.mark.gazetteer
def test_from_the_edge_of_a_town_moves_the_band_out_by_its_urban_radius(gazetteer):
    toponyms, feats = features("A village lay 3 miles from the outskirts of Sumy.", gazetteer)
    f = only(feats, "ring")
    place = toponyms[f.anchor].place
    edge = urban_radius_km(place)
    inner = distances_km((place.lat, place.lon), f.geometry.interiors[0].coords)[0]
    assert inner == pytest.approx(3 * 1.609344 - 1 + edge, rel=1e-3)
    toponyms, feats = features("Troops were within 10 km of the edge of Sumy.", gazetteer)
    f = only(feats, "ring")
    outer = distances_km((place.lat, place.lon), f.geometry.exterior.coords)[0]
    assert outer == pytest.approx(10 + edge, rel=1e-3)
    assert f.radius_km == 10
