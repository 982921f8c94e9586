"""A "between X and Y" reads X and Y as the ends of a route (a city rather than its
region), never as a town named after a country the text means."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Relations between Mexico and the United States are strained.", "Mexico", "MX"),
        ("Talks between Mexico and Canada resumed on Monday.", "Mexico", "MX"),
        ("Trade between Jordan and the United States grew last year.", "Jordan", "JO"),
        ("The border between Lebanon and Syria was closed.", "Lebanon", "LB"),
        ("Flights between Panama and the United States resumed.", "Panama", "PA"),
    ],
)
def test_a_country_between_two_places_stays_the_country(gazetteer, text, name, country):
    toponym = next(t for t in geoparse(text, gazetteer) if t.text == name)
    assert toponym.place.kind == "country"
    assert toponym.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # The route reading still picks a city over the region of its name.
        ("Fighting flared on the road between Kherson and Mykolaiv.", "Kherson", "Kherson"),
        ("A convoy moved between Sumy and Kharkiv overnight.", "Sumy", "Sumy"),
    ],
)
def test_between_still_reads_cities_over_their_regions(gazetteer, text, name, admin1):
    toponym = next(t for t in geoparse(text, gazetteer) if t.text == name)
    assert toponym.place.kind == "place"
    assert toponym.place.admin1_name == admin1


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Mexico urged calm; schools in Mexico City stayed closed.",
        "Schools in Mexico City closed as Mexico reported new cases.",
    ],
)
def test_a_region_listing_the_country_name_as_alias_is_not_the_country(gazetteer, text):
    """The Distrito Federal lists "Mexico" among its aliases, and Mexico City lies in it:
    the name is still the country's."""
    toponym = next(t for t in geoparse(text, gazetteer) if t.text == "Mexico")
    assert toponym.place.kind == "country" and toponym.place.country_code == "MX"
