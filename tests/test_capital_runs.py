"""A run of capitalised names is walked once (tester14: "Харків Суми ..." or "Kharkiv
District Sumy Raion ..." pasted 4,000 words long took minutes: each name of the run
re-walked and re-remembered the whole run)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geo.text import people
from geo.text.tokens import _Tokens


def _naive_run(tokens, text, i):
    at, n = tokens.at, len(tokens)
    a = b = i
    while a > 0 and at[a - 1].capitalized and text[at[a - 1].end : at[a].start] == " ":
        a -= 1
    while b + 1 < n and at[b + 1].capitalized and text[at[b].end : at[b + 1].start] == " ":
        b += 1
    return a, b


_WORDS = st.sampled_from(["Sumy", "Kharkiv", "the", "near", "Харків", "суми", "Raion", "X"])
_GAPS = st.sampled_from([" ", " ", " ", ", ", "  ", "\n", " - "])


@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=30), st.data())
def test_capital_run_is_the_walk_from_each_word(parts, data):
    text = "".join(w + g for w, g in parts)
    tokens = _Tokens(text)
    order = data.draw(st.permutations(range(len(tokens))))
    for i in order:  # asked in any order, the kept bounds are the walk's
        assert tokens.capital_run(i) == _naive_run(tokens, text, i)


def test_remembering_each_name_of_a_long_run_reads_the_run_once(gazetteer, monkeypatch):
    text = "Kharkiv District Sumy Raion " * 500
    tokens = _Tokens(text)
    calls = []
    real = people.is_region_name
    monkeypatch.setattr(people, "is_region_name", lambda g, w: calls.append(w) or real(g, w))
    not_places: set[str] = set()
    for i in range(len(tokens)):
        people.remember_chunk(tokens, i, i, text, gazetteer, not_places)
    assert len(calls) <= len(tokens)  # not len(tokens) ** 2
    assert {"district", "raion"} <= not_places
