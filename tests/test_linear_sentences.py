"""A sentence of many names costs linear time: each name asks about the sentence's other
names through counts made once per sentence, which must answer as the pass over the
other names they replace did (the tester's 600 KB sentence took 123 s, now 11 s:
`python benchmarks/bench_scaling.py --stage analyze --text clauses --sizes 100k,400k`)."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from geo.text.sentence_abroad import _counts
from geo.text.sentence_own_names import _NO_ENTRY, _Summary

_CODES = st.sampled_from(["UA", "RU", "PL"])
_REGIONS = st.one_of(
    st.none(),
    st.just(("", "")),
    st.tuples(st.sampled_from(["UA", "RU"]), st.sampled_from(["05", "07"])),
)
_ROWS = st.lists(st.tuples(_CODES, _REGIONS), max_size=12).map(
    lambda rows: [(j, code, region) for j, (code, region) in enumerate(rows)]
)


@given(_ROWS, st.integers(min_value=-1, max_value=12))
def test_a_sentence_summary_answers_as_the_pass_over_the_others(rows, k):
    around = [(code, region) for j, code, region in rows if j != k]
    summary = _Summary.of(rows)
    own = summary.entries.get(k)
    codes = summary.codes - Counter((own[0],)) if own else summary.codes
    assert codes.total() == len(around)
    assert set(codes) == {code for code, _ in around}
    expected = None if any(r is None for _, r in around) else {r for _, r in around if r[0]}
    assert summary.regions_without(own[1] if own else _NO_ENTRY) == expected


_PLACES = st.lists(
    st.tuples(st.sampled_from(["sumy", "kyiv", "lviv"]), _CODES, st.just((50.0, 30.0))),
    max_size=12,
)


@given(_PLACES, st.sampled_from(["sumy", "kyiv", "lviv", "odesa"]))
def test_a_sentences_countries_less_a_name_are_the_others_countries(rows, key):
    every, by_name = _counts(rows)
    countries = every - by_name[key] if key in by_name else every
    assert set(countries) == {cc for name, cc, _ in rows if name != key}
