"""A text's old names speak for another old name (geo.text.old_names)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

PODILSK = (47.7499, 29.5307)  # Kotovsk until 2016, Odesa Oblast
KOTOVSK_TAMBOV = (52.5905, 41.5025)


def _places(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer)}


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
