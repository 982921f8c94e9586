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
    """An oblast (1), its city (2), a city of another oblast (3), a town abroad (4)."""

    def __init__(self):
        self.rows = {
            1: ("admin1", "UA", "26"),
            2: ("place", "UA", "26"),
            3: ("place", "UA", "08"),
            4: ("place", "US", "CA"),
        }

    def is_place(self, r):
        return self.rows[r][0] == "place"

    def kind(self, r):
        return self.rows[r][0]

    def country_code(self, r):
        return self.rows[r][1]

    def admin1(self, r):
        return (self.rows[r][2], "")


@pytest.mark.parametrize(
    ("reading", "introduced", "own", "expected"),
    [
        ("city", 1, 2, True),  # "Zaporizhzhia city" in Zaporizhzhia Oblast
        ("city", 1, 3, False),  # a city of the name in another region
        ("city", 1, 4, False),  # ... or abroad ("Southern Ontario": not California's)
        ("city", 2, 3, False),  # the name introduced as a place
        ("", 1, 2, False),
        ("region", 1, 2, False),
        ("city", 1, None, False),
    ],
)
def test_a_city_keeps_its_reading_only_inside_the_region(reading, introduced, own, expected):
    m = Mention(0, 5, "x", 0, 0, reading=reading)
    assert kept_city(_Gaz(), m, introduced, own) is expected
    assert kept_city(None, m, introduced, own) is False


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
