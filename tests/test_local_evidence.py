"""A town over its far smaller namesake when only another paragraph speaks for it."""

import pytest

from geo.text.geoparse import geoparse


def _place(gazetteer, text, name):
    return next(t for t in geoparse(text, gazetteer) if t.text == name).place


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # The same sentence's partner (Ochakov) outweighs another paragraph's region.
        (
            "Officials in Lviv said drones hit Stryi and Drohobych overnight.\n\n"
            "Missiles struck the port of Nikolaev and Ochakov on Tuesday.\n",
            "Nikolaev",
            "Mykolaiv",
        ),
        (
            "Denis Pushilin, head of the Donetsk People's Republic, said troops advanced "
            "near Artemovsk.\nRussian forces struck port infrastructure in Nikolayev and "
            "Ochakov.\n",
            "Nikolayev",
            "Mykolaiv",
        ),
        # A city's name with only a region of elsewhere in its sentence: the city.
        (
            "Pushilin, head of the Donetsk People's Republic, said fighting went on for "
            "Gorlovka, Konstantinovka and Krasny Liman.\n\nAir defenses downed drones over "
            "the Bryansk and Kursk Regions. In the Zaporozhye area, troops took Malaya "
            "Tokmachka. Russian forces also struck an airfield near Nikolayev and fuel "
            "depots in the Dnepropetrovsk Region.\n",
            "Nikolayev",
            "Mykolaiv",
        ),
        # Nothing places the hamlet but a city of another paragraph 60 km off.
        (
            "In Dnipro, a missile struck an industrial enterprise.\n\n"
            "The heaviest fighting was near Gulyaipole.\n",
            "Gulyaipole",
            "Zaporizhzhia",
        ),
        (
            "In Kryvyi Rih, a ballistic missile hit a warehouse.\n\n"
            "Clashes went on near Huliaipole.\n",
            "Huliaipole",
            "Zaporizhzhia",
        ),
    ],
)
def test_the_town_wins(gazetteer, text, name, admin1):
    assert _place(gazetteer, text, name).admin1_name == admin1


def test_a_village_the_text_calls_so_keeps_its_reading(gazetteer):
    text = (
        "In Kryvyi Rih, a ballistic missile hit a warehouse.\n\n"
        "A strike hit the village of Huliaipole, 60 km east of Kryvyi Rih.\n"
    )
    assert _place(gazetteer, text, "Huliaipole").admin1_name == "Dnipropetrovsk"
