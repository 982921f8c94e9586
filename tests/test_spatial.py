"""Spatial expressions -> geodesic features (geo.text.spatial).

Every article here is written for these tests (other fronts, other wordings);
geometry is checked independently with pyproj's ``Geod``.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, shape

import geo
from geo.geometry import area_km2
from geo.model import Place, Toponym
from geo.text.spatial import (
    COMPASS_POINTS,
    UNITS_KM,
    compass_bearing,
    context,
    extract_features,
    near_radius_km,
    nearby,
    outskirts_band_km,
    parse_distance,
    parse_number,
    ring_uncertainty_km,
    vocabulary,
    windows,
)
from geo.text.spatial.measures import stated_distance

GEOD = Geod(ellps="WGS84")
ARTICLES = Path(__file__).parent / "articles"
SUMY = (50.91741, 34.79906)  # (lat, lon)
MILE_KM = 1.609344


def features(text, gazetteer):
    analysis = geo.analyze(text, gazetteer=gazetteer)
    return analysis.toponyms, extract_features(text, analysis.toponyms, gazetteer)


def only(feats, kind):
    found = [f for f in feats if f.kind == kind]
    assert len(found) == 1, [(f.kind, f.text) for f in feats]
    return found[0]


def distances_km(center, coords):
    """Geodesic km from (lat, lon) ``center`` to each (lon, lat) coordinate."""
    lat0, lon0 = center
    out = []
    for lon, lat in coords:
        _, _, d = GEOD.inv(lon0, lat0, lon, lat)
        out.append(d / 1000.0)
    return out


def azimuths(center, coords):
    lat0, lon0 = center
    return [GEOD.inv(lon0, lat0, lon, lat)[0] % 360.0 for lon, lat in coords]


def exterior_coords(geom):
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    return [c for p in polys for c in p.exterior.coords]


# --------------------------------------------------------------------------- no gazetteer


def test_parse_number_words_and_digits():
    assert parse_number("12,500") == 12500.0
    assert parse_number("2.5") == 2.5
    assert parse_number("ten") == 10.0
    assert parse_number("twenty-five") == 25.0
    assert parse_number("Forty two") == 42.0
    assert parse_number("a dozen") == 12.0
    assert parse_number("two hundred and fifty") == 250.0
    assert parse_number("one and a half") == 1.5
    assert parse_number("a few") is None
    assert parse_number("several") is None
    assert parse_number("ten five") is None
    assert parse_number("") is None


def test_parse_distance_units():
    assert parse_distance("16 km").km == 16.0
    assert parse_distance("800 metres").km == pytest.approx(0.8)
    assert parse_distance("5 miles").km == pytest.approx(5 * MILE_KM)
    assert parse_distance("3 mi").km == pytest.approx(3 * MILE_KM)
    assert parse_distance("12 nautical miles").km == pytest.approx(22.224)
    assert parse_distance("4 nmi").km == pytest.approx(7.408)
    assert parse_distance("a mile").km == pytest.approx(MILE_KM)


def test_parse_distance_prefers_the_metric_statement():
    d = parse_distance("10 miles (16 kilometers)")
    assert (d.km, d.unit, d.text) == (16.0, "km", "10 miles (16 kilometers)")
    assert parse_distance("25 km (15 miles)").km == 25.0
    assert parse_distance("6 miles or 10 km").km == 10.0


def test_parse_distance_ranges():
    for text in ("10 to 15 km", "10-15 km", "10 km to 15 km", "between 10 and 15 km"):
        d = parse_distance(text)
        assert (d.km, d.min_km, d.max_km) == (15.0, 10.0, 15.0), text
    assert parse_distance("twenty-five kilometres").min_km is None  # a hyphen, not a range


def test_parse_distance_refuses_non_distances():
    for text in ("ten days", "16", "a few km", "about", "", "5 km of road"):
        assert parse_distance(text) is None, text


@given(
    value=st.integers(min_value=1, max_value=5000),
    unit=st.sampled_from(
        [("km", "km"), ("kilometres", "km"), ("miles", "mi"), ("nautical miles", "nmi"),
         ("metres", "m"), ("mi", "mi")]
    ),
)  # fmt: skip
def test_parse_distance_converts_every_unit(value, unit):
    word, key = unit
    d = parse_distance(f"{value:,} {word}")
    assert d is not None
    assert d.km == pytest.approx(value * UNITS_KM[key])
    assert d.unit == key


def test_compass_points():
    assert len(COMPASS_POINTS) == 16
    for text, bearing in [
        ("north", 0.0), ("north-east", 45.0), ("northeast", 45.0), ("north east", 45.0),
        ("NE", 45.0), ("east-southeast", 112.5), ("SSW", 202.5), ("north-northwest", 337.5),
        ("West", 270.0),
    ]:  # fmt: skip
        assert compass_bearing(text)[0] == bearing, text
    assert compass_bearing("NNE")[1] == 11.25
    assert compass_bearing("north-east")[1] == 22.5
    assert compass_bearing("ne") is None or compass_bearing("ne")[0] == 45.0
    assert compass_bearing("upwards") is None


def test_documented_radii():
    village = Place(1, "Village", "place", "UA", 48.0, 37.0, population=800)
    city = Place(2, "City", "place", "UA", 48.0, 37.0, population=1_400_000)
    unknown = Place(3, "Hamlet", "place", "UA", 48.0, 37.0)
    assert near_radius_km(village) == 11.0
    assert near_radius_km(unknown) == 11.0
    assert 21.0 < near_radius_km(city) < 23.0
    inner, outer = outskirts_band_km(city)
    assert 0 < inner < outer
    assert ring_uncertainty_km(16) == pytest.approx(1.6)
    assert ring_uncertainty_km(4) == 1.0


def test_no_toponyms_no_features():
    assert extract_features("within 10 km of nowhere", (), None) == ()
    assert extract_features("", (), None) == ()


# --------------------------------------------------------------------------- rings


@pytest.mark.gazetteer
def test_ring_both_units_around_sumy(gazetteer):
    text = (
        "Ukrainian border guards reported that armoured columns had gathered within "
        "approximately 10 miles (16 kilometers) of Sumy by Thursday evening."
    )
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "ring")
    assert f.text == "within approximately 10 miles (16 kilometers) of Sumy"
    assert text[f.start : f.end] == f.text
    assert f.radius_km == 16.0
    assert f.approximate is True
    assert f.uncertainty_km == pytest.approx(1.6)
    assert f.quantity_text == "10 miles (16 kilometers)"
    assert toponyms[f.anchor].text == "Sumy" and f.anchors == (f.anchor,)
    place = toponyms[f.anchor].place
    assert (place.lat, place.lon) == pytest.approx(SUMY, abs=1e-4)
    coords = list(f.geometry.exterior.coords)
    assert len(coords) > 60
    for d in distances_km(SUMY, coords):
        assert d == pytest.approx(16.0, rel=1e-3)
    assert f.geometry.is_valid


@pytest.mark.gazetteer
def test_ring_miles_only(gazetteer):
    toponyms, feats = features("A drone was downed within 5 miles of Kharkiv on Monday.", gazetteer)
    f = only(feats, "ring")
    assert f.radius_km == pytest.approx(8.04672)
    assert f.approximate is False and f.uncertainty_km is None
    place = toponyms[f.anchor].place
    for d in distances_km((place.lat, place.lon), f.geometry.exterior.coords):
        assert d == pytest.approx(8.04672, rel=1e-3)


@pytest.mark.gazetteer
def test_ring_km_only_and_bounds(gazetteer):
    text = (
        "Artillery fire reached within 12 km of Kramatorsk, and a missile fell "
        "less than 3 km from Vovchansk, according to local officials."
    )
    _, feats = features(text, gazetteer)
    rings = [f for f in feats if f.kind == "ring"]
    assert [f.text for f in rings] == [
        "within 12 km of Kramatorsk",
        "less than 3 km from Vovchansk",
    ]
    assert [f.radius_km for f in rings] == [12.0, 3.0]
    assert all(isinstance(f.geometry, Polygon) and not f.geometry.interiors for f in rings)


@pytest.mark.gazetteer
def test_ring_nautical_miles(gazetteer):
    _, feats = features("Two patrol boats stayed within 12 nautical miles of Odesa.", gazetteer)
    assert only(feats, "ring").radius_km == pytest.approx(22.224)


@pytest.mark.gazetteer
def test_ring_ranges(gazetteer):
    text = "Shells fell within 20-25 km of Huliaipole, and 10 to 15 km from Pokrovsk."
    toponyms, feats = features(text, gazetteer)
    within, bare = [f for f in feats if f.kind == "ring"]
    # "within a range": the disk of the largest value
    assert (within.radius_km, within.min_km, within.max_km) == (25.0, 20.0, 25.0)
    assert not within.geometry.interiors
    # a distance without "within": the annulus between the two values
    assert (bare.radius_km, bare.min_km, bare.max_km) == (15.0, 10.0, 15.0)
    assert len(bare.geometry.interiors) == 1
    place = toponyms[bare.anchor].place
    center = (place.lat, place.lon)
    assert distances_km(center, bare.geometry.exterior.coords)[0] == pytest.approx(15.0, rel=1e-3)
    assert distances_km(center, bare.geometry.interiors[0].coords)[0] == pytest.approx(
        10.0, rel=1e-3
    )


@pytest.mark.gazetteer
def test_ring_number_words(gazetteer):
    text = (
        "Drones circled within twenty-five kilometres of Mykolaiv, within ten miles of "
        "Kherson and within a dozen miles of Nikopol."
    )
    _, feats = features(text, gazetteer)
    radii = [f.radius_km for f in feats if f.kind == "ring"]
    assert radii == pytest.approx([25.0, 10 * MILE_KM, 12 * MILE_KM])


@pytest.mark.gazetteer
def test_ring_radius_around(gazetteer):
    text = "Authorities declared an 80-kilometre radius around Zaporizhzhia a no-fly area."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "ring")
    assert f.text == "an 80-kilometre radius around Zaporizhzhia"
    assert f.radius_km == 80.0
    place = toponyms[f.anchor].place
    for d in distances_km((place.lat, place.lon), f.geometry.exterior.coords):
        assert d == pytest.approx(80.0, rel=1e-3)


@pytest.mark.gazetteer
def test_bare_distance_is_an_annulus(gazetteer):
    text = "The village lies about 40 km from Kharkiv, officials said."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "ring")
    assert f.text == "about 40 km from Kharkiv"
    assert f.approximate and f.uncertainty_km == pytest.approx(4.0)
    place = toponyms[f.anchor].place
    center = (place.lat, place.lon)
    assert distances_km(center, f.geometry.exterior.coords)[0] == pytest.approx(44.0, rel=1e-3)
    assert distances_km(center, f.geometry.interiors[0].coords)[0] == pytest.approx(36.0, rel=1e-3)


@pytest.mark.gazetteer
def test_overlapping_phrases_keep_the_earliest_longest_one_each(gazetteer):
    # Every sentence has a ring ("within 10 km of X") that a bare distance ("10 km
    # of X") and an offset reading overlap: one feature a statement, however many
    # statements the text holds (their overlaps are settled in one pass, not all pairs).
    towns = ["Sumy", "Kharkiv", "Kupiansk", "Izium", "Kramatorsk"]
    text = " ".join(
        f"Shelling was reported within {5 + i} km of {towns[i % 5]} on Friday, "
        f"and {3 + i} km north of {towns[(i + 2) % 5]} later."
        for i in range(60)
    )
    _, feats = features(text, gazetteer)
    rings = [f for f in feats if f.kind == "ring"]
    offsets = [f for f in feats if f.kind == "offset"]
    assert [f.text for f in rings] == [
        f"within {5 + i} km of {towns[i % 5]}" for i in range(60)
    ]
    assert [f.text for f in offsets] == [
        f"{3 + i} km north of {towns[(i + 2) % 5]}" for i in range(60)
    ]
    spans = sorted((f.start, f.end) for f in feats if f.kind in ("ring", "offset"))
    assert all(e <= s for (_, e), (s, _) in itertools.pairwise(spans))


@pytest.mark.gazetteer
def test_ring_around_a_region_buffers_its_polygon(gazetteer):
    text = "Strikes were recorded within 20 km of the Belgorod region overnight."
    _, feats = features(text, gazetteer)
    ring = only(feats, "ring")
    region = only(feats, "region")
    assert ring.text == "within 20 km of the Belgorod region"
    assert "buffered" in ring.note
    assert ring.geometry.contains(region.geometry.representative_point())
    assert area_km2(ring.geometry) > area_km2(region.geometry) * 1.1


# --------------------------------------------------------------------------- offsets


@pytest.mark.gazetteer
def test_offset_north_west_of_donetsk(gazetteer):
    text = "Fighting was reported 55 km north-west of Donetsk early on Friday."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "offset")
    assert f.text == "55 km north-west of Donetsk"
    assert (f.distance_km, f.bearing_deg) == (55.0, 315.0)
    place = toponyms[f.anchor].place
    assert isinstance(f.geometry, Point)
    az, _, dist_m = GEOD.inv(place.lon, place.lat, f.geometry.x, f.geometry.y)
    assert dist_m == pytest.approx(55_000.0, abs=1.0)
    assert az % 360 == pytest.approx(315.0, abs=1e-6)
    assert f.uncertainty_km == pytest.approx(55 * math.tan(math.radians(22.5)))


@pytest.mark.gazetteer
def test_offset_spellings(gazetteer):
    text = (
        "Explosions were heard 30 kilometres NE of Kharkiv, 40 km north-northeast of "
        "Kramatorsk and 12 miles to the southwest of Zaporizhzhia."
    )
    _, feats = features(text, gazetteer)
    offsets = [f for f in feats if f.kind == "offset"]
    assert [f.bearing_deg for f in offsets] == [45.0, 22.5, 225.0]
    assert [f.distance_km for f in offsets] == pytest.approx([30.0, 40.0, 12 * MILE_KM])
    assert offsets[2].text == "12 miles to the southwest of Zaporizhzhia"
    # the 16-point name narrows the sector
    assert offsets[1].uncertainty_km == pytest.approx(40 * math.tan(math.radians(11.25)))


@pytest.mark.gazetteer
def test_offset_refers_back_to_the_last_place(gazetteer):
    text = (
        "Explosions were reported in Izium overnight. Some 60 km to the south-east, "
        "a fuel depot was burning."
    )
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "offset")
    assert f.text == "Some 60 km to the south-east"
    assert toponyms[f.anchor].text == "Izium"
    assert (f.distance_km, f.bearing_deg, f.approximate) == (60.0, 135.0, True)
    place = toponyms[f.anchor].place
    _, _, dist_m = GEOD.inv(place.lon, place.lat, f.geometry.x, f.geometry.y)
    assert dist_m == pytest.approx(60_000.0, abs=1.0)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "anchor", "phrase"),
    [
        ("Troops repelled attacks near Kupiansk, and fighting continued around Borova, "
         "about 40 km (25 miles) to the south.", "Kupiansk", "about 40 km (25 miles) to the south"),
        ("Shelling hit Izium; Balakliia, some 40 km to the north-west, was also hit.",
         "Izium", "some 40 km to the north-west"),
        ("Fighting raged near Lyman, and Russian troops were seen 20 km to the east.",
         "Lyman", "20 km to the east"),
    ],
)  # fmt: skip
def test_an_offset_in_apposition_locates_its_place_from_the_one_before(
    gazetteer, text, anchor, phrase
):
    """"Borova, about 40 km to the south": measured from Kupiansk, where Borova lies."""
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "offset")
    assert (f.text, toponyms[f.anchor].text) == (phrase, anchor)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "anchor", "described"),
    [
        # tester 13, finding 2: Kupiansk is what lies 100 km southeast of Kharkiv.
        ("Russian glide bombs hit Kharkiv on Sunday. A second strike targeted the town of "
         "Kupiansk, about 100 kilometers (60 miles) southeast of the city, the governor said.",
         "Kharkiv", "Kupiansk"),
        ("A drone struck Dnipro overnight. Debris fell in Pidhorodne, some 15 km northeast of "
         "the city, officials said.", "Dnipro", "Pidhorodne"),
        ("Shelling hit Kherson again. In Bilozerka, about 15 km west of the regional capital, "
         "a woman was wounded.", "Kherson", "Bilozerka"),
        ("Sirens sounded in Zaporizhzhia. Stepnohirsk, which lies roughly 30 km south of the "
         "city, came under artillery fire.", "Zaporizhzhia", "Stepnohirsk"),
    ],
)  # fmt: skip
def test_an_offset_from_the_city_after_a_place_locates_that_place(
    gazetteer, text, anchor, described
):
    """"X, about N km southeast of the city": measured from the city named before X, and
    the point lands on X (never N km beyond it)."""
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "offset")
    assert toponyms[f.anchor].text == anchor
    place = next(t.place for t in toponyms if t.text == described)
    assert geo.geometry.distance_km(
        (f.geometry.y, f.geometry.x), (place.lat, place.lon)
    ) < f.uncertainty_km + 10


@pytest.mark.gazetteer
def test_the_city_steps_over_parts_and_places_with_offsets_of_their_own(gazetteer):
    text = (
        "In Kharkiv, a drone hit the city's Kyivskyi district. Bombs also hit Chuhuiv, about "
        "35 km east of the city, and Balakliia, some 80 km southeast of the regional capital."
    )
    toponyms, feats = features(text, gazetteer)
    offsets = sorted((f for f in feats if f.kind == "offset"), key=lambda f: f.start)
    assert [toponyms[f.anchor].text for f in offsets] == ["Kharkiv", "Kharkiv"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Drones launched at Zaporizhzhia from the Melitopol area hit a depot about 20 km "
        "north of the city.",
        "Artillery fired on Sumy from the Kursk direction, striking a village 15 km east of "
        "the city.",
    ],
)
def test_the_city_is_not_a_place_named_as_an_area(gazetteer, text):
    """A place named as an area or a direction ("from the Melitopol area") is not what
    "the city" refers to: the city the sentence is about, named before it, is."""
    toponyms, feats = features(text, gazetteer)
    assert toponyms[only(feats, "offset").anchor].text in ("Zaporizhzhia", "Sumy")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "described", "capital"),
    [
        ("Russian bombs hit Balakliia in the Kharkiv region, about 80 kilometers southeast "
         "of the regional capital, on Monday.", "Balakliia", "Kharkiv"),
        ("Shelling damaged houses in Nikopol in Dnipropetrovsk Oblast, some 110 km "
         "southwest of the regional centre.", "Nikopol", "Dnipro"),
        ("Kupiansk in the Kharkiv region, about 100 km east of the regional capital, was "
         "hit again.", "Kupiansk", "Kharkiv"),
    ],
)  # fmt: skip
def test_the_regional_capital_of_a_region_named_before(gazetteer, text, described, capital):
    """"X in the Kharkiv region, N km southeast of the regional capital": measured from
    Kharkiv, the region's capital, and lands near X (never N km beyond X)."""
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "offset")
    assert capital in f.note
    place = next(t.place for t in toponyms if t.text == described)
    assert geo.geometry.distance_km(
        (f.geometry.y, f.geometry.x), (place.lat, place.lon)
    ) < f.uncertainty_km + 10


