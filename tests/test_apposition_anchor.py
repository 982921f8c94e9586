"""A back-referring offset after a town and its region in apposition is measured from
the town: "El Fasher, the capital of North Darfur, to Tawila, about 60 km to the west"
puts Tawila 60 km west of El Fasher (geo.text.hints.directed)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

CASES = [
    (
        "Thousands fled El Fasher, the capital of North Darfur, to Tawila, about 60 km "
        "to the west.",
        "Tawila", (13.63, 25.35), 60.0,
    ),
    (
        "Families walked from Kadugli, the state capital of South Kordofan, to Kuweik, "
        "some 30 km to the north.",
        "Kuweik", (11.01, 29.72), 30.0,
    ),
    (
        "Convoys left Goma, the provincial capital of North Kivu, for Kibumba, about 25 km "
        "to the north.",
        "Kibumba", (-1.67, 29.23), 25.0,
    ),
]


@pytest.mark.parametrize(("text", "name", "town", "km"), CASES)
def test_the_offset_is_from_the_town_not_its_region(gazetteer, text, name, town, km):
    (found,) = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert found.place is not None
    got = distance_km((found.place.lat, found.place.lon), town)
    assert abs(got - km) <= 0.35 * km
