"""The press's other name of a Ukrainian place beside the one it writes: "X, which
Ukraine calls Y", "X (the Soviet name of Y)", a bare "X (Y)" the gazetteer joins
(geo.text.former_names). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo

NIU_YORK = 699751  # GeoNames: Niu-York, Donetsk Oblast ("Novgorodskoye" in Soviet times)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The enemy holds Novgorodskoye, which Ukraine calls New York, near Toretsk.",
        "The enemy holds Novgorodskoye (the Soviet name of New York) near Toretsk.",
        "Russian troops took Novgorodskoye (New York) near Toretsk.",
        "Novgorodskoye, known in Ukraine as New York, was shelled near Toretsk.",
    ],
)
def test_the_other_name_is_the_same_place(gazetteer, text):
    a = geo.analyze(text, gazetteer=gazetteer)
    ny = next(t for t in a.toponyms if t.text == "New York")
    assert ny.place is not None and ny.place.geonameid == NIU_YORK


@pytest.mark.gazetteer
def test_a_country_in_brackets_keeps_its_reading(gazetteer):
    a = geo.analyze("Pushilin flew from Donetsk to Moscow (Russia) on Monday.", gazetteer=gazetteer)
    russia = next(t for t in a.toponyms if t.text == "Russia")
    assert russia.place is not None and russia.place.kind == "country"