@pytest.mark.gazetteer
def test_an_offset_from_the_city_with_no_place_between_measures_from_the_last_one(gazetteer):
    text = "Russian troops shelled Kupiansk. Drones were seen 20 km north of the city."
    toponyms, feats = features(text, gazetteer)
    assert toponyms[only(feats, "offset").anchor].text == "Kupiansk"


# --------------------------------------------------------------------------- regions


@pytest.mark.gazetteer
def test_region_kursk(gazetteer):
    text = "Ukrainian units withdrew from the Kursk region in the spring."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "region")
    assert f.text == "the Kursk region"
    assert toponyms[f.anchor].place.kind == "admin1"
    assert isinstance(f.geometry, Polygon | MultiPolygon)
    assert area_km2(f.geometry) == pytest.approx(29_997, rel=0.05)
    assert f.geometry.contains(Point(36.19, 51.73))  # Kursk city, (lon, lat)


@pytest.mark.gazetteer
def test_region_oblast_spelling(gazetteer):
    text = "Power cuts spread across Zaporizhzhia Oblast after the strike."
    _, feats = features(text, gazetteer)
    f = only(feats, "region")
    assert f.text == "Zaporizhzhia Oblast"
    assert f.geometry.contains(Point(35.14, 47.84))  # Zaporizhzhia city


