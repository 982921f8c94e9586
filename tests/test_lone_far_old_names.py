"""A village read hundreds of kilometres from every place around it is left unread
(geo.text.lone_far); a text's old names speak for another old name (geo.text.old_names)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

PODILSK = (47.7499, 29.5307)  # Kotovsk until 2016, Odesa Oblast
KOTOVSK_TAMBOV = (52.5905, 41.5025)


def _places(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
def test_a_village_far_from_every_place_of_its_paragraph_is_left_unread(gazetteer):
    text = (
        "TAIPEI - Taiwan's coast guard expelled Chinese vessels off Kinmen, a few "
        "kilometres from Xiamen. Residents of Shuitou, a village from which ferries "
        "leave for Xiamen, said the ships could be seen from the pier."
    )
    places = _places(gazetteer, text)
    assert places["Xiamen"] is not None
    assert places.get("Shuitou") is None  # Guangdong's and Shanxi's lie 470 km and more off


@pytest.mark.gazetteer
def test_a_village_near_the_places_around_it_keeps_its_reading(gazetteer):
    text = (
        "Shelling hit Kupiansk and Izium overnight. Residents of Petropavlivka, "
        "east of Kupiansk, said two houses burned."
    )
    place = _places(gazetteer, text)["Petropavlivka"]
    assert place is not None and place.country_code == "UA"


@pytest.mark.gazetteer
def test_a_texts_old_names_speak_for_another_old_name(gazetteer):
    text = (
        "Exports to Russia fell. Steel works in Dneprodzerzhinsk and Krivoy Rog cut "
        "output, and plants in Kirovograd and Komsomolsk are running at half capacity. "
        "Sugar mills around Kotovsk and Vinnitsa say they are doing better."
    )
    place = _places(gazetteer, text)["Kotovsk"]
    assert distance_km((place.lat, place.lon), PODILSK) < 20


@pytest.mark.gazetteer
def test_a_name_by_its_own_name_stays_without_a_style_of_old_names(gazetteer):
    text = "Grain prices rose in Kotovsk and Tambov, local traders said."
    place = _places(gazetteer, text)["Kotovsk"]
    assert distance_km((place.lat, place.lon), KOTOVSK_TAMBOV) < 20
