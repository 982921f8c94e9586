"""A demonym of the authorities or media speaking places a town called by its English
name (an alternate name of the gazetteer's: Tadmur's "Palmyra"; tester33 V28).  Texts
written for these tests."""

import pytest

from geo.text.geoparse import geoparse


def _read(gazetteer, text):
    return {t.text: (t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A strike hit an airbase by Palmyra, Syrian state media reported.", "SY"),
        ("Palmyra's museum reopened, American officials said.", "US"),
    ],
)
def test_a_speakers_demonym_places_a_town_by_its_english_name(gazetteer, text, country):
    assert _read(gazetteer, text)["Palmyra"] == country
