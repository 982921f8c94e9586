"""Shared look-ups made cheaper give the answers they gave (issue 12, one process)."""

import json

import numpy as np
import pytest

from geo.gazetteer.lookups import RecordSearch
from geo.gazetteer.postings import SCANS_BEFORE_COUNTING, count_names
from geo.text.physical_table import PhysicalTable, index_rows

_ROWS = [
    {"name": "Tolva", "names": [], "kind": "island", "rank": 5, "lat": -5.0, "lon": 100.0},
    {"name": "Tolva", "names": [], "kind": "island", "rank": 6, "lat": 40.0, "lon": -30.0},
    {"name": "Kesh Desert", "names": [], "kind": "desert", "rank": 1, "lat": 25.0,
     "lon": 15.0, "bare": ["kesh"]},
    {"name": "Kesh", "names": ["Kesh Isle"], "kind": "island", "rank": 4, "lat": 1.0,
     "lon": 2.0},
    {"name": "Brannic Mountains", "names": [], "kind": "range", "rank": 2, "lat": 30.0,
     "lon": 40.0, "bare": ["brannics"]},
]


@pytest.mark.parametrize("name", ["Tolva", "TOLVA", "Kesh", "Brannics", "Kesh Isle",
                                  "Osterlia", "Brannic Mountains", "", "Tolva Isle"])
def test_named_or_bare_is_named_else_bare(name):
    table = PhysicalTable([json.dumps(r) for r in _ROWS], index_rows(_ROWS))
    assert table.named_or_bare(name) == (table.named(name) or table.bare(name))


def test_named_or_bare_prefers_the_full_name_over_the_bare_form():
    table = PhysicalTable([json.dumps(r) for r in _ROWS], index_rows(_ROWS))
    assert [f.kind for f in table.named_or_bare("Kesh")] == ["island"]  # not the desert
    assert [f.name for f in table.named_or_bare("Brannics")] == ["Brannic Mountains"]


def test_counting_names_at_once_gives_the_scans_counts():
    rng = np.random.default_rng(7)
    post = rng.integers(0, 50, size=2_000).astype(np.uint32)
    kept: dict = {}
    asked = [count_names(post, r, kept, k) for k, r in enumerate(range(-2, 60))]
    assert "all" in kept  # past the scans, every record was counted at once
    assert asked == [int(np.count_nonzero(post == r)) if r >= 0 else 0 for r in range(-2, 60)]


def test_a_few_records_are_counted_by_scanning():
    kept: dict = {}
    post = np.array([1, 1, 2], dtype=np.uint32)
    assert count_names(post, 1, kept, SCANS_BEFORE_COUNTING - 1) == 2
    assert kept == {}


class _Postings(RecordSearch):
    """The part of a gazetteer ``name_count`` reads: postings and named memos."""

    def __init__(self, post):
        self._post = post
        self._memos: dict = {}

    def memo(self, name):
        return self._memos.setdefault(name, {})


def test_name_count_is_the_same_before_and_after_counting_at_once():
    post = np.array([r % 37 for r in range(500)] + [5] * 9, dtype=np.uint32)
    gaz = _Postings(post)
    counts = [gaz.name_count(r) for r in range(3 * SCANS_BEFORE_COUNTING)]
    assert "all" in gaz.memo("name_counts")
    assert counts == [int(np.count_nonzero(post == r)) for r in range(3 * SCANS_BEFORE_COUNTING)]
    assert gaz.name_count(5) == counts[5]  # remembered


def test_only_words_that_open_a_name_are_tried_as_islands(monkeypatch):
    from geo.text import physical as physical_module
    from geo.text.physical import find_physical

    table = PhysicalTable([json.dumps(r) for r in _ROWS], index_rows(_ROWS))
    monkeypatch.setattr(physical_module, "physical_table", lambda: table)
    assert table.may_open_name("Tolva") and table.may_open_name("Kesh")
    assert table.may_open_name("Brannics") and table.may_open_name("Brannic")
    assert not table.may_open_name("Monday") and table.may_open_name("Tölva")  # tried
    spans = find_physical("Ferries sail on to Tolva. Monday was calm on Kesh Isle.")
    assert [(s.start, s.end, s.features[0].kind) for s in spans] == [
        (19, 24, "island"), (45, 54, "island")]
