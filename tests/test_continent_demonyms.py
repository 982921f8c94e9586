"""Adjectives of the continents, where demonyms count: "African leaders" is Africa,
"North American markets" North America, "EU rules" Europe (GeoNames' continents)."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _read(gazetteer, text, *, demonyms=True):
    return [
        (t.text, t.place.name if t.place else None, t.place.kind if t.place else None)
        for t in geoparse(text, gazetteer, demonyms=demonyms)
    ]


@pytest.mark.parametrize(
    ("text", "mention", "continent"),
    [
        ("African leaders gathered for the summit.", "African", "Africa"),
        ("Asian markets fell sharply on Monday.", "Asian", "Asia"),
        ("The European delegation walked out.", "European", "Europe"),
        ("North American stocks rose.", "North American", "North America"),
        ("South American exporters gained.", "South American", "South America"),
        ("EU rules on tariffs apply.", "EU", "Europe"),
        ("European Union leaders agreed on a plan.", "European Union", "Europe"),
    ],
)
def test_a_continents_adjective_is_the_continent(gazetteer, text, mention, continent):
    assert _read(gazetteer, text) == [(mention, continent, "other")]


def test_country_demonyms_are_still_countries(gazetteer):
    assert _read(gazetteer, "South African and South Sudanese officials spoke.") == [
        ("South African", "South Africa", "country"),
        ("South Sudanese", "South Sudan", "country"),
    ]


def test_eu_only_in_capitals_and_adjectives_only_with_demonyms(gazetteer):
    assert ("Eu", "Eu", "place") in _read(gazetteer, "Eu is a town by the coast of France.")
    assert _read(gazetteer, "Prices for European carriers may differ.", demonyms=False) == []
