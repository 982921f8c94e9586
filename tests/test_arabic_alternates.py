"""A name some place lists only as an alternate is also read in its other Arabic
romanisations ("Taybeh": Jordan's At-Taybeh by its alternate name, the West Bank's
Aṭ Ṭaybah by its own): geo.text.arabic_alternates, geo.text.arabic_variants. Texts
written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km
from geo.text.arabic_variants import arabic_variants

WEST_BANK_TAYBEH = (31.9539, 35.2998)
JORDAN_TAYBEH = (30.2513, 35.4657)


@pytest.mark.parametrize(
    ("name", "variant"),
    [("taybeh", "taybah"), ("taybeh", "at taybah"), ("nabatieh", "nabatiyah"),
     ("hawija", "al hawijah")],
)
def test_levantine_endings_and_the_dropped_article(name, variant):
    assert variant in arabic_variants(name)


@pytest.mark.parametrize("name", ["kyiv", "pokrovsk", "beh", "dnipro"])
def test_no_variant_for_other_names(name):
    assert arabic_variants(name) == []


def points(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Settlers set fire to vehicles in Taybeh, the last entirely Christian village in "
         "the West Bank, residents said.", WEST_BANK_TAYBEH),
        ("Police in Jordan said a man was killed in Taybeh, south of Petra.", JORDAN_TAYBEH),
    ],
)
def test_the_story_picks_among_the_spellings(gazetteer, text, where):
    assert distance_km(points(text, gazetteer)["Taybeh"], where) < 5
