"""Every record of a batch output has an ``"id"`` key, first: an analysis of a line with
no id (or ``"id": null``) has ``"id": null`` as an error record does, with its line
number (and file) for ``--resume``."""

from __future__ import annotations

import json

import pytest

from geo import cli
from geo.corpus_records import with_null_id

pytestmark = pytest.mark.gazetteer

_LINES = [b'{"id": "a", "text": "Shelling hit Sumy."}', b'{"text": "Drones struck Kharkiv."}',
          b'{"id": null, "text": "Troops advanced near Pokrovsk."}', b"{not json",
          b'{"text": 5}', b'{"id": 0, "text": "Kyiv"}']


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_record_has_an_id_first(tmp_path, gazetteer, jobs):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(_LINES) + b"\n")
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-j", jobs,
                     "--only", "toponyms"]) == 1
    records = _records(out)
    assert all(next(iter(r)) == "id" for r in records)
    assert [r["id"] for r in records] == ["a", None, None, None, None, 0]
    assert [r.get("line") for r in records] == [None, 2, 3, 4, 5, None]
    assert [("error" in r) for r in records] == [False, False, False, True, True, False]
    assert records[1]["toponyms"][0]["name"] == "Kharkiv"


def test_two_files_name_the_file_of_an_id_less_record(tmp_path, gazetteer):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"text": "Shelling hit Sumy."}\n', encoding="utf-8")
    b.write_text('{"id": null, "text": "Drones struck Kharkiv."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(a), str(b), "-o", str(out),
                     "--only", "toponyms"]) == 0
    got = [(r["id"], r["line"], r["file"]) for r in _records(out)]
    assert got == [(None, 1, str(a)), (None, 1, str(b))]


def test_resume_knows_an_id_less_record_by_its_line(tmp_path, gazetteer):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(_LINES) + b"\n")
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--only", "toponyms"]) == 1
    whole = out.read_bytes()
    out.write_bytes(b"".join(whole.splitlines(keepends=True)[:3]))
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--only", "toponyms",
                     "--resume"]) == 1
    assert out.read_bytes() == whole


def test_a_library_batch_of_records_has_ids_too(gazetteer):
    from geo.dask import analyze_records

    got = analyze_records([{"text": "Shelling hit Sumy."}, {"id": "b", "text": 3}, [1]])
    assert [(next(iter(r)), r["id"]) for r in got] == [("id", None), ("id", "b"),
                                                        ("id", None)]


def test_with_null_id_puts_it_first():
    assert list(with_null_id({"title": "T", "id": None, "claims": []})) == [
        "id", "title", "claims"]
