"""A list stated in a region after it, with a name whose namesakes there are a town and
hamlets: the town (geo.text.list_frames; testerB26 P14)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

LYMAN = (48.9901, 37.8084)  # Krasny Liman until 2016; a Krasnyi Lyman of 592 lies by Selydove


def _place(gazetteer, text, name):
    return next(t.place for t in geoparse(text, gazetteer) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops struck Ukrainian forces near Krasny Liman, Ugledar, Avdeyevka, "
        "Kurakhovo and Selidovo in the Donetsk People's Republic, the ministry said.",
        "Units hit enemy positions near Krasny Liman, Kurakhovo, Selidovo and Maryinka "
        "in the Donetsk People's Republic.",
    ],
)
def test_a_listed_old_name_is_the_town_not_a_hamlet_by_the_partners(gazetteer, text):
    place = _place(gazetteer, text, "Krasny Liman")
    assert place is not None and distance_km((place.lat, place.lon), LYMAN) < 20


def test_a_list_of_villages_keeps_its_villages(gazetteer):
    text = (
        "Units hit Andreyevka, Kurakhovo, Selidovo and Novoselovka "
        "in the Donetsk People's Republic."
    )
    place = _place(gazetteer, text, "Andreyevka")
    assert place is not None and place.population < 10_000


HULIAIPOLE = (47.6627, 36.2560)
VELYKA_NOVOSILKA = (47.8428, 36.8363)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Battlegroup East hit enemy forces near Gulyaipole and Velikaya Novoselka "
            "in the Donetsk People's Republic, the ministry said.",
            "Gulyaipole",
            HULIAIPOLE,  # 29 km outside Donetsk Oblast: not estimated at its partner
        ),
        (
            "Units struck enemy positions near Velikaya Novoselka and Ugledar "
            "in the Zaporozhye Region.",
            "Velikaya Novoselka",
            VELYKA_NOVOSILKA,  # 16 km outside Zaporizhzhia Oblast
        ),
    ],
)
def test_a_listed_place_by_the_stated_regions_border_keeps_its_place(
    gazetteer, text, name, point
):
    place = _place(gazetteer, text, name)
    assert place is not None and distance_km((place.lat, place.lon), point) < 10
