"""Every name of a list closed by "counties" or "parishes" is a county, also the names
recognition passes over alone: an everyday word or a given name ("Love", "Swift",
"Hall") or no place of the gazetteer ("Wilkin", "Weld").

Every text here is written for these tests (US local-news style).
"""

import pytest

from geo.text import plural_counties
from geo.text.tokens import Mention, _Tokens

_COUNTIES = {"love county": ["LOVE-OK"], "cooke county": ["COOKE-TX"],
             "winn parish": ["WINN-LA"], "ohio county": ["OHIO-KY"]}


class _Gaz:
    """A stand-in gazetteer: the counties of a few names."""

    def lookup_normalized(self, key):
        return list(_COUNTIES.get(key, []))


@pytest.fixture
def stub(monkeypatch):
    monkeypatch.setattr(plural_counties, "is_region_name", lambda gaz, norm: norm == "ohio")
    return _Gaz()


def _added(text, stub, mentions=()):
    found = plural_counties.plural_county_names(text, _Tokens(text), list(mentions), stub)
    return [(text[m.start : m.end], m.key, m.candidates, m.first, m.last) for m in found]


def test_uncovered_names_of_the_list_become_counties(stub):
    text = "Rain fell on Cooke, Grayson and Love counties."
    grayson = Mention(20, 27, "grayson", 4, 4)
    assert _added(text, stub, [grayson]) == [
        ("Cooke", "cooke county", ["COOKE-TX"], 3, 3),
        ("Grayson", "grayson", [], 4, 4),
        ("Love", "love county", ["LOVE-OK"], 6, 6),
    ]


def test_parishes_and_capitalised_plurals(stub):
    assert [k for _, k, *_ in _added("in Natchitoches and Winn Parishes", stub)] == [
        "winn parish"
    ]


def test_no_list_no_county(stub):
    # One name before "counties" is no list; a text without the word is left alone.
    assert _added("Love counties its blessings.", stub) == []
    assert _added("Cooke and Love are friends.", stub) == []


def test_a_state_before_counties_stays_the_state(stub):
    # "the Ohio and Love counties": the state's name is no county of the list.
    assert [k for _, k, *_ in _added("the Ohio and Love counties", stub)] == ["love county"]


@pytest.mark.gazetteer
def test_everyday_and_unknown_names_in_a_county_list(gazetteer):
    from geo.text.geoparse import geoparse

    text = (
        "Storms knocked out power in Cooke, Grayson and Love counties, and crews from "
        "Larimer and Weld counties were sent south."
    )
    found = [(t.text, t.place.name, t.place.admin1_code) for t in geoparse(text, gazetteer)
             if t.place is not None]
    assert found == [
        ("Cooke", "Cooke County", "TX"),
        ("Grayson", "Grayson County", "TX"),
        ("Love", "Love County", "OK"),
        ("Larimer", "Larimer County", "CO"),
        ("Weld", "Weld County", "CO"),
    ]


@pytest.mark.gazetteer
def test_capitalised_counties_make_the_first_name_a_county_too(gazetteer):
    from geo.text.geoparse import geoparse

    text = "The plant draws workers from Montgomery and Miami Counties in Ohio."
    found = [(t.text, t.place.name, t.place.kind) for t in geoparse(text, gazetteer)
             if t.place is not None]
    assert found[:2] == [
        ("Montgomery", "Montgomery County", "admin2"),
        ("Miami", "Miami County", "admin2"),
    ]
