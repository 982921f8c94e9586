"""A village read only by a foreign spelling in a far oblast of the country the story is
about is placed in the story's region: "Velikaya Mikhailovka" in a Dnepropetrovsk Region
story is not Odesa oblast's Velyka Mykhaylivka."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

ODESA_READING = (47.078, 29.853)
MEZHOVA = (48.254, 36.732)


def _point(gazetteer, text, name):
    (t,) = [t for t in geoparse(text, gazetteer) if t.text == name]
    return t.place.lat, t.place.lon


def test_a_far_foreign_spelling_is_placed_in_the_stated_region(gazetteer):
    text = (
        "Russian units have crossed into the Dnepropetrovsk Region and are pushing toward "
        "Pokrovskoye and Mezhevaya, a pro-Kremlin analyst said on Sunday.\n\n"
        "He claimed Ukrainian troops had pulled out of Velikaya Mikhailovka overnight.\n"
    )
    point = _point(gazetteer, text, "Velikaya Mikhailovka")
    assert distance_km(point, ODESA_READING) > 300 and distance_km(point, MEZHOVA) < 150


def test_a_foreign_spelling_with_a_neighbour_in_its_region_stays(gazetteer):
    text = (
        "Russian units have crossed into the Dnepropetrovsk Region near Mezhevaya, an "
        "analyst said.\n\nIn the south-west, a drone struck a barn in Velikaya Mikhailovka "
        "near Rozdilna.\n"
    )
    point = _point(gazetteer, text, "Velikaya Mikhailovka")
    assert distance_km(point, ODESA_READING) < 20
