"""Faster patterns find exactly what the slower ones find (folded, paragraph blocks)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import spatial
from geo.text.fold import FoldedPattern, folded, required_words

# Letters re.IGNORECASE equates with ASCII ones, other cased letters, "İ" that lower()
# makes two characters of, spaces, digits and punctuation the patterns read.
_ALPHABET = "aAiIkKsSnNeErRtTmMlL \t\n-’'0123456789.,İıſ\u212aÉéßΣς"
_TEXTS = st.text(alphabet=_ALPHABET, max_size=60) | st.sampled_from(
    ["Near KYIV", "within 10 KM of it", "ouTSKirts", "İn The Area Of", "5 \u212am", "1 ſmile"]
)


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", ["_UNIT_HIT", "_OUTSKIRTS_HIT", "_P_NEAR", "_P_BETWEEN"])
@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_same_matches_as_ignorecase(name, text):
    pattern = getattr(spatial, name)
    assert _spans(pattern.finditer(text)) == _spans(pattern.original.finditer(text))
    assert list(pattern.spans(text)) == [m.span() for m in pattern.original.finditer(text)]


@given(text=st.text(max_size=80))
def test_folded_keeps_offsets(text):
    low = folded(text)
    assert len(low) == len(text)
    for a, b in zip(text, low, strict=True):
        assert bool(re.match(r"\w", a)) == bool(re.match(r"\w", b))
        assert bool(re.match(r"\s", a)) == bool(re.match(r"\s", b))
        if b.isascii() and b.isalpha():
            assert re.fullmatch(b, a, re.IGNORECASE)


def test_kelvin_and_long_s():
    assert [m.group() for m in FoldedPattern(r"km|miles").finditer("5 \u212am, 3 ſ")] == ["\u212am"]
    assert folded("Iſ İt") == "is it"


@pytest.mark.parametrize("bad", [r"\S+", "Kyiv", r"(?i:near)", "café"])
def test_rejects_patterns_it_cannot_fold(bad):
    with pytest.raises(ValueError):
        FoldedPattern(bad)


_STATUS_WORDS = st.lists(
    st.sampled_from(
        [
            "DENIED",
            "denied",
            "has not",
            "confirmed",
            "verified",
            "could not be",
            "it",
            "Kyiv",
            "rejected the claims as",
            "false",
            "unverifıed",
            "reportedly",
            "ſaid to",
            "declined to",
            "comment",
            "was",
            "\u212aiev",
            " ",
            ", ",
            ". ",
            "“",
            "’t",
            "independently",
            "nor",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_STATUS_WORDS, cut=st.tuples(st.integers(0, 80), st.integers(0, 400)))
def test_status_patterns_same_matches_in_a_window(text, cut):
    from geo.text.claims.status import _FOLDED

    s, e = min(cut[0], len(text)), min(max(cut), len(text))
    for rx, fast in _FOLDED.items():
        assert _spans(fast.finditer(text, s, e)) == _spans(rx.finditer(text, s, e))


_DATE_WORDS = st.lists(
    st.sampled_from(
        [
            "Last",
            "WEEK",
            "weekend",
            "month",
            "earlier",
            "this",
            "the",
            "in",
            "YESTERDAY",
            "last night",
            "two",
            "3",
            "days",
            "ago",
            "a few",
            "ſix",
            "\u212a",
            "İn",
            "year",
            ",",
            "Today",
            "1234",
        ]
    ),
    max_size=20,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_DATE_WORDS, cut=st.tuples(st.integers(0, 40), st.integers(0, 200)))
def test_date_patterns_same_matches_in_a_window(text, cut):
    from geo.text import dates

    s, e = min(cut[0], len(text)), min(max(cut), len(text))
    for fast in (dates._REL_PERIOD, dates._REL_DAY, dates._REL_AGO):
        assert _spans(fast.finditer(text, s, e)) == _spans(fast.original.finditer(text, s, e))


@given(text=st.text(alphabet="ab \t\n.", max_size=40))
def test_paragraph_blocks_same_as_char_by_char(text):
    from geo.text.claims.segmentation import _BLOCK

    slow = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
    assert [m.span() for m in _BLOCK.finditer(text)] == [m.span() for m in slow.finditer(text)]


_BEFORE_WORDS = st.lists(
    st.sampled_from(
        [
            "installed",
            "BY",
            "by",
            "Talks",
            "with",
            "in",
            "the",
            "IN",
            "north",
            "accused",
            "called on",
            "ſanctions on",
            "Σ",
            "ΟΔΟΣ",
            "İn",
            "\u212a",
            "x",
            "-",
            "  ",
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_BEFORE_WORDS, cut=st.tuples(st.integers(0, 40), st.integers(0, 120)))
def test_metonymy_look_behinds_same_answer_on_folded_slices(text, cut):
    from geo.text import metonymy as mt

    a, s = min(cut[0], len(text)), min(max(cut), len(text))
    for fast in (mt._FAST_AGENT_OR_OBJECT, mt._FAST_LOCATIVE_BEFORE):
        assert bool(fast.fast.search(folded(text)[a:s])) == bool(fast.original.search(text[a:s]))


@settings(max_examples=200, deadline=None)
@given(
    text=_STATUS_WORDS.map(lambda t: t + " fighting CONTINUED, troops Withdrew, Captured"),
    cut=st.tuples(st.integers(0, 80), st.integers(0, 400)),
)
def test_answer_patterns_same_search_in_a_window(text, cut):
    from geo.text.claims import answers

    s, e = min(cut[0], len(text)), min(max(cut), len(text))
    for fast in (answers._F_CAPTURE, answers._F_CONTRADICTION, answers._F_CONCESSION):
        got, want = fast.search(text, s, e), fast.original.search(text, s, e)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


# Patterns whose search is gated by required_words (a substring test of the folded text).
def _gated():
    from geo.text import directions, front

    return {"war": front._WAR_FOLDED, "directions": directions._ANY_WORD}


@pytest.mark.parametrize("name", ["war", "directions"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_match_holds_a_required_word(name, data):
    """Each string the pattern matches (case-blind: generated from the original) holds one
    of the words the gate tests, once folded: the gate never refuses a match."""
    pattern = _gated()[name]
    assert pattern.needs, "a gated pattern with no words would search every text"
    text = data.draw(st.from_regex(pattern.original, fullmatch=True))
    assert any(w in folded(text) for w in pattern.needs), (text, pattern.needs)


_WAR_PIECES = st.sampled_from(
    ["troops", "TROOPS", "Shelling", "front line", "front-lines", "frontline", "in front of",
     "Glide  bombs", "glide", "armed\nforces", "army", "arMY", "armyworm", "paramilitary",
     "counteroffensive", "İnvasion", "ınvasion", "ſtruck", "strikes near", "strike", "near",
     "battles for", "heavy battle", "area", "Direction", "AXIS", "raions", "the", " ", "\n",
     "-", "é", "K", "x"]
)  # fmt: skip


@pytest.mark.parametrize("name", ["war", "directions"])
@settings(max_examples=300, deadline=None)
@given(text=st.lists(_WAR_PIECES, max_size=12).map("".join))
def test_occurs_in_answers_as_the_case_blind_search(name, text):
    pattern = _gated()[name]
    assert pattern.occurs_in(text) == (pattern.original.search(text) is not None)


def test_required_words_of_sequences_branches_and_repeats():
    assert required_words(r"\b(?:troops|shell(?:ed|ing)|(?:counter)?offensive)\b") == (
        "troops", "shell", "offensive")
    assert required_words(r"glide\s+bombs?") == ("glide",)
    assert required_words(r"x(?:abcd)+y") == ("abcd",)  # a repeat of at least once
    assert required_words(r"(?:abcd)*xy") == ()  # optional: nothing required
    assert required_words(r"\b(?:army|\w+s)\b") == ()  # a branch with no literal
    assert required_words(r"(?=abcd)\w+") == ()  # a look-ahead is not read
    assert required_words(r"[unclosed") == ()
    assert required_words(r"(?i:troops)|army") == ()  # a group with flags is not read
