"""Kinds found by front-line articles 509-518 (Russian Defence Ministry bulletins and
war correspondents in Russian spellings): a raion named by the adjective of an "-ovka"
town ("of the Konstantinovsky district": Kostiantynivka's, not Russia's Konstantinovsk),
and "the Pokrovsky district" or "the Izyumsky rayon" read as the district of the town it
is named after, not as a part of the paragraph's city."""

import pytest

from geo.geometry import distance_km
from geo.text.district_adjectives import adjective_stems
from geo.text.geoparse import geoparse

KOSTIANTYNIVKA = (48.5273, 37.7059)
POKROVSK = (48.2801, 37.1771)
IZIUM = (49.2070, 37.2768)


def _read(text, gazetteer):
    return {text[t.start : t.end]: t for t in geoparse(text, gazetteer)}


def _km(t, point):
    return distance_km((t.place.lat, t.place.lon), point)


def test_an_ovka_towns_adjective_gives_the_town():
    assert "Konstantinovka" in adjective_stems("Konstantinovsky")
    assert "Pokrovka" in adjective_stems("Pokrovsky")
    assert "Izyumka" not in adjective_stems("Izyumsky")  # no "-ov" stem


@pytest.mark.gazetteer
def test_villages_of_an_ovka_towns_raion(gazetteer):
    text = (
        "Units of the Yug group advanced near Konstantinovka. Assault detachments repelled "
        "two counterattacks near Ilyinovka and Ivanopolye of the Konstantinovsky district."
    )
    got = _read(text, gazetteer)
    for name in ("Ilyinovka", "Ivanopolye", "Konstantinovsky"):
        assert _km(got[name], KOSTIANTYNIVKA) < 20, name


@pytest.mark.gazetteer
def test_a_raion_named_after_a_town_of_the_text_is_no_city_part(gazetteer):
    text = (
        "Units of the Tsentr group liberated a settlement in the Donetsk People's "
        "Republic. Defeat was inflicted on formations near Zverevo and Belitskoye of the "
        "Pokrovsky district. Enemy losses in the Krasnoarmeysk direction amounted to "
        "up to 415 servicemen."
    )
    got = _read(text, gazetteer)
    assert _km(got["Pokrovsky"], POKROVSK) < 5  # not Donetsk, the republic's capital


@pytest.mark.gazetteer
def test_a_raion_a_place_lies_in_is_its_towns(gazetteer):
    text = (
        "Units of the Zapad group struck near Dvurechnaya of the Kupyansky district, "
        "as well as near Borovaya of the Izyumsky rayon of the Kharkovskaya oblast."
    )
    got = _read(text, gazetteer)
    assert _km(got["Izyumsky"], IZIUM) < 5  # not Kupyansk, the district named before


@pytest.mark.gazetteer
def test_a_city_district_stays_a_part_of_its_city(gazetteer):
    text = "In Donetsk, shelling hit the Kuibyshevsky and Kirovsky districts overnight."
    got = _read(text, gazetteer)
    for name in ("Kuibyshevsky", "Kirovsky"):
        assert distance_km((got[name].place.lat, got[name].place.lon), (48.023, 37.802)) < 20


PODILSK = (47.7499, 29.5307)


@pytest.mark.gazetteer
def test_a_renaming_clause_after_an_apposition_speaks_of_its_head(gazetteer):
    text = (
        "Russian bloggers reported explosions in Kotovsk, the town in the Odessa region "
        "named after the commander Grigory Kotovsky, which Ukraine renamed Podilsk."
    )
    got = _read(text, gazetteer)
    assert _km(got["Podilsk"], PODILSK) < 5  # not Kropyvnytskyi's Podilskyi district


TIAHYNKA = (46.7809, 33.0559)


@pytest.mark.gazetteer
def test_the_city_after_a_list_is_its_city(gazetteer):
    text = (
        "Russian artillery struck Ukrainian positions on the right bank in Kherson, "
        "Antonovka and Belozerka, the Dnepr group said. A boat crew was destroyed near the "
        "village of Tyaginka, north-east of the city, it said."
    )
    got = _read(text, gazetteer)
    assert _km(got["Tyaginka"], TIAHYNKA) < 5  # not estimated north-east of Belozerka


LOZOVA = (48.8907, 36.3141)


@pytest.mark.gazetteer
def test_a_raion_of_a_named_town_is_placed_at_the_town(gazetteer):
    text = (
        "Drones struck a rail depot in Lozovaya overnight. The governor said a house was "
        "damaged in Bliznyuki in the Lozovsky district."
    )
    got = _read(text, gazetteer)
    assert got["Lozovsky"].place is not None and _km(got["Lozovsky"], LOZOVA) < 5
