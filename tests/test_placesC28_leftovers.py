"""Session 28's leftover front-line kinds (placesC28): a "north of the town near" list
anchored on the town its sentence named, a three-name list framed by the region named
before it, and a river's lower-case valley read as the river."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.water import find_water

pytestmark = pytest.mark.gazetteer

KUPIANSK = (49.7100, 37.6158)
KHERSON = (46.6354, 32.6169)


def _found(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked in Kupiansk itself; north of the town near Holubivka and "
        "Myrove; and east of the town near Petropavlivka and Kurylivka.\n",
        "Fighting went on in Kupiansk itself and north of the town near Holubivka.\n",
        "Assault groups pushed into Kupiansk; north of the city near Holubivka, Myrove and "
        "Kindrashivka, Ukrainian units held.\n",
    ],
)
def test_a_list_north_of_the_town_is_by_the_town(gazetteer, text):
    # Luhansk Oblast's Holubivka lies 130 km and more away: no village north of Kupiansk.
    t = _found(gazetteer, text)["Holubivka"]
    assert t.place is not None
    assert distance_km((t.place.lat, t.place.lon), KUPIANSK) < 30


@pytest.mark.parametrize(
    "text",
    [
        "The Kherson regional governor said shelling hit 31 settlements, naming among them "
        "Antonivka, Dniprovske, Tiahynka and Lvove.\n",
        "Kherson Oblast: the governor listed Bilozerka, Dniprovske and Antonivka and "
        "Tiahynka among the villages hit overnight.\n",
    ],
)
def test_a_short_list_all_in_the_named_region_frames_it(gazetteer, text):
    # The gazetteer's only Dniprovske lies in Dnipropetrovsk Oblast, 268 km off.
    t = _found(gazetteer, text)["Dniprovske"]
    assert t.place is None or distance_km((t.place.lat, t.place.lon), KHERSON) < 60


def test_a_short_list_split_between_regions_frames_none(gazetteer):
    # Two of three partners in the region: no frame, the reading stays as it was.
    text = (
        "The Kherson regional governor said drones hit Antonivka, Dniprovske, Kryvyi Rih "
        "and Nikopol.\n"
    )
    t = _found(gazetteer, text)["Dniprovske"]
    assert t.place is not None and distance_km((t.place.lat, t.place.lon), KHERSON) > 150


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Small groups moved along the Haichur River valley from Uspenivka.", "Haichur River"),
        ("The village lies in the Cuivre River valley near Troy.", "Cuivre River"),
    ],
)
def test_a_river_valley_in_lower_case_is_the_river(text, river):
    spans = [text[w.start : w.end] for w in find_water(text)]
    assert river in spans


def test_a_river_valley_by_its_proper_name_is_no_water():
    # "the Ohio River Valley": a region's name (capital V), as before.
    text = "Storms swept the Ohio River Valley on Monday."
    assert "Ohio River" not in [text[w.start : w.end] for w in find_water(text)]


BEREZOVE = (47.8739, 36.4986)  # the Berezove of Dnipropetrovsk Oblast by Pokrovske
KUPIANSK_DIRECTION = (49.7100, 37.6158)


@pytest.mark.parametrize(
    "text",
    [
        "Oleksandrivka direction: Russian troops made 12 attacks near Sosnivka, Vorone, "
        "Ostapivske, Berezove, Sichneve and Danylivka.\n",
        "In the Oleksandrivka direction, the enemy stormed our positions near Vorone, "
        "Berezove and Ostapivske eight times.\n",
    ],
)
def test_an_unconfirmed_direction_town_leaves_its_list_by_its_known_village(gazetteer, text):
    # The gazetteer's front-line Oleksandrivkas lie 80 km and more from the list: its
    # villages the gazetteer lacks are estimated by Berezove, the list's known village.
    found = _found(gazetteer, text)
    for name in ("Vorone", "Ostapivske"):
        t = found[name]
        assert t.place is not None
        assert distance_km((t.place.lat, t.place.lon), BEREZOVE) < 25


def test_a_direction_with_one_front_line_town_keeps_it(gazetteer):
    # Kupiansk has no front-line namesake: its direction's villages stay by the town.
    text = "In the Kupiansk direction, the enemy attacked near Ostapivske and Berezove.\n"
    t = _found(gazetteer, text)["Ostapivske"]
    assert t.place is None or distance_km((t.place.lat, t.place.lon), KUPIANSK_DIRECTION) < 45


PRIMORSK_LENINGRAD = (60.3662, 28.6062)


@pytest.mark.parametrize(
    "text",
    [
        "Saratov regional governor Roman Busargin said debris fell on houses. Drones also "
        "hit oil terminals at the Baltic ports of Primorsk and Ust-Luga in the Leningrad "
        "region.\n",
        "The Samara region and the Krasnodar region reported strikes; PRIMORSK and UST-LUGA "
        "- tankers were moved away from the terminals.\n",
    ],
)
def test_a_region_alias_listed_with_a_town_is_the_town(gazetteer, text):
    t = _found(gazetteer, text)
    found = t.get("Primorsk") or t["PRIMORSK"]
    assert found.place is not None and found.place.kind == "place"
    assert distance_km((found.place.lat, found.place.lon), PRIMORSK_LENINGRAD) < 20


def test_a_region_alias_listed_with_regions_stays_the_region(gazetteer):
    text = "Governors of the Saratov region and Primorye said drones hit Saratov.\n"
    found = _found(gazetteer, text)["Primorye"]
    assert found.place is not None and found.place.kind == "admin1"


USPENIVKA = (47.7780, 36.4051)  # Zaporizhzhia Oblast, 20 km from Dnipropetrovsk Oblast


def test_a_short_framed_list_keeps_a_village_by_the_regions_border(gazetteer):
    text = (
        "Units of the Battlegroup Vostok took a village in the Dnepropetrovsk Region, the "
        "ministry said. The group's units also struck Ukrainian forces near Pokrovskoye, "
        "Demurino, Velikomikhailovka and Uspenovka.\n"
    )
    t = _found(gazetteer, text)["Uspenovka"]
    assert t.place is not None and distance_km((t.place.lat, t.place.lon), USPENIVKA) < 20
