"""A country's dotted initials typed small in a caseless text ("u.s. troops") are that
country; other dotted initials ("e.g.", "a.m.", a state's "n.y.") stay words."""

from __future__ import annotations

import pytest

from geo.text.casing import restore_case
from geo.text.dotted_lower import dotted_countries
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("u.s. troops, e.g. here", "U.S. troops, e.g. here"),
        ("back to the u.k. at 9 a.m.", "back to the U.K. at 9 a.m."),
        ("flights to the u.a.e.", "flights to the U.A.E."),
        ("off n.y. and s.a.", "off n.y. and s.a."),
        ("thus.s.a.", "thus.s.a."),  # inside a word: no initials
    ],
)
def test_only_a_countrys_initials_are_capitalised(gazetteer, part, expected):
    chars = list(part)
    dotted_countries(gazetteer, part, chars)
    assert "".join(chars) == expected


def test_a_lower_case_text_reads_the_country(gazetteer):
    text = "u.s. officials would not say where the convoy went."
    assert restore_case(text, gazetteer).startswith("U.S. ")
    tops = geoparse(text, gazetteer)
    assert [(t.text, t.place.geonameid) for t in tops] == [("u.s.", 6252001)]
