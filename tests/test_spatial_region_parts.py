"""A side of a region is that part of it (geo.text.spatial.region_parts).

Texts written for these tests; geometry checked with geodesic areas and bearings."""

from __future__ import annotations

import pytest
from pyproj import Geod
from shapely.geometry import Point, box

import geo
from geo.geometry import area_km2
from geo.text.spatial import extract_features
from geo.text.spatial.region_parts import part_before, region_part

GEOD = Geod(ellps="WGS84")


@pytest.mark.parametrize(
    ("before", "side"),
    [
        ("Fighting went on in the south of ", "south"),
        ("Shelling hit southern ", "south"),
        ("Drones struck the north-eastern parts of the ", "north-east"),
        ("Floods covered western areas of ", "west"),
        ("Troops held the northern half of the ", "north"),
    ],
)
def test_a_stated_side_is_read(before, side):
    found = part_before(before, len(before))
    assert found is not None and found[2] == side


@pytest.mark.parametrize(
    "before",
    ["Troops advanced 5 km east of the ", "Villages to the south of the ", "Shelling in the "],
)
def test_no_side_outside_or_without_one(before):
    assert part_before(before, len(before)) is None


def test_the_cut_keeps_the_side_of_the_geodesic_through_the_centre():
    square = box(30.0, 48.0, 32.0, 50.0)
    south = region_part(square, 180.0)
    north = region_part(square, 0.0)
    assert south.bounds[1] == pytest.approx(48.0) and south.bounds[3] < 49.1
    assert north.bounds[3] == pytest.approx(50.0) and north.bounds[1] > 48.9
    whole = area_km2(square)
    assert area_km2(south) + area_km2(north) == pytest.approx(whole, rel=0.01)
    east = region_part(square, 90.0)
    assert east.covers(Point(31.9, 49.0)) and not east.covers(Point(30.1, 49.0))


def _region(text, gazetteer):
    analysis = geo.analyze(text, gazetteer=gazetteer)
    feats = extract_features(text, analysis.toponyms, gazetteer)
    return [f for f in feats if f.kind == "region"]


@pytest.mark.parametrize(
    ("text", "phrase", "bearing"),
    [
        (
            "Fighting also went on near Staromaiorske, in the south of Donetsk region, "
            "the brigade said.",
            "the south of Donetsk region",
            180.0,
        ),
        ("Power cuts spread across northern Kherson Oblast.", "northern Kherson Oblast", 0.0),
        (
            "Guided bombs hit the north-eastern parts of the Kharkiv region.",
            "the north-eastern parts of the Kharkiv region",
            45.0,
        ),
    ],
)
def test_a_region_side_is_drawn_as_that_part(gazetteer, text, phrase, bearing):
    (part,) = _region(text, gazetteer)
    assert part.text == phrase and part.bearing_deg == bearing
    name = phrase.split(" of ")[-1].replace("the ", "").replace("northern ", "")
    (whole,) = _region(f"Power cuts spread across {name}.", gazetteer)
    assert whole.bearing_deg is None
    a, w = area_km2(part.geometry), area_km2(whole.geometry)
    assert 0.2 * w < a < 0.8 * w
    # The part's centre lies on the stated side of the whole region's centre.
    pc, wc = part.geometry.centroid, whole.geometry.centroid
    az, _, _ = GEOD.inv(wc.x, wc.y, pc.x, pc.y)
    assert abs((az - bearing + 180.0) % 360.0 - 180.0) < 60.0
