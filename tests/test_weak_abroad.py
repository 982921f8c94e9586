"""Readings a text about other wars should not take: a village of a third country that the
name only reaches by another name or a spelling (geo.text.strays.weak_abroad), a far
place only called so beside a place of the text's country called so too
(geo.text.strays.weak_rivals), and a town of a country its sentence names by a
demonym is no stray of the text's area (geo.text.area_strays).  Texts written for these
tests."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    """{surface: country code, or None when left without a place} (the last mention)."""
    return {
        t.text: (t.place.country_code if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


def test_the_texts_country_holds_a_name_two_places_are_only_called(gazetteer):
    # GeoNames calls both Algeria's Chlef and Yemen's Aş Şalīf "Salif"; the text speaks of
    # Yemen (with a dateline and a diversion abroad), never of Algeria.
    text = (
        "DUBAI, United Arab Emirates (AP) — Missiles hit the fuel terminal at Salif on "
        "Tuesday, Houthi officials said, and a drone fell near Abu Dhabi. Fighting continued "
        "around Taiz, Marib and Hodeidah, and the rebels still hold Sanaa. Ships were "
        "diverted to Jeddah and Port Sudan."
    )
    assert places(gazetteer, text)["Salif"] == "YE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Only an alternate name of a village in Israel, 120 km from the text's places.
        ("Druze fighters clashed with tribal gunmen in Suwayda province on Friday. Shells "
         "landed in Al-Mazraa, residents said, and the roads to Damascus and Sahnaya were "
         "closed. In the north, Kurdish forces still held Raqqa, Tabqa and Qamishli.",
         "Al-Mazraa"),
        # Only a Tunisian town written the French way ("Chebba"), in a short text that
        # names its country.
        ("Israeli artillery shelled the outskirts of Shebaa in south Lebanon.", "Shebaa"),
    ],
)
def test_a_third_countrys_village_reached_by_another_name_is_no_reading(gazetteer, text, name):
    found = places(gazetteer, text)
    assert name in found and found[name] is None


def test_a_village_across_the_border_among_the_texts_places_stays(gazetteer):
    # Metula is Israel's, a step from the Lebanese villages the text names: a place of
    # the border pair, read by its own name.
    text = (
        "Shelling hit Khiam, Kfar Kila and Marjayoun in south Lebanon overnight; sirens "
        "sounded in Metula across the border."
    )
    assert places(gazetteer, text)["Metula"] == "IL"


def test_a_town_whose_sentence_names_its_country_by_a_demonym_is_no_stray(gazetteer):
    # A Yemeni story's area, and Eilat far outside it: its sentence's "Israeli military"
    # names Israel, so the town is named for its own sake.
    text = (
        "DUBAI, United Arab Emirates (AP) — Israeli jets bombed the ports of Hodeidah and "
        "Salif on Tuesday, the Israeli military said, a day after a Houthi drone hit a hotel "
        "in Eilat. The rebels hold Sanaa, Ibb, Dhamar and Amran. Government troops in Aden, "
        "Taiz, Marib and Mokha reported shelling. Tankers waited off Jeddah and Port Sudan."
    )
    assert places(gazetteer, text)["Eilat"] == "IL"


def test_a_village_of_a_neighbour_of_the_named_country_stays(gazetteer):
    # "near the border with Niger": the village lies across it, in Nigeria (spelt otherwise
    # than the index has it, Mallam Fatori), which the text never names.
    text = "Gunmen raided Malam Fatori near the border with Niger, fishermen said."
    assert places(gazetteer, text)["Malam Fatori"] == "NG"
