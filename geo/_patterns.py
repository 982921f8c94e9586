"""Compiled regular expressions kept between processes, for the ``geo`` command.

CPython compiles a regular expression in pure Python (the pattern is parsed, then
turned into the list of integers its matching engine runs), and keeps the result only
in the process (:mod:`re`'s own cache). ``geo`` compiles about 340 patterns (the
claims', dates', metonymy and spatial vocabularies, the distance phrases), and every
process paid for them again: 0.09-0.14 s, a third of a corpus run's load before its
first document, of ``geo parse ARTICLE``'s cold start and of every ``-j N`` parent.

:func:`kept_patterns` keeps each pattern's engine code in a file of the user cache,
keyed by the pattern, its flags and the interpreter (version, engine magic number and
code size): a later process hands the code to the engine directly
(``_sre.compile``, which checks it), skipping the parse. The compiled pattern is the
one :func:`re.compile` makes (same code, groups and flags), so matches, and every
output, are the same bytes. Anything unexpected (another interpreter, an unreadable
or damaged file, an engine that refuses the code) falls back to ordinary compiling;
the file is only ever replaced whole, and one whose checksum does not match its content
is ignored.

The file holds one version of ``geo``'s patterns: it carries a stamp of the package's
modules (:func:`version_stamp`: their paths, sizes and modification times), and a
process that adds patterns writes those it used, with the others of the file only when
the file has its own stamp (another command's patterns of the same version). An
upgrade, or another checkout sharing the cache, so replaces the patterns of the old
version instead of piling them up.

The interface is private to CPython (``re._compiler``, ``_sre``): other
implementations, or a CPython whose ``_sre.compile`` differs, simply compile as usual.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._kept import dump_kept, load_kept

__all__ = ["kept_patterns", "patterns_file", "version_stamp"]

log = logging.getLogger(__name__)

#: Size of the patterns a process did not use kept with those it used (code and
#: pattern, bytes): other commands' patterns of the same version, the newest first.
MAX_OTHERS_BYTES = 4 << 20
#: A patterns file larger than this is not read (this process's own patterns are
#: about 1 MB; with others' kept it stays under 6 MB).
MAX_FILE_BYTES = 32 << 20

# flags, code (the engine's code units as bytes), groups - 1, groupindex, indexgroup
_Entry = tuple[int, bytes, int, dict, tuple]


def patterns_file(directory: str | os.PathLike[str], group: str = "") -> Path | None:
    """The file in ``directory`` for this interpreter's compiled patterns (of ``group``'s
    processes: a command that compiles a few dozen of them keeps its own file, not
    reading the text pipeline's 3 MB), or None where patterns cannot be kept (not
    CPython 3.11-3.13)."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - another implementation
        return None
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    if _CODE_TYPE is None:  # pragma: no cover - no array type of the engine's code unit
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(directory) / f"patterns-{group + '-' if group else ''}{tag}.marshal"


