"""GeoParquet tables carry each document's title, publication date and address, so a
corpus can be filtered by date from the tables alone."""

import datetime

import pytest

from geo import cli


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_table_carries_title_date_and_url(tmp_path, jobs):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "title": "Strikes <b>north</b>", "date": "2025-05-02", '
        '"url": "https://example.org/a", "text": "Russian forces shelled Kharkiv on Friday, '
        'the governor said."}\n'
        '{"id": "b", "text": "Drones struck Sumy."}\n', encoding="utf-8")
    out = tmp_path / "tables"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--format", "geoparquet",
                     "-j", jobs, "-q"]) == 0
    for table in ("toponyms", "features", "claims"):
        schema = pq.read_schema(out / f"{table}.parquet")
        assert schema.field("date").type == pa.date32()
        assert {"title", "url"} <= set(schema.names)
    rows = {r["name"]: r for r in pq.read_table(out / "toponyms.parquet").to_pylist()}
    kharkiv, sumy = rows["Kharkiv"], rows["Sumy"]
    # the line's title as read: a feed's markup left in it decoded (geo.markup_escapes)
    assert (kharkiv["title"], kharkiv["date"], kharkiv["url"]) == (
        "Strikes north", datetime.date(2025, 5, 2), "https://example.org/a")
    assert sumy["url"] is None and sumy["date"] is None
    claims = pq.read_table(out / "claims.parquet").to_pylist()
    assert {c["id"]: c["date"] for c in claims} == {"a": datetime.date(2025, 5, 2), "b": None}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_table_carries_the_documents_warnings(tmp_path, jobs):
    """A document's warnings (here a date it cannot read) reach every row of its tables
    as its JSON line carries them; a document without any has null."""
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "date": "2026-02-30", "text": "Drones struck Sumy, officials said."}\n'
        '{"id": "b", "text": "Drones struck Kharkiv, officials said."}\n', encoding="utf-8")
    lines = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(lines), "-q"]) == 0
    expected = [__import__("json").loads(x).get("warnings") for x in
                lines.read_text(encoding="utf-8").splitlines()]
    assert expected[0] and expected[1] is None
    out = tmp_path / "tables"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--format", "geoparquet",
                     "-j", jobs, "-q"]) == 0
    for table in ("toponyms", "claims"):
        assert pq.read_schema(out / f"{table}.parquet").field("warnings").type == pa.list_(
            pa.string())
        rows = {r["id"]: r["warnings"] for r in pq.read_table(out / f"{table}.parquet").to_pylist()}
        assert rows == {"a": expected[0], "b": None}, table
