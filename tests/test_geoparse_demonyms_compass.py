"""Demonyms as mentions of their country (``demonyms=True``): a compass word before one.

A report against CLIFF: not all demonyms caught. "South Sudanese" names South Sudan,
not Sudan; "East Timorese" East Timor. Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def countries(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [
        (t.text, t.place.country_code if t.place else None)
        for t in geoparse(text, gazetteer, demonyms=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi and Sri Lankan envoys arrived.", [("Saudi", "SA"), ("Sri Lankan", "LK")]),
        (
            "The Sudanese army fought South Sudanese rebels.",
            [("Sudanese", "SD"), ("South Sudanese", "SS")],
        ),
        ("Swiss and Dutch firms bid.", [("Swiss", "CH"), ("Dutch", "NL")]),
    ],
)
def test_compass_demonyms_name_their_country(gazetteer, text, expected):
    assert countries(gazetteer, text) == expected


def test_demonyms_are_off_by_default(gazetteer):
    from geo.text.geoparse import geoparse

    assert list(geoparse("Saudi and South Sudanese envoys met.", gazetteer)) == []
