"""The toponym stage's cheap gates and rewritten patterns answer as the plain ones do.

Speed work (issue 12) put a cheap test before some patterns and wrote others so that
``re`` can skip to their first letters in C; each must find exactly what the plain form
finds, on every kind of input: word starts, apostrophes, trailing newlines, non-ASCII.
"""

from __future__ import annotations

import re

import pytest

from geo.text import metonymy, region_after, unplaced_more

_WORD = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_NAME = rf"{_WORD}(?:[ \t]{_WORD}){{0,3}}"
#: The cue pattern of geo.text.unplaced_more as first written (``\b`` before the cue).
_PLAIN_AFTER_CUE = re.compile(
    rf"\b(?:near|(?:area|outskirts|vicinity)[ \t]+of)[ \t]+(?P<name>{_NAME})(?![\w'’-])"
)

_CUE_TEXTS = [
    "Fighting went on near Kyiv and in the area of Pokrovsk.",
    "xnear Kyiv; _near Lviv; 1near Sumy; énear Odesa; 'near Izium; -near Lyman",
    "near Kyiv",  # at the very start
    "the outskirts of Bakhmut, the vicinity  of\tAvdiivka, the area of  Toretsk",
    "nearby Kharkiv, the areas of Donetsk, the Near East, Vicinity of Foo",
    "near Kyiv-Sviatoshynskyi near Ho Chi Minh City near O'Hare",
    "anear near near Kyiv",
    "",
]


@pytest.mark.parametrize("text", _CUE_TEXTS)
def test_cue_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    fast = [m.span("name") for m in unplaced_more._AFTER_CUE.finditer(text)]
    plain = [m.span("name") for m in _PLAIN_AFTER_CUE.finditer(text)]
    assert fast == plain


def test_cue_pattern_needs_a_word_start() -> None:
    found = [m.group("name") for m in unplaced_more._AFTER_CUE.finditer(_CUE_TEXTS[1])]
    assert found == ["Izium", "Lyman"]  # after an apostrophe or a hyphen a word starts


@pytest.mark.parametrize(
    "before",
    ["said Radio Free ", "Radio Free \n", "Radio Free\t\n", "And ", "radio ", "Radio\n\n", "X", ""],
)
def test_preceded_by_name_gate_keeps_the_patterns_answer(before: str) -> None:
    m = re.search(r"([A-Z][\w’'-]*)[ \t]+$", before)
    plain = bool(m) and m.group(1).lower() not in ("and", "but")
    assert metonymy._preceded_by_name(before) == plain


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("toward Georgia's state line", 14, True),
        ("toward Georgia’s STATE troopers", 14, True),
        ("toward Georgia state line", 14, False),
        ("toward Georgia", 14, False),
        ("toward Georgia's state media", 14, False),
    ],
)
def test_state_possessive_gate(text: str, end: int, expected: bool) -> None:
    assert region_after.state_possessive(text, end) is expected
    assert (region_after._STATE_POSSESSIVE.match(text, end) is not None) is expected