@pytest.mark.gazetteer
def test_region_lists(gazetteer):
    text = "Air-raid alerts sounded across the Kursk and Belgorod regions."
    toponyms, feats = features(text, gazetteer)
    regions = [f for f in feats if f.kind == "region"]
    assert [toponyms[f.anchor].text for f in regions] == ["Kursk", "Belgorod"]
    assert all(f.text == "the Kursk and Belgorod regions" for f in regions)
    assert regions[0].geometry.intersection(regions[1].geometry).area < 0.01  # neighbours


@pytest.mark.gazetteer
def test_country_mentions_are_not_regions(gazetteer):
    _, feats = features("Russia and Ukraine exchanged prisoners on Friday.", gazetteer)
    assert [f for f in feats if f.kind == "region"] == []


# --------------------------------------------------------------------------- between, near


@pytest.mark.gazetteer
def test_between_two_towns(gazetteer):
    text = "Troops dug in along the highway between Pokrovsk and Kostiantynivka."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "between")
    a, b = (toponyms[i].place for i in f.anchors)
    assert f.anchor == f.anchors[0]
    assert isinstance(f.geometry, LineString)
    assert f.geometry.coords[0] == pytest.approx((a.lon, a.lat))
    assert f.geometry.coords[-1] == pytest.approx((b.lon, b.lat))
    _, _, dist_m = GEOD.inv(a.lon, a.lat, b.lon, b.lat)
    assert f.distance_km == pytest.approx(dist_m / 1000, abs=1e-3)


