"""The word gates before costly patterns (claims and spatial features) never change a match.

A gate is a necessary condition: every match of the pattern holds one of the gate's
words. Checked on generated text built from the patterns' own words, case variants and
the characters ``re.IGNORECASE`` equates with ASCII letters ("ſ", "İ", "ı", the Kelvin sign).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.text.claims import (
    answers,
    findings,
    interceptions,
    linking,
    negated_hits,
    post_headers,
    sides,
    statement_headers,
)
from geo.text.claims.gates import folded_holds, holds
from geo.text.spatial import directed

_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", ",", ".", "'", "’", "s", "S", "ſ", "İ", "ı", "\u212a", "a", "the", "The",
        "to", "TO", "not", "NOT", "no", "had", "been", "was", "were", "hit", "HIT", "Hit",
        "struck", "damaged", "ſunk", "destroyed", "intercepted", "INTERCEPTED", "shot", "down",
        "downed", "missile", "drones", "it", "said", "claims", "Claims", "reports", "by", "that",
        "are", "false", "FALSE", "untrue", "true", "lies", "a lie", "fabricated", "propaganda",
        "Our", "A", "Reuters", "’s", "analysis", "of", "footage", "found", "showed", "We",
        "in fact", "actually", "filmed", "has", "have", "fighting", "for", "more", "than", "15",
        "years", "decades", "since", "Since", "ince", "Telegram", "X", "VKontakte", "VK", "on",
        "post", "channel", ":", "north", "NORTH", "ſouth", "east", "-", "west", "of", "Kyiv",
        "Sudanese Armed Forces", "e", "i", "k", "K",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)

#: (pattern, gate words, whether the gate reads the folded text).
_GATES = [
    (findings._DEBUNK, findings._DEBUNK_GATE, False),
    (negated_hits._NEGATED_HIT, negated_hits._HIT_GATE, True),
    (negated_hits._NO_HIT, negated_hits._HIT_GATE, True),
    (interceptions._INTERCEPTED, interceptions._INTERCEPTED_GATE, True),
    (answers._HIT, answers._HIT_GATE, True),
    (linking._SINCE, ("ince",), False),
    (linking._FOR_YEARS, ("years", "decades"), False),
    (sides._OWNER_BEFORE, ("'", "’"), False),
]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 400))
@example("The claims by Kyiv that it was hit are ſalse", 0, 100)
@example("Claims that the base was hit are fabrications", 0, 100)
@example("the missile was INTERCEPTED", 0, 100)
@example("they said both missiles had been shot down", 0, 100)
@example("the ship was not ſunk", 0, 100)
@example("no Pakistani post had been destroyed", 0, 100)
@example("Reuters’s analysis of the footage showed; it was in fact filmed", 0, 100)
@example("they have been fighting for more than 15 decades. Since", 0, 100)
@example("the tanker was struck and sank", 0, 100)
@example("The Sudanese Armed Forces’ 6th ", 0, 100)
def test_a_match_holds_its_gate_word(text, start, length):
    end = min(len(text), start + length)
    for rx, words, fold in _GATES:
        for m in (rx.search(text, start, end), rx.match(text, start, end)):
            if m is not None:
                gate = folded_holds if fold else holds
                assert gate(text, start, end, words), (rx.pattern[:40], text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("Telegram channel of X:\nhe said")
def test_medium_gate(text):
    assert (post_headers._MEDIUM_HIT.search(text) is None) or (
        post_headers._ANY_MEDIUM.search(text) is not None
    )


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("to the north of Kyiv, TO  THE\nſouth-east of Sumy")
@example("xto the north of Kyiv, to the to the west of")
@example("the north of")
def test_direction_matches_are_the_patterns(text):
    def spans(ms):
        return [(m.span(), m.groupdict()) for m in ms]

    assert spans(directed._direction_matches(text)) == spans(directed._P_DIRECTION.finditer(text))


def test_gates_read_spans_only():
    assert holds("years ago", 0, 5, ("years",))
    assert not holds("years ago", 1, 9, ("years",))
    assert folded_holds("It was ſHOT down", 0, 16, ("shot",))
    assert not folded_holds("It was shot down", 0, 10, ("shot",))


def test_statement_header_gate_is_the_patterns_words():
    words = statement_headers._NOUN_GATE
    assert all(re.fullmatch(r"[a-z]+", w) for w in words)  # literals: a substring test is exact
    assert statement_headers._NOUN_WORDS.pattern == "|".join(words)
    text = "RAPID SUPPORT FORCES - OFFICIAL STATEMENT\nOur forces took the city."
    assert [h.source for h in statement_headers.statement_headers(text)] == ["Rapid Support Forces"]
    assert statement_headers.statement_headers("The army said it took the town.\n") == []
