"""A name's gloss in Arabic (or another) script, alone in brackets after a name of the
same place, is that place (bug case r32-43); a bracketed word naming another place or
none, or opening a longer bracket, is not."""

from __future__ import annotations

import pytest

from geo.gazetteer.lookups import Candidate
from geo.gazetteer.normalize import normalize
from geo.text.cjk_names import arabic_heads, glosses
from geo.text.tokens import _Tokens

_RECORDS = {"cairo": 1, normalize("القاهرة"): 1, "rabak": 2, normalize("ربك"): 3}


class _Gaz:
    def lookup_normalized(self, key):
        return [Candidate(_RECORDS[key], 0)] if key in _RECORDS else []


def test_a_gloss_of_the_name_before_may_start_a_name():
    text = "Crowds in Cairo (القاهرة) said"
    assert arabic_heads(text, _Tokens(text), _Gaz()) == [3]
    assert glosses(text, 17, 24, _Gaz())


def test_a_bracketed_arabic_name_of_another_place_or_none_starts_none():
    for text in ("Rabak (ربك) is a town", "The group (القاهرة) said", "He wrote القاهرة down"):
        assert arabic_heads(text, _Tokens(text), _Gaz()) == []
    assert (
        arabic_heads("Crowds in Cairo (القاهرة) said", _Tokens("Crowds in Cairo (القاهرة) said"))
        == []
    )


def test_the_first_word_of_a_longer_arabic_bracket_starts_no_name():
    text = 'a quarter called "Blue City" (المدينة الزرقاء) in Barka'
    assert arabic_heads(text, _Tokens(text), _Gaz()) == []


@pytest.mark.gazetteer
def test_the_gloss_resolves_to_the_place_it_glosses():
    from geo import analyze

    text = "Crowds gathered in Cairo (القاهرة) after prayers. The group (حلب) said."
    names = [(t.text, t.place.geonameid) for t in analyze(text).toponyms]
    assert names == [("Cairo", 360630), ("القاهرة", 360630)]


@pytest.mark.gazetteer
def test_short_glosses_of_large_cities_are_kept():
    from geo import analyze

    text = "Shelling hit Aleppo (حلب) and Homs (حمص)."
    assert [t.place.name for t in analyze(text).toponyms] == ["Aleppo", "Aleppo", "Homs", "Homs"]
