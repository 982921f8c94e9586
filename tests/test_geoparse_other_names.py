"""A place called so beats a place that only once was (or elsewhere is) called so.

GeoNames lists old and foreign names among a place's alternates: Engels was Pokrovsk,
Lazurnyi lists "Chornobyl", a village by Maryinka lists "Kremennaya", Rodynske lists
"Liman".  A reader takes the place whose own name (or a spelling of it: Lyman for
"Liman") it is, unless the other is far more prominent, the text names it twice
("Krasnoarmeysk, which Ukraine calls Pokrovsk") or only it lies where the text's places
are (Russian names of Donbas towns).  A name read by spelling alone (Rybotyn for
"Rabotino") far from its list partners is no reading of it.
"""

import pytest

from geo.geometry import distance_km
from geo.text.candidates import is_other_name, name_similarity
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

POKROVSK, LYMAN, CHORNOBYL, KREMINNA = 704422, 704204, 710403, 704138
MYRNOHRAD, TORETSK, BAKHMUT, KOSTIANTYNIVKA = 710035, 709354, 713174, 705104
ORIKHIV = (47.57, 35.78)


def ids(gazetteer, text):
    """{surface: GeoNames id (0: estimated) or None} (the last mention of each)."""
    return {
        t.text: (t.place.geonameid if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        # The tester's: Engels (Saratov), once Pokrovsk, 733 km off.
        ("Russian troops attacked Pokrovsk. Ukrainian units withdrew from Liman.", "Pokrovsk",
         POKROVSK),
        ("Russian troops attacked Pokrovsk. Ukrainian units withdrew from Liman.", "Liman",
         LYMAN),
        ("Army chief Oleksandr Syrskyi said the situation in Pokrovsk was difficult. Moscow "
         "said its troops had entered the city.", "Pokrovsk", POKROVSK),
        ("Moscow claimed the capture of Krasnoarmeysk, which Ukraine calls Pokrovsk.",
         "Pokrovsk", POKROVSK),
        ("Moscow claimed the capture of Krasnoarmeysk, which Ukraine calls Pokrovsk.",
         "Krasnoarmeysk", POKROVSK),
        ("Chornobyl was hit.", "Chornobyl", CHORNOBYL),
        ("Russian forces advanced near Ugledar, Maryinka, Volchansk, Kupyansk, Kremennaya, "
         "Seversk.", "Kremennaya", KREMINNA),
        # Our own: the same kinds in other words.
        ("The Kremlin said Pokrovsk would fall soon, and Belgorod was shelled again.",
         "Pokrovsk", POKROVSK),
        ("A Russian drone struck Chornobyl on Monday, officials in Moscow denied it.",
         "Chornobyl", CHORNOBYL),
        ("Shelling was reported in Kremennaya and Lisichansk.", "Kremennaya", KREMINNA),
        # Historical names with no town of that name near the text: still the old name's.
        ("The Moscow defence ministry said its forces took Krasnoarmeysk, Dimitrov and "
         "Dzerzhinsk.", "Dimitrov", MYRNOHRAD),
        ("The Moscow defence ministry said its forces took Krasnoarmeysk, Dimitrov and "
         "Dzerzhinsk.", "Dzerzhinsk", TORETSK),
        ("MOSCOW, December 1. /TASS/. Russian units advanced in the Krasnoarmeysk direction "
         "and cleared the outskirts of Dimitrov, the ministry said. Artillery struck reserves "
         "near Rodinskoye and Belitskoye.", "Krasnoarmeysk", POKROVSK),
        ("MOSCOW, December 2. /TASS/. Russian units took the town of Selidovo in the "
         "Krasnoarmeysk direction, the ministry said.", "Krasnoarmeysk", POKROVSK),
        ("Russian forces shelled Artemovsk and Konstantinovka.", "Artemovsk", BAKHMUT),
        ("Russian forces shelled Artemovsk and Konstantinovka.", "Konstantinovka",
         KOSTIANTYNIVKA),
    ],
)
def test_own_name_beats_another_name(gazetteer, text, name, geonameid):
    assert ids(gazetteer, text)[name] == geonameid


def test_whole_front_list_keeps_its_towns(gazetteer):
    found = ids(
        gazetteer,
        "Russian forces advanced near Ugledar, Maryinka, Volchansk, Kupyansk, Kremennaya, "
        "Seversk.",
    )
    # A town of a long "near" list by another town of it, not at the list's first name.
    assert found["Volchansk"] == 689304  # Vovchansk
    assert found["Kupyansk"] == 703656
    assert found["Kremennaya"] == KREMINNA


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kyiv said troops repelled attacks near Rabotino, Orekhov and Gulyaipole.",
        "Zelensky spoke in Kyiv and Chernihiv on Monday. Troops repelled attacks near "
        "Rabotino, Orekhov and Gulyaipole.",
        "Kyiv said Russian drones hit Chernihiv. Troops repelled attacks near Rabotino and "
        "Orekhov.",
    ],
)
def test_spelling_far_from_list_partners_is_dropped(gazetteer, text):
    toponyms = {t.text: t for t in geoparse(text, gazetteer)}
    rabotino = toponyms.get("Rabotino")
    # Not Rybotyn by Chernihiv (505 km off): unresolved, or estimated by its partner.
    if rabotino is not None and rabotino.place is not None:
        here = (rabotino.place.lat, rabotino.place.lon)
        assert distance_km(here, ORIKHIV) <= 60


def test_name_kinds(gazetteer):
    assert name_similarity("kremennaya", "kreminna") >= 0.7  # a spelling of its name
    assert name_similarity("chornobyl", "lazurnyi") < 0.7  # another name
    pokrovsk = [c for c in gazetteer.lookup("Pokrovsk")]
    engels = [c for c in pokrovsk if gazetteer.place(c.record).name == "Engels"]
    own = [c for c in pokrovsk if gazetteer.place(c.record).geonameid == POKROVSK]
    assert engels and own
    assert is_other_name(gazetteer, engels[0], "pokrovsk")
    assert not is_other_name(gazetteer, own[0], "pokrovsk")


# Texts about fighting that also name Russia's border regions: the front town once so
# called, though a place abroad carries the name as its own (Artyomovsky in Sverdlovsk
# Oblast, Krasnoarmeysk by Saratov, Dzerzhinsk by Nizhny Novgorod). Texts written for
# these tests.
@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Russian troops advanced near Artemovsk. Drones were downed over the Kursk "
         "region.", "Artemovsk", BAKHMUT),
        ("Fighting raged around Krasnoarmeysk, the Defence Ministry said. A drone hit a "
         "house in the Belgorod region.", "Krasnoarmeysk", POKROVSK),
        ("Ukrainian forces shelled Dzerzhinsk overnight. Air defences downed drones over "
         "the Bryansk and Kursk regions.", "Dzerzhinsk", TORETSK),
    ],
)  # fmt: skip
def test_a_front_town_keeps_its_old_name_in_a_text_about_fighting(
    gazetteer, text, name, geonameid
):
    assert ids(gazetteer, text)[name] == geonameid


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The factory in Artemovsk, in the Sverdlovsk region, resumed work, the governor "
         "said.", "Artemovsk"),
        ("A drone struck Dzerzhinsk in the Nizhny Novgorod region, Governor Gleb Nikitin "
         "said. Russian troops advanced near Pokrovsk.", "Dzerzhinsk"),
    ],
)  # fmt: skip
def test_a_place_called_so_in_its_stated_region_stays_itself(gazetteer, text, name):
    place = {t.text: t.place for t in geoparse(text, gazetteer)}[name]
    assert place.country_code == "RU"