@pytest.mark.gazetteer
def test_near_and_close_to(gazetteer):
    text = "Villages near Lyman and close to Kupiansk lost power."
    toponyms, feats = features(text, gazetteer)
    near = [f for f in feats if f.kind == "near"]
    assert [f.text for f in near] == ["near Lyman", "close to Kupiansk"]
    for f in near:
        place = toponyms[f.anchor].place
        assert f.radius_km == near_radius_km(place)
        assert 10 < f.radius_km < 16
        for d in distances_km((place.lat, place.lon), f.geometry.exterior.coords):
            assert d == pytest.approx(f.radius_km, rel=1e-3)


@pytest.mark.gazetteer
def test_southern_outskirts_is_a_sector(gazetteer):
    text = "Shelling hit the southern outskirts of Kharkiv on Wednesday."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "near")
    assert f.text == "the southern outskirts of Kharkiv"
    assert f.bearing_deg == 180.0
    place = toponyms[f.anchor].place
    center = (place.lat, place.lon)
    coords = list(f.geometry.exterior.coords)
    for az in azimuths(center, coords):
        assert 135.0 - 1e-6 <= az <= 225.0 + 1e-6
    for d in distances_km(center, coords):
        assert f.min_km * 0.999 <= d <= f.max_km * 1.001
    assert f.geometry.is_valid and not f.geometry.contains(Point(place.lon, place.lat))


