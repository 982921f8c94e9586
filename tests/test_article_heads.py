"""A title-case article read alone before a word typed small ("La rochelle") is the town
of both words where the gazetteer has one of 50,000 people, else no place; a name
written in full ("Le Mans") and an article capitalised on its own are left alone."""

from __future__ import annotations

import pytest

from geo.model import Place, Toponym
from geo.text.article_heads import article_heads
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _read(gazetteer, text):
    return [(t.text, t.place.name) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was born in La rochelle in 1990.", [("La rochelle", "La Rochelle")]),
        ("Shelling in El fasher continued.", [("El fasher", "El Fasher")]),
        ("The court sits in Den haag.", [("Den haag", "The Hague")]),
        ("They met in Le Mans.", [("Le Mans", "Le Mans")]),
        ("She bought a ticket for La traviata.", []),
    ],
)
def test_an_article_before_a_small_word(gazetteer, text, expected):
    assert _read(gazetteer, text) == expected


def test_only_an_article_before_a_small_word_is_read_again(gazetteer):
    la = Place(5368361, "Los Angeles", "place", "US", 34.05223, -118.24368)
    given = (Toponym(0, 2, "LA", la, 0.9), Toponym(10, 12, "La", la, 0.9))
    text = "LA rochelle La Roux"
    assert article_heads(text, gazetteer, given) == given
