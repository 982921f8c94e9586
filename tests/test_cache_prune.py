"""The gazetteer cache does not grow with every version: builds prune, open indexes stay.

Every test works in a cache directory of its own (``tmp_path``); the builds are stand-ins
that write an index directory's ``meta.json`` (the pruning reads nothing else), except
where a real index is opened (the mini index of the tests' sources).
"""

from __future__ import annotations

import gc
import os
import shutil
import threading
import time

import pytest

from geo.errors import GazetteerError
from geo.gazetteer import cache
from geo.gazetteer.codes import FORMAT_VERSION
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.locks import cache_lock, hold_index, lock_unused

from .waiting import EVENT_TIMEOUT_S

pytest.importorskip("fcntl")  # the locks are fcntl's (Linux, macOS)

_DAY = 24 * 3600


def _index(root, name, age_s=0.0):
    """A directory that looks like an index to the cache, built or used ``age_s`` ago."""
    path = root / name
    path.mkdir()
    (path / "meta.json").write_text("{}")
    (path / "keys.npy").write_bytes(b"\0" * 1000)
    when = time.time() - age_s
    os.utime(path / "meta.json", (when, when))
    return path


@pytest.fixture
def fake_build(monkeypatch):
    """This version's fingerprint is "f" * 16; building writes its meta.json."""
    built = []

    def build(path):
        built.append(path)
        return _index(path.parent, path.name)

    monkeypatch.setattr(cache, "current_fingerprint", lambda: "f" * 16)
    monkeypatch.setattr(cache, "build_default_index", build)
    return built


def test_a_build_removes_other_versions_unused_for_a_day(tmp_path, fake_build):
    old = _index(tmp_path, "index-v1-0123456789abcdef", age_s=3 * _DAY)
    older_format = _index(tmp_path, f"index-v{FORMAT_VERSION}-aaaaaaaaaaaaaaaa", age_s=2 * _DAY)
    recent = _index(tmp_path, f"index-v{FORMAT_VERSION}-bbbbbbbbbbbbbbbb", age_s=3600)
    dead_build = tmp_path / ".building-dead"
    dead_build.mkdir()
    os.utime(dead_build, (time.time() - 2 * _DAY,) * 2)
    live_build = tmp_path / ".building-live"
    live_build.mkdir()
    cut_short = tmp_path / ".removing-index-v1-cccccccccccccccc-123"
    cut_short.mkdir()
    (tmp_path / "patterns-x.marshal").write_bytes(b"kept")

    path = cache.ensure_index(tmp_path)

    assert fake_build == [path] and path.name == f"index-v{FORMAT_VERSION}-{'f' * 16}"
    assert not old.exists() and not older_format.exists()
    assert recent.exists()  # used an hour ago by another version sharing the cache
    assert not dead_build.exists() and live_build.exists() and not cut_short.exists()
    assert (tmp_path / "patterns-x.marshal").exists()
    assert cache.ensure_index(tmp_path) == path and len(fake_build) == 1  # found, not built


def test_an_index_a_process_has_open_is_never_removed(tmp_path, fake_build):
    old = _index(tmp_path, "index-v1-0123456789abcdef", age_s=3 * _DAY)
    held = hold_index(old)
    try:
        assert cache.prune_indexes(tmp_path, unused_s=0) == []
        assert old.exists()
    finally:
        os.close(held)
    removed = cache.prune_indexes(tmp_path, unused_s=0)
    assert [p for p, _ in removed] == [old] and removed[0][1] >= 1000
    assert not old.exists()


def test_an_opened_gazetteer_holds_its_index(tmp_path, fake_build, mini_index_path):
    copy = tmp_path / "index-v1-0123456789abcdef"
    shutil.copytree(mini_index_path, copy)
    os.utime(copy / "meta.json", (time.time() - 3 * _DAY,) * 2)
    gaz = Gazetteer.open(copy)
    assert cache.prune_indexes(tmp_path) == []
    assert gaz.lookup("Sumy")  # still readable
    del gaz
    gc.collect()
    assert [p for p, _ in cache.prune_indexes(tmp_path)] == [copy]


def test_an_index_being_removed_is_not_opened(tmp_path, mini_index_path):
    copy = tmp_path / "index-v1-0123456789abcdef"
    shutil.copytree(mini_index_path, copy)
    fd = lock_unused(copy)  # a pruning holds it
    try:
        with pytest.raises(GazetteerError, match="being removed"):
            Gazetteer.open(copy)
    finally:
        os.close(fd)
    Gazetteer.open(copy)  # the pruning let go without removing it


def test_geo_index_prune_keeps_an_index_used_minutes_ago(tmp_path, fake_build):
    just_built = _index(tmp_path, "index-v1-0123456789abcdef", age_s=10)
    assert cache.prune_indexes(tmp_path) == []  # another version may be opening it
    os.utime(just_built / "meta.json", (time.time() - 600,) * 2)
    assert [p for p, _ in cache.prune_indexes(tmp_path)] == [just_built]


def test_a_second_builder_waits_and_finds_the_index_built(tmp_path, fake_build, monkeypatch):
    name = f"index-v{FORMAT_VERSION}-{'f' * 16}"
    holding, release = threading.Event(), threading.Event()

    def other_process_building():
        with cache_lock(tmp_path):  # another descriptor: flock makes it wait like a process
            holding.set()
            release.wait(EVENT_TIMEOUT_S)
            _index(tmp_path, name)

    other = threading.Thread(target=other_process_building)
    other.start()
    assert holding.wait(EVENT_TIMEOUT_S)  # the other holds the lock
    threading.Timer(0.2, release.set).start()
    assert cache.ensure_index(tmp_path) == tmp_path / name
    other.join()
    assert fake_build == []  # waited for the lock, then found it


def test_using_an_index_marks_it_at_most_hourly(tmp_path, fake_build):
    path = _index(tmp_path, f"index-v{FORMAT_VERSION}-{'f' * 16}", age_s=2 * 3600)
    cache.ensure_index(tmp_path)
    marked = (path / "meta.json").stat().st_mtime
    assert time.time() - marked < 60
    os.utime(path / "meta.json", (marked - 600,) * 2)
    cache.ensure_index(tmp_path)
    assert (path / "meta.json").stat().st_mtime == marked - 600  # within the hour: untouched


def test_cache_usage_counts_each_kind(tmp_path, fake_build):
    _index(tmp_path, f"index-v{FORMAT_VERSION}-{'f' * 16}")
    _index(tmp_path, "index-v1-0123456789abcdef")
    (tmp_path / "patterns-x.marshal").write_bytes(b"\0" * 500)
    usage = cache.cache_usage(tmp_path)
    assert usage["stale_indexes"] == 1
    assert usage["current"] == usage["stale"] == 1002
    assert usage["other"] == 500


def test_a_file_system_without_locks_opens_and_keeps_indexes(tmp_path, monkeypatch):
    """flock refused (ENOLCK, as on some network file systems): an index still opens,
    unheld; a pruning cannot tell whether one is open, so it keeps it."""
    import errno
    import fcntl

    old = _index(tmp_path, "index-v1-0123456789abcdef", age_s=3 * _DAY)

    def no_locks(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    assert hold_index(old) is None
    monkeypatch.setattr(cache, "current_fingerprint", lambda: "f" * 16)
    assert cache.prune_indexes(tmp_path, unused_s=0) == []
    assert old.exists()
