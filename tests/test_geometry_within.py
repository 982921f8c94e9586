"""within_km gives distance_km(a, b) <= km for every pair, the sphere deciding the clear ones."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.geometry import distance_km, measures, within_km

lats = st.floats(-90.0, 90.0, allow_nan=False)
lons = st.floats(-180.0, 180.0, allow_nan=False)


def _sphere_km(lat1, lon1, lat2, lon2):
    p1, p2 = np.radians(lat1), np.radians(lat2)
    h = (np.sin((p2 - p1) / 2) ** 2
         + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2)
    return 2 * measures._SPHERE_KM * np.arctan2(np.sqrt(h), np.sqrt(np.maximum(0.0, 1 - h)))


def test_the_sphere_stays_within_its_stated_error_of_the_ellipsoid():
    """The bound the shortcut relies on, sampled: short and long pairs, poles, the
    equator, near-antipodal pairs (where the ratio is smallest)."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    rng = np.random.default_rng(12)
    worst = 0.0
    for scale in (1e-7, 1e-4, 0.1, 3.0, 40.0, 180.0):
        n = 50_000
        lat1 = np.degrees(np.arcsin(rng.uniform(-1, 1, n)))
        lat1[:600] = rng.choice([90.0, -90.0, 0.0, 89.99, -89.99, 45.0], 600)
        lon1 = rng.uniform(-180, 180, n)
        lat2 = np.clip(lat1 + rng.uniform(-scale, scale, n), -90, 90)
        lon2 = (lon1 + rng.uniform(-2 * scale, 2 * scale, n) + 180) % 360 - 180
        if scale == 180.0:  # half of them near the antipode
            lat2[: n // 2] = np.clip(-lat1[: n // 2] + rng.uniform(-1, 1, n // 2), -90, 90)
            lon2[: n // 2] = (lon1[: n // 2] + 360 + rng.uniform(-1, 1, n // 2)) % 360 - 180
        exact = geod.inv(lon1, lat1, lon2, lat2)[2] / 1000
        sphere = _sphere_km(lat1, lon1, lat2, lon2)
        # the error stays within three quarters of the margin within_km allows for
        half = measures._SPHERE_RATIO * 0.75
        excess = np.maximum(exact - sphere * (1 + half), sphere * (1 - half) - exact)
        worst = max(worst, float(excess.max()))
    assert worst <= measures._SPHERE_SLACK_KM


@settings(max_examples=400, deadline=None)
@given(lats, lons, lats, lons, st.floats(0.0, 21000.0))
def test_within_is_distance_at_most(lat1, lon1, lat2, lon2, km):
    a, b = (lat1, lon1), (lat2, lon2)
    assert within_km(a, b, km) == (distance_km(a, b) <= km)


@settings(max_examples=300, deadline=None)
@given(lats, lons, lats, lons, st.floats(-1e-6, 1e-6))
def test_within_at_the_limit_itself(lat1, lon1, lat2, lon2, nudge):
    """Limits at (and a hair around) the exact distance: the geodesic decides."""
    a, b = (lat1, lon1), (lat2, lon2)
    km = distance_km(a, b) * (1 + nudge)
    assert within_km(a, b, km) == (distance_km(a, b) <= km)


@pytest.mark.parametrize("km", [0.0, -1.0, 1e-9, math.inf, math.nan, 20004.0])
def test_within_odd_limits_and_coincident_points(km):
    for a, b in [((50.0, 30.0), (50.0, 30.0)), ((90.0, 0.0), (90.0, 120.0)),
                 ((0.0, 180.0), (0.0, -180.0)), ((10.0, 20.0), (-10.0, -160.0)),
                 ((48.0, 37.8), (48.0001, 37.8))]:
        assert within_km(a, b, km) == (distance_km(a, b) <= km), (a, b, km)


def test_within_reads_locations_as_distance_does():
    assert within_km({"type": "Point", "coordinates": [30.52, 50.45]}, (50.45, 30.53), 1.0)
    with pytest.raises(InputError):
        within_km((91.0, 0.0), (0.0, 0.0), 10.0)
    with pytest.raises(InputError):
        within_km((0.0, 0.0), "Kyiv", 10.0)


def test_within_needs_no_geodesic_for_clear_cases(monkeypatch):
    class NoGeod:
        def __getattr__(self, name):
            raise AssertionError("the geodesic was computed")

    monkeypatch.setattr(measures, "_GEOD", NoGeod())
    kyiv, kharkiv = (50.4501, 30.5234), (49.9935, 36.2304)  # 410.3 km
    assert within_km(kyiv, kharkiv, 420.0)
    assert not within_km(kyiv, kharkiv, 400.0)
    assert within_km(kyiv, kyiv, 0.01)


def _frame_measured(core, candidates):
    """geo.render.frame.frame as it was, every distance measured on the ellipsoid."""
    from pyproj import Geod

    from geo.render.frame import FRAME_REACH_FACTOR, MIN_REACH_KM, Frame, box_of

    geod = Geod(ellps="WGS84")
    box = box_of(core)
    s, w, n, e = box
    clat, clon = (s + n) / 2.0, (w + e) / 2.0
    reach_km = max(FRAME_REACH_FACTOR * geod.inv(clon, clat, e, n)[2] / 1000.0, MIN_REACH_KM)
    inside, outside = [box], []
    for i, (lat, lon) in enumerate(candidates):
        if geod.inv(clon, clat, lon, lat)[2] / 1000.0 <= reach_km:
            inside.append((lat, lon, lat, lon))
        else:
            outside.append(i)
    return Frame(box_of(inside), tuple(outside))


@settings(max_examples=150, deadline=None)
@given(st.floats(-60.0, 60.0), st.floats(-170.0, 170.0), st.floats(0.0, 8.0), st.floats(0.0, 8.0),
       st.lists(st.tuples(st.floats(-3.0, 3.0), st.floats(-3.0, 3.0)), max_size=6),
       st.floats(0.3, 12.0))
def test_the_frame_is_the_measured_one(lat, lon, height, width, offsets, spread):
    """Small cores (reach 150 km, no radius measured) and large ones; candidates near and
    far: the view and the places left out are those every distance measured gives."""
    from geo.render.frame import frame

    core = [(lat, lon, lat + height / 4, lon + width / 4)]
    candidates = [(lat + dy * spread, lon + dx * spread) for dy, dx in offsets]
    assert frame(core, candidates) == _frame_measured(core, candidates)
