"""Compass words sharing one name ("North and South Kivu"): each word a toponym of the
region, country or continent of that word and the shared rest, of the shared name's
kind; lower-case directions, demonyms and names the gazetteer lacks give none."""

from __future__ import annotations

import pytest

from geo.model import Place, Toponym
from geo.text.geoparse import geoparse
from geo.text.shared_heads import shared_heads

pytestmark = pytest.mark.gazetteer


def _read(gazetteer, text):
    return [
        (t.text, None if t.place is None else t.place.geonameid) for t in geoparse(text, gazetteer)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting spread in North and South Kivu.",
            [("North", 206938), ("South Kivu", 205413)],
        ),
        (
            "Envoys from North and South Korea met.",
            [("North", 1873107), ("South Korea", 1835841)],
        ),
        (
            "Convoys reached North, South and East Darfur.",
            [("North", 408666), ("South", 408660), ("East Darfur", 8394435)],
        ),
        (
            "Fires spread across the Eastern and Western Cape.",
            [("Eastern", 1085593), ("Western Cape", 1085599)],
        ),
        (
            "Trade between North and South America grew.",
            [("North", 6255149), ("South America", 6255150)],
        ),
    ],
)
def test_each_compass_word_names_its_own_place(gazetteer, text, expected):
    assert _read(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He drove north and South Dakota opened up.", [("South Dakota", 5769223)]),
        ("The North and South Korean leaders met.", []),
        ("Northern and Southern Lebanon were shelled.", [("Lebanon", 272103)]),
    ],
)
def test_no_shared_name_no_new_toponym(gazetteer, text, expected):
    assert _read(gazetteer, text) == expected


def test_a_word_inside_a_toponym_is_left_to_it(gazetteer):
    text = "North and South Kivu"
    kivu = Place(205413, "South Kivu", "admin1", "CD", -3.2177, 28.24633)
    north = Place(1, "North", "place", "XX", 0.0, 0.0)
    given = (Toponym(0, 5, "North", north, 0.5), Toponym(10, 20, "South Kivu", kivu, 0.9))
    assert shared_heads(text, gazetteer, given) == given