def _code_type() -> str | None:
    """The :mod:`array` type code of the engine's code unit (``_sre.CODESIZE`` bytes)."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - another implementation
        return None
    return next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)


_CODE_TYPE = _code_type()
# Then the payload's CRC-32 (4 bytes, little-endian), then the payload: the marshalled
# (version stamp, {(pattern, flags): entry}).
_MAGIC = b"geo-patterns-2\n"


def version_stamp(package: str | os.PathLike[str] | None = None) -> str:
    """A stamp of this ``geo`` (or of the ``package`` folder): a hash of its modules'
    paths, sizes and modification times (an installation's are fixed; a checkout's
    change with every edit). A few hundred ``stat`` calls, about 4 ms: asked only when
    a patterns file is written."""
    import hashlib

    root = Path(package if package is not None else Path(__file__).parent).resolve()
    h = hashlib.sha256(str(root).encode())
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in ("__pycache__", "data"))
        for name in sorted(files):
            if name.endswith(".py"):
                with contextlib.suppress(OSError):
                    st = os.stat(os.path.join(folder, name))
                    h.update(f"{folder}/{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()[:16]


@contextlib.contextmanager
def kept_patterns(directory: str | os.PathLike[str], group: str = "") -> Iterator[None]:
    """Inside, patterns compiled by :mod:`re` are read from (and new ones added to) the
    patterns file in ``directory`` (:func:`patterns_file`); it is written on leaving,
    when patterns were added. For a process of its own (the ``geo`` command): the
    hook is module-wide while it lasts.
    """
    path = patterns_file(directory, group)
    compiler = _compiler_module() if path is not None else None
    if path is None or compiler is None:
        yield
        return
    store = _Store(path, compiler.compile)
    compiler.compile = store.compile
    try:
        yield
    finally:
        compiler.compile = store.original
        store.save()


def _compiler_module() -> Any:
    """``re._compiler`` with the internals :class:`_Store` uses, or None."""
    import re

    compiler = getattr(re, "_compiler", None)
    needed = ("compile", "_code", "isstring")
    parser = getattr(re, "_parser", None)
    if compiler is None or parser is None or not all(hasattr(compiler, n) for n in needed):
        return None
    return compiler


class _Store:
    """The patterns of one file: :meth:`compile` stands in for ``re._compiler.compile``."""

    def __init__(self, path: Path, original: Any):
        self.path = path
        self.original = original
        self.version, self.entries = _read(path)
        self.used: set[tuple[str, int]] = set()
        self.added = 0

    def compile(self, p: Any, flags: int = 0) -> Any:
        import _sre
        from re import _compiler, _parser

        if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return self.original(p, flags)  # bytes, parsed patterns (re.Scanner), debugging
        key = (p, flags)
        entry = self.entries.get(key)
        if entry is not None:
            flags_all, code, groups, groupindex, indexgroup = entry
            try:
                code_units = array(_CODE_TYPE, code).tolist()
                compiled = _sre.compile(p, flags_all, code_units, groups, groupindex, indexgroup)
            except Exception:  # refused by the engine: compiled again below
                del self.entries[key]
            else:
                self.used.add(key)
                return compiled
        # What re._compiler.compile does, keeping the code (a bad pattern raises re.error
        # from the parser, as it would there)
        parsed = _parser.parse(p, flags)
        try:
            code = list(map(int, _compiler._code(parsed, flags)))  # opcodes: int subclasses
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, number in groupindex.items():
                indexgroup[number] = name
            flags_all, groups = int(flags | parsed.state.flags), parsed.state.groups - 1
            compiled = _sre.compile(p, flags_all, code, groups, groupindex, tuple(indexgroup))
        except (AttributeError, TypeError):  # internals other than expected: not kept
            return self.original(p, flags)
        self.entries[key] = (
            flags_all,
            array(_CODE_TYPE, code).tobytes(),
            groups,
            groupindex,
            tuple(indexgroup),
        )
        self.used.add(key)
        self.added += 1
        return compiled

    def save(self) -> None:
        """Write the file again if patterns were added (atomically; errors logged)."""
        if not self.added:
            return
        # The file lists the patterns in the order their processes wrote them: others'
        # first (the most recently written kept while they fit), then this process' own.
        # Others only of this version: a file another version wrote keeps none of them.
        stamp = version_stamp()
        others: list[tuple[str, int]] = []
        room = MAX_OTHERS_BYTES if self.version == stamp else -1
        for k in reversed(self.entries if room >= 0 else ()):
            if k in self.used:
                continue
            room -= len(k[0]) + len(self.entries[k][1])
            if room < 0:
                break
            others.append(k)
        keep = [*reversed(others), *(k for k in self.entries if k in self.used)]
        try:
            value = (stamp, {k: self.entries[k] for k in keep})
            dump_kept(self.path, _MAGIC, value, ".patterns-")
        except (OSError, ValueError) as err:  # a read-only or full cache: compiled again
            log.debug("compiled patterns not kept: %s", err)


def _read(path: Path) -> tuple[str, dict[tuple[str, int], _Entry]]:
    """The version stamp and the entries of ``path`` that have the right shape; ``("",
    {})`` if it is unreadable or damaged (its checksum does not match)."""
    loaded = load_kept(path, _MAGIC, MAX_FILE_BYTES)
    if not (
        isinstance(loaded, tuple) and len(loaded) == 2
        and isinstance(loaded[0], str) and isinstance(loaded[1], dict)
    ):  # fmt: skip
        return "", {}
    return loaded[0], {k: v for k, v in loaded[1].items() if _well_formed(k, v)}


def _well_formed(key: Any, entry: Any) -> bool:
    return (
        isinstance(key, tuple) and len(key) == 2
        and isinstance(key[0], str) and type(key[1]) is int
        and isinstance(entry, tuple) and len(entry) == 5
        and type(entry[0]) is int and isinstance(entry[1], bytes)
        and type(entry[2]) is int and isinstance(entry[3], dict)
        and isinstance(entry[4], tuple)
    )  # fmt: skip
