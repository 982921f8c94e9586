"""Ukraine/Russia places, session 28 (russianB28): weapons named like places, one sense
per name a list or region settles, a stated region's namesake next to the paragraph,
"Donetsk, a Russian town", a framed list's village across the region's border."""

import pytest

from geo.geometry import distance_km
from geo.text.definitions import read_definition
from geo.text.demonym_containers import demonym_country
from geo.text.geoparse import geoparse
from geo.text.weapon_names import weapon_name

pytestmark = pytest.mark.gazetteer


def read(gazetteer, text):
    return [(t.text, t.place) for t in geoparse(text, gazetteer)]


def at(gazetteer, text, name, nth=0):
    return [p for s, p in read(gazetteer, text) if s == name][nth]


def near(place, point, km=10):
    return place is not None and distance_km((place.lat, place.lon), point) < km


# --- weapons named like places -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "end", "expected"),
    [
        ("a Neptune-MD long-range missile", "neptune", 9, True),
        ("two Neptune missiles", "neptune", 11, True),
        ("Tornado-S launchers", "tornado", 7, True),
        ("Peklo jet drones", "peklo", 5, True),
        ("Neptune, New Jersey", "neptune", 7, False),
        ("in Neptune on Monday", "neptune", 10, False),
        ("Kharkiv missile strike", "kharkiv", 7, False),  # not a weapon's name
    ],
)
def test_weapon_name(text, key, end, expected):
    assert weapon_name(text, key, end) is expected


def test_a_remembered_weapon_is_no_place_later():
    memory = set()
    assert weapon_name("a Neptune missile", "neptune", 9, memory)
    assert memory == {"neptune"}


@pytest.mark.parametrize(
    "text",
    [
        "Air defence forces shot down a Neptune-MD long-range missile over Crimea.",
        "Ukraine struck a landing ship with Neptune missiles. The Neptune has a range of "
        "300 km, the navy said.",
        "Russian troops fired Tornado-S rockets at Kramatorsk overnight.",
        "Ukraine used Peklo jet drones and Palianytsia missile-drones against Bryansk.",
    ],
)
def test_weapons_are_no_places(gazetteer, text):
    names = {s for s, _ in read(gazetteer, text)}
    assert not names & {"Neptune", "Tornado", "Peklo", "Palianytsia"}


def test_a_town_named_like_a_weapon_stays_a_place(gazetteer):
    place = at(gazetteer, "A man from Neptune, New Jersey, was arrested.", "Neptune")
    assert place is not None and place.country_code == "US"


# --- one sense per name --------------------------------------------------------------

_CRIMEA_YALTA = (44.502, 34.166)


def test_a_list_settles_the_name_s_other_mention(gazetteer):
    text = (
        "Drones attacked Sevastopol overnight and debris fell near Kacha, the governor "
        "said. Air defences also worked over Saki and Dzhankoi.\n\nSpeaking at a forum in "
        "Yalta on Friday, the head of the republic said the corridor from Rostov-on-Don "
        "through Mariupol, Berdyansk and Melitopol had changed the peninsula's supply. A "
        "railway from Volnovakha to Dzhankoi through Melitopol was opened last year.\n\n"
        "Tourist numbers in Alushta, Sudak and Yalta fell by a third, the ministry said."
    )
    assert near(at(gazetteer, text, "Yalta", 0), _CRIMEA_YALTA)
    assert near(at(gazetteer, text, "Yalta", 1), _CRIMEA_YALTA)


def test_a_region_settles_a_headline_s_bare_name(gazetteer):
    text = (
        "Russia says it took Ivanopolye, Zelyony Gai and Ivanovka\n\n"
        "Units of the Vostok group of forces liberated the settlements of Zelyony Gai in "
        "the DPR and Ivanovka in the Dnepropetrovsk Region. They inflicted losses near "
        "Gulyaipole, Uspenovka, Ternovatoye and Velikaya Novosyolka."
    )
    assert near(at(gazetteer, text, "Zelyony Gai", 0), (48.070, 36.653))
    assert near(at(gazetteer, text, "Ivanovka", 0), (48.100, 36.635))


def test_a_city_keeps_its_name_beside_a_stated_namesake(gazetteer):
    # "Donetsk in the Rostov region" is the Russian town; the bare one stays the city.
    text = "Shelling hit Donetsk and Makiivka. Refugees crossed at Donetsk in the Rostov region."
    first, second = (p for s, p in read(gazetteer, text) if s == "Donetsk")
    assert near(first, (48.023, 37.802)) and near(second, (48.337, 39.952))


# --- a stated region's namesake next to the paragraph -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Units of the Vostok group of forces liberated the settlements of Zelyony Gai in the "
        "DPR and Ivanovka in the Dnepropetrovsk Region. They inflicted losses near "
        "Gulyaipole, Uspenovka, Ternovatoye, Velikaya Novosyolka and Pokrovskoye.",
        "Russian troops captured Ivanovka in the Dnepropetrovsk Region, the ministry said. "
        "Fighting continued near Zelyony Gai in the DPR and Velikaya Novosyolka.",
    ],
)
def test_a_stated_region_s_namesake_next_to_the_paragraph(gazetteer, text):
    assert near(at(gazetteer, text, "Ivanovka"), (48.100, 36.635))


def test_a_stated_region_alone_keeps_its_reading(gazetteer):
    # Nothing of the paragraph lies near any namesake: the region's reading stays.
    text = "A drone hit a farm in Ivanovka in the Dnepropetrovsk Region, the governor said."
    place = at(gazetteer, text, "Ivanovka")
    assert place is not None and place.admin1_name == "Dnipropetrovsk"


# --- "Donetsk, a Russian town" --------------------------------------------------------


def test_an_apposition_states_the_country():
    text = "crossed at Donetsk, a Russian town of the same name across the border."
    assert demonym_country(text, 11, 18) == "RU"
    assert demonym_country("at Donetsk, a city of a million people", 3, 10) == ""


def test_a_definition_s_sentence_ends_at_its_paragraph(gazetteer):
    text = (
        "Shelling hit Donetsk. Hundreds more crossed into Russia's Rostov region at "
        "Izvarino and Donetsk, a Russian town of the same name across the border.\n\n"
        "In Krasny Luch, Antratsit and Sverdlovsk, near the Russian border, Cossack units "
        "were in control."
    )
    second = [p for s, p in read(gazetteer, text) if s == "Donetsk"][1]
    assert near(second, (48.337, 39.952))


def test_read_definition_stops_at_a_blank_line(gazetteer):
    from geo.text.tokens import Mention

    text = "Donetsk, a town of the same name across the border.\n\nIn Sverdlovsk, units held."
    m = Mention(0, 7, "donetsk", 0, 0, candidates=gazetteer.lookup_normalized("donetsk"))
    read_definition(text, m, gazetteer)
    assert ("RU", "71") not in m.containers


# --- a framed list's village across the border ---------------------------------------


def test_a_framed_list_keeps_a_village_beside_its_partners(gazetteer):
    text = (
        "Units of the Yug group liberated Ivanopolye in the DPR. They defeated enemy units "
        "near Serebryanka, Belogorovka, Yampol and Zvanovka."
    )
    assert near(at(gazetteer, text, "Belogorovka"), (48.926, 38.247))
