"""Faster patterns find exactly what the slower ones find (folded, paragraph blocks)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import spatial
from geo.text.fold import FoldedPattern, folded

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
