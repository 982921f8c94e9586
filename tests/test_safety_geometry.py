"""Degenerate geometry gives a clear InputError or a valid shape; one bad statement
never costs the rest of the analysis or the map (issue 9)."""

from __future__ import annotations

import logging
import math

import pytest
import shapely
from hypothesis import example, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point, box

import geo
from geo.errors import InputError
from geo.geometry import (
    MAX_OFFSET_KM,
    MAX_RADIUS_KM,
    MIN_RADIUS_KM,
    area_km2,
    buffer_km,
    distance_km,
    offset,
    ring,
)

SUMY = (50.91741, 34.79906)
FAST = settings(max_examples=150, deadline=None)

lats = st.floats(-90, 90)
lons = st.floats(-180, 180)


# --------------------------------------------------------------------------- ring


@pytest.mark.parametrize("radius_km", [1e-6, 1e-12, 5e-324, 0.0009999, MAX_RADIUS_KM, 1e308])
def test_ring_out_of_range_is_a_clear_input_error(radius_km):
    with pytest.raises(InputError, match=r"radius_km must be >= 0\.001 \(1 m\) and < 19900"):
        ring(SUMY, radius_km)


@FAST
@given(lat=lats, lon=lons, radius_km=st.floats(MIN_RADIUS_KM, 2.0))
@example(lat=SUMY[0], lon=SUMY[1], radius_km=MIN_RADIUS_KM)
@example(lat=0.0, lon=180.0, radius_km=MIN_RADIUS_KM)
@example(lat=90.0, lon=0.0, radius_km=MIN_RADIUS_KM)
@example(lat=-89.99999999, lon=-180.0, radius_km=MIN_RADIUS_KM)
def test_small_rings_are_valid_non_empty_polygons(lat, lon, radius_km):
    circle = ring((lat, lon), radius_km)
    assert circle.is_valid and not circle.is_empty
    expected = math.pi * radius_km**2
    assert area_km2(circle) == pytest.approx(expected, rel=0.05)


@FAST
@given(lat=lats, lon=lons, radius_km=st.floats(MIN_RADIUS_KM, MAX_RADIUS_KM, exclude_max=True))
@example(lat=0.0, lon=0.0, radius_km=math.nextafter(MAX_RADIUS_KM, 0))
def test_every_accepted_radius_gives_a_valid_ring(lat, lon, radius_km):
    circle = ring((lat, lon), radius_km)
    assert circle.is_valid and not circle.is_empty
    assert area_km2(circle) > 0


# --------------------------------------------------------------------------- buffer


@pytest.mark.parametrize("distance", [1e308, 1e20, MAX_RADIUS_KM, 1e-9, 5e-324])
def test_buffer_out_of_range_is_input_error_not_shapely_value_error(distance):
    with pytest.raises(InputError, match=r"distance_km must be 0, or >= 0\.001"):
        buffer_km(Point(SUMY[1], SUMY[0]), distance)


@pytest.mark.parametrize("distance", [math.inf, -math.inf, math.nan, -1.0])
def test_buffer_non_finite_or_negative_distance(distance):
    with pytest.raises(InputError, match="distance_km"):
        buffer_km(Point(SUMY[1], SUMY[0]), distance)


def test_buffer_zero_keeps_its_documented_meaning():
    assert buffer_km(Point(SUMY[1], SUMY[0]), 0).is_empty
    square = box(34.0, 50.0, 35.0, 51.0)
    assert buffer_km(square, 0).normalize().equals_exact(square.normalize(), 1e-9)


@FAST
@given(lat=st.floats(-80, 80), lon=lons, distance=st.floats(MIN_RADIUS_KM, 500.0))
@example(lat=SUMY[0], lon=SUMY[1], distance=MIN_RADIUS_KM)
@example(lat=0.0, lon=180.0, distance=MIN_RADIUS_KM)
@example(lat=0.0, lon=179.9999, distance=300.0)
def test_buffers_are_valid_and_non_empty(lat, lon, distance):
    for geom in (Point(lon, lat), LineString([(lon, lat), (lon, lat + 0.01)])):
        out = buffer_km(geom, distance)
        assert out.is_valid and not out.is_empty
        assert out.geom_type in ("Polygon", "MultiPolygon")


def test_huge_buffer_is_refused_with_an_input_error():
    with pytest.raises(InputError, match="pole"):
        buffer_km(Point(30.0, 50.0), 15_000)


# --------------------------------------------------------------------------- offset


@pytest.mark.parametrize("distance", [1e308, 1e20, MAX_OFFSET_KM * 1.0001])
def test_offset_beyond_its_range_is_an_input_error(distance):
    with pytest.raises(InputError, match="distance_km must be <= 100000"):
        offset(SUMY, distance, 45)


@FAST
@given(lat=lats, lon=lons, distance=st.floats(0, MAX_OFFSET_KM), bearing=st.floats(-1e308, 1e308))
def test_offsets_in_range_are_finite_points(lat, lon, distance, bearing):
    p = offset((lat, lon), distance, bearing)
    assert math.isfinite(p.x) and math.isfinite(p.y)
    assert -180 <= p.x <= 180 and -90 <= p.y <= 90
    if distance < 19_000:
        assert distance_km((lat, lon), (p.y, p.x)) == pytest.approx(distance, abs=1e-6)


