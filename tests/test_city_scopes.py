"""A city named with its parts: "X city" is the city even after "X Oblast" introduced
the name; a district of the city a sentence opens with ("In Kherson, ... the
Dniprovskyi district") anchors no list of villages, so the region's towns named after
it keep their one reading."""

import pytest

from geo.geometry import distance_km
from geo.text.city_openers import kept_city
from geo.text.geoparse import geoparse
from geo.text.tokens import Mention


class _Gaz:
    def is_place(self, r):
        return r == 2


@pytest.mark.parametrize(
    ("reading", "introduced", "expected"),
    [("city", 1, True), ("city", 2, False), ("", 1, False), ("region", 1, False)],
)
def test_a_city_keeps_its_reading_only_against_a_region(reading, introduced, expected):
    m = Mention(0, 5, "x", 0, 0, reading=reading)
    assert kept_city(_Gaz(), m, introduced) is expected
    assert kept_city(None, m, introduced) is False


def _named(gazetteer, text, name, n=0):
    return [t for t in geoparse(text, gazetteer) if t.text == name][n]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "n", "city"),
    [
        ("In Zaporizhzhia Oblast, Russia increased pressure towards Huliaipole, some 80 km "
         "east of Zaporizhzhia city.\n", 0, (47.85, 35.12)),
        ("In Kherson Oblast, Russia struck Beryslav, some 70 km northeast of Kherson "
         "city.\n", 0, (46.64, 32.61)),
    ],
)
def test_x_city_after_x_oblast_is_the_city(gazetteer, text, n, city):
    name = text.split()[1]
    t = _named(gazetteer, text, name, n)
    assert t.place.kind == "place"
    assert distance_km((t.place.lat, t.place.lon), city) < 10


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("In Kherson, officials said a shell hit a house in the Dniprovskyi district and "
         "that drones struck Bilozerka.\n", "Bilozerka", (46.627, 32.444)),
        ("In Kharkiv, the mayor said a woman was hurt in the Kyivskyi district, and that "
         "guided bombs hit Zolochiv and Dergachi.\n", "Zolochiv", (50.273, 35.978)),
        ("In Kherson, a man was wounded in the Dniprovskyi district and Russian drones "
         "attacked Bilozerka and Antonivka.\n", "Bilozerka", (46.627, 32.444)),
    ],
)
def test_a_town_after_a_city_district_keeps_its_place(gazetteer, text, name, where):
    t = _named(gazetteer, text, name)
    assert t.place is not None and not t.estimated
    assert distance_km((t.place.lat, t.place.lon), where) < 5
