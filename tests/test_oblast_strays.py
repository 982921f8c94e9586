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
        "He said fighting went on near Novopavlovka and claimed Ukrainian troops had "
        "pulled out of Velikaya Mikhailovka overnight.\n"
    )
    point = _point(gazetteer, text, "Velikaya Mikhailovka")
    assert distance_km(point, ODESA_READING) > 300 and distance_km(point, MEZHOVA) < 150


def test_a_foreign_spelling_with_a_neighbour_in_its_region_stays(gazetteer):
    text = (
        "Russian units have crossed into the Dnepropetrovsk Region near Mezhevaya, an "
        "analyst said.\n\nIn the south-west, a drone struck a barn in Velikaya Mikhailovka "
        "near Rozdilna.\n"
    )
    (t,) = [t for t in geoparse(text, gazetteer) if t.text == "Velikaya Mikhailovka"]
    # (not moved to the Dnepropetrovsk Region; another stage may leave it unplaced)
    assert t.place is None or distance_km((t.place.lat, t.place.lon), MEZHOVA) > 300


def test_a_strike_list_across_oblasts_keeps_its_far_town(gazetteer):
    text = (
        "Russian units have crossed into the Dnepropetrovsk Region and are pushing toward "
        "Pokrovskoye and Mezhevaya, the ministry said.\n\n"
        "Drones hit a fuel depot near Pavlograd, barracks in Druzhkovka and a boat workshop in "
        "Velikaya Mikhailovka.\n"
    )
    (t,) = [t for t in geoparse(text, gazetteer) if t.text == "Velikaya Mikhailovka"]
    # (not moved to the Dnepropetrovsk Region; another stage may leave it unplaced)
    assert t.place is None or distance_km((t.place.lat, t.place.lon), MEZHOVA) > 300
