"""A village of a direction's list read in another region over 100 km from the
direction's town is a namesake of the one meant: it is estimated by the town
("Kupiansk direction: ... near Kupiansk itself, Radkivka, Holubivka and Pishchane": not
Luhansk Oblast's Holubivka, 130 km off), also when the list names the town again;
a village of the town's own region, or a city, keeps its reading."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KUPIANSK = (49.71003, 37.61581)
HULIAIPOLE = (47.66685, 36.25576)


def _named(gazetteer, text, name):
    return next(t for t in geoparse(text, gazetteer) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        "Kupiansk direction: Russian forces attacked near Kupiansk itself, Radkivka, "
        "Holubivka and Pishchane on November 27.\n",
        "In the Kupiansk direction, Russian troops assaulted positions near Holubivka "
        "and Pishchane but made no gains.\n",
        "Fighting continued in the Kupiansk direction. Russian units attacked Ukrainian "
        "positions near Kupiansk, Holubivka and Kucherivka.\n",
    ],
)
def test_a_direction_village_read_a_region_away_is_estimated_by_the_town(gazetteer, text):
    t = _named(gazetteer, text, "Holubivka")
    assert t.estimated
    assert distance_km((t.place.lat, t.place.lon), KUPIANSK) < 45


@pytest.mark.parametrize(
    "text",
    [
        "In the Huliaipole direction, the enemy attacked 15 times near Huliaipole, "
        "Zatyshshia, Rivnopillia and Solodke.\n",
        "Huliaipole direction: Ukrainian forces repelled assaults near Huliaipole itself "
        "and Rivnopillia.\n",
        "Russian troops pressed on in the direction of Huliaipole, attacking near "
        "Rivnopillia and Zatyshshia on Friday.\n",
    ],
)
def test_a_village_in_crimea_is_no_huliaipole_village(gazetteer, text):
    t = _named(gazetteer, text, "Rivnopillia")
    assert t.estimated
    assert distance_km((t.place.lat, t.place.lon), HULIAIPOLE) < 45


def test_a_name_the_gazetteer_spells_otherwise_is_estimated_in_the_list(gazetteer):
    text = (
        "Kupiansk direction: Russian forces attacked near Kupiansk itself, Radkivka, "
        "Holubivka and Pishchane.\n"
    )
    t = _named(gazetteer, text, "Radkivka")
    assert t.estimated
    assert distance_km((t.place.lat, t.place.lon), KUPIANSK) < 45


def test_a_village_of_the_towns_own_region_keeps_its_reading(gazetteer):
    # Tyotkino lies 130 km from Kursk, in Kursk Oblast: a region's direction spans it.
    text = "In the Kursk direction, Russian forces attacked near Tyotkino on Monday.\n"
    t = _named(gazetteer, text, "Tyotkino")
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), (51.27, 34.32)) < 20


def test_a_later_sentence_list_opened_by_the_town_stays_the_directions(gazetteer):
    # A town of the list read away from the direction (Luhansk Oblast's Holubivka) does
    # not move the list elsewhere when the direction's town opens it.
    text = (
        "Kupiansk direction: Russian troops kept attacking in the Kupiansk direction on "
        "Friday without gains. Footage shows Ukrainian units advanced northwest of "
        "Petropavlivka (east of Kupiansk). Russian troops assaulted near Kupiansk itself, "
        "Radkivka, Holubivka and Pishchane, and east of Kupiansk near Kurylivka.\n"
    )
    for name in ("Holubivka", "Pishchane"):
        t = _named(gazetteer, text, name)
        assert t.place is not None and t.estimated
        assert distance_km((t.place.lat, t.place.lon), KUPIANSK) < 45

