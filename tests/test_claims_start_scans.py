"""Patterns tried only where their words begin, and word gates added for speed, never
change a match (issue 12: the claims stage's throughput).

Checked on generated text built from the patterns' own words, case variants and the
characters ``re.IGNORECASE`` equates with ASCII letters ("ſ", "İ", "ı", the Kelvin sign).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.text.claims import (
    debunks,
    findings,
    no_such,
    parties,
    post_bylines,
    sides,
    statement_denials,
)
from geo.text.claims.gates import folded_holds, holds, matches_from, tail_search
from geo.text.dates import feasts
from geo.text.fold import ascii_lowered

_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", ",", ".", ":", "-", "'", "’", "s", "S", "ſ", "İ", "ı", "\u212a", "a", "x",
        "the", "The", "post", "Post", "POST", "message", "Statement", "video", "Video", "address",
        "channel", "Channel", "thread", "Thread", "by", "from", "of", "easter", "christmas",
        "palm", "sunday", "good",
        "friday", "holy", "thu", "maundy", "whit", "trinity", "pentecost", "ascension",
        "independence", "new", "year", "clip", "CLIPS", "footage", "photograph", "image",
        "recording", "Our", "analysis", "found", "SHOWED", "reveals", "We", "claims", "Claims",
        "report", "that", "are", "false", "Verdict", "rating", "This", "story", "is", "fake",
        "RSF", "rapid", "support", "forces", "Kremlin", "Wagner", "ha", "mas",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 20), st.integers(0, 400))
@example("A post by X. Post from Y, apost by Z", 0, 100)
@example("video  address by the", 0, 100)
@example("Thread by X, posted on X", 0, 100)
def test_bylines_found_where_their_words_begin_are_the_patterns(text, start, length):
    end = start + length
    rx = post_bylines._BYLINE
    low = ascii_lowered(text)
    found = matches_from(rx, text, post_bylines._BYLINE_STARTS, low, start, end)
    assert [m.span() for m in found] == [m.span() for m in rx.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 20), st.integers(0, 400))
@example("newyear new year goodfriday good  friday holy thu", 0, 100)
@example("whitsunday easterchristmas", 3, 100)
def test_feast_words_found_where_they_begin_are_the_patterns(text, start, length):
    low = ascii_lowered(text)
    end = min(len(low), start + length)
    got = [m.span() for m in matches_from(feasts._NEED, low, feasts._NEED_STARTS, None, start, end)]
    assert got == [m.span() for m in feasts._NEED.finditer(low, start, end)]


def test_matches_from_is_finditer_for_overlapping_words():
    rx = re.compile(r"ab|ba")
    text = "abababa xba"
    assert [m.span() for m in matches_from(rx, text, ("ab", "ba"))] == [
        m.span() for m in rx.finditer(text)
    ]


#: (pattern, gate words, whether the gate reads the folded text).
_GATES = [
    (debunks._CLIP, debunks._CLIP_GATE, True),
    (findings._FINDING, findings._FIND_GATE, False),
    (statement_denials._NAMED_UNTRUE, statement_denials._NAMED_UNTRUE_GATE, True),
]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 400))
@example("Our analysis of the footage SHOWED it", 0, 100)
@example("Claims by Kyiv that it was hit are false", 0, 100)
@example("the ClipS were", 0, 100)
def test_a_match_holds_its_gate_word(text, start, length):
    end = min(len(text), start + length)
    for rx, words, fold in _GATES:
        for m in (rx.search(text, start, end), rx.match(text, start, end)):
            if m is not None:
                gate = folded_holds if fold else holds
                assert gate(text, start, end, words), (rx.pattern[:40], text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("the Rapid Support Forces")
@example("Hamas-run health ministry")
def test_named_party_is_the_first_of_the_table(text):
    first = next(((side, party) for rx, side, party in parties._PARTIES if rx.search(text)), None)
    assert parties.named_party(text) == first


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 400))
@example("There were no such discussions of it", 0, 100)
@example("THERE HAS BEEN NO PLAN", 0, 100)
def test_no_such_matches_hold_there_and_a_noun(text, start, length):
    end = min(len(text), start + length)
    if no_such._NO_SUCH.search(text, start, end) is not None:
        assert folded_holds(text, start, end, ("there",))
        assert folded_holds(text, start, end, no_such._NO_SUCH_NOUNS)


_RUNS = st.lists(
    st.sampled_from(["the", "The", "a", "An", "state", "broad-caster", "it’s", "RTB", ".", ",",
                     "Sudanese", "Armed", "Forces’", "Forces's", "6th", "12", "s"]),
    max_size=12,
)


@settings(max_examples=400, deadline=None)
@given(_RUNS, st.lists(st.sampled_from([" ", "  ", "\n", "\t", ""]), min_size=12, max_size=12),
       st.integers(0, 6), st.integers(0, 200))  # fmt: skip
@example(["The", "junta-controlled", "state", "broadcaster"], [" "] * 12, 0, 200)
@example(["The", "Sudanese", "Armed", "Forces’", "6th"], [" "] * 12, 0, 200)
def test_searches_anchored_at_the_end_start_at_their_last_runs(words, gaps, start, end):
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    end = min(end, len(text))
    for rx, runs in ((sides._LEAD, 5), (sides._NAMED_BEFORE, 4), (sides._OWNER_BEFORE, 6)):
        a, b = rx.search(text, start, end), tail_search(rx, text, start, end, runs)
        assert (a and a.span()) == (b and b.span())
