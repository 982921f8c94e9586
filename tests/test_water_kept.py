"""The water table kept in the cache directory (geo.text.water_kept): a later process
loads the table as made, not the JSON; a stale, damaged or foreign file is made again."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import pytest

from geo.text import water_kept
from geo.text import water_table as wt

_ROWS = [
    {"name": "Dnipro", "kind": "river", "rank": 1.0, "lat": 46.5, "lon": 32.5,
     "names": ["Dnieper"], "wkt": "LINESTRING (32 46, 33 47)"},
    {"name": "Sea of Azov", "kind": "sea", "rank": 5.0, "lat": 46.1, "lon": 37.1,
     "names": [], "wkt": ""},
]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "water.json"
    path.write_text(json.dumps({"bodies": _ROWS}), encoding="utf-8")
    return path


def _table(rows) -> wt.WaterTable:
    return wt.WaterTable(json.loads(json.dumps(rows)))


def test_kept_table_answers_as_the_table_made(tmp_path, source):
    made = _table(_ROWS)
    assert water_kept.keep(tmp_path / "cache", source, made._rows, made._by_key)
    kept = water_kept.load(tmp_path / "cache", source)
    assert kept is not None
    table = wt.WaterTable._from_index(*kept)
    assert table._by_key == made._by_key
    for name, word in (("Dnieper", "river"), ("Azov", "sea"), ("Don", "river")):
        assert table.find_all(name, word) == made.find_all(name, word)
    assert table.find("Dnipro", "river").wkt == "LINESTRING (32 46, 33 47)"


def test_no_file_gives_none(tmp_path, source):
    assert water_kept.load(tmp_path / "nothing", source) is None


def test_a_changed_source_is_not_read(tmp_path, source):
    made = _table(_ROWS)
    water_kept.keep(tmp_path, source, made._rows, made._by_key)
    source.write_text(json.dumps({"bodies": _ROWS[:1]}) + " ", encoding="utf-8")
    assert water_kept.load(tmp_path, source) is None


def test_a_damaged_file_is_not_read(tmp_path, source):
    made = _table(_ROWS)
    water_kept.keep(tmp_path, source, made._rows, made._by_key)
    path = water_kept.kept_file(tmp_path)
    data = bytearray(path.read_bytes())
    data[-10] ^= 0x01
    path.write_bytes(bytes(data))
    assert water_kept.load(tmp_path, source) is None
    path.write_bytes(b"geo-water-1\n")  # cut short
    assert water_kept.load(tmp_path, source) is None
    path.unlink()
    path.mkdir()  # a directory in the file's place
    assert water_kept.load(tmp_path, source) is None


def test_an_unwritable_cache_only_costs_the_time(tmp_path, source):
    blocker = tmp_path / "file"
    blocker.write_text("")
    made = _table(_ROWS)
    assert not water_kept.keep(blocker / "cache", source, made._rows, made._by_key)
    assert not list(tmp_path.glob(".water-*"))


def test_water_table_keeps_then_loads_the_real_table(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    wt.water_table.cache_clear()
    try:
        made = wt.water_table()
        assert water_kept.kept_file(tmp_path).is_file()
        wt.water_table.cache_clear()

        def refuse(*args, **kwargs):
            raise AssertionError("the JSON was read again")

        monkeypatch.setattr(wt.json, "loads", refuse)
        kept = wt.water_table()
        assert kept is not made and kept._by_key == made._by_key
        assert kept.find("Azov", "sea") == made.find("Azov", "sea")
        assert kept.find_all("Dnieper", "river") == made.find_all("Dnieper", "river")
        assert kept.find("Azov", "sea").wkt == made.find("Azov", "sea").wkt
    finally:
        wt.water_table.cache_clear()


def test_the_stamp_follows_the_source(tmp_path, source):
    before = water_kept.source_stamp(source)
    assert water_kept.source_stamp(source) == before
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert water_kept.source_stamp(source) != before
    real = resources.files("geo").joinpath("data/water.json")
    assert water_kept.source_stamp(real) != before
