"""Kinds found by front-line articles 260-269 (other conflicts) and the leftovers of
session 24, each in wordings written for these tests: a one-country story that names a
neighbour (Palma by the Tanzanian border is not Mallorca's), a route's far village abroad
("from Adre to Tawila": not Yemen's), camps and a town's areas the gazetteer lacks (by a
hint, a "near" phrase or the town their clause opens with), a pair's one place in a
country with no front region ("near Tell Abyad and Ras al-Ain"), an unknown name of a
pair at a border ("Maungdaw and Buthidaung on the border with Bangladesh"), and a three-letter town
before a sentence a country's name opens ("near Uri. India said")."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse


def _read(text, gazetteer):
    return {text[t.start : t.end]: t for t in geoparse(text, gazetteer)}


def _km(t, lat, lon):
    return distance_km((t.place.lat, t.place.lon), (lat, lon))


PALMA = (-10.7759, 40.4713)


# --- a framed story that names a neighbour country -----------------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "PEMBA, Mozambique - Insurgents raided villages outside Macomia and Mueda in "
        "Cabo Delgado province. Rwandan troops guarding the gas site near Palma, close to "
        "the border with Tanzania, stepped up patrols.",
        "Fighters from Cabo Delgado crossed the Rovuma into Tanzania last year, officials in "
        "Pemba said; residents of Mueda and Macomia in Mozambique said they feared raids "
        "near Palma.",
    ],
)
def test_a_story_of_one_country_naming_a_neighbour_keeps_its_town_there(gazetteer, text):
    palma = _read(text, gazetteer)["Palma"]
    assert palma.place is not None and palma.place.country_code == "MZ"
    assert _km(palma, *PALMA) < 300  # estimated in Cabo Delgado, not in Mallorca


@pytest.mark.gazetteer
def test_a_town_abroad_in_a_country_the_story_names_keeps_its_reading(gazetteer):
    text = (
        "PEMBA, Mozambique - Insurgents raided Macomia and Mueda in Cabo Delgado. The "
        "company's executives met in Palma, Spain, on Monday."
    )
    assert _read(text, gazetteer)["Palma"].place.country_code == "ES"


# --- a route's far village abroad ----------------------------------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Trucks have been stuck for a week on the route from Adre to Tawila, aid groups said.",
        "Families walked from Adre to Tawila over ten days, a nurse said.",
        "Convoys from Tawila to Adre were turned back at checkpoints.",
    ],
)
def test_a_route_end_is_no_village_on_another_continent(gazetteer, text):
    tawila = _read(text, gazetteer)["Tawila"]
    assert tawila.place is None or tawila.place.country_code != "YE"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("Buses carried families from Kyiv to Lisbon.", "Lisbon", "PT"),
        ("Convoys from Adre to Tawila in Yemen were stopped.", "Tawila", "YE"),
    ],
)
def test_a_route_to_a_city_or_a_named_country_keeps_its_end(gazetteer, text, name, cc):
    assert _read(text, gazetteer)[name].place.country_code == cc


# --- camps and a town's areas --------------------------------------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("In Gaza, strikes hit tents in the Mawasi coastal area west of Khan Younis.",
         "Mawasi", (31.3402, 34.3063)),
        ("Shelling hit the Mawasi area west of Rafah overnight.", "Mawasi",
         (31.2972, 34.2436)),
        ("In Rafah, troops demolished houses in the Shaboura neighbourhood.", "Shaboura",
         (31.2972, 34.2436)),
        ("Tanks advanced, and in Rafah, troops razed homes in the Tal as-Sultan "
         "neighbourhood.", "Tal as-Sultan", (31.2972, 34.2436)),
        ("Troops raided the Shaboura camp near Rafah.", "Shaboura camp", (31.2972, 34.2436)),
        ("Bulldozers tore up roads in the Faraa refugee camp, south of Tubas.",
         "Faraa refugee camp", (32.3209, 35.3699)),
        ("Troops raided the Nur Shams refugee camp, east of Tulkarm.",
         "Nur Shams refugee camp", (32.3116, 35.0269)),
        ("Raids empty Nur Shams and Tulkarm camps\n\nSoldiers bulldozed roads in the Nur "
         "Shams refugee camp, east of Tulkarm, officials said.", "Nur Shams refugee camp",
         (32.3116, 35.0269)),
    ],
)  # fmt: skip
def test_a_camp_or_an_area_lies_by_its_town(gazetteer, text, name, town):
    t = _read(text, gazetteer)[name]
    assert t.estimated and _km(t, *town) < 10


@pytest.mark.gazetteer
def test_a_persons_name_before_a_camp_word_elsewhere_is_no_place(gazetteer):
    read = _read("Nur Ahmed said the camp near Tulkarm was quiet.", gazetteer)
    assert not any(s.startswith("Nur") for s in read)


@pytest.mark.gazetteer
def test_an_area_named_with_no_town_is_no_place(gazetteer):
    text = "Fighting went on in the Shaboura area for a week."
    assert "Shaboura" not in _read(text, gazetteer)


# --- a pair's one place in a country with no front region ---------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Turkish-backed factions shelled villages near Tell Abyad and Ras al-Ain, officials "
        "in Raqqa said.",
        "Drones struck near Ras al-Ain and Tell Abyad overnight.",
        "The SDF said Turkish drones had struck near Tal Abyad and Ras al-Ain on the border.",
    ],
)
def test_a_pair_of_border_towns_far_apart_keeps_both(gazetteer, text):
    read = _read(text, gazetteer)
    abyad = next(t for s, t in read.items() if s in ("Tell Abyad", "Tal Abyad"))
    assert not abyad.estimated and _km(abyad, 36.6965, 38.9538) < 5
    assert not read["Ras al-Ain"].estimated and _km(read["Ras al-Ain"], 36.8503, 40.0706) < 5


@pytest.mark.gazetteer
def test_a_front_pair_far_namesake_is_still_estimated_by_its_partner(gazetteer):
    # Novodanylivka by Orikhiv, not the one 120 km south (geo.text.anchors).
    text = "Fighting went on near Mala Tokmachka and Novodanylivka."
    t = _read(text, gazetteer)["Novodanylivka"]
    assert _km(t, 47.5344, 35.9007) < 25


# --- an unknown name of a pair at a border ------------------------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The group holds Maungdaw and Buthidaung on the border with Bangladesh.",
        "Rebels seized Maungdaw and Buthidaung, near the border with Bangladesh, in 2024.",
    ],
)
def test_a_pair_at_a_border_locates_its_unknown_name_by_its_partner(gazetteer, text):
    t = _read(text, gazetteer)["Maungdaw"]
    assert t.place is not None and _km(t, 20.8167, 92.3667) < 25


@pytest.mark.gazetteer
def test_a_pair_of_known_towns_at_a_border_keeps_its_readings(gazetteer):
    read = _read("Troops shelled Kupiansk and Vovchansk near the border with Russia.", gazetteer)
    assert not read["Kupiansk"].estimated and not read["Vovchansk"].estimated


# --- a three-letter town before a country's sentence ---------------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Troops fired across the Line of Control near Uri. India said the firing was "
        "unprovoked. Pakistan denied it.",
        "Shells landed near Uri. Pakistan denied firing.",
    ],
)
def test_a_town_before_a_sentence_opened_by_a_country_is_kept(gazetteer, text):
    t = _read(text, gazetteer)["Uri"]
    assert t.place is not None and _km(t, 34.0860, 74.0320) < 5


@pytest.mark.gazetteer
def test_a_title_before_a_given_name_is_still_no_town(gazetteer):
    assert "Del" not in _read("Former Del. Brian Moran spoke in Richmond.", gazetteer)
