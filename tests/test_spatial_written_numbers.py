"""Distances written as powers or NaN: read whole, or skipped with the one warning
(never dropped silently, never misread as their last digits)."""

from __future__ import annotations

import logging

import pytest

from geo import analyze
from geo.text.spatial import parse_number

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "value"),
    [("1e3", 1000.0), ("2.5E1", 25.0), ("10^4", 10000.0), ("10 ^ 2", 100.0),
     ("1e39", 1e39), ("10^400", float("inf")), ("16", 16.0), ("1,500", 1500.0)],
)
def test_powers_are_read_whole(text, value):
    assert parse_number(text) == value


def test_nan_is_read_as_nan():
    value = parse_number("NaN")
    assert value is not None and value != value


@pytest.mark.parametrize(
    ("text", "km"),
    [("Shelling 1e3 km east of Kupiansk.", 1000.0),
     ("Shelling 10^3 km east of Kupiansk.", 1000.0),
     ("Shelling 2.5E1 km east of Kupiansk.", 25.0)],
)
def test_a_power_that_can_be_drawn_is_read(text, km, gazetteer):
    (feature,) = analyze(text, gazetteer=gazetteer).features
    assert feature.kind == "offset" and feature.distance_km == km


@pytest.mark.parametrize(
    ("text", "said"),
    [("Shelling 1e39 km east of Kupiansk.", "1e39 km east of"),
     ("Shelling 1e308 km east of Kupiansk.", "1e308 km east of"),
     ("Troops within 1e39 km of Sumy.", "within 1e39 km of"),
     ("Shelling 10^4 km east of Kupiansk.", None),  # 10,000 km: drawn, not 4 km
     ("Strikes 10^400 miles from Kursk.", "10^400 miles from"),
     ("Shelling NaN km north of Sumy.", "NaN km north of"),
     ("Shelling Infinity km east of Kupiansk.", "Infinity km east of")],
)
def test_a_power_that_cannot_be_drawn_is_skipped_with_the_warning(text, said, gazetteer,
                                                                   caplog):
    with caplog.at_level(logging.WARNING):
        analysis = analyze(text, gazetteer=gazetteer)
    if said is None:
        (feature,) = analysis.features
        assert feature.distance_km == 10_000.0
        return
    assert analysis.features == ()
    assert f"skipped the statement '{said}'" in caplog.text
    assert "cannot be drawn (distances from 0.001 to under 19,900 km)" in caplog.text
    assert [t.text for t in analysis.toponyms] in (["Kupiansk"], ["Sumy"], ["Kursk"])


@pytest.mark.parametrize(
    ("text", "said"),
    [("Troops advanced -30 km from Kyiv.", "-30 km from"),
     ("Shelling hit a village (-30 km from Kyiv).", "-30 km from"),
     ("Shelling hit a village \u221230 km north of Kyiv.", "\u221230 km north of"),
     ("Shelling hit a village -10 to 15 km from Kyiv.", "-10 to 15 km from")],
)
def test_a_negative_distance_is_skipped_with_the_warning(text, said, gazetteer, caplog):
    with caplog.at_level(logging.WARNING):
        analysis = analyze(text, gazetteer=gazetteer)
    assert analysis.features == ()
    assert f"skipped the statement '{said}'" in caplog.text
    assert "cannot be drawn" in caplog.text


@pytest.mark.parametrize(
    ("text", "km"),
    [("Shelling hit a village 10-30 km from Kyiv.", 30.0),  # a range, not a sign
     ("It was -30 C there. Shelling hit a village 20 km from Kyiv.", 20.0),
     ("Shelling hit a village on the M-30 30 km from Kyiv.", 30.0)],
)
def test_a_dash_that_is_no_minus_sign_keeps_the_distance(text, km, gazetteer):
    (feature,) = analyze(text, gazetteer=gazetteer).features
    assert feature.radius_km == km


def test_parse_number_reads_a_minus_sign():
    assert parse_number("-30") == -30.0 and parse_number("\u22122.5") == -2.5
