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



SIVERSK = (48.86476, 38.09683)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The list's hint is anchored on its first village, not on the direction's town.
        (
            "In the Kupiansk direction, the occupiers attacked eleven times near "
            "Kindrashivka, Radkivka, Holubivka and Podoly.\n",
            "Holubivka",
        ),
        # Two namesakes of one list (Zaporizhzhia Oblast's Hryhorivka and Fedorivka)
        # leave it no village by the town to count as near.
        (
            "Russian forces continued offensive operations in the Siversk direction on "
            "December 1 and 2 near Serebrianka, Hryhorivka, Fedorivka and Vyimka.\n",
            "Hryhorivka",
        ),
    ],
)
def test_a_village_of_a_list_in_the_directions_sentence_is_estimated_by_it(
    gazetteer, text, name
):
    t = _named(gazetteer, text, name)
    town = KUPIANSK if "Kupiansk" in text else SIVERSK
    assert t.estimated
    assert distance_km((t.place.lat, t.place.lon), town) < 45


def test_a_list_after_the_directions_sentence_ends_is_not_its(gazetteer):
    # The Holubivka of a later sentence that names no direction is left to the list rules.
    text = (
        "Fighting went on in the Kupiansk direction. Elsewhere, drones hit Holubivka, "
        "Brianka and Pervomaisk.\n"
    )
    t = _named(gazetteer, text, "Holubivka")
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), (48.6375, 38.6428)) < 20


ZAPORIZHZHIA_ZELENYI_HAI = (47.79, 36.22)


def test_a_village_read_off_a_lists_region_within_reach_is_estimated_by_the_list(gazetteer):
    # Uspenivka and Huliaipole lie in Zaporizhzhia Oblast; the Zelenyi Hai the gazetteer
    # has lies in Donetsk Oblast, 48 km from Huliaipole (the one meant, 14 km, it lacks).
    text = (
        "In the Huliaipole direction, the enemy attacked 17 times near Uspenivka, "
        "Zelenyi Hai and Huliaipole itself.\n"
    )
    t = _named(gazetteer, text, "Zelenyi Hai")
    assert t.estimated
    assert distance_km((t.place.lat, t.place.lon), ZAPORIZHZHIA_ZELENYI_HAI) < 20


def test_a_village_across_a_border_next_to_the_list_keeps_its_reading(gazetteer):
    # Donetsk Oblast's Zelenyi Hai lies 10 km from Ivanivka, Dnipropetrovsk Oblast, by
    # the Novopavlivka direction's town: a list across a region's border.
    text = (
        "In the Novopavlivka direction, Ukrainian defenders stopped 21 attacks near "
        "Ivanivka, Zelenyi Hai and Novopavlivka itself.\n"
    )
    t = _named(gazetteer, text, "Zelenyi Hai")
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), (48.06969, 36.65267)) < 5


def test_a_list_whose_anchor_is_unplaced_is_estimated_by_its_directions_town(gazetteer):
    # Zaliznychne, the list's first name, is itself estimated; Rivnopillia (the index's
    # lies in Crimea) is placed by Huliaipole, not left out.
    text = (
        "In the Huliaipole direction, the enemy attacked near Zaliznychne, Rivnopillia "
        "and Poltavka.\n"
    )
    t = _named(gazetteer, text, "Rivnopillia")
    assert t.place is not None and t.estimated
    assert distance_km((t.place.lat, t.place.lon), HULIAIPOLE) < 20


def test_a_list_of_another_sentence_keeps_its_partners(gazetteer):
    from geo.text.direction_reach import direction_anchor
    from geo.text.hints import Hint
    from geo.text.tokens import Mention

    text = "Huliaipole direction. Attacks near Zaliznychne and Rivnopillia."
    ms = [Mention(0, 10, "huliaipole", 0, 0), Mention(35, 46, "zaliznychne", 4, 4),
          Mention(51, 62, "rivnopillia", 6, 6)]
    hint = Hint(1, None, 180.0, 0.0, 40.0, None, 35, 62)
    resolved = [(1, 1.0), (None, 0.0), (None, 0.0)]
    assert direction_anchor(text, gazetteer, ms, resolved, hint) == hint
    same = text.replace(". Attacks", ": attacks")
    moved = direction_anchor(same, gazetteer, ms, [(next(iter(
        c.record for c in gazetteer.lookup("Huliaipole"))), 1.0), (None, 0.0), (None, 0.0)], hint)
    assert moved.anchor == 0
