"""A name with another name of it in brackets is one place (geo.text.paren_aliases; a
second rule of tplaces17 for the same kind, geo.text.bracket_names, was merged into it).
Texts written for these tests."""

from __future__ import annotations

import pytest

import geo


def readings(text, gazetteer):
    return {t.text: t.place for t in geo.analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Assault groups pressed on toward Krasnoye (Krasne) and Udachne, the channel "
         "wrote of the Pokrovsk front.", "Krasnoye", "Krasne"),
        ("Our units cleared Dimitrov (Myrnohrad) street by street, the ministry said.",
         "Dimitrov", "Myrnohrad"),
    ],
)  # fmt: skip
def test_a_bracketed_other_name_is_the_same_place(gazetteer, text, old, new):
    found = readings(text, gazetteer)
    assert found[old] is not None and found[new] is not None
    assert found[old].geonameid == found[new].geonameid


@pytest.mark.gazetteer
def test_a_bracketed_region_or_other_place_is_not_joined(gazetteer):
    found = readings(
        "Drones hit Kramatorsk (Donetsk region) and Sumy (Sumy region) overnight.", gazetteer
    )
    assert found["Kramatorsk"].kind == "place" and found["Donetsk"].kind == "admin1"
