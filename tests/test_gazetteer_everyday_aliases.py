"""A country's alternative spelling that is an everyday English word is no alias.

Iceland's endonym folds to "Island", Thailand's short form is "Thai": as aliases they
made "Hawaii's Big Island" a mention of Iceland and "Thai food" one of Thailand.
Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods hit Hawaii's Big Island.", [("Hawaii", "US")]),
        ("Thai food is popular in Bangkok.", [("Bangkok", "TH")]),
        ("She flew to Iceland, then to Holland.", [("Iceland", "IS"), ("Holland", "NL")]),
    ],
)
def test_everyday_words_are_no_country_aliases(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_the_countryinfo_spellings_leave_out_everyday_words():
    from geo.gazetteer.sources import countryinfo_data, default_sources

    _, spellings = countryinfo_data(default_sources()["countryinfo"])
    assert "Island" not in spellings["IS"] and "Thai" not in spellings["TH"]
    assert "Holland" in spellings["NL"]  # an everyday name of the country, not a word
