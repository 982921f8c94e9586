"""A direction without a distance still draws ground: "north of Kupiansk" is the
geodesic sector of the compass point's bearings, out to a documented default radius
(geo.text.spatial.directed), stated in the feature's ``radius_km`` and ``note``."""

from __future__ import annotations

import pytest
from pyproj import Geod
from shapely.geometry import MultiPolygon

from geo.model import Place, Toponym
from geo.text.hints import UNSTATED_BAND_KM
from geo.text.spatial import extract_features
from geo.text.spatial.directed import DIRECTION_MIN_KM, DIRECTION_RADIUS_KM

GEOD = Geod(ellps="WGS84")
TOWN = Place(1, "Zlobivka", "place", "UA", 49.0, 37.0, population=20_000)


def _features(text, gaz, place=TOWN, cue="in"):
    toponyms = []
    start = text.find(place.name)
    while start >= 0:
        toponyms.append(Toponym(start, start + len(place.name), place.name, place, 0.9, cue))
        start = text.find(place.name, start + 1)
    return extract_features(text, tuple(toponyms), gaz)


def _vertices(geom):
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    return [c for p in polys for c in p.exterior.coords]


def test_default_radius_is_the_hint_band():
    assert (DIRECTION_MIN_KM, DIRECTION_RADIUS_KM) == UNSTATED_BAND_KM


@pytest.mark.parametrize(
    ("text", "phrase", "bearing", "half"),
    [
        ("Russian forces attacked north of Zlobivka overnight.", "north of Zlobivka", 0.0, 22.5),
        ("Fighting continued to the southeast of Zlobivka.", "to the southeast of Zlobivka",
         135.0, 22.5),
        ("Troops dug in west-northwest of Zlobivka.", "west-northwest of Zlobivka", 292.5, 11.25),
    ],
)  # fmt: skip
def test_direction_without_distance_is_a_sector(mini_gazetteer, text, phrase, bearing, half):
    (f,) = _features(text, mini_gazetteer)
    assert (f.kind, f.text, f.bearing_deg) == ("near", phrase, bearing)
    assert (f.min_km, f.max_km, f.radius_km) == (DIRECTION_MIN_KM, DIRECTION_RADIUS_KM,
                                                DIRECTION_RADIUS_KM)  # fmt: skip
    assert "no distance stated" in f.note and f"default radius {DIRECTION_RADIUS_KM:g} km" in f.note
    for lon, lat in _vertices(f.geometry):
        az, _, m = GEOD.inv(TOWN.lon, TOWN.lat, lon, lat)
        assert DIRECTION_MIN_KM * 0.999 <= m / 1000 <= DIRECTION_RADIUS_KM * 1.001
        assert abs((az - bearing + 180.0) % 360.0 - 180.0) <= half + 1e-6
    assert f.geometry.is_valid and f.to_dict()["geometry"]["type"] == "Polygon"


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit the north of Zlobivka.",  # a part of the town, not a side of it
        "The village lies in the far north of Zlobivka.",
        "North of the border, drones hit a depot.",  # no place follows
        "Reports from north of here.",
    ],
)
def test_no_sector_for_a_part_or_no_place(mini_gazetteer, text):
    assert [f for f in _features(text, mini_gazetteer) if f.bearing_deg is not None] == []


def test_a_stated_distance_stays_an_offset(mini_gazetteer):
    feats = _features("A drone hit a depot 10 km north of Zlobivka.", mini_gazetteer)
    assert [(f.kind, f.text) for f in feats] == [("offset", "10 km north of Zlobivka")]
    feats = _features("Columns were seen 6 miles (10 km) east of Zlobivka.", mini_gazetteer)
    assert [f.kind for f in feats] == ["offset"]


def test_a_region_is_no_anchor(mini_gazetteer):
    region = Place(2, "Zlobivka", "admin1", "UA", 49.0, 37.0)
    assert _features("Fighting went on south of Zlobivka.", mini_gazetteer, region, "region") == ()


def test_sector_across_the_antimeridian_is_valid(mini_gazetteer):
    place = Place(3, "Zlobivka", "place", "RU", 65.0, 179.9, population=900)
    (f,) = _features("Ice closed the strait east of Zlobivka.", mini_gazetteer, place)
    assert f.geometry.is_valid and f.bearing_deg == 90.0


@pytest.mark.gazetteer
def test_north_of_kupiansk_draws_a_sector(gazetteer):
    import geo

    text = "Russian forces attacked north of Kupiansk and near Kivsharivka on Monday."
    analysis = geo.analyze(text, gazetteer=gazetteer)
    (f,) = [f for f in analysis.features if f.text == "north of Kupiansk"]
    assert f.kind == "near" and f.bearing_deg == 0.0 and f.radius_km == DIRECTION_RADIUS_KM
    assert analysis.toponyms[f.anchor].text == "Kupiansk"
