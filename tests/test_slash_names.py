"""One place written two ways with a slash between ("Biel/Bienne"): one toponym
(geo.text.slash_names).  Every text here is written for these tests."""

import pytest

from geo.gazetteer.lookups import Candidate
from geo.text.slash_names import join_slashed
from geo.text.tokens import Mention


def _m(start, end, key, first, records):
    return Mention(start, end, key, first, first, candidates=[Candidate(r, 0) for r in records])


def test_two_spellings_of_one_place_are_one_mention():
    text = "Trains to Aa/Bb ran."
    a, b = _m(10, 12, "aa", 2, [7, 1]), _m(13, 15, "bb", 3, [3, 1])
    (joined,) = join_slashed(text, [a, b])
    assert (joined.start, joined.end, joined.last) == (10, 15, 3)
    assert [c.record for c in joined.candidates] == [1]  # the place both can name


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Trains to Aa/Bb ran.", [2]),  # two places
        ("Trains to Aa / Bb ran.", [1]),  # spaces: a list, not one name
        ("Trains to Aa, Bb ran.", [1]),
    ],
)
def test_other_pairs_stay_two(text, second):
    s = text.index("Bb")
    a, b = _m(10, 12, "aa", 2, [1]), _m(s, s + 2, "bb", 3, second)
    assert len(join_slashed(text, [a, b])) == 2


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trains to Biel/Bienne were cancelled.", [("Biel/Bienne", "CH")]),
        ("Flights to Kyiv/Kiev resumed.", [("Kyiv/Kiev", "UA")]),
        ("Shelling hit Kyiv/Odesa overnight.", [("Kyiv", "UA"), ("Odesa", "UA")]),
    ],
)
def test_slashed_names_in_text(gazetteer, text, expected):
    from geo.text.geoparse import geoparse

    got = [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]
    assert got == expected
