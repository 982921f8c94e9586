"""Namesakes spelt otherwise in the gazetteer: the text's places choose among them
(geo.text.variant_namesakes). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.text.tokens import Mention
from geo.text.variant_namesakes import variant_namesakes


def latitude(text, gazetteer, name):
    found = [t for t in geo.analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert found and found[0].place is not None
    return found[0].place.lat


@pytest.mark.gazetteer
def test_the_variant_spelt_namesake_by_the_text_places_wins(gazetteer):
    # Velykomikhailivka (GeoNames' spelling, by the Donetsk border) is the one by
    # Mezhova, Pokrovske and Huliaipole; the Velykomykhailivka by Synelnykove is not.
    text = (
        "Drone teams near Velykomykhailivka reported assault groups moving from the Donetsk "
        "region toward Mezhova, Pokrovske and Huliaipole."
    )
    assert latitude(text, gazetteer, "Velykomykhailivka") == pytest.approx(47.967, abs=0.01)


@pytest.mark.gazetteer
def test_the_own_spelling_namesake_by_the_text_places_keeps_it(gazetteer):
    text = "Shelling hit Velykomykhailivka, near Synelnykove, and Dnipro and Pavlohrad overnight."
    assert latitude(text, gazetteer, "Velykomykhailivka") == pytest.approx(48.150, abs=0.01)


@pytest.mark.gazetteer
def test_only_villages_get_variant_namesakes(gazetteer):
    village = Mention(0, 17, "velykomykhailivka", 0, 0)
    village.candidates = list(gazetteer.lookup("Velykomykhailivka"))
    town = Mention(20, 30, "kramatorsk", 1, 1)
    town.candidates = list(gazetteer.lookup("Kramatorsk"))
    found = variant_namesakes(gazetteer, [village, town])
    assert list(found) == ["velykomykhailivka"] and len(found["velykomykhailivka"]) == 2
    # the candidates resolution weighs are left as they are
    assert len(village.candidates) == 1
