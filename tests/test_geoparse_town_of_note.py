"""A town of note is named for its own sake, not as a hamlet the text's places lie near.

"Missiles struck Zaporizhzhia and Nikopol" in a text on Donetsk Oblast's towns: Nikopol
is the city of 105,000 on the Dnipro, not the hamlet of 588 people 35 km from Sloviansk
that GeoNames also holds.  A village by the text's places, or in the region it names,
stays the village (Kamianske by Stepnohirsk, not the city of 227,000).
"""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.sizes import outweighs_village

pytestmark = pytest.mark.gazetteer

NIKOPOL = (47.5683, 34.3913)
KAMIANSKE_ZP = (47.5392, 35.3737)


def where(gazetteer, text):
    return {t.text: (t.place.lat, t.place.lon) for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Kramatorsk, Sloviansk and Druzhkivka in Donetsk Oblast "
        "overnight. Missiles also struck Zaporizhzhia and Nikopol, officials said.",
        "Guided bombs hit Kramatorsk and Druzhkivka on Tuesday. Drones also hit Nikopol.",
        "In the Kramatorsk direction, fighting went on near Chasiv Yar. Overnight, Russian "
        "artillery shelled Nikopol across the reservoir, the governor said.",
    ],
)
def test_a_town_of_note_is_not_a_hamlet_near_the_texts_places(gazetteer, text):
    assert distance_km(where(gazetteer, text)["Nikopol"], NIKOPOL) < 20


@pytest.mark.parametrize(
    "text",
    [
        # A place of the text next to it.
        "Russian forces attacked near Kamianske and Stepnohirsk.",
        # Its region named outright (the Russian spelling of a ministry summary).
        "Units of the Dnepr group repelled attacks near Rabotino and Malaya Tokmachka in the "
        "Zaporozhye Region. Aviation struck ammunition depots near Gulyaipole and "
        "Kamenskoye.",
    ],
)
def test_a_village_by_its_neighbours_or_in_a_named_region_stays(gazetteer, text):
    found = where(gazetteer, text)
    name = "Kamenskoye" if "Kamenskoye" in found else "Kamianske"
    assert distance_km(found[name], KAMIANSKE_ZP) < 20


def test_the_rule_weighs_size_distance_and_region():
    assert outweighs_village(105_160, 588, 35.0, False)
    assert not outweighs_village(105_160, 588, 20.0, False)  # a neighbour in the text
    assert not outweighs_village(105_160, 588, 35.0, True)  # its region named
    assert not outweighs_village(105_160, 5_000, 35.0, False)  # not far smaller
    assert not outweighs_village(40_000, 300, 35.0, False)  # no town of note


NOVOROSSIYSK = (44.7239, 37.7686)


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit a radar near Chornomorske and an air base at Saky. Ships of the fleet "
        "have left Sevastopol for Novorossiysk, analysts said.",
        "Russian drones hit Kherson, Skadovsk and Hola Prystan, and a tanker was damaged "
        "off Novorossiysk.",
    ],
)
def test_a_hamlet_once_called_after_a_port_is_not_the_port(gazetteer, text):
    # GeoNames lists "Novorossiysk" among the names of Siabry (737 people, Kherson
    # Oblast): the text's places around the hamlet do not make it the port of 240,000.
    assert distance_km(where(gazetteer, text)["Novorossiysk"], NOVOROSSIYSK) < 20
