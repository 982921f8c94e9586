"""A country named as a state acting ("Russia said", "Russia's Defense Ministry") is a
party to what happens, no sign of where: its places are read as if it were not named.
A country named as a location ("in Russia") still locates them."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def countries(gazetteer, text):
    return {t.text: t.place.country_code for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Pokrovsk: Donetsk Oblast's town, and a smaller one in Yakutia
        ("Russia said it had captured Pokrovsk.", "Pokrovsk", "UA"),
        ("Russia's Defense Ministry said its troops took a village near Pokrovsk.",
         "Pokrovsk", "UA"),
        ("Russia claimed its forces were advancing on Pokrovsk.", "Pokrovsk", "UA"),
        # ... and where the country is where things happen, the namesake in it
        ("Floods cut off Pokrovsk in Russia.", "Pokrovsk", "RU"),
        ("Russia said floods had cut off Pokrovsk in Russia's far east.", "Pokrovsk", "RU"),
    ],
)
def test_a_country_acting_does_not_locate_its_claims(gazetteer, text, name, country):
    assert countries(gazetteer, text)[name] == country


def test_a_stated_distance_converted_in_brackets_still_locates_a_village(gazetteer):
    """"15 kilometers (9 miles) northeast of Pokrovsk": the conversion between the
    distance and the direction keeps the hint that places a village the gazetteer
    lacks."""
    text = ("Russia's Defense Ministry said its forces had taken control of Novotoretske, "
            "about 15 kilometers (9 miles) northeast of Pokrovsk.")
    found = {t.text: t for t in geoparse(text, gazetteer)}
    village = found["Novotoretske"]
    assert village.estimated and village.place.country_code == "UA"
    assert 48.3 < village.place.lat < 48.5 and 37.2 < village.place.lon < 37.5
    other = geoparse("Troops entered Hrushivka, 20 km (12 miles) south-west of Kupiansk.",
                     gazetteer)
    assert {t.text for t in other} >= {"Hrushivka", "Kupiansk"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia advanced near Pokrovsk.",
        "Russia took control of a village near Pokrovsk, its ministry said.",
        "Russia pushed towards Pokrovsk from the south.",
    ],
)
def test_a_country_advancing_is_an_actor(gazetteer, text):
    found = {t.text: t for t in geoparse(text, gazetteer)}
    assert found["Pokrovsk"].place.country_code == "UA"
