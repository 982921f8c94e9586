"""A state legislator's home after the party prefix ("State Sen. Mary Olson,
DFL-Bemidji"): the name after the hyphen is a place, a town of the state the text names,
else that state's county ("Delegate Tom Reed, D-Mingo": Mingo County, West Virginia).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _places(gazetteer, text):
    return {
        t.text: (t.place.kind, t.place.country_code, t.place.admin1_code)
        for t in geoparse(text, gazetteer)
        if t.place is not None
    }


def test_a_minnesota_legislators_home_town(gazetteer):
    text = (
        "Minnesota lawmakers met on Monday. State Sen. Mary Olson, DFL-Bemidji, said "
        "the plan was fair, and Rep. Carl Lund, R-Elbow Lake, voted against it."
    )
    places = _places(gazetteer, text)
    assert places["Bemidji"] == ("place", "US", "MN")
    assert places["Elbow Lake"] == ("place", "US", "MN")


def test_a_west_virginia_delegates_county(gazetteer):
    text = (
        "The West Virginia House passed the bill. Delegate Tom Reed, D-Mingo, and "
        "Delegate Ann Price, R-Putnam; spoke for it."
    )
    places = _places(gazetteer, text)
    assert places["Mingo"] == ("admin2", "US", "WV")
    assert places["Putnam"] == ("admin2", "US", "WV")


def test_the_state_the_text_names_most_decides(gazetteer):
    # "Berkeley" is a large Californian city; the text is about West Virginia.
    text = (
        "In West Virginia, Delegate Joe Hart, R-Berkeley, said a California firm would "
        "build the plant. West Virginia expects 300 jobs."
    )
    assert _places(gazetteer, text)["Berkeley"] == ("admin2", "US", "WV")


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Marco Diaz (R-FL) spoke.",  # a postal code: the state reading, not a home
        "Critics gave the R-rated film, shot in Ohio, praise.",
        "Sen. Ann Ford, D-Ohio, and Maria Lopez, R-Texas, spoke.",
    ],
)
def test_no_home_where_the_designation_names_a_state_or_none(gazetteer, text):
    places = _places(gazetteer, text)
    assert not any(p[1] == "US" and p[0] in ("place", "admin2") for p in places.values())
