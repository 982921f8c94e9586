"""The methods dataclasses writes, kept compiled between processes (geo._generated)."""

from __future__ import annotations

import dataclasses
import os

import pytest

from geo import _generated
from geo._generated import generated_file, kept_generated


def make_record():
    """A fresh frozen, slotted record class (each call makes its methods again)."""

    @dataclasses.dataclass(frozen=True, slots=True)
    class Reading:
        name: str
        lat: float = 0.0
        tags: tuple[str, ...] = ()

    return Reading


def behaviour(cls) -> tuple:
    a, b = cls("Sumy", 50.9), cls("Sumy", 50.9)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.lat = 1.0  # type: ignore[misc]
    return repr(a), a == b, hash(a) == hash(b), a != cls("Kursk"), dataclasses.astuple(a)


def codes(cls) -> list[bytes]:
    return [getattr(cls, n).__code__.co_code for n in ("__init__", "__repr__", "__eq__")]


def test_kept_methods_are_the_ones_exec_compiles_and_are_not_compiled_again(
    tmp_path, monkeypatch
):
    plain = make_record()
    with kept_generated(tmp_path):
        first = make_record()
    path = generated_file(tmp_path)
    assert path.is_file()
    written = path.stat().st_mtime_ns

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled although kept")

    monkeypatch.setattr(_generated, "compile", no_compiling, raising=False)
    with kept_generated(tmp_path):
        kept = make_record()
    assert path.stat().st_mtime_ns == written  # nothing added: not written again
    assert behaviour(first) == behaviour(kept) == behaviour(plain)
    assert codes(first) == codes(kept) == codes(plain)


def test_the_hook_lasts_as_long_as_the_context(tmp_path):
    assert "exec" not in vars(dataclasses)
    with kept_generated(tmp_path):
        assert "exec" in vars(dataclasses)
        hook = dataclasses.exec  # type: ignore[attr-defined]
        with kept_generated(tmp_path / "other"):  # a hook in place: left alone
            assert dataclasses.exec is hook  # type: ignore[attr-defined]
    assert "exec" not in vars(dataclasses)


def test_an_error_while_making_classes_removes_the_hook(tmp_path):
    with pytest.raises(TypeError), kept_generated(tmp_path):
        @dataclasses.dataclass
        class Bad:
            a: int = 0
            b: int  # type: ignore[misc]  # no default after one: TypeError
    assert "exec" not in vars(dataclasses)


@pytest.mark.parametrize("content", [b"", b"geo-generated-1\n\0\0\0\0garbage", b"x" * 64])
def test_a_damaged_file_is_compiled_again_and_replaced(tmp_path, content):
    path = generated_file(tmp_path)
    path.write_bytes(content)
    with kept_generated(tmp_path):
        cls = make_record()
    assert behaviour(cls) == behaviour(make_record())
    assert path.read_bytes() != content
    with kept_generated(tmp_path):  # the new file reads back
        assert behaviour(make_record()) == behaviour(cls)


def test_a_cache_that_cannot_be_written_only_costs_compiling(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory", encoding="utf-8")
    with kept_generated(blocked):  # the file's directory is a file: not kept
        cls = make_record()
    assert behaviour(cls) == behaviour(make_record())
    assert os.listdir(tmp_path) == ["file"]


def test_other_classes_kept_stay_while_they_fit(tmp_path, monkeypatch):
    with kept_generated(tmp_path):
        make_record()

    with kept_generated(tmp_path):  # another command: a class of its own added

        @dataclasses.dataclass
        class Other:
            x: int

    kept = _generated._read(generated_file(tmp_path))
    assert any("x" in source and "__init__" in source for source in kept)
    assert any("'tags'" in source or "tags" in source for source in kept)
    monkeypatch.setattr(_generated, "MAX_OTHERS_CHARS", 0)
    with kept_generated(tmp_path):

        @dataclasses.dataclass
        class Third:
            y: int

    kept = _generated._read(generated_file(tmp_path))
    assert not any("tags" in source for source in kept)  # no room: only this one's
