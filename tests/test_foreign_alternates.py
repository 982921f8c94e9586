"""A place read only by an alternate name of a place in a country the text never names,
while its sentence names a far region of another country, is left without a place
(geo.text.foreign_alternates): Ituri's Mambasa is not Mombasa, Kenya."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _country(text, name, gazetteer):
    [t] = [t for t in geoparse(text, gazetteer) if t.text == name][:1]
    return t.place.country_code if t.place is not None else None


def test_a_town_of_a_named_region_is_not_a_far_citys_alternate_name(gazetteer):
    text = (
        "In Ituri province, suspected ADF fighters killed at least 14 people along the "
        "road between Mambasa and Komanda, local authorities said."
    )
    assert _country(text, "Mambasa", gazetteer) is None


@pytest.mark.parametrize(
    "text",
    [
        # the text reads a name of the city's country by its own name
        "Flights between Nairobi and Mambasa resumed on Monday, Kenyan officials said.",
        # no region of another country in its sentence
        "Ferries to Mambasa were cancelled because of the storm.",
    ],
)
def test_the_alternate_name_keeps_its_reading_otherwise(gazetteer, text):
    assert _country(text, "Mambasa", gazetteer) == "KE"


def test_a_region_of_another_country_nearby_leaves_the_reading(gazetteer):
    text = "Drones launched from Nikolaev struck three villages of the Kursk region overnight."
    assert _country(text, "Nikolaev", gazetteer) == "UA"
