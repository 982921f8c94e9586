"""Degenerate runs stay linear: no stage re-reads a long run for every piece of it."""

from __future__ import annotations

import re

import pytest

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


_NAMES = ("Sumy", "Kyiv", "Lviv", "Odesa", "Kharkiv", "Dnipro", "Poltava", "Chernihiv")


@pytest.mark.gazetteer
def test_a_long_list_gives_each_name_a_bounded_number_of_siblings(gazetteer):
    """A list of 400 names: each name's list partners are those near it, not all 399
    (reading them for every name was quadratic: 61 s for 10,000 names)."""
    from geo.text.containers import _SIBLING_REACH
    from geo.text.recognition import find_mentions

    text = "Shelling hit " + ", ".join(_NAMES[i % 8] for i in range(400)) + "."
    mentions = find_mentions(text, gazetteer)
    assert len(mentions) == 400
    assert max(len(m.siblings) for m in mentions) == 2 * _SIBLING_REACH
    middle = mentions[200].siblings
    assert middle == (*range(200 - _SIBLING_REACH, 200), *range(201, 201 + _SIBLING_REACH))
    # a list as people write it keeps every name as each one's sibling
    short = find_mentions("Shelling hit " + ", ".join(_NAMES) + ".", gazetteer)
    assert all(len(m.siblings) == len(_NAMES) - 1 for m in short)


@pytest.mark.gazetteer
def test_a_long_plural_region_list_gives_features_of_bounded_span(gazetteer):
    """"the A, B, ... regions" with 200 names: a region feature of the list spans the
    whole phrase, so only the last names (a bounded number) are read as that list; the
    output no longer grows with the square of the list (each name is still a region)."""
    import geo
    from geo.text.spatial.regions import _MAX_LIST

    names = ", ".join(_NAMES[i % 8] for i in range(200))
    analysis = geo.analyze(f"Strikes hit the {names} and Zhytomyr regions.",
                           gazetteer=gazetteer)
    regions = [f for f in analysis.features if f.kind == "region"]
    spanning = [f for f in regions if "," in f.text]  # read as one list: the whole phrase
    assert 2 <= len(spanning) <= _MAX_LIST
    assert max(len(f.text) for f in regions) < 20 * _MAX_LIST
    short = geo.analyze("Strikes hit the Sumy, Kharkiv and Chernihiv regions.",
                        gazetteer=gazetteer)
    assert len([f for f in short.features if f.kind == "region"]) == 3