@pytest.mark.gazetteer
def test_possessive_outskirts_and_a_region_read_as_its_city(gazetteer):
    text = "Drones struck Odesa's eastern outskirts and the northern outskirts of Zaporizhzhia."
    _, feats = features(text, gazetteer)
    near = [f for f in feats if f.kind == "near"]
    assert [(f.text, f.bearing_deg) for f in near] == [
        ("Odesa's eastern outskirts", 90.0),
        ("the northern outskirts of Zaporizhzhia", 0.0),
    ]
    # around the city, not the oblast's label point
    assert near[1].geometry.distance(Point(35.14, 47.84)) < 0.2


@pytest.mark.gazetteer
def test_near_the_border_when_both_sides_are_named(gazetteer):
    text = "Residents of Sumy, near the border with Russia, spent the night in shelters."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "near")
    assert f.text == "near the border with Russia"
    assert {toponyms[i].text for i in f.anchors} == {"Sumy", "Russia"}
    assert isinstance(f.geometry, Polygon | MultiPolygon)
    # a band along the Sumy stretch of the border, not the whole border
    assert f.geometry.distance(Point(SUMY[1], SUMY[0])) < 0.6
    assert f.geometry.bounds[1] > 49.5


@pytest.mark.gazetteer
def test_near_a_border_with_one_side_only_gives_nothing(gazetteer):
    _, feats = features("The convoy stopped near the border before dawn.", gazetteer)
    assert feats == ()


# --------------------------------------------------------------------------- negatives


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Engineers repaired 10 miles of road near the village last week.",
        "The city of Kherson could be encircled within days, an analyst said.",
        "Sappers cleared mines within 5 km of the Dnipro River near the front.",
        "Shelling was reported within 10 of Sumy.",
        "Aid convoys were seen near Russia and around Ukraine.",
        "Talks between Kyiv and Moscow stalled again on Tuesday.",
        "The town is more than 30 km from Kharkiv, officials said.",
        "Families fled 20 km from Kherson to Mykolaiv by bus.",
        "The brigade advanced 5 km to the north of the front line.",
    ],
)
def test_no_feature(gazetteer, text):
    _, feats = features(text, gazetteer)
    assert [(f.kind, f.text) for f in feats] == []


