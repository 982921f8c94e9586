"""A region stated after a name with a compass word before its country's possessive:
"Beit Jinn in southern Syria's Quneitra province" is in Syria, not Israel's Yavne'el, a
spelling of the name (tester33 V8); "in Syria's Quneitra province" already was."""

from __future__ import annotations

import pytest

import geo

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops raided the village of Beit Jinn in southern Syria's Quneitra province.",
        "Israeli troops raided the village of Beit Jinn in Syria's Quneitra province.",
    ],
)
def test_a_region_after_a_compass_and_a_possessive_holds_the_place(gazetteer, text):
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Beit Jinn"]
    assert t.place is not None and t.place.country_code == "SY"
