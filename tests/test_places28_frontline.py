"""Front-line places, session 28 (texts written for these tests): a village of a tight
direction list read as a namesake beyond the list's reach is estimated by the list."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km


def points(text, gazetteer):
    found = {}
    for t in geo.analyze(text, gazetteer=gazetteer).toponyms:
        if t.place is not None:
            found.setdefault(t.text, []).append((t.place.lat, t.place.lon))
    return found


HULIAIPOLE_ZELENYI_HAI = (47.79, 36.22)  # not in cities500; Donetsk Oblast's is 45 km off
DONETSK_ZELENYI_HAI = (48.0697, 36.6527)  # GeoNames, by Velykomykhailivka


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In the Huliaipole direction, the enemy attacked 22 times near Huliaipole, "
        "Zelenyi Hai, Uspenivka and Zaliznychne.",
        "Russian troops attacked near Huliaipole, Uspenivka, Zelenyi Hai, Zaliznychne and "
        "Ternuvate, the General Staff said.",
        "Huliaipole direction: 19 attacks near Zaliznychne, Uspenivka, Zelenyi Hai and "
        "Huliaipole itself.",
        # A short list, but in the sentence of the direction it names (session 30,
        # geo.text.direction_reach.region_stray): the town's region holds the village.
        "In the Huliaipole direction, the enemy attacked near Huliaipole, Zelenyi Hai and "
        "Uspenivka.",
    ],
)  # fmt: skip
def test_a_tight_lists_village_read_as_a_far_namesake_is_estimated_by_the_list(gazetteer, text):
    (found,) = points(text, gazetteer)["Zelenyi Hai"]
    assert distance_km(found, HULIAIPOLE_ZELENYI_HAI) < 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # A loose list of a front's places: the namesake the gazetteer has is read.
        "Russian forces attacked near Huliaipole, Zelenyi Hai, Pokrovsk and Siversk.",
        # The village lies by one of its list's places (Ivanivka, 4 km off).
        "In the Oleksandrivka direction, the enemy attacked near Ivanivka, Zelenyi Hai "
        "and Komar.",
    ],
)  # fmt: skip
def test_a_loose_or_short_list_keeps_the_namesake_the_gazetteer_has(gazetteer, text):
    (found,) = points(text, gazetteer)["Zelenyi Hai"]
    assert distance_km(found, DONETSK_ZELENYI_HAI) < 5


VELYKA_PYSARIVKA = (50.4233, 35.4830)  # GeoNames, Sumy Oblast


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Over the past day, the Velykopysarivka hromada was shelled 14 times.",
        "The Velykopysarivka, Khotin and Yunakivka hromadas came under fire.",
        "- Velykopysarivka hromada: a guided bomb and FPV drones; a house was damaged.",
    ],
)  # fmt: skip
def test_a_hromada_named_by_its_centres_adjective_prefix_is_the_centre(gazetteer, text):
    (found,) = points(text, gazetteer)["Velykopysarivka"]
    assert distance_km(found, VELYKA_PYSARIVKA) < 5


@pytest.mark.gazetteer
def test_a_prefixed_word_no_split_form_of_names_is_not_read(gazetteer):
    text = "Officials in Sumy said the Malorusian exhibition and the Velykodushna fund closed."
    assert set(points(text, gazetteer)) == {"Sumy"}


YUNAKIVKA = (51.1226, 35.0385)  # GeoNames, the hromada's centre
KHARKIV_OLEKSIYIVKA = (50.0452, 36.1932)  # GeoNames, a district of Kharkiv (100,500)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "- Yunakivka hromada: artillery, KAB; Oleksiivka under fire.\n"
        "- Bilopillia hromada: drone strikes on the town.",
        "In the Yunakivka hromada, Oleksiivka was shelled with mortars.",
        "A drone hit a house in Oleksiivka in the Yunakivka hromada, the administration said.",
    ],
)  # fmt: skip
def test_a_village_a_hromada_locates_is_no_namesake_far_off(gazetteer, text):
    (found,) = points(text, gazetteer)["Oleksiivka"]
    assert distance_km(found, YUNAKIVKA) < 25
    assert distance_km(found, KHARKIV_OLEKSIYIVKA) > 100


@pytest.mark.gazetteer
def test_a_district_still_lets_a_city_by_its_own_name_be_the_city(gazetteer):
    text = "In the Belgorod district, a drone struck a car near Razumnoye, as Moscow said."
    found = points(text, gazetteer)
    assert distance_km(found["Moscow"][0], (55.7558, 37.6173)) < 20


NADIIA = (49.365, 37.95)  # not in cities500


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian FPV strike hit Russian soldiers in the village of Novoiehorivka, about "
        "35 km north of Lyman, and another near Nadiia, 7 km further north.",
        "Footage shows a strike in Novoiehorivka, 35 kilometers north of Lyman; a second "
        "video, from Nadiia, 7 kilometers farther north, shows a burning tank.",
    ],
)  # fmt: skip
def test_further_north_measures_from_the_place_just_located(gazetteer, text):
    found = points(text, gazetteer)
    assert distance_km(found["Nadiia"][0], NADIIA) < 20
    assert distance_km(found["Nadiia"][0], found["Novoiehorivka"][0]) == pytest.approx(7, abs=2)


@pytest.mark.gazetteer
def test_further_east_of_a_known_place_measures_from_it(gazetteer):
    text = "Russian troops entered Siversk and Vyimka, 8 km further east, the report said."
    found = points(text, gazetteer)
    assert distance_km(found["Vyimka"][0], found["Siversk"][0]) == pytest.approx(8, abs=3)


AZOV_TOWN = (47.107, 39.415)  # Rostov Oblast


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Crimea fuel depot, Azov ports as Black Sea war intensifies",
        "Shipping from the Azov ports of Berdiansk and Mariupol resumed on Monday.",
    ],
)  # fmt: skip
def test_the_azov_ports_are_the_seas(gazetteer, text):
    found = points(text, gazetteer).get("Azov", [])
    assert all(distance_km(p, AZOV_TOWN) > 100 for p in found)


@pytest.mark.gazetteer
def test_the_port_of_azov_is_the_town(gazetteer):
    text = "A drone hit the port of Azov in the Rostov region, the governor said."
    (found,) = points(text, gazetteer)["Azov"]
    assert distance_km(found, AZOV_TOWN) < 10