@pytest.mark.gazetteer
def test_unresolved_anchor_gives_nothing(gazetteer):
    text = "Positions lie within 5 km of Zlobivka and 20 km east of Zlobivka."
    a = text.index("Zlobivka")
    b = text.index("Zlobivka", a + 1)
    unresolved = (
        Toponym(a, a + 8, "Zlobivka", None, 0.0, "in"),
        Toponym(b, b + 8, "Zlobivka", None, 0.0, "in"),
    )
    assert extract_features(text, unresolved, gazetteer) == ()
    # the same phrases with a resolved place do give features
    place = Place(1, "Zlobivka", "place", "UA", 49.0, 37.0, population=500)
    resolved = tuple(Toponym(t.start, t.end, t.text, place, 0.9, "in") for t in unresolved)
    kinds = [f.kind for f in extract_features(text, resolved, gazetteer)]
    assert kinds == ["ring", "offset"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "within", "within 10 km of", "10 km north of", "between and", "(((", "km km km",
        "within 99999999999 km of Sumy", "within 0 km of Sumy", "Sumy 5 km east.",
        "within ten thousand thousand miles of Sumy", "\u200b" * 20 + "Sumy",
    ],
)  # fmt: skip
def test_odd_input_never_raises(gazetteer, text):
    _, feats = features(text, gazetteer)
    assert isinstance(feats, tuple)


# --------------------------------------------------------------------------- output


@pytest.mark.gazetteer
def test_features_serialise_to_geojson_lon_lat(gazetteer):
    text = "Columns were seen within about 16 km of Sumy and in the Kursk region."
    _, feats = features(text, gazetteer)
    dumped = json.loads(json.dumps([f.to_dict() for f in feats]))
    ring = next(d for d in dumped if d["kind"] == "ring")
    assert ring["radius_km"] == 16.0 and ring["approximate"] is True
    geometry = ring["geometry"]
    assert geometry["type"] == "Polygon"
    coords = geometry["coordinates"][0]
    assert coords[0] == coords[-1]
    assert all(abs(lon - 34.8) < 0.3 and abs(lat - 50.92) < 0.2 for lon, lat in coords)
    for d in dumped:
        assert shape(d["geometry"]).is_valid
        assert text[d["start"] : d["end"]] == d["text"]


@pytest.mark.gazetteer
def test_text_order_and_determinism(gazetteer):
    text = (ARTICLES / "spatial_zaporizhzhia_front.txt").read_text(encoding="utf-8")
    toponyms, first = features(text, gazetteer)
    second = extract_features(text, toponyms, gazetteer)
    assert [f.to_dict() for f in first] == [f.to_dict() for f in second]
    assert [f.start for f in first] == sorted(f.start for f in first)


# --------------------------------------------------------------------------- articles


@pytest.mark.gazetteer
def test_article_zaporizhzhia_front(gazetteer):
    text = (ARTICLES / "spatial_zaporizhzhia_front.txt").read_text(encoding="utf-8")
    _, feats = features(text, gazetteer)
    got = [(f.kind, f.text) for f in feats]
    assert got == [
        ("ring", "within about 15 kilometres of Huliaipole"),
        ("offset", "25 km south-east of Orikhiv"),
        ("near", "the northern outskirts of Zaporizhzhia"),
        ("near", "close to Vilniansk"),
        ("region", "the Zaporizhzhia region"),
        ("between", "between Orikhiv and Huliaipole"),
        ("ring", "within 5 nautical miles of Berdiansk"),
    ]
    berdiansk = feats[-1]
    assert berdiansk.radius_km == pytest.approx(9.26)
    for f in feats:
        assert text[f.start : f.end] == f.text
        assert f.geometry.is_valid


@pytest.mark.gazetteer
def test_article_kharkiv_in_miles(gazetteer):
    text = (ARTICLES / "spatial_kharkiv_miles.txt").read_text(encoding="utf-8")
    _, feats = features(text, gazetteer)
    got = [(f.kind, f.text) for f in feats]
    assert got == [
        ("ring", "within six miles of Kharkiv"),
        ("offset", "about 20 miles northeast of Kupiansk"),
        ("region", "Kharkiv Oblast"),
        ("ring", "three miles from Chuhuiv"),
        ("near", "around Vovchansk"),
        # the border no country names: Ukraine's nearest, with Russia
        ("near", "some 3 miles from the border"),
    ]
    assert feats[0].radius_km == pytest.approx(6 * MILE_KM)
    assert feats[1].distance_km == pytest.approx(20 * MILE_KM)
    assert feats[1].approximate
    # "near the Oskil River" and "within 10 miles of the Siverskyi Donets River": rivers
    assert not any("River" in f.text for f in feats)


@pytest.mark.gazetteer
def test_long_runs_of_number_words_stay_fast(gazetteer):
    import time

    text = "a " * 3000 + "km from Sumy and " + "one and " * 2000 + "km"
    i = text.index("Sumy")
    place = Place(692194, "Sumy", "place", "UA", *SUMY, population=256474)
    started = time.process_time()  # this process's CPU time: other processes' load is not it
    extract_features(text, (Toponym(i, i + 4, "Sumy", place, 0.9),), gazetteer)
    assert time.process_time() - started < 5.0


# --------------------------------------------------------------------------- look-ups
# The builders try their large patterns only where cheap look-ups say a phrase can be
# (geo.text.spatial.windows); these find exactly what whole-text searches find.

