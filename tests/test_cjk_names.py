"""A name in Chinese, Japanese or Korean letters inside an English text is looked up as
a capitalised name is (geo.text.cjk_names); a text in those scripts is not read word by
word so. Texts written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.name if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials in 北京 said nothing about the talks.", [("北京", "Beijing")]),
        ("Protests spread in 東京 and Київ on Sunday.", [("東京", "Tokyo"), ("Київ", "Kyiv")]),
        ("Flights from 서울 to Kyiv were cancelled.", [("서울", "Seoul"), ("Kyiv", "Kyiv")]),
        # A large city's own name needs no place preposition, and ends a sentence with its
        # dot (no abbreviation); a short line may quote a list joined by CJK commas.
        ("Flooding hit 上海 overnight.", [("上海", "Shanghai")]),
        ("Rain hit 广州.", [("广州", "Guangzhou")]),
        ("Protests were held in 北京，上海 and 广州.",
         [("北京", "Beijing"), ("上海", "Shanghai"), ("广州", "Guangzhou")]),
        ("Traffic was heavy between 東京、大阪 and 名古屋.",
         [("東京", "Tokyo"), ("大阪", "Osaka"), ("名古屋", "Nagoya")]),
        # Hebrew has no capitals either; its words are longer.
        ("Rockets were fired at חיפה overnight.", [("חיפה", "Haifa")]),
        ("Pilgrims reached ירושלים and חיפה on Friday.",
         [("ירושלים", "Jerusalem"), ("חיפה", "Haifa")]),
    ],
)
def test_a_cjk_name_in_english_text_is_found(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_cjk_heads_only_in_a_latin_text():
    from geo.text.cjk_names import cjk_heads
    from geo.text.tokens import _Tokens

    english = "Officials in 北京 said nothing."
    assert cjk_heads(english, _Tokens(english)) == [2]
    korean = "서울 시장 은 오늘 발표 했다"  # a Korean text: its words are not names
    assert cjk_heads(korean, _Tokens(korean)) == []
    assert cjk_heads("No such letters here.", _Tokens("No such letters here.")) == []
    hebrew = "היום בירושלים יש גשם כבד והרחובות מוצפים"  # a Hebrew text: not word by word
    assert cjk_heads(hebrew, _Tokens(hebrew)) == []
    quoted = "Pilgrims reached ירושלים on Friday."
    assert cjk_heads(quoted, _Tokens(quoted)) == [2]
