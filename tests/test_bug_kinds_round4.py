"""Kinds of round 4 of the bug cases (eval/bugs, ids r4-): each test text is written
for these tests, in other words and with other places than the cases.

- a spatial preposition ("above", "below", "beyond") as a place's cue for a small village;
- a saint's street ("Saint Anne Street") as no place, a saint's town kept;
- a street's name after a house number and a compass letter, its word left out;
- a town and its country without a comma ("Narvik Norway"), in capitals and lower case;
- a caseless text: a foreign compass word ("nord") is no region, a rare word after
  "from"/"to" naming a town of some size is the town.
"""

import pytest

from geo.text.name_bodies import named_thing
from geo.text.tokens import Mention, _norm, _Tokens

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avalanche risk is high above Zermatt this week.", [("Zermatt", "CH")]),
        ("The trail runs below Chamonix to the river.", [("Chamonix", "FR")]),
    ],
)
def test_a_spatial_preposition_cues_a_village(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A tree fell on Saint Anne Street during the night.",
        "Shops on Saint Michael Street reopened on Monday.",
    ],
)
def test_a_saints_street_is_no_place(gazetteer, text):
    assert places(gazetteer, text) == []


def test_a_saints_large_town_stays_a_place(gazetteer):
    assert places(gazetteer, "Fans gathered in St. Louis on Sunday.") == [("St. Louis", "US")]


def _thing(text: str, name: str) -> str | None:
    tokens = _Tokens(text)
    s = text.index(name)
    e = s + len(name)
    first, last = tokens.starts.index(s), tokens.ends.index(e)
    key = " ".join(_norm(w) for w in tokens.words[first : last + 1])
    m = Mention(s, e, key, first, last)
    k = named_thing(text, tokens, m)
    return None if k < 0 else text[m.start : tokens.ends[k]]


@pytest.mark.parametrize(
    ("text", "name", "thing"),
    [
        ("Mail it to 418 S. Denver, Tulsa, by noon.", "Denver", "Denver"),
        ("Send it to 12 E Madison, Seattle.", "Madison", "Madison"),
        ("In 2019 Denver, a city of 700,000, grew.", "Denver", None),
        ("She moved to Denver, Colorado.", "Denver", None),
    ],
)
def test_a_street_after_a_house_number_and_compass_letter(text, name, thing):
    assert _thing(text, name) == thing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We flew to Narvik Norway in March.", [("Narvik", "NO"), ("Norway", "NO")]),
        ("ferries from bergen norway to the islands", [("bergen", "NO"), ("norway", "NO")]),
        ("Boats left Tromso Norway at dawn.", [("Tromso", "NO"), ("Norway", "NO")]),
    ],
)
def test_a_town_and_its_country_without_a_comma(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_a_foreign_compass_word_in_a_caseless_text_is_no_region(gazetteer):
    assert places(gazetteer, "traffic on boulevard pie-ix nord, montreal") == [("montreal", "CA")]


def test_a_rare_word_after_a_cue_in_a_caseless_text_is_a_town(gazetteer):
    assert places(gazetteer, "drove from trapani to palermo today") == [
        ("trapani", "IT"),
        ("palermo", "IT"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd gathered on the Rue de Lyon in Marseille.", [("Marseille", "FR")]),
        ("Shops on avenue Victor-Hugo in Nantes were shut.", [("Nantes", "FR")]),
        ("The bus crashed on Calle de Toledo in Madrid.", [("Madrid", "ES")]),
        ("Protesters filled Piazza Venezia and then Via Milano in Rome.", [("Rome", "IT")]),
    ],
)
def test_a_street_named_the_romance_way_is_no_place(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flights via Vienna were cancelled.", [("Vienna", "AT")]),
        ("Via Vienna, the train reaches Budapest.", [("Vienna", "AT"), ("Budapest", "HU")]),
        ("The talks took place Monday in Geneva.", [("Geneva", "CH")]),
    ],
)
def test_via_and_place_in_english_stay_words(gazetteer, text, expected):
    assert places(gazetteer, text) == expected
