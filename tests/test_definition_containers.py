"""Containers read from a place's definition: words of position before the region,
a county that picks among namesakes of one state, a region named like its country."""

import pytest

from geo.geometry.measures import distance_km
from geo.text.definitions import _POSITION_WORDS, COUNTY_OUT_OF_REACH_KM, COUNTY_REACH_KM
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _first(text, gazetteer):
    return geoparse(text, gazetteer)[0]


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # The region comes after a word of position; the name alone is a large city
        # elsewhere (Perth in Western Australia, Bor in Russia).
        ("Perth is a town in northern Tasmania, Australia.", "AU", "Tasmania"),
        ("Bor is a mining town located in eastern Serbia.", "RS", None),
        ("Wheeling is a city in northern West Virginia, United States.", "US", "West Virginia"),
        ("Salem is a village in far south-western Virginia.", "US", "Virginia"),
    ],
)
def test_a_word_of_position_before_the_region(gazetteer, text, country, admin1):
    place = _first(text, gazetteer).place
    assert place is not None and place.kind == "place"
    assert place.country_code == country
    if admin1 is not None:
        assert place.admin1_name == admin1


def test_position_words_are_lower_case_only(gazetteer):
    """A name such as "West Virginia" is not "west" + "Virginia": capitals stay."""
    assert "west" in _POSITION_WORDS and "West" not in _POSITION_WORDS
    place = _first("Weston is a city in Lewis County, West Virginia.", gazetteer).place
    assert place.admin1_name == "West Virginia"


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # Two Salems in Indiana 325 km apart: the county tells them apart.
        ("Salem is a town in Elkhart County, Indiana, United States.", "Elkhart County"),
        ("Salem is a town in Washington County, Indiana, United States.", "Washington County"),
        # A county name that several states use: Indiana's Spencer County, not Kentucky's.
        ("Dale is a town in Carter Township, Spencer County, Indiana.", "Spencer County"),
        ("Salem is a village in La Crosse County, Wisconsin.", "La Crosse County"),
    ],
)
def test_a_stated_county_picks_the_namesake_inside_it(gazetteer, text, county):
    toponyms = geoparse(text, gazetteer)
    place = toponyms[0].place
    seat = next(t.place for t in toponyms if t.text == county)
    assert seat.kind == "admin2"
    assert place.admin1_name == seat.admin1_name
    assert distance_km((place.lat, place.lon), (seat.lat, seat.lon)) <= COUNTY_REACH_KM


def test_a_county_too_far_from_every_namesake_keeps_them_all(gazetteer):
    """No Salem of Indiana lies within reach of Lake County's centre: the county rules
    none out, and the name still resolves inside the state."""
    place = _first("Salem is a hamlet in Lake County, Indiana.", gazetteer).place
    assert place is not None and place.admin1_name == "Indiana"


@pytest.mark.parametrize(
    "text",
    [
        "Clervaux is a small town in northern Luxembourg.",
        "Mersch is a commune and town in central Luxembourg.",
    ],
)
def test_a_region_named_like_its_country_reads_as_the_country(gazetteer, text):
    """Luxembourg is a country and a district of it: the definition names the country,
    so a town in another district stays resolved."""
    place = _first(text, gazetteer).place
    assert place is not None and place.country_code == "LU" and place.kind == "place"


def test_a_county_far_from_every_namesake_rules_them_out(gazetteer):
    """The gazetteer's only Salisbury of New York lies on Long Island, 290 km from
    Herkimer County: the town defined is another one, placed in the county."""
    toponyms = geoparse("Salisbury is a hamlet in Herkimer County, New York.", gazetteer)
    place, county = toponyms[0], next(t for t in toponyms if t.text == "Herkimer County")
    assert place.estimated
    assert distance_km((place.lat, place.lon), (county.lat, county.lon)) <= COUNTY_REACH_KM


@pytest.mark.parametrize(
    "text",
    [
        # A large county: Needles lies 140 km from San Bernardino County's centre.
        "Needles is a city in San Bernardino County, California.",
        # An Alaskan borough reaches farther than any county: Barrow (Utqiagvik) lies
        # 250 km from North Slope Borough's centre.
        "Barrow is a city in North Slope Borough, Alaska.",
    ],
)
def test_a_large_county_rules_out_no_namesake(gazetteer, text):
    toponym = geoparse(text, gazetteer)[0]
    assert not toponym.estimated and toponym.place.population > 1000
    assert COUNTY_OUT_OF_REACH_KM > COUNTY_REACH_KM


@pytest.mark.parametrize(
    ("text", "province_point"),
    [
        # GeoNames files the towns of a Philippine region under one code; the province
        # the definition names (Natural Earth's polygon) tells the namesakes apart.
        ("San Juan is a coastal town in the province of La Union, Philippines.", (16.6, 120.4)),
        (
            "Santo Domingo is a farming municipality in the province of Nueva Ecija, Philippines.",
            (15.6, 121.0),
        ),
    ],
)
def test_a_stated_province_finer_than_its_code_picks_the_namesake(gazetteer, text, province_point):
    place = _first(text, gazetteer).place
    assert place.country_code == "PH" and place.kind == "place"
    assert distance_km((place.lat, place.lon), province_point) < 40


@pytest.mark.parametrize(
    ("text", "admin1", "county"),
    [
        # "place" is a definition's noun too ("a census-designated place").
        (
            "Mountain View is a census-designated place in Contra Costa County, California.",
            "California",
            "Contra Costa County",
        ),
        # The dots of "U.S." end no sentence: the state after them is read.
        (
            "Bedford is a borough and the county seat of Bedford County in the U.S. state "
            "of Pennsylvania.",
            "Pennsylvania",
            None,
        ),
    ],
)
def test_definition_nouns_and_initials(gazetteer, text, admin1, county):
    toponyms = geoparse(text, gazetteer)
    place = toponyms[0].place
    assert place.country_code == "US" and place.admin1_name == admin1
    if county is not None:
        seat = next(t.place for t in toponyms if t.text == county)
        assert distance_km((place.lat, place.lon), (seat.lat, seat.lon)) <= COUNTY_REACH_KM


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("in the U.S. state of Ohio. It", 25),
        ("in Washington, D.C. and Virginia. It", 32),
        ("in the USA. It lies", 10),
        ("in Kent, England. The", 16),
    ],
)
def test_sentence_end_skips_initials(text, end):
    from geo.text.definitions import _SENTENCE_END

    assert _SENTENCE_END.search(text).start() == end
