"""A list of a city's parts closed by "districts of CITY" puts each name in the city after
it, as the singular "the X district of CITY" does (tester33 V1, V31).  Texts written for
these tests."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

KYIV = (50.45, 30.52)
GAZA = (31.50, 34.47)
KHARKIV = (49.98, 36.25)


def _points(text, gazetteer):
    return {t.text: (t.place.lat, t.place.lon) for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "city", "parts"),
    [
        # A heading's Lviv was the first name's city; Gaza's parts went to Malta and Libya.
        ("Sirens sounded in Kyiv and Lviv\nThe mayor said debris fell on the Darnytskyi and "
         "Obolonskyi districts of Kyiv, hurting two people.", KYIV, ("Darnytskyi", "Obolonskyi")),
        ("Tanks pushed into Zeitoun and Sabra neighbourhoods of Gaza City at dawn.",
         GAZA, ("Zeitoun", "Sabra")),
        # Donetsk has a Kyivskyi district too.
        ("A missile struck the Kyivskyi, Slobidskyi and Saltivskyi districts of Kharkiv.",
         KHARKIV, ("Kyivskyi", "Slobidskyi")),
    ],
)  # fmt: skip
def test_a_list_of_parts_before_districts_of_a_city_is_the_citys(gazetteer, text, city, parts):
    found = _points(text, gazetteer)
    for part in parts:
        assert distance_km(found[part], city) < 25, part
