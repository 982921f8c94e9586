"""A locator never moves a city, nor a place from itself (tester32's U1): "X, on the road
between A and B, N km DIR of A" is the wire's usual way to place X; the hint after B is
X's, and B (Dnipro, a city of a million) keeps its point. Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "lat_lon"),
    [
        ("Russian forces struck Pokrovsk, on the highway between Donetsk and Dnipro, 50 km "
         "northwest of Donetsk.", "Dnipro", (48.46, 35.04)),
        ("Vuhledar, between Donetsk and Zaporizhzhia, about 50 km southwest of Donetsk, was "
         "shelled.", "Zaporizhzhia", (47.85, 35.12)),
        ("Shelling hit Kramatorsk, 30 km south of Sloviansk.", "Kramatorsk", (48.72, 37.56)),
        ("Chuhuiv lies on the road between Kharkiv and Izium, about 100 km northwest of "
         "Izium.", "Izium", (49.21, 37.28)),
        ("Kyaukme lies on the highway between Mandalay and Lashio, about 100 kilometers (60 "
         "miles) southwest of Lashio.", "Lashio", (22.94, 97.75)),
    ],
)  # fmt: skip
def test_a_locator_does_not_move_a_city_or_its_own_anchor(gazetteer, text, name, lat_lon):
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == name][:1]
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), lat_lon) < 10


@pytest.mark.gazetteer
def test_a_village_namesake_is_still_estimated_by_its_locator(gazetteer):
    text = "Russian troops attacked Novoselivka, 10 km north of Lyman, on Monday."
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Novoselivka"]
    assert distance_km((t.place.lat, t.place.lon), (49.07, 37.81)) < 20  # 10 km N of Lyman


@pytest.mark.gazetteer
def test_a_city_the_text_calls_a_community_is_a_namesake_and_estimated(gazetteer):
    text = ("Fremont (also known as Elkhorn) is an unincorporated community in Yolo County, "
            "California, on the Sacramento River, 11 miles (18 km) northeast of Davis.")
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Fremont"]
    assert distance_km((t.place.lat, t.place.lon), (38.68, -121.64)) < 20  # not Fremont city
