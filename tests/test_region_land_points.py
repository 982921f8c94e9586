"""First-level regions placed on their land: Natural Earth draws the US states on the
Great Lakes out to the border in the lakes, so their polygons' centroids lie in or
toward the water; the builder takes the Census shapes' centroids for the states."""

from __future__ import annotations

import json

import pytest
from shapely.geometry import Point

from geo.gazetteer.regions import place_on_land
from geo.gazetteer.sources import default_sources, read_sources


def test_place_on_land_moves_only_the_regions_it_has_points_for():
    recs = [
        {"country_code": "US", "admin1_code": "OH", "lat": 40.4, "lon": -82.7},
        {"country_code": "CA", "admin1_code": "08", "lat": 50.1, "lon": -85.8},
    ]
    place_on_land(recs, {("US", "OH"): (40.3, -82.8), ("US", "MI"): (44.4, -85.4)})
    assert [(r["lat"], r["lon"]) for r in recs] == [(40.3, -82.8), (50.1, -85.8)]


def test_the_state_points_file_has_every_state_once():
    doc = json.loads(default_sources()["states"].read_text(encoding="utf-8"))
    codes = [row[0] for row in doc["states"]]
    assert len(codes) == len(set(codes)) == 51  # the 50 states and the District
    assert {"OH", "MI", "DC", "AK", "HI"} <= set(codes)
    assert doc["source"].startswith("npm us-atlas@3.0.1")


def test_read_sources_gives_the_state_points_and_does_without_them():
    sources = default_sources()
    assert read_sources(sources)["region_points"]["US", "OH"] == pytest.approx(
        (40.293, -82.790), abs=1e-3
    )
    del sources["states"]
    assert read_sources(sources)["region_points"] == {}


@pytest.mark.gazetteer
def test_great_lakes_states_lie_on_their_land(gazetteer):
    for code, lake_centroid_lat in (("OH", 40.417), ("MI", 44.873)):
        (rec,) = gazetteer.regions("US", code)
        lat, lon = gazetteer.lat_lon(rec)
        assert lat < lake_centroid_lat - 0.1  # south of the centroid with the lake in it
        assert gazetteer.geometry(rec).contains(Point(lon, lat))


@pytest.mark.gazetteer
def test_every_state_point_lies_in_its_state(gazetteer):
    for code in ("OH", "MI", "WI", "IL", "IN", "NY", "PA", "MN", "TX", "CA", "FL", "VA"):
        (rec,) = gazetteer.regions("US", code)
        lat, lon = gazetteer.lat_lon(rec)
        assert gazetteer.geometry(rec).buffer(0.01).contains(Point(lon, lat)), code
