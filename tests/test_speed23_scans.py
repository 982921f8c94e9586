"""Session 23's rewritten scans find exactly what the patterns as first written find.

Speed work (issue 12): patterns that opened with a look-behind (tried by ``re`` at every
character) now open with their first letters, and some searches run only behind a
cheap necessary condition; each is compared here with its plain form on the edges
(word starts, apostrophes, hyphens, the text's start, trailing newlines, tabs, case).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import clubs, foreign_streets, physical, unplaced_more
from geo.text.claims import named_accounts, named_objects
from geo.text.claims.gates import matches_from

_PLAIN_CLUB_START = re.compile(
    rf"(?<![\w.&-])(?:(?P<any>{clubs._ABBREVIATIONS})|(?:{clubs._CLUB_WORDS}))[ \t]+(?=[A-Z])"
)
_PLAIN_ALONE = re.compile(r"(?<![\w'’\-])[A-Z][a-z]+(?![\w\-]|['’](?!s\b))")
_PLAIN_AFTER_CUE = re.compile(
    unplaced_more._AFTER_CUE.pattern.replace(
        r"R(?<!\wR)esidents[ \t]+of|r(?<!\wr)esidents[ \t]+of", r"(?<!\w)[Rr]esidents[ \t]+of"
    )
)

_TEXTS = [
    "Fans of FC Porto cheered; Real Madrid beat Inter Milan 2-1 and Dynamo Kyiv drew.",
    "x-FC Lviv, .Real Madrid, &AC Milan, AFC Bournemouth, Internazionale Milano, FC\tPorto",
    "FC Porto",  # at the very start
    "Residents of Kupiansk, the residents of Izium, XResidents of Lyman, _residents of Sumy",
    "residents of Bakhmut\nRESIDENTS of Kyiv; residents  of\tAvdiivka; 'Residents of Toretsk",
    "On Oahu, home to Honolulu; O'Hare's Buru-Island; Java's coast; d'Sumatra xJava",
    "Near Kyiv, crossed into Renk, fled to Sudan, returned to Malaya Loknya, toward Stupochky",
    "AC Milan\nReal  Madrid\tReal\nMadrid Borussia Dortmund Wisła Kraków Atlético Madrid",
    "",
]
_ALPHABET = st.sampled_from(
    ["FC ", "Real ", "Inter ", "Residents of ", "residents of ", "near ", "Kyiv", "Oahu", " ",
     "\t", "\n", "-", ".", "&", "'", "’", "x", "A", "Java", "s", "Madrid", "rue de ", "Rue ",
     "Via ", "a ", "confirming the ", "Kyiv's ", "claim.", "backs up "]
)
_GENERATED = st.lists(_ALPHABET, max_size=14).map("".join)


def _club_starts(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], bool]]:
    if "any" in rx.groupindex:
        return [(m.span(), m.group("any") is not None) for m in rx.finditer(text)]
    return [(m.span(), m.group("word") in clubs._ANY_CONTEXT) for m in rx.finditer(text)]


def _same_scans(text: str) -> None:
    assert _club_starts(clubs._CLUB_START, text) == _club_starts(_PLAIN_CLUB_START, text)
    assert [m.span() for m in physical._ALONE.finditer(text)] == [
        m.span() for m in _PLAIN_ALONE.finditer(text)
    ]
    assert [m.span("name") for m in unplaced_more._AFTER_CUE.finditer(text)] == [
        m.span("name") for m in _PLAIN_AFTER_CUE.finditer(text)
    ]
    assert [m.span() for m in matches_from(
        named_accounts._NAMED, text, named_accounts._NAMED_STARTS)] == [
        m.span() for m in named_accounts._NAMED.finditer(text)
    ]
    for start in range(len(text) + 1):
        before = text[max(0, start - 20) : start]
        parts = before.rsplit(None, 1)
        lo = len(parts[0]) if len(parts) > 1 else 0
        for rx in (clubs._BEFORE_ANY, clubs._BEFORE_SPORT):
            plain, fast = rx.search(before), rx.search(before, lo)
            assert (plain and plain.span()) == (fast and fast.span())
        plain_street = foreign_streets.street_before(text, max(0, start - 60), start)
        gated = foreign_streets.in_foreign_street(text, start, start, "")
        assert gated == plain_street


@pytest.mark.parametrize("text", _TEXTS)
def test_rewritten_scans_find_what_the_plain_ones_find(text: str) -> None:
    _same_scans(text)


@settings(max_examples=300, deadline=None)
@given(_GENERATED)
def test_rewritten_scans_on_generated_texts(text: str) -> None:
    _same_scans(text)


def test_club_words_keep_their_context() -> None:
    found = [(m.group("word"), m.group("word") in clubs._ANY_CONTEXT)
             for m in clubs._CLUB_START.finditer(_TEXTS[1])]
    assert found == [("AFC", True), ("Internazionale", False), ("FC", True)]


@pytest.mark.parametrize(
    ("reaction", "held"),
    [
        ("Moscow rejected the accusations", True),
        ("Moscow DISMISSED THOSE REPORTS outright", True),
        ("Kyiv called such claims lies", True),
        ("Moscow rejected the accusation", False),  # the pattern wants the plural
        ("the ministry said nothing", False),
    ],
)
def test_generic_object_gate_is_necessary(reaction: str, held: bool) -> None:
    found = named_objects._GENERIC_OBJECT.search(reaction) is not None
    gate = any(w in reaction.lower() for w in named_objects._GENERIC_NOUNS)
    assert found == held
    assert gate or not found
