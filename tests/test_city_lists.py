"""Names the gazetteer lacks, listed "in CITY", are that city's parts
(geo.text.city_lists): estimated in the city, never left out or read abroad; a town the
gazetteer has near the city keeps its own place."""

import pytest

from geo.geometry import distance_km
from geo.text.city_parts import PART_KM
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _named(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "parts", "city"),
    [
        (
            "Witnesses said armoured columns rolled into Shejaiya and Zeitoun in Gaza City "
            "before dawn.",
            ("Shejaiya", "Zeitoun"), "Gaza City",
        ),
        (
            "Shelling hit Saltivka and Pyatykhatky in Kharkiv overnight.",
            ("Pyatykhatky",), "Kharkiv",
        ),
        (
            "Tanks advanced into Tuffah and Daraj in Gaza City, medics said.",
            ("Tuffah", "Daraj"), "Gaza City",
        ),
    ],
)
def test_unknown_names_listed_in_a_city_are_its_parts(gazetteer, text, parts, city):
    found = _named(gazetteer, text)
    here = (found[city].place.lat, found[city].place.lon)
    for name in parts:
        place = found[name].place
        assert place is not None, name
        assert distance_km((place.lat, place.lon), here) <= PART_KM


def test_towns_near_the_city_keep_their_own_places(gazetteer):
    found = _named(gazetteer, "Sirens sounded in Bucha and Irpin in Kyiv overnight.")
    for name in ("Bucha", "Irpin"):
        place = found[name].place
        assert place is not None and not found[name].estimated
        assert place.name != found["Kyiv"].place.name


def test_a_country_or_a_building_before_in_city_is_no_part(gazetteer):
    found = _named(gazetteer, "He works at Bank of America in Charlotte.")
    assert found["America"].place is None or found["America"].place.kind == "country"
    found = _named(gazetteer, "She was taken to Karl Bremer Hospital in Cape Town.")
    assert found["Karl Bremer Hospital"].place is None
