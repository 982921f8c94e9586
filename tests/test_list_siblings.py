"""A list's names share one list of their indexes (:mod:`geo.text.list_siblings`): each
name's siblings are a view of it, read as the tuple of its partners within the reach,
and dropping mentions renumbers the list once; memory is one index a name (a tuple of
32 partners a name held 11 MB for a pasted list of 36,000 names)."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.text.list_siblings import ListNames, Siblings, list_siblings, renumber_siblings
from geo.text.tokens import Mention, without_mentions


def _tuples(group, reach):
    """The siblings as tuples, as they were made before (the oracle)."""
    return [(*group[max(0, at - reach) : at], *group[at + 1 : at + 1 + reach])
            for at in range(len(group))]


@given(st.integers(0, 60), st.integers(1, 5), st.lists(st.sets(st.integers(0, 70)),
                                                       max_size=3))
def test_views_read_as_the_tuples_through_drops(n, reach, drops):
    mentions = [Mention(2 * k, 2 * k + 1, f"n{k}", k, k) for k in range(n)]
    group = list(range(n))
    expected = {id(m): t for m, t in zip(mentions, _tuples(group, reach), strict=True)}
    for k, siblings in zip(group, list_siblings(group, reach), strict=True):
        mentions[k].siblings = siblings
    for drop in drops:
        kept = {i: j for j, i in enumerate(i for i in range(len(mentions)) if i not in drop)}
        for m in mentions:  # the renumbering as it was written for tuples
            expected[id(m)] = tuple(kept[i] for i in expected[id(m)] if i in kept)
        mentions = without_mentions(mentions, drop & set(range(len(mentions))))
    for m in mentions:
        got = m.siblings
        assert got == expected[id(m)] and tuple(got) == expected[id(m)]
        assert len(got) == len(expected[id(m)]) and bool(got) == bool(expected[id(m)])
        assert repr(got) == repr(expected[id(m)])
        assert got[:2] == expected[id(m)][:2]


def test_a_list_is_renumbered_once_for_all_its_names():
    calls = []

    class Counting(ListNames):
        __slots__ = ()

        def renumber(self, new):
            calls.append(1)
            super().renumber(new)

    names = Counting([0, 1, 2], reach=16)
    ms = [Mention(k, k + 1, "x", k, k, siblings=Siblings(names, k)) for k in range(3)]
    renumber_siblings(ms, {0: 0, 2: 1})
    assert len(calls) == 1 and [tuple(m.siblings) for m in ms] == [(1,), (0, 1), (0,)]


def test_siblings_given_as_a_tuple_are_renumbered_too():
    ms = [Mention(0, 1, "a", 0, 0, siblings=(2,)), Mention(2, 3, "b", 1, 1),
          Mention(4, 5, "c", 2, 2, siblings=(0,))]
    assert [m.siblings for m in without_mentions(ms, {1})] == [(1,), (0,)]


def test_a_view_compares_as_a_tuple():
    names = ListNames([3, 4], reach=16)
    assert Siblings(names, 0) == (4,) and (4,) == Siblings(names, 0)  # noqa: SIM300
    assert Siblings(names, 0) != (3,) and Siblings(names, 0) != [4]
    assert 4 in Siblings(names, 0) and 3 not in Siblings(names, 0)
    with pytest.raises(TypeError):
        hash(Siblings(names, 0))


@pytest.mark.gazetteer
def test_a_pasted_list_holds_one_index_a_name(gazetteer):
    from geo.text.containers import _SIBLING_REACH
    from geo.text.recognition import find_mentions

    n = 3_000
    text = "Shelling hit " + " and ".join(("Kharkiv", "Lyman")[i % 2] for i in range(n)) + "."
    mentions = find_mentions(text, gazetteer)
    assert len(mentions) == n
    lists = {id(m.siblings.names): m.siblings.names for m in mentions}
    assert len(lists) == 1  # one shared list
    held = sum(sys.getsizeof(m.siblings) for m in mentions) + sum(
        sys.getsizeof(names.indexes) for names in lists.values())
    assert held < 100 * n  # a tuple of 2 * 16 partners a name was over 300 bytes a name
    assert mentions[1500].siblings == (*range(1500 - _SIBLING_REACH, 1500),
                                       *range(1501, 1501 + _SIBLING_REACH))


def test_a_view_read_before_a_renumbering_reads_the_new_indexes_after_it():
    names = ListNames([3, 5, 8, 9], reach=1)
    view = Siblings(names, 1)
    assert view == (3, 8) and len(view) == 2  # read (and kept) before
    names.renumber({3: 1, 5: 2, 9: 4})  # the name at 8 dropped
    assert view == (1,) and list(view) == [1] and 1 in view and 4 not in view
    names.renumber({1: 0, 2: 1})
    assert view == (0,) and bool(view)
