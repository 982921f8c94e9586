"""A city named before its suburb ("the Kyiv suburb of Bucha") is the city, and the
suburb is read near it; "the X neighbourhood of CITY" keeps the part first.

Every text here is written for these tests.
"""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse


def _read(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "city", "suburb", "km"),
    [
        ("Troops pulled out of the Kyiv suburb of Irpin in the spring.", "Kyiv", "Irpin", 40),
        ("A nurse from the Chicago suburb of Naperville won.", "Chicago", "Naperville", 80),
        ("Police in the Houston suburb of Katy closed a road.", "Houston", "Katy", 80),
    ],
)
def test_the_city_then_its_suburb(gazetteer, text, city, suburb, km):
    found = _read(gazetteer, text)
    c, s = found[city], found[suburb]
    assert not c.estimated and c.place.population > 1_000_000  # the city itself
    assert distance_km((c.place.lat, c.place.lon), (s.place.lat, s.place.lon)) <= km
    assert (s.place.lat, s.place.lon) != (c.place.lat, c.place.lon)  # its own reading


def test_a_part_named_before_its_city_stays_a_part(gazetteer):
    found = _read(gazetteer, "Shelling hit the Shevchenkivskyi district of Kharkiv again.")
    part, city = found["Shevchenkivskyi"], found["Kharkiv"]
    assert distance_km((part.place.lat, part.place.lon), (city.place.lat, city.place.lon)) <= 20
