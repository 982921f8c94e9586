"""Compiled patterns kept between processes (geo._patterns): the same patterns as re's."""

from __future__ import annotations

import marshal
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo._patterns import kept_patterns, patterns_file

pytestmark = pytest.mark.skipif(
    patterns_file(".") is None, reason="patterns are kept only on CPython 3.11-3.13"
)

# Patterns of the kinds geo compiles: alternations of phrases, named groups, look-arounds,
# flags inline and passed, Unicode classes, conditional groups, verbose patterns.
PATTERNS = [
    (r"\b(?:north|south)(?:-?(?:east|west))?\s+of\b", re.I),
    (r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilomet(?:er|re)s?|miles?)\b", 0),
    (r"(?<![\w-])(?:said|told|claimed)(?=\s)", 0),
    (r"(?i)\b(the\s+)?(?:city|town|village)\s+of\s+(?P<name>[A-Z]\w+)", 0),
    (r"(\()?\d+\s*km(?(1)\))", 0),
    (
        r"""
        (?P<word> [^\W\d_]+ )   # a word
        \s* [,;] \s*            # then a separator
     """,
        re.X | re.U,
    ),
    (r"[«“\"](?P<quote>[^»”\"]{1,400})[»”\"]", re.S),
    (r"^\s*[A-ZÄÖÜ][a-zäöüß]+,?$", re.M),
]
TEXTS = [
    "Russian forces advanced 12 km north-east of Kharkiv, the governor said today.",
    "The City of London (5 km) lies south of Watford; 3,5 kilometres (2 miles) away.",
    "«Мы взяли» село, — сказал он. “They left”, officials claimed after noon.\nMünchen,\n",
    "the village of Avdiivka, Pokrovsk; Kupiansk",
]


def _compile_all() -> list[re.Pattern]:
    re.purge()  # not re's in-process cache: through the compiler every time
    return [re.compile(p, f) for p, f in PATTERNS]


def _same(kept: re.Pattern, plain: re.Pattern) -> None:
    assert (kept.pattern, kept.flags, kept.groups, dict(kept.groupindex)) == (
        plain.pattern, plain.flags, plain.groups, dict(plain.groupindex))  # fmt: skip
    for text in TEXTS:
        found = [(m.span(0), m.groups()) for m in kept.finditer(text)]
        assert found == [(m.span(0), m.groups()) for m in plain.finditer(text)]


def test_kept_patterns_are_re_s_patterns(tmp_path):
    plain = _compile_all()
    before = re._compiler.compile
    with kept_patterns(tmp_path):
        first = _compile_all()  # compiled, then written on leaving
    assert re._compiler.compile is before  # the hook is gone
    path = patterns_file(tmp_path)
    assert path.is_file()
    assert set(_read(path)) >= {(p, int(f)) for p, f in PATTERNS}
    written = path.stat().st_mtime_ns
    with kept_patterns(tmp_path):
        second = _compile_all()  # read from the file
    assert path.stat().st_mtime_ns == written  # nothing new: not written again
    for a, b, c in zip(first, second, plain, strict=True):
        _same(a, c)
        _same(b, c)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.text("abcxyz-é ", min_size=1, max_size=6), min_size=1, max_size=5),
    text=st.text("abcxyz-é \n.", max_size=60),
    flags=st.sampled_from([0, re.I, re.M | re.S]),
)
def test_kept_phrase_alternations_match_as_compiled(tmp_path_factory, words, text, flags):
    directory = tmp_path_factory.mktemp("patterns")
    pattern = r"(?<!\w)(?P<hit>" + "|".join(map(re.escape, words)) + r")(?!\w)"
    re.purge()
    plain = re.compile(pattern, flags)
    for _ in range(2):  # compiled and kept, then read back
        re.purge()
        with kept_patterns(directory):
            kept = re.compile(pattern, flags)
        assert [m.span("hit") for m in kept.finditer(text)] == [
            m.span("hit") for m in plain.finditer(text)
        ]


