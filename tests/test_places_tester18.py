"""Places of the eighteenth tester's kinds, with examples of our own: a name that runs on
past a hyphen is no place spelt like its first part (geo.text.spellings)."""

import logging

import pytest

from geo.text.geoparse import geoparse


def _found(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "SSC-Khatumo said it captured the village of Dhabar-dalool, which Hargeisa "
            "denied. Fighting continued near Erigavo and Las Anod.",
            "Dhabar",
        ),
        ("Shelling hit the village of Kurakhiv-ka near Pokrovsk on Monday.", "Kurakhiv"),
    ],
)
def test_a_name_running_on_past_a_hyphen_is_no_namesake_of_its_part(gazetteer, text, cut, caplog):
    with caplog.at_level(logging.WARNING):
        found = _found(gazetteer, text)
    assert cut not in found
    assert f"{cut}-" in caplog.text  # warned about, whole


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Soldiers closed shops in Hebron's Old City, the municipality said.", "Hebron"),
        ("A fire broke out in Tunis's Medina on Sunday.", "Tunis"),
        ("Police cordoned off Mostar's Old Town after the blast.", "Mostar"),
    ],
)
def test_a_citys_old_city_is_that_citys(gazetteer, text, city):
    from geo.geometry import distance_km

    hits = {t.text: t for t in geoparse(text, gazetteer) if t.place}
    part = next(t for name, t in hits.items() if name != city)
    here = (hits[city].place.lat, hits[city].place.lon)
    assert distance_km(here, (part.place.lat, part.place.lon)) <= 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        ("Troops exchanged fire near Lake Lanao in Lanao del Sur.", "Lanao", "Lanao del Sur"),
        ("Chinese warships were seen near the Matsu islands, Taipei said.", "Matsu", "Taipei"),
    ],
)
def test_a_lakes_or_islands_name_is_no_namesake_town(gazetteer, text, absent, kept):
    found = _found(gazetteer, text)
    assert absent not in found and kept in found


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A ferry sank off the Farasan islands near Jizan, Saudi Arabia.", "Farasan"),
        ("Flights resumed to Lake Charles, Louisiana.", "Lake Charles"),
        ("Fishermen on Lake Victoria near Kisumu were rescued.", "Lake Victoria"),
    ],
)
def test_a_town_of_the_islands_own_name_or_a_lake_the_gazetteer_holds_stays(gazetteer, text, name):
    assert name in _found(gazetteer, text)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In the Lyman direction the enemy attacked near Bila Hora and Predtechyne "
        "(Kramatorsk district).",
        "In the Lyman direction, fighting went on near Predtechyne (Kramatorsk raion).",
    ],
)
def test_a_stated_district_in_brackets_places_the_estimate(gazetteer, text):
    from geo.geometry import distance_km

    hits = {t.text: t for t in geoparse(text, gazetteer) if t.place}
    town = hits["Kramatorsk"].place
    est = hits["Predtechyne"]
    assert est.estimated
    assert distance_km((town.lat, town.lon), (est.place.lat, est.place.lon)) <= 5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian forces attacked west of Borova near Bohuslavka and Borivska Andriivka.",
            "Borivska Andriivka",
        ),
        ("Shelling hit Kupiansk and Petrivska Hrushivka overnight.", "Petrivska Hrushivka"),
    ],
)
def test_a_ukrainian_adjective_opens_a_two_word_village(gazetteer, text, name, caplog):
    with caplog.at_level(logging.WARNING):
        names = [t.text for t in geoparse(text, gazetteer)]
    assert name.split()[0] not in names
    assert name in names or repr(name) in caplog.text  # read whole, or warned about whole


@pytest.mark.gazetteer
def test_a_lakes_name_is_kept_whole_and_the_towns_repeats_keep_the_town(gazetteer):
    text = "Fishermen on Lake Poso were rescued. Later, officials in Poso, Central Sulawesi, said."
    hits = {(t.start, t.text): t.place for t in geoparse(text, gazetteer)}
    assert (13, "Lake Poso") in hits and hits[(13, "Lake Poso")] is None
    town = next(p for (s, name), p in hits.items() if name == "Poso")
    assert town is not None and town.country_code == "ID"


@pytest.mark.gazetteer
def test_a_town_reached_by_its_islands_name_near_the_texts_places_stays(gazetteer):
    text = "Ferries to Buton island resumed from Kendari and Raha, Southeast Sulawesi."
    assert "Buton" in _found(gazetteer, text)
