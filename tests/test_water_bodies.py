"""Seas, gulfs and straits are kept without a place, never read as a land namesake."""

import pytest

from geo.text.geoparse import geoparse


def _tops(gazetteer, sentence):
    return {t.text: t for t in geoparse(f"Shipping was disrupted.\n\n{sentence}\n", gazetteer)}


@pytest.mark.parametrize(
    ("sentence", "water"),
    [
        ("Tankers crossed the Persian Gulf and the Strait of Hormuz.", "Persian Gulf"),
        ("Tankers crossed the Persian Gulf and the Strait of Hormuz.", "Strait of Hormuz"),
        ("A cargo ship was struck in the Red Sea on Tuesday.", "Red Sea"),
    ],
)
def test_a_water_body_has_no_land_place(gazetteer, sentence, water):
    top = _tops(gazetteer, sentence)[water]
    assert top.place is None and top.cue == "water"


def test_the_city_a_gulf_is_named_after_stays_a_city_elsewhere(gazetteer):
    tops = geoparse(
        "ADEN, Yemen (AP) - Ships in the Gulf of Aden were hit; the port of Aden was calm.\n",
        gazetteer,
    )
    gulf = [t for t in tops if t.text == "Gulf of Aden"]
    assert gulf and gulf[0].place is None
    city = [t for t in tops if t.text == "Aden" and t.start > gulf[0].end]
    assert city and city[0].place.country_code == "YE"


def test_the_land_region_named_after_a_sea_stays_the_region(gazetteer):
    top = _tops(gazetteer, "Floods hit the Red Sea governorate of Egypt.")["Red Sea"]
    assert top.place is not None and top.place.kind == "admin1"
    assert top.place.country_code == "EG"
