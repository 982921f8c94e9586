"""Each input line of a corpus is decoded once, by the reader (:func:`read_decoded`): the
:class:`Line` it yields carries the line's object and its id to every later stage
(``--resume``, the repeated-ids note, the analysis, in this process or a worker), for
``geo parse --jsonl`` as for ``geo map/report --jsonl``; refusals and ids as
:func:`decode_line` and the line's own text give them."""

from __future__ import annotations

import contextlib
import json
import os
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import cli, corpus_lines
from geo.corpus_lines import Line, decode_line, line_of, read_decoded
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


def _written_id(raw: bytes):
    """The id as written in a line, read from its text (U+FFFD for bytes that are not
    UTF-8): the oracle for a line's id, refused or not."""
    with contextlib.suppress(ValueError, RecursionError):
        doc = json.loads(raw.decode("utf-8", "replace"), strict=False)
        if isinstance(doc, dict):
            return doc.get("id")
    return None


@settings(max_examples=300, deadline=None)
@given(_lines, st.sampled_from([None, 40, 10_000]))
def test_a_line_is_what_decoding_it_gives(raw, limit):
    line = line_of(7, raw, limit)
    assert (line.number, line.size) == (7, len(raw))
    try:
        doc = decode_line(raw, limit)
    except InputError as err:
        assert (line.doc, line.error) == (None, str(err))
    else:
        assert repr(line.doc) == repr(doc) and line.error == ""  # repr: NaN compares
    assert repr(line.id) == repr(_written_id(raw))


def test_a_refused_line_keeps_the_id_written_in_it():
    not_utf8 = line_of(1, b'{"id": "a\xff", "text": "Sumy"}')
    assert not_utf8.doc is None and "not UTF-8" in not_utf8.error
    assert not_utf8.id == "a\ufffd"
    too_long = line_of(2, b'{"id": "b", "text": "' + b"x" * 100 + b'"}', 50)
    assert too_long.doc is None and "over 50 bytes" in too_long.error
    assert too_long.id == "b"  # whole, only over the limit
    assert line_of(3, b'{"id": "c", "text": ').id is None  # not JSON: no id
    assert line_of(4, b'{"id": NaN, "text": "x"}').key is None  # written as null


def test_a_line_travels_to_a_worker_whole():
    line = line_of(5, '{"id": "ü", "text": "Sumy"}'.encode())
    assert pickle.loads(pickle.dumps(line)) == line


def test_the_reader_decodes_each_line_once(monkeypatch):
    import io

    calls = []
    real = corpus_lines.decode_line

    def counting(raw, *args):
        calls.append(raw)
        return real(raw, *args)

    monkeypatch.setattr(corpus_lines, "decode_line", counting)
    stream = io.BytesIO(b'{"id": 1, "text": "a"}\n\n{bad\n{"id": 2, "text": "b"}\n')
    lines = list(read_decoded(stream))
    assert [(line.number, line.id) for line in lines] == [(1, 1), (3, None), (4, 2)]
    assert len(calls) == 3
    assert isinstance(lines[0], Line) and lines[1].error.startswith("not JSON")


def _counting_decodes(monkeypatch, tmp_path):
    """Count decode_line calls, by process (forked workers write theirs too)."""
    seen = tmp_path / "decoded"
    real = corpus_lines.decode_line

    def counting(raw, *args):
        with open(seen, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return real(raw, *args)

    monkeypatch.setattr(corpus_lines, "decode_line", counting)
    return lambda: seen.read_text().split() if seen.exists() else []


_CORPUS = [b'{"id": "a", "text": "Shelling hit Sumy."}', b"{not json",
           b'{"text": "Drones struck Kharkiv."}', b'{"id": "d", "text": "Odesa \xff"}',
           b'{"id": "e", "text": "Troops advanced near Pokrovsk."}']


@pytest.mark.gazetteer
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parse_decodes_each_line_once_in_this_process(tmp_path, monkeypatch, gazetteer,
                                                      jobs):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\n".join(_CORPUS) + b"\n")
    decodes = _counting_decodes(monkeypatch, tmp_path)
    out = tmp_path / "out.jsonl"
    status = cli.main(["parse", "--jsonl", str(path), "-o", str(out), "-j", jobs,
                       "--only", "toponyms"])
    assert status == 1  # two lines are error records
    assert decodes() == [str(os.getpid())] * len(_CORPUS)  # never again in a worker
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r.get("id") for r in records] == ["a", None, None, "d", "e"]
    assert [("error" in r) for r in records] == [False, True, False, True, False]


@pytest.mark.gazetteer
def test_resume_decodes_each_line_it_runs_once(tmp_path, monkeypatch, gazetteer):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\n".join(_CORPUS) + b"\n")
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(path), "-o", str(out), "--only", "toponyms"]) == 1
    whole = out.read_bytes()
    out.write_bytes(b"".join(whole.splitlines(keepends=True)[:2]))  # stopped after 2 lines
    decodes = _counting_decodes(monkeypatch, tmp_path)
    assert cli.main(["parse", "--jsonl", str(path), "-o", str(out), "--only", "toponyms",
                     "--resume"]) == 1
    # one pass that checks OUT is these inputs' (stopping at the last line done), and
    # one that runs: each line decoded once in it
    assert len(decodes()) == 2 + len(_CORPUS)
    assert out.read_bytes() == whole
