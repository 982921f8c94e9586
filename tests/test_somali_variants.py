"""Somali places English copy spells its own way, found under GeoNames' Somali
orthography (geo.text.somali_variants). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km
from geo.text.somali_variants import english_key, somali_places


def points(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # GeoNames: Xarardheere (x for h, a long vowel)
        ("Al-Shabaab fighters overran an army base in Harardhere on Sunday, officials said.",
         "Harardhere", (4.6544, 47.8575)),
        # GeoNames: Dhuusamarreeb (long vowels, a doubled r)
        ("Elders met the regional president in Dhusamareb to discuss the drought.",
         "Dhusamareb", (5.5360, 46.3867)),
        # GeoNames: Xuddur (x for h, a doubled d)
        ("Aid convoys reached Hudur after the militants lifted their blockade.",
         "Hudur", (4.1213, 43.8895)),
    ],
)  # fmt: skip
def test_a_somali_town_in_english_spelling(gazetteer, text, name, where):
    found = points(text, gazetteer)
    assert distance_km(found[name], where) < 5


@pytest.mark.gazetteer
def test_only_places_of_somalia_with_a_somali_mark(gazetteer):
    assert [gazetteer.name(r) for r in somali_places(gazetteer, "harardhere")] == ["Xarardheere"]
    assert somali_places(gazetteer, "harvard") == []
    assert somali_places(gazetteer, "kharkiv") == []


def test_english_key():
    assert english_key("xuddur") == english_key("hudur") == "hudur"
    assert english_key("cadale") == "adale"
    assert english_key("chisimayu") == "chisimayu"  # "ch" is no Somali "c"
