"""The field of a body named "<Body> of <everyday word>" is no place ("the Chamber of
Commerce": not Commerce, Texas); a country's or a region's name there still is ("the
University of Texas", "the Ministry of Defence of Ukraine").

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "She ran the local Chamber of Commerce for a decade.",
        "A spokesman for the Ministry of Commerce declined to comment.",
        "Crews from the state Division of Highways cleared the slide.",
    ],
)
def test_a_bodys_field_is_no_place(gazetteer, text):
    assert _names(gazetteer, text) == []


def test_a_region_after_a_bodys_of_stays(gazetteer):
    names = _names(gazetteer, "The Department of Georgia and the University of Texas agreed.")
    assert "Georgia" in names


@pytest.mark.parametrize(
    "text",
    [
        "Aides met reporters before a White House dinner last October.",
        "Critics said this White House ignored the advice.",
    ],
)
def test_the_seat_of_government_after_a_determiner_is_no_town(gazetteer, text):
    assert _names(gazetteer, text) == []
