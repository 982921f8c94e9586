"""A name's gloss in Arabic script, in brackets after its Latin name, is the same place
(bug case r32-43); a bracketed Arabic word no gazetteer name is stays no place."""

from __future__ import annotations

import pytest

from geo.text.cjk_names import arabic_heads
from geo.text.tokens import _Tokens


def test_an_arabic_word_opening_a_bracket_may_start_a_name():
    text = "Crowds in Cairo (القاهرة) and (غزة) said"
    assert arabic_heads(text, _Tokens(text)) == [3, 5]


def test_an_arabic_word_elsewhere_in_a_latin_text_starts_none():
    text = "He wrote القاهرة on the wall"
    assert arabic_heads(text, _Tokens(text)) == []


@pytest.mark.gazetteer
def test_the_gloss_resolves_to_the_place_it_glosses():
    from geo import analyze

    text = "Crowds gathered in Cairo (القاهرة) after prayers. The group (والله) said."
    names = [(t.text, t.place.geonameid) for t in analyze(text).toponyms]
    assert names == [("Cairo", 360630), ("القاهرة", 360630)]


@pytest.mark.gazetteer
def test_a_short_gloss_of_a_large_city_is_kept_a_short_alternate_name_alone_is_not():
    from geo import analyze

    text = "Shelling hit Aleppo (حلب) and Homs (حمص)."
    assert [t.place.name for t in analyze(text).toponyms] == ["Aleppo", "Aleppo", "Homs", "Homs"]


def test_the_first_word_of_a_longer_arabic_bracket_starts_no_name():
    text = 'a quarter called "Blue City" (المدينة الزرقاء) in Barka'
    assert arabic_heads(text, _Tokens(text)) == []
