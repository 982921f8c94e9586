"""An everyday word opening a sentence that a place bears only with a mark (real gazetteer)."""

import pytest

from geo.text.geoparse import geoparse


def _places(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}


@pytest.mark.parametrize(
    "text",
    ["Hail flattened crops around Hanna, Alberta on Tuesday.", "Hail fell on Calgary overnight."],
)
def test_the_weathers_word_opening_a_sentence_is_no_saudi_town(gazetteer, text):
    places = _places(gazetteer, text)
    assert "Hail" not in places, places
    assert {p.country_code for p in places.values()} == {"CA"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Hail is a city in Saudi Arabia.", "Hail", "SA"),  # a definition places it
        ("Ha'il was quiet on Friday.", "Ha'il", "SA"),  # written with its mark
        ("Montreal police said the road was closed.", "Montreal", "CA"),  # accents aside
        ("Nice weather returned to the coast near Nice.", "Nice", "FR"),
    ],
)
def test_a_word_the_place_bears_as_written_or_a_placed_one_stays(gazetteer, text, name, country):
    places = _places(gazetteer, text)
    assert places[name].country_code == country, places
