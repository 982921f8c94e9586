"""Cheap tests before costly patterns of the toponym stage keep every match: each gate is a
necessary condition of its pattern (the metonymy look-behinds, the caseless-text test of
``restore_case``, the "yo" spelling of the gazetteer's look-ups), checked at its edges and
on generated texts made of the patterns' own words."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.gazetteer.transliterate import e_for_yo
from geo.text.casing import _ACRONYM_OR_I, _CAPITALISED, _lowered
from geo.text.left_places import LEAVING
from geo.text.metonymy import (
    _AGENT_LAST,
    _FAST_AGENT_OR_OBJECT,
    _FAST_LOCATIVE_BEFORE,
    _LOCATIVE_LAST,
)


def test_the_leaving_words_are_plain_words():
    # _LOCATIVE_LAST reads LEAVING as words: a pattern there would need another gate.
    assert re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", LEAVING)


@pytest.mark.parametrize(
    "before",
    [
        "installed by ",
        "sanctions against ",
        "appealed to\n",
        "talks with\t",
        "the approval of ",
        "he accused ",
        "they fled ",
        "fighting near the ",
        "troops left  ",
        "forces north ",
        "talks\twith ",
        "the mayor ",
        "",
    ],
)
def test_a_window_the_patterns_match_ends_with_a_gate_word(before):
    low = before.lower()
    if _FAST_AGENT_OR_OBJECT.fast.search(low):
        assert low.rstrip().endswith(_AGENT_LAST)
    if _FAST_LOCATIVE_BEFORE.fast.search(low):
        assert low.rstrip().endswith(_LOCATIVE_LAST)


_WORDS = st.sampled_from(
    [
        "installed", "by", "sanctions", "against", "on", "appealed", "to", "talks", "with",
        "approval", "of", "from", "accused", "pressure", "support", "for", "aid", "arms",
        "fled", "fleeing", "left", "near", "the", "north", "via", "across", "mayor", "army",
        "called", "calls", "dialogue", "rejection", "told", "convinced", "towards",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\t", "\n", ", ", "-", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=8))
def test_no_metonymy_gate_refuses_a_window_its_pattern_matches(pieces):
    low = "".join(w + g for w, g in pieces)
    if _FAST_AGENT_OR_OBJECT.fast.search(low):
        assert low.rstrip().endswith(_AGENT_LAST)
    if _FAST_LOCATIVE_BEFORE.fast.search(low):
        assert low.rstrip().endswith(_LOCATIVE_LAST)


@pytest.mark.parametrize(
    "text",
    [
        "which US states border mexico",
        "i went to cyprus and the UK",
        "The US said so",
        "NATO met in brussels. Then it left",
        "USa and UKraine",
        "i",
        "",
    ],
)
def test_a_capital_before_a_small_letter_means_the_text_is_not_lower_case(text):
    lowered = _ACRONYM_OR_I.sub(_lowered, text).islower()
    assert not (lowered and _CAPITALISED.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbBiIuUsSkK \n.'-", max_size=20))
def test_no_caseless_text_holds_a_capitalised_word(text):
    if _ACRONYM_OR_I.sub(_lowered, text).islower():
        assert _CAPITALISED.search(text) is None


@given(st.text(alphabet="yoeakrvsz ", max_size=16))
def test_a_yo_spelling_needs_a_yo(name):
    if e_for_yo(name):
        assert "yo" in name


_SOURCE_WORDS = st.sampled_from(
    ["according", "ACCORDING", "to", "the", "The", "spokesman", "daily", "Mayor", "aide",
     "portal", "said", "outlet", "tabloid", "Ambassador", "cited", "by"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_SOURCE_WORDS, _GAPS), max_size=6))
def test_no_false_place_gate_refuses_a_window_its_pattern_matches(pieces):
    from geo.text.false_places import _ACCORDING, _TITLE, _TITLE_WORDS
    from geo.text.fold import folded

    text = "".join(w + g for w, g in pieces) + "Kyiv"
    start = len(text) - 4
    before = folded(text)[max(0, start - 30) : start].rstrip()
    if _ACCORDING.search(text, max(0, start - 30), start):
        assert before.endswith(("to", "the"))
    if _TITLE.search(text, max(0, start - 20), start):
        assert before.endswith(_TITLE_WORDS)
