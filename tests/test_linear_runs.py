"""Degenerate runs stay linear: no stage re-reads a long run for every piece of it."""

from __future__ import annotations

import re

from geo.text.claims import tokens
from geo.text.claims.segmentation import MAX_SENTENCE, split_sentences
from geo.text.claims.tokens import RUN_LIMIT, tokenize, tokenize_between


class _CountingPattern:
    """A compiled pattern that adds up how many characters its ``finditer`` may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        stop = len(text) if endpos is None else min(endpos, len(text))
        self.read += stop - pos
        return self.pattern.finditer(text, pos, stop)


def _read_for_sentences(text: str, monkeypatch) -> int:
    counting = _CountingPattern(tokens._TOKEN)
    monkeypatch.setattr(tokens, "_TOKEN", counting)
    for sent in split_sentences(text):
        tokenize_between(text, sent.start, sent.end)
    return counting.read


def test_one_long_run_is_read_a_bounded_width_per_piece(monkeypatch):
    # One run of a single character, cut into MAX_SENTENCE pieces: the old code re-read
    # the rest of the run after every piece (quadratic: ~n^2 / 3000 characters).
    for char in ("x", "7", "-", "Ж"):
        text = char * 200_000
        pieces = len(split_sentences(text))
        read = _read_for_sentences(text, monkeypatch)
        assert read <= pieces * (MAX_SENTENCE + RUN_LIMIT)


def test_reading_grows_linearly_with_the_run(monkeypatch):
    small = _read_for_sentences("ab1" * 30_000, monkeypatch)
    large = _read_for_sentences("ab1" * 120_000, monkeypatch)
    assert large <= 4.5 * max(small, 1)


def test_a_window_ending_inside_a_run_is_what_the_whole_text_gives():
    # A run that ends within RUN_LIMIT of the window's end is read as on the whole text.
    cases = [
        ("It cost 5,000 rebels' lives", 0, 10),
        ("Kyiv said. Moscow denied it.", 11, 28),
        ("the U.S.-backed forces", 0, 9),
        ("rebels' camp", 0, 6),
        ("x" * 40 + " y", 0, 20),
        ("5,000,000 dead", 0, 4),
    ]
    for text, start, end in cases:
        whole = [t for t in tokenize(text) if start <= t.start and t.end <= end]
        assert tokenize_between(text, start, end) == whole, (text, start, end)


def test_long_run_windows_give_tokens_inside_the_window():
    text = "x" * 10_000 + " Sumy."
    for sent in split_sentences(text):
        toks = tokenize_between(text, sent.start, sent.end)
        assert all(sent.start <= t.start < t.end <= sent.end for t in toks)
