"""A village named in Russian form and then in Ukrainian form ("Sosnovka ... Sosnivka")
is one village: the later spelling takes the earlier one's estimate rather than a namesake
of its own spelling in another oblast."""

import pytest

from geo.geometry import distance_km
from geo.text.ending_keys import ending_key
from geo.text.geoparse import geoparse

LVIV_SOSNIVKA = (50.29, 24.25)


def test_russian_and_ukrainian_endings_fold_to_one_key():
    assert ending_key("sosnovka") == ending_key("sosnivka") == "sosnivka"
    assert ending_key("andreevka") == "andreivka"
    assert ending_key("kursk") == "kursk"
    assert ending_key("lovka") == "lovka"  # too short a stem to fold


def _points(gazetteer, text, name):
    return [(t.place.lat, t.place.lon) for t in geoparse(text, gazetteer) if t.text == name]


@pytest.mark.gazetteer
def test_the_ukrainian_spelling_takes_the_russian_forms_estimate(gazetteer):
    text = (
        "Moscow said on Tuesday its troops had taken Sosnovka in the Dnepropetrovsk "
        "Region. Kyiv's military said its units had beaten back assaults near Sosnivka.\n"
    )
    (first,) = _points(gazetteer, text, "Sosnovka")
    (later,) = _points(gazetteer, text, "Sosnivka")
    assert later == first and distance_km(later, LVIV_SOSNIVKA) > 500


@pytest.mark.gazetteer
def test_a_ukrainian_spelling_with_its_own_region_keeps_its_reading(gazetteer):
    text = (
        "Moscow said on Tuesday its troops had taken Sosnovka in the Dnepropetrovsk "
        "Region. Separately, a drone hit a farm in Sosnivka in the Lviv Region.\n"
    )
    (later,) = _points(gazetteer, text, "Sosnivka")
    assert distance_km(later, LVIV_SOSNIVKA) < 100