# --------------------------------------------------------------------------- statements


BAD_STATEMENTS = [
    ("Fighters were seen more than 1000000 km south-west of Beirut on Monday.", "1000000 km"),
    ("Troops were within 0.000001 km of Sumy.", "0.000001 km"),
    ("Shelling hit about 0.000001 km from Sumy.", "0.000001 km"),
    ("Troops massed within about 19950 km of Kharkiv.", "19950 km"),
    ("A drone fell 250000 miles north of Kyiv.", "250000 miles"),
]


@pytest.mark.parametrize(("statement", "quantity"), BAD_STATEMENTS)
def test_an_undrawable_statement_is_skipped_with_a_warning(gazetteer, caplog, statement, quantity):
    text = f"{statement} Shelling was reported 10 km north of Sumy, officials said."
    with caplog.at_level(logging.WARNING, logger="geo.text.spatial"):
        a = geo.analyze(text, gazetteer=gazetteer)
    # the good statement is kept, the bad one is not a feature
    assert [f.text for f in a.features if f.kind == "offset"][-1].startswith("10 km north of")
    assert not any(quantity in f.text for f in a.features)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(quantity in m and "skipped the statement" in m for m in warned), warned


def test_every_kept_feature_is_drawable(gazetteer):
    text = " ".join(s for s, _ in BAD_STATEMENTS) + " Troops were 2 km north of Sumy."
    for f in geo.analyze(text, gazetteer=gazetteer).features:
        assert f.geometry.is_valid and not f.geometry.is_empty
        for km in (f.radius_km, f.distance_km, f.uncertainty_km):
            assert km is None or km == 0 or MIN_RADIUS_KM <= km < MAX_RADIUS_KM


@pytest.mark.parametrize("command", ["map", "report"])
def test_map_and_report_draw_the_rest(tmp_path, capsys, caplog, command):
    from geo.cli import main

    article = tmp_path / "a.txt"
    article.write_text(
        "Fighters were seen more than 1000000 km south-west of Beirut on Monday.\n"
        "Shelling was reported 10 km north of Sumy, officials said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "m.html"
    with caplog.at_level(logging.WARNING):
        assert main([command, str(article), "-o", str(out)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert any(
        "skipped the statement '1000000 km south-west of'" in r.getMessage() for r in caplog.records
    )
    html = out.read_text(encoding="utf-8")
    assert "10 km north of" in html


def test_geometry_errors_keep_their_builtin_base():
    with pytest.raises(ValueError):
        ring(SUMY, 1e-12)
    assert shapely.is_valid(ring(SUMY, MIN_RADIUS_KM))


_NUMBERS = st.one_of(
    st.sampled_from(
        [
            "0",
            "0.0000001",
            "0.0015",
            "1",
            "19000",
            "19899",
            "20000",
            "1000000",
            "9" * 40,
            "1e308",
            "one",
            "a dozen",
        ]
    ),
    st.floats(0, 1e7, allow_nan=False).map(lambda x: f"{x:.6g}"),
)
_STATEMENTS = st.builds(
    lambda tpl, q, n, n2, unit, c, p: tpl.format(q=q, n=n, n2=n2, u=unit, c=c, p=p),
    st.sampled_from(
        [
            "within {q}{n} {u} of {p}",
            "{q}{n} {u} {c} of {p}",
            "{q}{n} {u} from {p}",
            "{n}-{n2} {u} {c} of {p}",
            "more than {n} {u} {c} of {p}",
            "{n} to {n2} {u} from {p}",
        ]
    ),
    st.sampled_from(["", "about ", "some ", "up to "]),
    _NUMBERS,
    _NUMBERS,
    st.sampled_from(["km", "miles", "m", "metres", "nautical miles", "feet"]),
    st.sampled_from(["north", "south-west", "NNE", "east"]),
    st.sampled_from(["Sumy", "Kyiv", "Beirut", "Suva", "Longyearbyen", "the Kursk region"]),
)


@settings(max_examples=40, deadline=None)
@given(statements=st.lists(_STATEMENTS, min_size=1, max_size=4))
def test_any_distance_statement_gives_drawable_features_and_a_map(gazetteer, statements):
    from geo.render import render, to_html

    text = ". ".join(f"Troops were seen {s}" for s in statements) + "."
    a = geo.analyze(text, gazetteer=gazetteer)
    for f in a.features:
        assert f.geometry is not None and not f.geometry.is_empty and f.geometry.is_valid
        for km in (f.radius_km, f.distance_km, f.max_km):  # the stated distances
            assert km is None or km == 0 or MIN_RADIUS_KM <= km < MAX_RADIUS_KM
        # the band is derived from them (clipped when drawn): finite, never refused
        assert f.uncertainty_km is None or 0 <= f.uncertainty_km < MAX_RADIUS_KM
    if a.features:
        assert "<html" in to_html(render(a, tiles=None, gazetteer=gazetteer, offline=False))
