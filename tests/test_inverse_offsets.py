"""A place the gazetteer lacks, located back from a place measured from it: "Verbove
(12 km east of Robotyne)" puts Robotyne 12 km west of Verbove
(geo.text.inverse_offsets)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.hints import Hint
from geo.text.inverse_offsets import _backwards, measured_from


def test_measured_from_indexes_stated_directed_hints_by_anchor():
    hints = {
        0: Hint(1, 90.0, 22.5, 7.6, 16.4, 12.0, 0, 0),  # "12 km east of"
        2: Hint(1, None, 180.0, 0.0, 40.0, None, 0, 0),  # "near A and B": no bearing
        3: Hint(4, 0.0, 22.5, 2.0, 40.0, None, 0, 0),  # "north of": no distance
        5: Hint(1, 180.0, 22.5, 2.0, 8.0, 5.0, 0, 0),
    }
    assert measured_from(hints) == {1: [0, 5]}


def test_backwards_is_the_opposite_bearing_and_the_same_band():
    h = Hint(1, 315.0, 11.25, 2.0, 8.0, 5.0, 3, 9)
    assert _backwards(h) == Hint(1, 135.0, 11.25, 2.0, 8.0, 5.0, 3, 9)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        (
            "Russian forces attacked Mala Tokmachka and Verbove (12 km east of Robotyne), "
            "and shelled Orikhiv. Fighting went on northwest of Robotyne.",
            "Robotyne",
            (47.4447, 35.8369),
        ),
        (
            "Drones hit Kupiansk, 9 km south-west of Zlobivka, and shelled Kivsharivka.",
            "Zlobivka",
            (49.77, 37.71),  # 9 km north-east of Kupiansk
        ),
    ],
)
def test_anchor_the_gazetteer_lacks_is_located_back(gazetteer, text, name, where):
    from geo import analyze

    found = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert found and all(t.estimated and t.place is not None for t in found)
    for t in found:
        assert distance_km((t.place.lat, t.place.lon), where) <= 5.0


@pytest.mark.gazetteer
def test_a_name_measured_from_a_located_back_anchor_is_chained(gazetteer):
    from geo import analyze

    text = (
        "Fighting continued near Novoprokopivka (5 km south of Robotyne) and Verbove "
        "(12 km east of Robotyne), and Russian forces shelled Orikhiv."
    )
    (t,) = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == "Novoprokopivka"]
    assert t.estimated and distance_km((t.place.lat, t.place.lon), (47.398, 35.829)) <= 6.0
    assert t.uncertainty is not None and t.uncertainty.is_valid
