"""A part of a city named with it lies in that city ("Kharkiv's Kyivskyi district")."""

import pytest
from shapely.geometry import Point

from geo.geometry import distance_km
from geo.text.city_parts import PART_KM
from geo.text.geoparse import geoparse


@pytest.mark.parametrize(
    ("sentence", "part", "city"),
    [
        (
            "A drone hit a block of flats in Dnipro's Shevchenkivskyi district.",
            "Shevchenkivskyi",
            "Dnipro",
        ),
        ("Missiles hit Kharkiv's Kyivskyi district overnight.", "Kyivskyi", "Kharkiv"),
        ("A strike hit the Saltivskyi district of Kharkiv.", "Saltivskyi", "Kharkiv"),
        (
            "Shelling damaged houses in Zaporizhzhia's Oleksandrivskyi district.",
            "Oleksandrivskyi",
            "Zaporizhzhia",
        ),
        ("Debris fell on Kyiv's Obolonskyi district.", "Obolonskyi", "Kyiv"),
    ],
)
def test_the_part_lies_in_its_city(gazetteer, sentence, part, city):
    tops = {t.text: t for t in geoparse(f"Air raid alerts sounded.\n\n{sentence}\n", gazetteer)}
    town, there = tops[city].place, tops[part]
    assert there.place is not None
    assert distance_km((town.lat, town.lon), (there.place.lat, there.place.lon)) <= PART_KM
    if there.estimated:
        assert there.uncertainty.contains(Point(town.lon, town.lat))


def test_a_district_without_its_city_is_read_as_before(gazetteer):
    tops = {t.text: t for t in geoparse("Fighting went on in the Pokrovsk district.\n", gazetteer)}
    assert not tops["Pokrovsk"].estimated
