"""A side of a river is a one-sided band along its course: "north of the Siverskyi
Donets", "the left bank of the Dnipro" (tester33 V26), "the east bank of the Oskil
River", "along the Oskil River", "about 15 km south of the Siverskyi Donets River"."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point

from geo.geometry.measures import area_km2
from geo.text.geoparse import geoparse
from geo.text.spatial import extract_features
from geo.text.spatial.river_sides import _one_side

RIGHT_BANK = (46.74, 32.75)  # Kherson's north-east, on the Dnipro's right bank
OLESHKY = (46.617, 32.717)  # across from it, on the left bank
KUPIANSK_EAST = (49.70, 37.75)  # Kupiansk-Vuzlovyi side, east of the Oskil
KUPIANSK_WEST = (49.72, 37.50)  # west of the Oskil


class _At:
    lat, lon = 49.0, 37.25


#: A stretch of a river some 36.6 km long, running due east along 49 N.
_EAST_RUNNING = LineString([(37.0, 49.0), (37.5, 49.0)])


def test_a_compass_side_is_the_band_on_that_side_of_the_course():
    north, note, bearing = _one_side(_EAST_RUNNING, _EAST_RUNNING, _At, "northern", 0.0, 20.0)
    assert note.startswith("north of the river") and bearing == 0.0
    assert north.contains(Point(37.25, 49.1)) and not north.contains(Point(37.25, 48.9))
    assert area_km2(north) == pytest.approx(36.6 * 20.0, rel=0.02)  # km², flat ends
    south, _, _ = _one_side(_EAST_RUNNING, _EAST_RUNNING, _At, "south", 13.5, 16.5)
    assert south.contains(Point(37.25, 49.0 - 15.0 / 111.2))
    assert not south.contains(Point(37.25, 48.95))  # 5.6 km off: nearer than the band
    assert area_km2(south) == pytest.approx(36.6 * 3.0, rel=0.02)


def test_a_river_running_that_way_has_no_such_side():
    assert _one_side(_EAST_RUNNING, _EAST_RUNNING, _At, "east", 0.0, 20.0)[0] is None


def _sides(gazetteer, text):
    toponyms = geoparse(text, gazetteer)
    feats = extract_features(text, toponyms, gazetteer)
    return [f for f in feats if "of the river" in (f.note or "") or "bank" in (f.note or "")
            or (f.note or "").startswith("along the")]  # fmt: skip


@pytest.mark.gazetteer
def test_north_of_the_donets_is_its_northern_side(gazetteer):
    (f,) = _sides(
        gazetteer, "Ukrainian troops hold positions north of the Donets near Bilohorivka.\n"
    )
    assert f.kind == "near" and f.text == "north of the Donets" and f.bearing_deg == 0.0
    assert f.max_km == 20.0 and "no distance stated" in f.note
    assert f.geometry.contains(Point(38.10, 49.02)) and not f.geometry.contains(Point(38.10, 48.85))


@pytest.mark.gazetteer
def test_the_left_bank_of_the_dnipro_faces_downstream(gazetteer):
    (left,) = _sides(gazetteer, "Ukrainian forces hold the left bank of the Dnipro near Kherson.\n")
    assert "facing downstream" in left.note
    assert left.geometry.contains(Point(OLESHKY[1], OLESHKY[0]))
    assert not left.geometry.contains(Point(RIGHT_BANK[1], RIGHT_BANK[0]))
    (right,) = _sides(gazetteer, "Russian forces shelled the Dnipro's right bank near Kherson.\n")
    assert right.text == "Dnipro's right bank"
    assert right.geometry.contains(Point(RIGHT_BANK[1], RIGHT_BANK[0]))


@pytest.mark.gazetteer
def test_a_bank_by_its_compass_point_and_along_a_river(gazetteer):
    (east,) = _sides(
        gazetteer, "Russian forces hold the east bank of the Oskil River near Kupiansk.\n"
    )
    assert east.geometry.contains(Point(KUPIANSK_EAST[1], KUPIANSK_EAST[0]))
    assert not east.geometry.contains(Point(KUPIANSK_WEST[1], KUPIANSK_WEST[0]))
    (along,) = _sides(gazetteer, "Russian forces attacked along the Oskil River near Kupiansk.\n")
    assert along.max_km == 10.0
    assert along.geometry.contains(Point(KUPIANSK_EAST[1], KUPIANSK_EAST[0]))
    assert along.geometry.contains(Point(KUPIANSK_WEST[1], KUPIANSK_WEST[0]))


@pytest.mark.gazetteer
def test_a_side_needs_a_place_by_the_river(gazetteer):
    assert not _sides(gazetteer, "Russian troops dug in north of the Donets.\n")
    assert not _sides(gazetteer, "Boats crossed the Dnipro River near Kherson at night.\n")


@pytest.mark.gazetteer
def test_a_river_flows_to_the_sea_or_the_river_it_meets(gazetteer):
    import shapely

    from geo.text.spatial.river_sides import _mouth_of
    from geo.text.water_table import water_table

    def mouth(name):
        body = water_table().find(name, "river")
        return _mouth_of(shapely.to_wkb(body.geometry), body.name)

    assert mouth("Dnipro") == pytest.approx((46.65, 32.65), abs=0.05)  # the Black Sea, by Kherson
    assert mouth("Oskil") == pytest.approx((49.12, 37.40), abs=0.05)  # the Siverskyi Donets
    # Slovenia's stretch of the Sava is drawn apart: its source is nearer the Adriatic,
    # but it flows on to the Danube at Belgrade.
    slovene = min(water_table().find_all("Sava", "river"), key=lambda b: abs(b.lat - 46.2))
    assert _mouth_of(shapely.to_wkb(slovene.geometry), "Sava") == pytest.approx(
        (44.84, 20.46), abs=0.05
    )


@pytest.mark.gazetteer
def test_a_dateline_does_not_say_where_on_the_river(gazetteer):
    text = "KYIV, Dec 13 (Reuters) - Russian forces shelled the right bank of the Dnipro River.\n"
    assert not _sides(gazetteer, text)
