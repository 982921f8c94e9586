"""A "near" list's villages the gazetteer lacks, named with a town of the front, are
estimated around it, not read as a namesake across the country: "Russian forces
attacked near Pokrovsk, Myrolubivka and Promin" (the gazetteer's one Promin lies in
Mykolaiv Oblast, 380 km off); "in the Pokrovsk direction ... near Novotroitske and
Promin" (its one Novotroitske is a town of Kherson Oblast, 230 km off)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

POKROVSK = (48.2801, 37.1771)


def _points(gazetteer, text):
    return {t.text: (t.place.lat, t.place.lon) for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Russian forces attacked near Pokrovsk, Myrolubivka and Promin on Tuesday.",
            ("Myrolubivka", "Promin"),
        ),
        (
            "Russian forces continued offensive operations in the Pokrovsk direction on "
            "Tuesday. Russian forces attacked near Novotroitske and Promin.",
            ("Novotroitske", "Promin"),
        ),
    ],
)
def test_villages_are_estimated_by_the_front_town(gazetteer, text, names):
    points = _points(gazetteer, text)
    for name in names:
        assert distance_km(points[name], POKROVSK) < 40, name


def test_a_list_elsewhere_keeps_its_towns(gazetteer):
    # A later sentence's list whose places lie together away from the direction is
    # elsewhere: Kherson and Beryslav stay on the Dnipro.
    text = (
        "Russian forces continued offensive operations in the Pokrovsk direction on "
        "Tuesday. Russian artillery also shelled areas near Kherson and Beryslav."
    )
    points = _points(gazetteer, text)
    assert distance_km(points["Beryslav"], (46.8385, 33.4266)) < 5
    assert distance_km(points["Kherson"], (46.6369, 32.6146)) < 5


def test_a_loose_lists_village_off_the_front_is_a_namesake(gazetteer):
    # The list looks loose (Novoivanivka is read at a Zaporizhzhia namesake 100 km off),
    # yet a front list spans the front, not the country: no Danylivka of Kyiv Oblast.
    text = (
        "In the Huliaipole direction, the enemy attacked near Uspenivka, Novoivanivka "
        "and Danylivka."
    )
    points = _points(gazetteer, text)
    assert distance_km(points["Danylivka"], (47.6668, 36.2558)) < 60


def test_a_loose_list_of_front_towns_and_a_city_keeps_them(gazetteer):
    text = (
        "Russian forces advanced near Siversk, Hulyaipole and Velykomykhailivka, and near "
        "Kharkiv and Odesa."
    )
    points = _points(gazetteer, text)
    assert distance_km(points["Odesa"], (46.4857, 30.7438)) < 5
    assert distance_km(points["Siversk"], (48.8648, 38.0968)) < 5
    assert distance_km(points["Hulyaipole"], (47.6668, 36.2558)) < 5