def test_damaged_file_is_compiled_again_and_replaced(tmp_path):
    path = patterns_file(tmp_path)
    path.write_bytes(b"\x00not marshal at all")
    with kept_patterns(tmp_path):
        kept = _compile_all()
    for a, b in zip(kept, _compile_all(), strict=True):
        _same(a, b)
    assert len(_read(path)) >= len(PATTERNS)


def _write(path, entries, version=None) -> None:
    """A patterns file as geo._patterns writes it (checksummed), holding ``entries`` of
    ``version`` (this geo's stamp by default)."""
    import zlib

    from geo._patterns import _MAGIC, version_stamp

    payload = marshal.dumps((version_stamp() if version is None else version, entries))
    path.write_bytes(_MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload)


def _read(path) -> dict:
    from geo._patterns import _read as read

    return read(path)[1]


def test_code_the_engine_refuses_is_compiled_again(tmp_path):
    pattern, flags = PATTERNS[1]
    path = patterns_file(tmp_path)
    bad = b"\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00"  # not engine code
    _write(path, {(pattern, flags): (flags | int(re.U), bad, 2, {}, ())})
    assert _read(path)  # well formed, checksum right: the engine is what refuses it
    re.purge()
    with kept_patterns(tmp_path):
        kept = re.compile(pattern, flags)
    _same(kept, re.compile(pattern, flags))
    assert _read(path)[(pattern, flags)][1] != bad


def test_a_damaged_entry_is_never_used(tmp_path):
    """Code the engine would accept but that is not the pattern's: the checksum fails."""
    pattern, flags = PATTERNS[1]
    with kept_patterns(tmp_path):
        re.purge()
        re.compile(pattern, flags)
    path = patterns_file(tmp_path)
    data = bytearray(path.read_bytes())
    data[-40] ^= 0x01  # one bit of one entry flipped
    path.write_bytes(bytes(data))
    assert _read(path) == {}
    re.purge()
    with kept_patterns(tmp_path):
        kept = re.compile(pattern, flags)
    _same(kept, re.compile(pattern, flags))


