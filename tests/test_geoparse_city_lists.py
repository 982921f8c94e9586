"""A name listed with places only is the city, not the region named after it."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def kinds(gazetteer, text):
    return {t.text: (t.place.name, t.place.kind) for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Explosions were heard in Novorossiysk, Tuapse and Krasnodar.", "Krasnodar", "place"),
        ("Blasts were reported in Sochi, Anapa and Krasnodar, and in Rostov.", "Krasnodar",
         "place"),
        ("Drones hit Shebekino, Valuyki and Belgorod overnight.", "Belgorod", "place"),
        # Regions listed with regions stay regions.
        ("Officials in the Krasnodar, Rostov and Belgorod regions reported drones.",
         "Krasnodar", "admin1"),
    ],
)
def test_city_listed_with_places(gazetteer, text, name, kind):
    assert kinds(gazetteer, text)[name][1] == kind


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("A refinery in Slavyansk-na-Kubani burned.", "Slavyansk-na-Kubani",
         "Slavyansk-na-Kubani"),
        ("Drones hit Rostov-na-Donu overnight.", "Rostov-na-Donu", "Rostov-on-Don"),
    ],
)
def test_russian_na_compounds_are_one_name(gazetteer, text, name, place):
    # "na" ("on") inside a Russian compound: not Slovyansk in Donetsk Oblast.
    assert kinds(gazetteer, text)[name][0] == place