_PIECES = [
    "10", "5", "1,500", "2.5", "ten", "twenty-five", "a", "an", "km", "KM", "kms", "10km",
    "kilometres", "miles", "mile", "mi", "m", "nm", "nmi", "nautical miles", "feet", "ft",
    "yards", "yd", "from", "FROM", "away", "of", "around", "to the", "north", "North-East",
    "south-west", "NE", "NNW", "s", "e", "radius", "zone", "buffer zone", "perimeter",
    "within", "less than", "more than", "up to", "about", "approximately", "some", "between",
    "and", "or", "(", ")", "near", "NEAR", "close to", "not far from", "just outside",
    "outside of", "in the vicinity of", "In The Area Of", "Sumy", "Kyiv", "İn", "ſ", "’s",
    "outskirts", "edge", "fringe", "suburbs", "xkm", "nearly", "innear",
]  # fmt: skip
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "", "  ", "-", "\n", ", ", "\t"])),
    max_size=30,
).map(lambda parts: "".join(p + s for p, s in parts))
_TAILS = [
    (vocabulary._P_WITHIN, vocabulary._TAIL_WITHIN),
    (vocabulary._P_BOUND, vocabulary._TAIL_BOUND),
    (vocabulary._P_RADIUS, vocabulary._TAIL_RADIUS),
    (vocabulary._P_RADIUS_OF, vocabulary._TAIL_RADIUS_OF),
    (vocabulary._P_BARE, vocabulary._TAIL_BARE),
    (vocabulary._P_OFFSET, vocabulary._TAIL_OFFSET),
]


def _found(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_unit_spans_are_those_of_the_unit_pattern(text):
    assert windows.unit_spans(text) == list(windows.UNIT_HIT.spans(text))


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_distance_patterns_in_tail_windows_match_whole_text_searches(text):
    units = windows.unit_spans(text)
    for pattern, tail in _TAILS:
        where = windows.tail_windows(text, units, tail)
        got = _found(windows.qty_matches(pattern, text, where))
        assert got == _found(pattern.finditer(text)), pattern.pattern[:40]


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_near_and_between_tried_where_they_start_match_whole_text_searches(text):
    assert _found(nearby.near_matches(text)) == _found(vocabulary._P_NEAR.original.finditer(text))
    assert _found(nearby.between_matches(text)) == _found(
        vocabulary._P_BETWEEN.original.finditer(text)
    )


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS)
def test_outskirts_word_windows_hold_every_outskirts_word(text):
    where = windows.word_windows(text, vocabulary._OUTSKIRTS_WORDS, 0, 0)
    for start, end in windows.OUTSKIRTS_HIT.spans(text):
        assert any(lo <= start and end <= hi for lo, hi in where)


@pytest.mark.parametrize(
    ("text", "pattern", "tail", "phrase"),
    [
        ("Shelling hit a village some 60 km to the south-east.", vocabulary._P_OFFSET,
         vocabulary._TAIL_OFFSET, "some 60 km to the south-east"),
        ("It lies 30 kms NNE of Sumy.", vocabulary._P_OFFSET, vocabulary._TAIL_OFFSET,
         "30 kms NNE of"),
        ("about 10 miles (16 kilometers) from Kyiv", vocabulary._P_BARE, vocabulary._TAIL_BARE,
         "about 10 miles (16 kilometers) from "),
        ("ten miles, or 16 km, away from Kyiv", vocabulary._P_BARE, vocabulary._TAIL_BARE,
         "ten miles, or 16 km, away from "),
        ("a 30-km exclusion zone around the plant", vocabulary._P_RADIUS,
         vocabulary._TAIL_RADIUS, "a 30-km exclusion zone around "),
        ("within between 10 and 15 km of Sumy", vocabulary._P_WITHIN, vocabulary._TAIL_WITHIN,
         "within between 10 and 15 km of "),
    ],
)  # fmt: skip
def test_each_unit_that_ends_a_phrase_opens_a_window(text, pattern, tail, phrase):
    where = windows.tail_windows(text, windows.unit_spans(text), tail)
    assert [m.group() for m in windows.qty_matches(pattern, text, where)] == [phrase]
    # A unit its pattern's next word does not follow opens none.
    assert windows.tail_windows("10 km of road", windows.unit_spans("10 km of road"),
                                vocabulary._TAIL_OFFSET) == []  # fmt: skip


@pytest.mark.gazetteer
def test_regions_and_borders_remembered_for_the_gazetteer_are_the_same(gazetteer):
    text = (
        "Drones struck the Kursk and Belgorod regions overnight. In Sumy, near the border "
        "with Russia, shelling hit villages within 20 km of the Kharkiv region."
    )
    analysis = geo.analyze(text, gazetteer=gazetteer)
    context._MEMOS.clear()
    first = [f.to_dict() for f in extract_features(text, analysis.toponyms, gazetteer)]
    assert context._MEMOS[gazetteer]  # regions and the border, remembered
    second = [f.to_dict() for f in extract_features(text, analysis.toponyms, gazetteer)]
    assert first == second
    assert {f["kind"] for f in first} >= {"region", "near", "ring"}


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_the_quantity_of_every_distance_match_is_a_whole_quantity(text):
    """The builders read a match's quantity with stated_distance (no second check)."""
    for pattern, _tail in _TAILS:
        for m in pattern.finditer(text):
            assert vocabulary._QTY_FULL.fullmatch(m.group("qty")), m.group("qty")
            assert stated_distance(m.group("qty")) == parse_distance(m.group("qty"))