def test_unwritable_cache_compiles_as_usual(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    with kept_patterns(blocker / "cache"):  # cannot be created: nothing kept, no error
        kept = _compile_all()
    for a, b in zip(kept, _compile_all(), strict=True):
        _same(a, b)


def test_other_interpreters_compile_as_usual(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "version_info", (3, 99, 0, "final", 0))
    assert patterns_file(tmp_path) is None
    with kept_patterns(tmp_path):
        _compile_all()
    assert not any(tmp_path.iterdir())


def test_the_command_keeps_patterns_in_its_cache_and_a_test_s_main_does_not(tmp_path, monkeypatch):
    from geo.cli import _kept_patterns

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    pattern = r"(?P<unique>kept by the command)\s+\d+"
    with _kept_patterns(False, "parse"):  # main(argv) in a test
        re.purge()
        re.compile(pattern)
    assert not patterns_file(tmp_path).exists()
    with _kept_patterns(True, "parse"):  # the geo command, a process of its own
        re.purge()
        re.compile(pattern)
    assert (pattern, 0) in _read(patterns_file(tmp_path))


def test_other_processes_patterns_are_kept_within_a_budget(tmp_path, monkeypatch):
    """Patterns this process did not use are kept, the most recent first, up to
    MAX_OTHERS_BYTES; those it used always are."""
    import geo._patterns as kept

    olds = [rf"old pattern {k} (\d+)" for k in range(6)]
    for pattern in olds:  # six processes, one pattern each, in that order
        with kept_patterns(tmp_path):
            re.purge()
            re.compile(pattern)
    assert list(_read(patterns_file(tmp_path))) == [(p, 0) for p in olds]
    sizes = {k: len(k[0]) + len(v[1]) for k, v in _read(patterns_file(tmp_path)).items()}
    monkeypatch.setattr(kept, "MAX_OTHERS_BYTES", sizes[(olds[-1], 0)] + sizes[(olds[-2], 0)])
    with kept_patterns(tmp_path):
        re.purge()
        re.compile(olds[0])  # used again
        re.compile(r"a new one (\w+)")
    assert list(_read(patterns_file(tmp_path))) == [
        (olds[-2], 0),
        (olds[-1], 0),
        (olds[0], 0),
        (r"a new one (\w+)", 0),
    ]


def test_another_version_s_patterns_are_not_kept(tmp_path, monkeypatch):
    """A file another version of geo wrote (another stamp) is read, but a process that adds
    patterns writes only those it used: the old version's others do not pile up."""
    import geo._patterns as kept

    with kept_patterns(tmp_path):
        re.purge()
        re.compile(r"old version only (\d+)")
        re.compile(r"both versions (\d+)")
    path = patterns_file(tmp_path)
    assert kept._read(path)[0] == kept.version_stamp()
    monkeypatch.setattr(kept, "version_stamp", lambda: "another-version")
    with kept_patterns(tmp_path):
        re.purge()
        re.compile(r"both versions (\d+)")  # read from the file
        re.compile(r"new version only (\w+)")
    version, entries = kept._read(path)
    assert version == "another-version"
    assert list(entries) == [(r"both versions (\d+)", 0), (r"new version only (\w+)", 0)]
    with kept_patterns(tmp_path):  # the same version again: the file's others are kept
        re.purge()
        re.compile(r"a third command's (\w+)")
    assert len(kept._read(path)[1]) == 3


def test_the_version_stamp_follows_the_modules(tmp_path):
    import os

    from geo._patterns import version_stamp

    assert version_stamp() == version_stamp() != version_stamp(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.py").write_text("x = 1\n")
    (tmp_path / "notes.txt").write_text("not a module")
    first = version_stamp(tmp_path)
    (tmp_path / "notes.txt").write_text("still not a module")
    assert version_stamp(tmp_path) == first
    os.utime(tmp_path / "sub" / "a.py", ns=(1, 1))  # an edit: another modification time
    assert version_stamp(tmp_path) != first


def test_a_file_of_the_former_format_is_not_read(tmp_path):
    import zlib

    path = patterns_file(tmp_path)
    payload = marshal.dumps({(r"x(\d)", 0): (32, b"\x00" * 8, 1, {}, (None, None))})
    path.write_bytes(b"geo-patterns-1\n" + zlib.crc32(payload).to_bytes(4, "little") + payload)
    assert _read(path) == {}


@pytest.mark.parametrize("bad", [r"(unclosed", r"a{2,1}", r"(?P<x>a)(?P<x>b)", r"\p"])
def test_a_bad_pattern_raises_as_re_does(tmp_path, bad):
    re.purge()
    with pytest.raises(re.error) as plain:
        re.compile(bad)
    re.purge()
    with kept_patterns(tmp_path), pytest.raises(re.error) as kept:
        re.compile(bad)
    assert (str(kept.value), kept.value.pos) == (str(plain.value), plain.value.pos)
    assert not patterns_file(tmp_path).exists()


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
def test_a_file_that_is_no_regular_file_is_not_read(tmp_path, kind):
    """A FIFO in the file's place must not block the command, a link to /dev/zero must
    not fill its memory, a directory must not fail it: each is passed over, patterns
    are compiled as usual, and the file written again where it can be."""
    import os

    path = patterns_file(tmp_path)
    if kind == "fifo":
        os.mkfifo(path)  # no writer: a blocking read would wait for ever
    elif kind == "device":
        path.symlink_to("/dev/zero")  # endless zeros
    else:
        path.mkdir()
    assert _read(path) == {}
    with kept_patterns(tmp_path):
        kept = _compile_all()
    for a, b in zip(kept, _compile_all(), strict=True):
        _same(a, b)
    if kind != "directory":  # replaced whole by a regular file
        assert path.is_file() and not path.is_symlink()
        assert len(_read(path)) >= len(PATTERNS)


def test_a_file_past_its_size_limit_is_not_read(tmp_path, monkeypatch):
    import geo._patterns as patterns

    path = patterns_file(tmp_path)
    with kept_patterns(tmp_path):
        _compile_all()
    assert _read(path)
    monkeypatch.setattr(patterns, "MAX_FILE_BYTES", path.stat().st_size - 1)
    assert _read(path) == {}
