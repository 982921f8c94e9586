"""A US legislator's party-state designation, AP style ("Sen. Dianne Feinstein,
D-Calif."): the state after the party letter is a mention of the state, never the
letter and hyphen read as a place ("D-W" is no German village)."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _places(text):
    return [
        (t.text, t.place.kind, t.place.country_code, t.place.admin1_code)
        for t in analyze(text).toponyms
        if t.place is not None
    ]


@pytest.mark.parametrize(
    ("text", "state", "code"),
    [
        ("Rep. Nick Rahall, D-W. Va., chairman of the committee, spoke.", "W. Va.", "WV"),
        ("Sen. Dianne Feinstein, D-Calif., said the bill would pass.", "Calif.", "CA"),
        ("Rep. Hal Rogers, R-Ky., voted against it on Tuesday.", "Ky.", "KY"),
        ("Sen. Chuck Schumer, D-N.Y., called for a vote.", "N.Y.", "NY"),
        ("Sen. Bernie Sanders (I-Vt.) spoke to reporters.", "Vt.", "VT"),
        ("Rep. Kay Granger, R-Texas, disagreed.", "Texas", "TX"),
        ("Rep. Ann Jones (D-New York) asked for the report.", "New York", "NY"),
        ("Sen. Tom Price (R-North Carolina) said so.", "North Carolina", "NC"),
    ],
)
def test_the_state_of_a_party_state_designation(text, state, code):
    assert _places(text) == [(state, "admin1", "US", code)]


def test_a_letter_and_hyphen_without_a_state_are_no_designation():
    # A lone letter before a hyphen, with no state after it, is read as before.
    assert _places("The A-Team flew from Paris to Lyon.") == [
        ("Paris", "place", "FR", "11"),
        ("Lyon", "place", "FR", "84"),
    ]
    assert all(p[0] != "R" for p in _places("Critics gave the R-rated film, shot in Ohio, praise."))
