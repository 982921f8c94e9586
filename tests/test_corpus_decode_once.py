"""Each input line of ``geo parse --jsonl`` is decoded once: the object read for its id
(``corpus_records._line_id``) is the one its analysis takes (``_decoded``), with the
same result as decoding the line again, refusals included."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.corpus_records import _decoded, _last_read, _line_id, decode_line
from geo.errors import InputError

_ids = st.one_of(st.none(), st.text(max_size=5), st.integers(), st.floats(), st.booleans())
_docs = st.dictionaries(st.sampled_from(["id", "text", "title", "date"]),
                        st.one_of(_ids, st.text(max_size=20)), max_size=4)
_lines = st.one_of(
    _docs.map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.binary(max_size=30),  # not UTF-8, not JSON, not an object
    st.sampled_from([b'{"id": 1, "text": "Sumy \xff"}', b"[1, 2]", b'{"id": NaN}',
                     b"[" * 100_000, b'{"id": "a", "text": "' + b"x" * 50 + b'"}']),
)


def _outcome(fn, *args):
    try:
        return "ok", fn(*args)
    except InputError as err:
        return "refused", str(err)


@settings(max_examples=300, deadline=None)
@given(_lines, st.sampled_from([None, 40, 10_000]))
def test_the_kept_object_is_what_decoding_again_gives(raw, limit):
    _line_id(raw)
    kept = _outcome(_decoded, raw, limit)
    again = _outcome(decode_line, raw, limit)
    assert repr(kept) == repr(again)  # repr: NaN ids compare equal too
    assert _last_read == [None, None]  # taken once


def test_the_object_is_taken_not_decoded_again():
    raw = b'{"id": "a", "text": "Sumy"}'
    _line_id(raw)
    kept = _last_read[1]
    assert _decoded(raw, None) is kept
    # another bytes object (even an equal one), or a second call, decodes the line itself
    _line_id(raw)
    assert _decoded(bytes(bytearray(raw)), None) is not kept
    assert _decoded(raw, None) == {"id": "a", "text": "Sumy"}


def test_a_kept_line_over_the_limit_is_still_refused():
    raw = b'{"id": "a", "text": "' + b"x" * 100 + b'"}'
    _line_id(raw)
    with pytest.raises(InputError, match="over 50 bytes"):
        _decoded(raw, 50)


def test_a_line_that_is_not_utf8_is_not_kept():
    _line_id(b'{"id": "b", "text": "Kyiv"}')  # the line before: kept, not taken
    raw = b'{"id": "a", "text": "Sumy \xff"}'
    assert _line_id(raw) == "a"
    assert _last_read == [None, None]
    with pytest.raises(InputError, match="not UTF-8"):
        _decoded(raw, None)
