"""Canadian Press-style province abbreviations after a place, as AP-style US ones:
"London, Ont." is London, Ontario (not England), "Surrey, B.C." Surrey, British Columbia."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _places(text):
    return [(t.text, t.place.country_code, t.place.admin1_code) for t in analyze(text).toponyms]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("LONDON, Ont. (CP) — The city council voted on Tuesday.", "LONDON", ("CA", "08")),
        ("Flooding closed roads around Surrey, B.C., on Monday.", "Surrey", ("CA", "02")),
        ("A ferry left Halifax, N.S., at dawn.", "Halifax", ("CA", "07")),
        ("Police in Sherbrooke, Que., said two people were hurt.", "Sherbrooke", ("CA", "10")),
        ("Wildfires neared Red Deer, Alta., overnight.", "Red Deer", ("CA", "01")),
    ],
)
def test_a_province_abbreviation_places_the_city_in_its_province(text, name, region):
    places = _places(text)
    assert (name, *region) in places


def test_us_state_abbreviations_still_read():
    assert ("Alexandria", "US", "LA") in _places("He moved to Alexandria, La., last year.")


@pytest.mark.parametrize(
    ("text", "mention", "region"),
    [
        ("In B.C., up to 20 centimetres of snow is expected.", "B.C.", ("CA", "02")),
        ("Both the B.C. and Ontario governments announced plans.", "B.C.", ("CA", "02")),
        ("Officials in N.S. agreed on Monday.", "N.S.", ("CA", "07")),
        ("Officials in N.J. agreed on Monday.", "N.J.", ("US", "NJ")),
    ],
)
def test_dotted_initials_alone_name_their_region(text, mention, region):
    assert (mention, *region) in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "The temple was built in 500 B.C. by the king.",
        "Coins from 200 B.C.E. were found.",
        "N.B. the office is closed on Mondays.",
    ],
)
def test_eras_and_notes_are_no_regions(text):
    assert _places(text) == []
