"""A city's part the gazetteer lacks as written but has under its district reading
("the Darnytskyi and Holosiivskyi districts" after "in Kyiv": Darnytsya, Holosiyiv) is
that part, not a name left unplaced (geo.text.city_parts, geo.text.part_readings).
Every text here is written for these tests."""

import pytest

from geo.geometry.measures import distance_km
from geo.text.geoparse import geoparse

_KYIV = (50.45, 30.52)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Air defences were active in Kyiv, where debris fell on the Darnytskyi and "
            "Obolonskyi districts.",
            ["Darnytskyi"],
        ),
        (
            "In Kyiv, debris hit the Darnytskyi and Holosiivskyi districts.",
            ["Darnytskyi", "Holosiivskyi"],
        ),
        (
            "Fragments of drones downed in Kyiv damaged cars in the Holosiivskyi and "
            "Darnytskyi districts, the city administration said.",
            ["Darnytskyi", "Holosiivskyi"],
        ),
    ],
)
def test_a_listed_part_read_by_its_district_name_is_placed_in_the_city(gazetteer, text, names):
    found = {t.text: t.place for t in geoparse(text, gazetteer)}
    for name in names:
        place = found.get(name)
        assert place is not None, name
        assert distance_km((place.lat, place.lon), _KYIV) < 20
