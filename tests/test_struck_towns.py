"""A front-line village read only by another of its names is no reading against a town
of the name in a Russian region Ukraine's drones strike (tester33 V20).  Texts written
for these tests."""

import pytest

from geo.text.geoparse import geoparse


def _read(gazetteer, text):
    return {t.text: (t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Drones struck Millerovo before dawn, the regional governor said.", "Millerovo", "RU"),
        ("A drone attack on Zverevo damaged a warehouse, officials said.", "Zverevo", "RU"),
        # ground fighting is located near the Donetsk Oblast village
        ("Russian units pushed forward near Zverevo.", "Zverevo", "UA"),
        ("Russian troops attacked near Zverevo and Udachnoye.", "Zverevo", "UA"),
    ],
)
def test_a_renamed_village_yields_to_a_struck_town(gazetteer, text, name, country):
    assert _read(gazetteer, text)[name] == country
