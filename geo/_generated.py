"""The methods :mod:`dataclasses` writes, kept compiled between processes, for ``geo``.

:func:`dataclasses.dataclass` writes each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` (a frozen class's ``__setattr__`` and ``__delattr__``, a
slotted one's ``__getstate__``...) as Python source and compiles it with :func:`exec`
as the class is made. ``geo``'s records are many and some are wide
(:class:`geo.text.weights.Weights` has 34 fields): compiling their methods was about
9 % of the instructions of ``geo parse ARTICLE``, in every process.

:func:`kept_generated` has :mod:`dataclasses` run the code compiled from the same
source (the code :func:`exec` compiles from it: file name ``"<string>"``, no future
flags of the caller inherited) kept in a file of the user cache, keyed by the source
itself, so a class made otherwise (another version of ``geo``, another field) only
misses. The classes, their methods and every output are the same. The file is tagged
with the interpreter (the compiled code is its own), replaced whole, and ignored when
unreadable, damaged or of another shape: then the methods are compiled as usual.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

from ._kept import dump_kept, load_kept

__all__ = ["generated_file", "kept_generated"]

log = logging.getLogger(__name__)

#: Source of the methods a process did not use kept with those it used (characters):
#: other commands' classes, the most recently written first.
MAX_OTHERS_CHARS = 2 << 20
#: A file larger than this is not read (``geo``'s own methods are about 0.3 MB).
MAX_FILE_BYTES = 16 << 20
# Then the payload's CRC-32 (4 bytes, little-endian), then the payload: the marshalled
# {source: code}.
_MAGIC = b"geo-generated-1\n"


def generated_file(directory: str | os.PathLike[str]) -> Path:
    """The file in ``directory`` for this interpreter's compiled methods."""
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return Path(directory) / f"generated-{tag}.marshal"


@contextlib.contextmanager
def kept_generated(directory: str | os.PathLike[str]) -> Iterator[None]:
    """Inside, the methods :mod:`dataclasses` generates are read from (and new ones
    added to) the file in ``directory`` (:func:`generated_file`); it is written on
    leaving, when methods were added. For a process of its own (the ``geo`` command):
    the hook is module-wide while it lasts."""
    import dataclasses

    if sys.implementation.name != "cpython" or "exec" in vars(dataclasses):
        yield  # another implementation, or a hook in place already
        return
    store = _Store(generated_file(directory), vars(dataclasses))
    dataclasses.exec = store.exec  # type: ignore[attr-defined]  # read before builtins
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
        store.save()


class _Store:
    """The methods of one file: :meth:`exec` stands in for :func:`exec` in
    :mod:`dataclasses`."""

    def __init__(self, path: Path, caller: dict[str, Any]):
        self.path = path
        self.caller = caller  # the globals exec() would default to: the module's
        self.entries: dict[str, CodeType] | None = None  # read when first asked
        self.used: set[str] = set()
        self.added = 0

    def exec(self, source: Any, globals: Any = None, locals: Any = None) -> None:
        if globals is None:
            globals = self.caller
        if not isinstance(source, str):  # code already: nothing to keep
            return builtins.exec(source, globals, locals)
        if self.entries is None:
            self.entries = _read(self.path)
        code = self.entries.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.entries[source] = code
            self.added += 1
        self.used.add(source)
        return builtins.exec(code, globals, locals)

    def save(self) -> None:
        """Write the file again if methods were added (atomically; errors logged)."""
        if not self.added or self.entries is None:
            return
        others: list[str] = []
        room = MAX_OTHERS_CHARS
        for source in reversed(self.entries):
            if source in self.used:
                continue
            room -= len(source)
            if room < 0:
                break
            others.append(source)
        keep = [*reversed(others), *(s for s in self.entries if s in self.used)]
        try:
            dump_kept(self.path, _MAGIC, {s: self.entries[s] for s in keep}, ".generated-")
        except (OSError, ValueError) as err:  # a read-only or full cache: compiled again
            log.debug("generated methods not kept: %s", err)


def _read(path: Path) -> dict[str, CodeType]:
    """The entries of ``path`` that have the right shape; none if it is unreadable or
    damaged (its checksum does not match)."""
    loaded = load_kept(path, _MAGIC, MAX_FILE_BYTES)
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(k, str) and type(v) is CodeType}
