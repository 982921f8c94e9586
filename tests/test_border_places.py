"""A country after "the border with" stays the country, and a distance from a border
is a band along it (geo.text.border_partner, geo.text.spatial.border_distance).

Texts written for these tests.
"""

from __future__ import annotations

import pytest
from pyproj import Geod
from shapely.geometry import MultiPolygon, Point, Polygon

import geo
from geo.text.border_partner import after_border
from geo.text.spatial import extract_features

GEOD = Geod(ellps="WGS84")


def analyse(text, gazetteer):
    a = geo.analyze(text, gazetteer=gazetteer)
    return a.toponyms, extract_features(text, a.toponyms, gazetteer)


def named(toponyms, text):
    found = [t for t in toponyms if t.text == text]
    assert found, [t.text for t in toponyms]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("a farm near the border with Russia in the Sumy region", "Russia", True),
        ("along its frontier with Belarus in the Volyn region", "Belarus", True),
        ("the borders of Poland", "Poland", True),
        ("villages near Russia in the Sumy region", "Russia", False),
        ("the Border Guard of Ukraine", "Ukraine", False),  # not "border of"
        ("Staromaiorske in the Donetsk region", "Staromaiorske", False),
    ],
)
def test_after_border(text, name, expected):
    assert after_border(text, text.index(name)) is expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "country", "code", "region"),
    [
        ("A tractor driver was wounded near the border with Russia in the Sumy region, "
         "officials said.", "Russia", "RU", "Sumy"),
        ("Drones struck a grain store on the border with Belarus in the Volyn region.",
         "Belarus", "BY", "Volyn"),
        ("Patrols were doubled along the border with Russia in the Chernihiv region.",
         "Russia", "RU", "Chernihiv"),
    ],
)  # fmt: skip
def test_country_after_border_with_is_the_country(gazetteer, text, country, code, region):
    toponyms, feats = analyse(text, gazetteer)
    t = named(toponyms, country)
    assert t.place.kind == "country" and t.place.country_code == code
    assert not t.estimated
    near = [f for f in feats if f.kind == "near"]
    assert len(near) == 1 and code in near[0].note
    assert named(toponyms, region).place.kind == "admin1"


@pytest.mark.gazetteer
def test_distance_from_a_named_border_is_a_band_on_the_place_side(gazetteer):
    text = "The town of Sumy lies about 30 kilometres from the Russian border."
    _, feats = analyse(text, gazetteer)
    f = [f for f in feats if f.kind == "near"]
    assert len(f) == 1, [(x.kind, x.text) for x in feats]
    f = f[0]
    assert f.text == "about 30 kilometres from the Russian border"
    assert f.radius_km == 30.0 and f.approximate and f.quantity_text == "30 kilometres"
    assert isinstance(f.geometry, Polygon | MultiPolygon)
    # on the Ukrainian side only: a point 20 km inside Russia, east of Sumy, is outside
    assert "UA side" in f.note
    lon, lat, _ = GEOD.fwd(35.2, 51.0, 90, 40_000)  # well inside Russia east of Sumy
    assert not f.geometry.contains(Point(lon, lat))
    # the band reaches the city, 30-odd km from the border
    assert f.geometry.distance(Point(34.80, 50.92)) < 0.15


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Shelling hit farms 7 km from the border with Russia in the Kharkiv region.", 7.0),
        (
            "Kozacha Lopan, a village just two miles away from the Russian frontier, was hit.",
            2 * 1.609344,
        ),
    ],
)
def test_distance_from_a_border_forms(gazetteer, text, km):
    _, feats = analyse(text, gazetteer)
    near = [f for f in feats if f.kind == "near" and "from a border" in f.note]
    assert len(near) == 1, [(f.kind, f.text) for f in feats]
    assert near[0].radius_km == pytest.approx(km)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Kupiansk is more than 40 km from the Russian border.",  # where it is not
        "The convoy stopped 5 km from the border before dawn.",  # no country at all
    ],
)
def test_no_band_without_a_stated_band(gazetteer, text):
    _, feats = analyse(text, gazetteer)
    assert not [f for f in feats if "from a border" in f.note]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "codes", "side"),
    [
        # a village of the Kharkiv region: the border is Ukraine's with Russia
        (
            "Shelling hit a village in the Kharkiv region, about 2 km from the border.",
            "RU-UA",
            "UA",
        ),
        # the Belgorod side of the same border (the place's country last)
        ("A drone hit a farm near Belgorod, 5 km from the border, the mayor said.", "UA-RU", "RU"),
        ("Three villages near the border in the Sumy region were shelled overnight.", "RU-UA", ""),
    ],
)
def test_a_border_no_country_names_is_the_nearest_one(gazetteer, text, codes, side):
    _, feats = analyse(text, gazetteer)
    near = [f for f in feats if f.kind == "near" and "border" in f.note]
    assert len(near) == 1, [(f.kind, f.text, f.note) for f in feats]
    assert f"the {codes} border" in near[0].note
    assert (f"on the {side} side" in near[0].note) if side else True
    assert isinstance(near[0].geometry, Polygon | MultiPolygon)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Madrid marched near the border of the old city.",  # none within 150 km
        "Residents of Kharkiv said the border was calm.",  # no distance, no "near"
    ],
)
def test_no_nearest_border_band_without_a_border_close_by(gazetteer, text):
    _, feats = analyse(text, gazetteer)
    assert not [f for f in feats if "border" in f.note], [(f.text, f.note) for f in feats]
