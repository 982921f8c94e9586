"""One unknown name, one place per text (geo.text.estimate_agreement).

Texts written for these tests."""

from __future__ import annotations

import geo
from geo.geometry import distance_km, ring
from geo.model import Place, Toponym
from geo.text.estimate_agreement import agree_estimates
from geo.text.spatial import extract_features


def _est(start, name, lat, lon, radius_km):
    place = Place(0, name, "place", "UA", lat, lon)
    return Toponym(
        start, start + len(name), name, place, 0.5, "hint", estimated=True,
        uncertainty=ring((lat, lon), radius_km),
    )  # fmt: skip


def _keys(tops):
    return {(t.start, t.end): (t.text.lower(), False) for t in tops}


def test_compatible_estimates_take_the_tightest():
    wide = _est(0, "Zarichne", 48.00, 37.00, 40.0)  # somewhere near a town
    tight = _est(50, "Zarichne", 48.05, 36.90, 6.0)  # measured from a stated offset
    repeat = _est(90, "Zarichne", 48.00, 37.00, 40.0)
    out = agree_estimates([wide, tight, repeat], _keys([wide, tight, repeat]))
    assert {(t.place.lat, t.place.lon) for t in out} == {(48.05, 36.90)}
    assert all(t.uncertainty is tight.uncertainty for t in out)
    assert [t.start for t in out] == [0, 50, 90]


def test_estimates_of_two_villages_of_one_name_stay_apart():
    west = _est(0, "Novoselivka", 48.70, 37.30, 8.0)
    south = _est(60, "Novoselivka", 47.50, 35.20, 6.0)  # 170 km off: another village
    out = agree_estimates([west, south], _keys([west, south]))
    assert out == [west, south]


def test_a_name_read_apart_keeps_its_estimate():
    a = _est(0, "Zarichne", 48.00, 37.00, 40.0)
    b = _est(50, "Zarichne", 48.05, 36.90, 6.0)
    keys = {(0, 8): ("zarichne", False), (50, 58): ("", False)}  # "another Zarichne"
    assert agree_estimates([a, b], keys) == [a, b]


def test_one_unknown_village_is_placed_once_and_offsets_follow_it(gazetteer):
    text = (
        "Assault groups push beyond Robotyne toward Verbove\n\n"
        "Ukrainian units moved from Robotyne to the edge of Verbove, about 10 km to the "
        "east, the brigade said on Tuesday.\n\n"
        "Artillery kept firing around Robotyne. Tokmak, some 20 km south of Robotyne, "
        "was struck twice."
    )
    toponyms = geo.analyze(text, gazetteer=gazetteer).toponyms
    robotyne = [t for t in toponyms if t.text == "Robotyne"]
    assert len(robotyne) == 4 and all(t.estimated for t in robotyne)
    assert len({(t.place.lat, t.place.lon) for t in robotyne}) == 1
    (verbove,) = {(t.place.lat, t.place.lon) for t in toponyms if t.text == "Verbove"}
    at = (robotyne[0].place.lat, robotyne[0].place.lon)
    assert 7 < distance_km(at, verbove) < 13 and at[1] < verbove[1]  # west of Verbove
    offsets = [
        f for f in extract_features(text, toponyms, gazetteer)
        if f.kind == "offset" and "Robotyne" in f.note and f.bearing_deg == 180.0
    ]  # fmt: skip
    (south,) = offsets
    lon, lat = south.geometry.coords[0]
    assert abs(distance_km((lat, lon), at) - 20.0) < 0.1


def test_near_estimates_that_exclude_each_other_stay_apart():
    # 25 km apart, each tight (areas apart): two villages, not one read twice.
    a = _est(0, "Zarichne", 48.00, 37.00, 5.0)
    b = _est(50, "Zarichne", 48.00, 37.34, 6.0)
    assert agree_estimates([a, b], _keys([a, b])) == [a, b]
