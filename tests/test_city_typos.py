"""A lone misspelling of a well-known city after a place preposition is the city
(geo.text.city_typos); a misspelt word elsewhere, or of a small town, is not.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.city_typos import _edits, _osa, city_typo
from geo.text.geoparse import geoparse


def places(text, gazetteer):
    """(surface, place name, country) of each resolved toponym, in text order."""
    return [
        (t.text, t.place.name, t.place.country_code)
        for t in geoparse(text, gazetteer)
        if t.place is not None
    ]


def test_edits_keep_the_first_letter_and_short_words_only_swap_drop_or_double():
    assert "kyiv" in _edits("kiyv")
    assert not any(e[0] != "k" for e in _edits("kiyv"))
    assert "kixv" not in _edits("kiyv")  # no changed letter in a short word
    assert "mariupol" in _edits("mariupl")  # a letter left out of a long one
    assert "zaporizhia" in _edits("zaporozhia")  # a changed letter in a long one


def test_osa_distance_counts_a_swap_as_one_edit():
    assert _osa("kiyv", "kyiv") == 1
    assert _osa("karkhiv", "kharkiv") == 2
    assert _osa("kyiv", "kyiv") == 0


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("Explosions were heard in Kiyv overnight.", "Kyiv", "UA"),
        ("Missiles flew to Karkhiv on Monday.", "Kharkiv", "UA"),
        ("Residents fled from Mariupl in March.", "Mariupol", "UA"),
        ("Power was cut in Dnipor after the strike.", "Dnipro", "UA"),
        ("Families fled from Kherosn by bus.", "Kherson", "UA"),
        ("Talks resumed in Istambul on Monday.", "Istanbul", "TR"),
        # "odesa" and "odessa" both one edit away: one city's names, no doubt
        ("Trains to Odesaa were cancelled.", "Odesa", "UA"),
    ],
)
def test_a_misspelt_well_known_city_after_a_preposition_is_the_city(gazetteer, text, name, cc):
    assert [(p[1], p[2]) for p in places(text, gazetteer)] == [(name, cc)]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Mr Kiyv said the talks went well.",  # no preposition: a surname
        "The delegation met Kiyv in the lobby.",
        "She moved to Berln last year.",  # a changed letter in a short word: not read
        "The depot is close to Parris Island and a hospital.",  # a longer name: no Paris
    ],
)
def test_a_misspelling_without_a_place_preposition_or_too_far_is_no_place(gazetteer, text):
    assert places(text, gazetteer) == []


@pytest.mark.gazetteer
def test_city_typo_takes_no_small_town_and_no_unclear_reading(gazetteer):
    assert city_typo(gazetteer, "kiyv")
    assert city_typo(gazetteer, "kyi") == []  # too short
    assert city_typo(gazetteer, "bakhmutt") == []  # Bakhmut: a town of the front, not a city
