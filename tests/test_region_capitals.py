"""Regions named after their centre's Russian name ("Dnepropetrovsk Region")."""

import pytest

from geo.gazetteer.codes import QUALITY_ALTERNATE, QUALITY_PRIMARY
from geo.gazetteer.region_capitals import centre_forms, lend_centre_names


def _region(cc, code, ru):
    return {"country_code": cc, "admin1_code": code, "names": [(QUALITY_PRIMARY, ["X"]), (2, [ru])]}


def _place(cc, code, population, *names):
    return {
        "kind": "place",
        "country_code": cc,
        "admin1_code": code,
        "population": population,
        "names": [(QUALITY_PRIMARY, ["Latin"]), (QUALITY_ALTERNATE, list(names))],
    }


def test_a_region_takes_the_romanised_name_of_the_centre_its_adjective_names():
    regions = [
        _region("UA", "04", "Днепропетровская область"),
        _region("RU", "71", "Свердловская область"),
    ]
    places = [
        _place("UA", "04", 10, "Днепропетровка"),  # not the adjective's noun
        _place("UA", "04", 900_000, "Днепропетровск"),
        _place("UA", "05", 50, "Днепропетровск"),  # another region's namesake: not its centre
        _place("RU", "71", 1_400_000, "Свердловск", "Екатеринбург"),
    ]
    lend_centre_names(regions, places)
    assert regions[0]["names"][-1] == (QUALITY_ALTERNATE, ["Dnepropetrovsk"])
    assert regions[1]["names"][-1] == (QUALITY_ALTERNATE, ["Sverdlovsk"])


def test_no_centre_among_its_own_places_lends_nothing():
    regions = [
        _region("UA", "10", "Кировоградская область"),
        _region("FR", "11", "Парижская область"),
    ]
    places = [_place("UA", "35", 200_000, "Кировоград"), _place("FR", "11", 2_000_000, "Парижск")]
    before = [list(r["names"]) for r in regions]
    lend_centre_names(regions, places)
    assert [r["names"] for r in regions] == before


@pytest.mark.parametrize(
    ("name", "centre"),
    [
        ("Донецкая область", "Донецк"),
        ("Одесская область", "Одесса"),
        ("Запорожская область", "Запорожье"),
        ("Черкасская область", "Черкассы"),
    ],
)
def test_centre_forms(name, centre):
    assert centre in centre_forms(name)


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("Dnepropetrovsk Region", "Dnipropetrovsk"),
        ("Dnepropetrovskaya oblast", "Dnipropetrovsk"),
        ("Nikolaev region", "Mykolaiv"),
        ("Kirovograd region", "Kirovohrad"),
    ],
)
def test_the_real_gazetteer_finds_the_region(gazetteer, query, region):
    from geo.geocoders import GazetteerGeocoder

    found = GazetteerGeocoder(gazetteer).geocode(query, exactly_one=True)
    assert found is not None
    assert found.raw["kind"] == "admin1" and found.raw["name"] == region


def test_the_region_in_a_text(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Overnight strikes hit fuel depots in the Dnepropetrovsk Region and near Kherson."
    tops = geoparse(text, gazetteer)
    region = next(t for t in tops if t.text.startswith("Dnepropetrovsk"))
    assert region.text == "Dnepropetrovsk Region"
    assert region.place.kind == "admin1" and region.place.name == "Dnipropetrovsk"
