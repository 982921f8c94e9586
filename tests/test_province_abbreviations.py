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
