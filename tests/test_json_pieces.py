"""``dumps_json`` with an indent: the same text as ``json.dumps``, a bounded piece at a time."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from geo._json import _strict, dumps_json, iter_json

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=40) | st.dictionaries(st.text(max_size=4), inner, max_size=40)
    ),
    max_leaves=300,
)


@settings(max_examples=150, deadline=None)
@given(_VALUES, st.sampled_from([0, 1, 2]), st.booleans())
def test_the_same_text_as_json_dumps(obj, indent, sort_keys):
    expected = json.dumps(_strict(obj), indent=indent, sort_keys=sort_keys, ensure_ascii=False)
    assert dumps_json(obj, indent=indent, sort_keys=sort_keys) == expected
    assert "".join(iter_json(obj, indent=indent, sort_keys=sort_keys)) == expected


def test_no_piece_grows_with_the_number_of_items():
    # An analysis of "Sumy. " x N holds N toponyms: the largest piece stays one toponym's.
    def analysis(n):
        item = {"name": "Sumy", "lat": 50.9, "lon": 34.8, "offsets": [0, 4], "alt": ["a", "b"]}
        return {"toponyms": [dict(item, start=k) for k in range(n)], "claims": [], "n": n}

    small = max(map(len, iter_json(analysis(100), indent=1)))
    large = max(map(len, iter_json(analysis(20_000), indent=1)))
    assert large <= small + 10
