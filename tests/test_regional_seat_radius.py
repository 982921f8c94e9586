"""A regional seat is drawn as a city of 250,000 at least (geo.text.spatial.measures):
Kherson's wartime GeoNames count (66,000) made its urban radius 2.6 km."""

import pytest

from geo.model import Place
from geo.text.spatial.measures import counted_population, near_radius_km, urban_radius_km


def _place(name, region, people):
    return Place(1, name, "place", "UA", 47.0, 33.0, admin1_name=region, population=people)


def test_a_city_named_like_its_region_counts_as_a_regional_seat():
    kherson = _place("Kherson", "Kherson", 66_000)
    assert counted_population(kherson) == 250_000
    assert urban_radius_km(kherson) == pytest.approx(5.15, abs=0.01)
    assert near_radius_km(kherson) == pytest.approx(15.15, abs=0.01)


@pytest.mark.parametrize(
    ("name", "region", "people"),
    [
        ("Zaporizhzhia", "Zaporizhzhia", 656),  # a village named like the region
        ("Izium", "Kharkiv", 45_884),  # a town of another name
        ("Kharkiv", "Kharkiv", 1_421_125),  # a seat larger than the floor
    ],
)
def test_other_places_count_their_own_population(name, region, people):
    assert counted_population(_place(name, region, people)) == people