def test_compile_patterns_compiles_every_distance_pattern_once():
    """What a corpus run does before forking its workers: afterwards no distance
    pattern is compiled on first use (each is the same compiled object)."""
    from geo.text.spatial import compile_patterns, vocabulary

    lazy = [vocabulary._P_WITHIN, vocabulary._P_BOUND, vocabulary._P_RADIUS,
            vocabulary._P_RADIUS_OF, vocabulary._P_BARE, vocabulary._P_OFFSET]
    compile_patterns()
    compiled = [p._compiled for p in lazy]
    assert all(isinstance(c, re.Pattern) for c in compiled)
    compile_patterns()
    assert [p.compiled() for p in lazy] == compiled


# The distance patterns are written short: the restatement of a distance ("10 miles (16
# km)", "10 miles, or 16 km,") once, with a conditional group choosing its closing, and
# the first number of "10 to 15 km" and "10 km" once; they must find exactly what the
# patterns written out in full found (the simple distance as the named pattern reads it,
# each restatement its own alternative).
_NUMS = ["10", "5.5", "1,000", "12,345.6", "ten", "twenty-five", "twenty five", "a", "an",
         "half a", "two and a half", "a dozen", "10-15", "10 to 15", "10-to-15",
         "between 5 and 8", "3 or 4", "3or4", "7 – 9", "1.5-2", "5 m-15", "1.", "12,34"]
_UNITS = ["km", "kilometres", "miles", "mile", "m", "nautical miles", "ft", "yards", "mi",
          "nm", "kms"]
_QUALS = ["", "about ", "some ", "an estimated ", "approximately ", "approx. ", "ca. "]
_OPENS = [" (", "(", " ( ", ", or ", " or ", ",or ", " or\n", " (or "]
_CLOSES = [")", " )", "", ",", " ,", "),", ") "]
_PREFIXES = ["within ", "less than ", "up to ", "in a ", "an ", "the ", "a radius of ",
             "more than ", "just ", "", "at least "]
_SUFFIXES = [" from", " of", " away from", " radius around", " zone around", " north of",
             " to the south-east of", " NE of", " around", " perimeter of", " north", ""]


@st.composite
def _distance_phrases(draw):
    pick = lambda xs: draw(st.sampled_from(xs))  # noqa: E731
    text = pick(_PREFIXES) + pick(_QUALS) + pick(_NUMS) + pick([" ", "-", ""]) + pick(_UNITS)
    for _ in range(draw(st.integers(0, 2))):
        text += (pick(_OPENS) + pick(_QUALS) + pick(_NUMS) + pick([" ", "-", ""])
                 + pick(_UNITS) + pick(_CLOSES))
    return text + pick(_SUFFIXES) + pick([" Kyiv", "", " the town."])


@functools.cache
def _pattern_pairs():
    """Each distance pattern, and the same with the restatement written out."""
    return list(_written_out_patterns())


def _written_out_patterns():
    from geo.text.spatial import vocabulary as v

    s = re.sub(r"\(\?P<\w+>", "(?:", v._simple(True))  # the named pattern, unnamed
    q = v._QUAL
    assert s != v._SIMPLE
    written_out = rf"{s}(?:\s*\(\s*(?:{q}\s+)?{s}\s*\)|,?\s+or\s+(?:{q}\s+)?{s},?)?"
    for name in ("_P_WITHIN", "_P_BOUND", "_P_RADIUS", "_P_RADIUS_OF", "_P_BARE", "_P_OFFSET",
                 "_QTY_FULL"):
        lazy = getattr(v, name)
        assert lazy.pattern.count(v._QTY) == 1
        yield name, lazy.compiled(), re.compile(lazy.pattern.replace(v._QTY, written_out),
                                                lazy.flags)


def _matches(pattern, text):
    out = []
    for m in pattern.finditer(text):
        groups = {k: m.span(k) for k in m.groupdict() if k != "paren"}
        out.append((m.span(), sorted(groups.items())))
    return out


@settings(max_examples=300, deadline=None)
@given(_distance_phrases())
def test_short_distance_patterns_match_as_written_out(text):
    for name, pattern, reference in _pattern_pairs():
        assert _matches(pattern, text) == _matches(reference, text), name
        assert (pattern.fullmatch(text) is None) == (reference.fullmatch(text) is None), name


def test_short_distance_pattern_examples_match_as_written_out():
    texts = ["within 10 miles (16 kilometers) of Sumy", "10 miles, or 16 km, north of Sumy",
             "an 8-mile (13-kilometer) radius around the plant", "5 km (3 miles from Kyiv",
             "some 60 km ( about 37 miles ) to the south-east", "10 km or 6 miles from it",
             "up to 5 km (3 mi), or 4 nm from the coast", "10 to 15 km from Kyiv",
             "5 m-15 km north of Sumy", "twenty-five miles from Izium", "3or4 km of it",
             "about 12,345.6 km, or 1,000 miles, from", "10-15 km (6-9 mi) south of Kursk"]
    found = 0
    for text in texts:
        for name, pattern, reference in _pattern_pairs():
            assert _matches(pattern, text) == _matches(reference, text), (name, text)
            found += len(_matches(pattern, text))
    assert found >= len(texts)
