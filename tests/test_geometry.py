"""Tests for geo.geometry: exact geodesic circles, lines, areas and buffers on WGS84."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pytest
import shapely
from geopy.location import Location
from geopy.point import Point as GeopyPoint
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box

from geo.errors import InputError
from geo.geometry import (
    MAX_RADIUS_KM,
    area_km2,
    as_lat_lon,
    bearing_deg,
    between,
    buffer_km,
    distance_km,
    lon_lat,
    offset,
    ring,
)

GEOD = Geod(ellps="WGS84")  # independent of the module's own instance
MEAN_RADIUS_KM = 6371.0088

SUMY = (50.91741, 34.79906)
DONETSK = (48.0159, 37.8028)
KYIV = (50.4501, 30.5234)
KHARKIV = (49.9935, 36.2304)

FAST = settings(max_examples=100, deadline=None)


def cap_area_km2(radius_km: float) -> float:
    """Area of a spherical cap of geodesic radius *radius_km* on the mean-radius sphere."""
    return 2 * math.pi * MEAN_RADIUS_KM**2 * (1 - math.cos(radius_km / MEAN_RADIUS_KM))


def coords(geom) -> np.ndarray:
    return shapely.get_coordinates(geom)


def distances_m(center: tuple[float, float], xy: np.ndarray) -> np.ndarray:
    lat, lon = center
    n = len(xy)
    return np.asarray(GEOD.inv(np.full(n, lon), np.full(n, lat), xy[:, 0], xy[:, 1])[2])


def circle_vertices(geom) -> np.ndarray:
    """All vertices except the pole-closing corners (lat exactly +-90)."""
    xy = coords(geom)
    return xy[np.abs(xy[:, 1]) != 90.0]


def assert_ring_ok(geom, center: tuple[float, float], radius_km: float) -> None:
    assert geom.is_valid, shapely.validation.explain_validity(geom)
    xy = coords(geom)
    assert np.all((xy[:, 0] >= -180) & (xy[:, 0] <= 180))
    assert np.all((xy[:, 1] >= -90) & (xy[:, 1] <= 90))
    on_circle = circle_vertices(geom)
    assert len(on_circle) >= 8
    np.testing.assert_allclose(distances_m(center, on_circle), radius_km * 1000, atol=1.0)
    for polygon in getattr(geom, "geoms", [geom]):
        assert polygon.exterior.is_ccw  # RFC 7946 right-hand rule


# --------------------------------------------------------------------------- ring


def test_ring_sumy_every_vertex_16_km_away():
    geom = ring(SUMY, 16)
    assert isinstance(geom, Polygon)
    xy = coords(geom)
    assert len(xy) == 129  # 128 vertices + closing point
    np.testing.assert_allclose(distances_m(SUMY, xy), 16_000, atol=1.0)
    assert_ring_ok(geom, SUMY, 16)
    assert area_km2(geom) == pytest.approx(math.pi * 16**2, rel=0.01)


@pytest.mark.parametrize(
    ("center", "radius_km", "geom_type", "parts"),
    [
        ((-17.7, 178.0), 300, "MultiPolygon", 2),  # Fiji
        ((65.0, -179.5), 300, "MultiPolygon", 2),  # Chukotka
        ((65.0, 179.0), 100, "MultiPolygon", 2),
        ((0.0, 180.0), 50, "MultiPolygon", 2),
        ((0.0, -180.0), 50, "MultiPolygon", 2),
        ((89.9, 0.0), 50, "Polygon", 1),  # encloses the North Pole
        ((85.0, 40.0), 100, "Polygon", 1),  # near, but not around, the pole
        ((90.0, 0.0), 200, "Polygon", 1),
        ((-89.5, 179.9), 200, "Polygon", 1),  # around the South Pole
    ],
)
def test_ring_near_antimeridian_and_poles(center, radius_km, geom_type, parts):
    geom = ring(center, radius_km)
    assert geom.geom_type == geom_type
    assert len(getattr(geom, "geoms", [geom])) == parts
    assert_ring_ok(geom, center, radius_km)
    # Same ring far from the antimeridian, at the same latitude.
    reference = ring((center[0], 0.0), radius_km)
    assert area_km2(geom) == pytest.approx(area_km2(reference), rel=0.01)
    assert area_km2(geom) == pytest.approx(cap_area_km2(radius_km), rel=0.01)


def test_antimeridian_crossing_points_are_on_the_circle():
    center = (-17.7, 178.0)
    geom = ring(center, 300)
    xy = coords(geom)
    on_line = np.unique(xy[np.abs(xy[:, 0]) == 180.0], axis=0)
    assert len(on_line) == 4  # two crossing points, once on each side
    east_lats = sorted(on_line[on_line[:, 0] == 180.0, 1])
    west_lats = sorted(on_line[on_line[:, 0] == -180.0, 1])
    assert east_lats == west_lats  # the pieces meet exactly on the antimeridian
    np.testing.assert_allclose(distances_m(center, on_line), 300_000, atol=0.01)
    east, west = sorted(geom.geoms, key=lambda p: -p.bounds[0])
    assert east.bounds[2] == 180.0
    assert west.bounds[0] == -180.0


def test_pole_ring_is_closed_through_the_pole():
    center = (89.9, 0.0)
    geom = ring(center, 50)
    assert geom.bounds == (-180.0, pytest.approx(geom.bounds[1]), 180.0, 90.0)
    xy = coords(geom)
    corners = xy[np.abs(xy[:, 1]) == 90.0]
    assert {tuple(c) for c in corners} == {(180.0, 90.0), (-180.0, 90.0)}
    crossings = xy[(np.abs(xy[:, 0]) == 180.0) & (np.abs(xy[:, 1]) != 90.0)]
    np.testing.assert_allclose(distances_m(center, crossings), 50_000, atol=0.01)
    assert area_km2(geom) == pytest.approx(math.pi * 50**2, rel=0.01)


def test_ring_around_south_pole_closes_at_minus_90():
    geom = ring((-88.0, 120.0), 400)
    assert_ring_ok(geom, (-88.0, 120.0), 400)
    assert geom.bounds[1] == -90.0
    assert area_km2(geom) == pytest.approx(cap_area_km2(400), rel=0.01)


@pytest.mark.parametrize("center", [(0.0, 0.0), (30.0, -179.9), (-45.0, 100.0)])
def test_ring_around_both_poles(center):
    radius_km = 15_000
    geom = ring(center, radius_km)
    assert_ring_ok(geom, center, radius_km)
    # More than half the Earth: GeographicLib alone would report the complement.
    assert area_km2(geom) == pytest.approx(cap_area_km2(radius_km), rel=0.01)


def test_ring_polygon_is_regular_polygon_fraction_of_circle():
    geom = ring(SUMY, 100, vertices=8)
    regular_octagon = 8 / (2 * math.pi) * math.sin(2 * math.pi / 8)
    assert area_km2(geom) / cap_area_km2(100) == pytest.approx(regular_octagon, rel=0.002)


@pytest.mark.parametrize("radius_km", [0, -1, MAX_RADIUS_KM, 25_000, math.nan, math.inf, "5"])
def test_ring_rejects_bad_radius(radius_km):
    with pytest.raises(InputError):
        ring(SUMY, radius_km)


@pytest.mark.parametrize("vertices", [7, 0, 8.0, True, "128"])
def test_ring_rejects_bad_vertex_count(vertices):
    with pytest.raises(ValueError):
        ring(SUMY, 10, vertices=vertices)


@FAST
@given(
    lat=st.floats(-89, 89),
    lon=st.floats(-180, 180),
    radius_km=st.floats(0.1, 2000),
)
def test_ring_property_vertices_on_circle(lat, lon, radius_km):
    center = (lat, lon)
    geom = ring(center, radius_km)
    assert_ring_ok(geom, center, radius_km)
    area = area_km2(geom)
    assert area == pytest.approx(cap_area_km2(radius_km), rel=0.01)
    if radius_km <= 200:
        assert area == pytest.approx(math.pi * radius_km**2, rel=0.01)


# --------------------------------------------------------------------------- offset / bearing


def test_offset_from_donetsk():
    point = offset(DONETSK, 55, 315)
    assert isinstance(point, Point)
    assert distance_km(DONETSK, point) == pytest.approx(55, abs=1e-6)
    assert bearing_deg(DONETSK, point) == pytest.approx(315, abs=1e-9)
    assert bearing_deg(point, DONETSK) == pytest.approx(135, abs=0.5)
    assert point.y > DONETSK[0] and point.x < DONETSK[1]  # north-west


def test_offset_normalises_bearing_and_longitude():
    a = offset((0, 179.9), 100, 90 + 720)
    b = offset((0, 179.9), 100, 90)
    assert (a.x, a.y) == pytest.approx((b.x, b.y))
    assert -180 <= a.x < 0  # went across the antimeridian
    assert offset(SUMY, 0, 10).coords[0] == pytest.approx((SUMY[1], SUMY[0]))


@pytest.mark.parametrize(
    ("distance", "bearing"), [(-1, 0), (math.nan, 0), (1, math.inf), (1, "north"), (None, 0)]
)
def test_offset_rejects_bad_input(distance, bearing):
    with pytest.raises(InputError):
        offset(DONETSK, distance, bearing)


@FAST
@given(
    lat=st.floats(-90, 90),
    lon=st.floats(-180, 180),
    distance=st.floats(0, 15000),
    bearing=st.floats(-720, 720),
)
def test_offset_round_trip(lat, lon, distance, bearing):
    center = (lat, lon)
    point = offset(center, distance, bearing)
    assert -180 <= point.x <= 180 and -90 <= point.y <= 90
    assert distance_km(center, point) == pytest.approx(distance, abs=1e-6)  # 1 mm


def test_bearing_range():
    assert bearing_deg((0, 0), (0, 1)) == pytest.approx(90)
    assert bearing_deg((0, 0), (0, -1)) == pytest.approx(270)
    assert bearing_deg((0, 0), (1, -1e-12)) < 360
    assert bearing_deg(SUMY, SUMY) == 0.0


def test_distance_kyiv_kharkiv():
    assert distance_km(KYIV, KHARKIV) == pytest.approx(410.3, abs=0.1)
    assert distance_km(KHARKIV, KYIV) == pytest.approx(distance_km(KYIV, KHARKIV))


# --------------------------------------------------------------------------- inputs


@dataclass
class Place:
    lat: float
    lon: float


class GeoInterfacePoint:
    @property
    def __geo_interface__(self) -> dict:
        return {"type": "Point", "coordinates": [34.8, 50.9]}


@pytest.mark.parametrize(
    "obj",
    [
        (50.9, 34.8),
        [50.9, 34.8],
        GeopyPoint(50.9, 34.8),
        Location("Sumy", GeopyPoint(50.9, 34.8), {}),
        Point(34.8, 50.9),
        Place(lat=50.9, lon=34.8),
        GeoInterfacePoint(),
        {"type": "Point", "coordinates": [34.8, 50.9]},
        (np.float64(50.9), np.float64(34.8)),
    ],
)
def test_as_lat_lon_accepts_every_form(obj):
    assert as_lat_lon(obj) == pytest.approx((50.9, 34.8))
    assert lon_lat(obj) == pytest.approx((34.8, 50.9))


def test_axis_swaps():
    assert as_lat_lon(Point(34.8, 50.9)) == (50.9, 34.8)
    assert lon_lat((50.9, 34.8)) == (34.8, 50.9)
    assert lon_lat(Point(34.8, 50.9)) == (34.8, 50.9)


@pytest.mark.parametrize(
    "obj",
    [
        (91, 0),
        (-90.5, 0),
        (0, 180.5),
        (math.nan, 0),
        (0, math.inf),
        "50.9, 34.8",
        (50.9, 34.8, 0),
        (50.9,),
        ("50.9", "34.8"),
        (True, False),
        None,
        Point(),
        LineString([(0, 0), (1, 1)]),
        Place(lat=91, lon=0),
        {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
    ],
)
def test_as_lat_lon_rejects_invalid(obj):
    with pytest.raises(InputError):
        as_lat_lon(obj)
    with pytest.raises(ValueError):
        as_lat_lon(obj)


@settings(max_examples=300, deadline=None)
@given(st.floats(), st.floats())
def test_as_lat_lon_float_pairs_agree_with_the_general_path(lat, lon):
    """A tuple of two floats takes a short path; it reads and rejects exactly as a list
    of the same two floats does through the general one."""
    try:
        expected = as_lat_lon([lat, lon])
    except InputError:
        with pytest.raises(InputError):
            as_lat_lon((lat, lon))
    else:
        assert as_lat_lon((lat, lon)) == expected
        assert type(as_lat_lon((lat, lon))[0]) is float


@pytest.mark.parametrize("obj", [(91.0, 0.0), (0.0, -180.5), (math.nan, 0.0), (0.0, math.inf)])
def test_as_lat_lon_rejects_out_of_range_float_pairs(obj):
    with pytest.raises(InputError):
        as_lat_lon(obj)


def test_as_lat_lon_error_lists_accepted_forms():
    with pytest.raises(InputError, match=r"\(lat, lon\) tuple.*geopy.*shapely Point"):
        as_lat_lon("Sumy")
    with pytest.raises(InputError, match="latitude must be within"):
        as_lat_lon((91, 0))


# --------------------------------------------------------------------------- between


def assert_on_geodesic(line, a, b) -> None:
    xy = coords(line)
    total = distance_km(a, b) * 1000
    along = distances_m(a, xy) + distances_m(b, xy)
    np.testing.assert_allclose(along, total, atol=1.0)


def test_between_kyiv_kharkiv():
    line = between(KYIV, KHARKIV)
    assert isinstance(line, LineString)
    assert len(line.coords) == 66
    assert line.coords[0] == (KYIV[1], KYIV[0])
    assert line.coords[-1] == (KHARKIV[1], KHARKIV[0])
    assert_on_geodesic(line, KYIV, KHARKIV)


def test_between_across_antimeridian():
    a, b = (60.0, 170.0), (60.0, -170.0)
    line = between(a, b)
    assert isinstance(line, MultiLineString)
    assert len(line.geoms) == 2
    xy = coords(line)
    assert np.all(np.abs(xy[:, 0]) <= 180)
    first, second = line.geoms
    assert first.coords[0] == (170.0, 60.0) and second.coords[-1] == (-170.0, 60.0)
    assert first.coords[-1][0] == 180.0 and second.coords[0][0] == -180.0
    assert first.coords[-1][1] == second.coords[0][1]
    assert_on_geodesic(line, a, b)


def test_between_rejects_bad_input():
    with pytest.raises(InputError):
        between(KYIV, KYIV)
    with pytest.raises(InputError):
        between(KYIV, KHARKIV, points=-1)


@FAST
@given(
    lat1=st.floats(-89, 89),
    lon1=st.floats(-180, 180),
    lat2=st.floats(-89, 89),
    lon2=st.floats(-180, 180),
    points=st.integers(0, 80),
)
def test_between_property(lat1, lon1, lat2, lon2, points):
    a, b = (lat1, lon1), (lat2, lon2)
    if distance_km(a, b) < 1e-3:
        return
    line = between(a, b, points=points)
    assert line.is_valid
    xy = coords(line)
    assert np.all(np.abs(xy[:, 0]) <= 180)
    assert len(xy) >= points + 2
    assert_on_geodesic(line, a, b)


# --------------------------------------------------------------------------- area / buffer


def test_area_of_one_degree_box_at_equator():
    assert area_km2(box(0, 0, 1, 1)) == pytest.approx(12_308, rel=0.005)
    assert area_km2(box(0, 0, 1, 1).__geo_interface__) == pytest.approx(area_km2(box(0, 0, 1, 1)))


def test_area_sums_parts_and_subtracts_holes():
    square = box(10, 10, 12, 12)
    assert area_km2(MultiPolygon([square, box(20, 10, 22, 12)])) == pytest.approx(
        area_km2(square) + area_km2(box(20, 10, 22, 12))
    )
    holed = square.difference(box(10.5, 10.5, 11.5, 11.5))
    assert area_km2(holed) == pytest.approx(
        area_km2(square) - area_km2(box(10.5, 10.5, 11.5, 11.5))
    )
    assert area_km2(box(-180, -90, 180, 90)) == pytest.approx(510_065_622, rel=1e-6)


def test_area_rejects_non_polygons():
    with pytest.raises(InputError):
        area_km2(Point(0, 0))
    with pytest.raises(InputError):
        area_km2("not a geometry")


def test_buffer_point_by_10_km():
    disc = buffer_km(Point(DONETSK[1], DONETSK[0]), 10)
    assert isinstance(disc, Polygon) and disc.is_valid
    assert area_km2(disc) == pytest.approx(math.pi * 100, rel=0.01)
    np.testing.assert_allclose(distances_m(DONETSK, coords(disc)), 10_000, atol=10)


def test_buffer_line_and_polygon():
    line = LineString([(KYIV[1], KYIV[0]), (KHARKIV[1], KHARKIV[0])])
    band = buffer_km(line, 5)
    expected = 2 * 5 * distance_km(KYIV, KHARKIV) + math.pi * 25
    assert area_km2(band) == pytest.approx(expected, rel=0.01)
    grown = buffer_km(ring(SUMY, 20), 5)
    assert area_km2(grown) == pytest.approx(math.pi * 25**2, rel=0.01)


def test_buffer_across_antimeridian_is_split():
    disc = buffer_km(Point(179.95, -17.7), 30)
    assert isinstance(disc, MultiPolygon) and disc.is_valid
    assert np.all(np.abs(coords(disc)[:, 0]) <= 180)
    assert area_km2(disc) == pytest.approx(math.pi * 900, rel=0.01)


def test_buffer_rejects_bad_input():
    with pytest.raises(InputError):
        buffer_km(Point(30, 50), -1)
    with pytest.raises(InputError):
        buffer_km(Point(0, 89.99), 10)  # would enclose the pole
    with pytest.raises(InputError):
        buffer_km(Point(), 1)
