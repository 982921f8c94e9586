"""Reading the user's files: one-line errors that say what is wrong."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import InputError

__all__ = [
    "atomic_open",
    "atomic_write",
    "dumps_json",
    "open_text",
    "output_stream",
    "read_text",
    "scrub_text",
]

_SURROGATE = re.compile("[\ud800-\udfff]")


def open_text(path: str | os.PathLike[str], *, what: str = "file") -> IO[str]:
    """Open a UTF-8 text file for reading; an :class:`InputError` naming ``what`` otherwise."""
    try:
        return open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such {what}: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a {what}") from None
    except OSError as err:
        raise InputError(f"cannot read {what} {path}: {err.strerror}") from None


def read_text(
    path: str | os.PathLike[str], *, what: str = "file", max_bytes: int | None = None
) -> str:
    """The whole text of a UTF-8 file (a leading BOM dropped), or a one-line InputError."""
    p = Path(path)
    if max_bytes is not None:
        try:
            size = p.stat().st_size
        except OSError:
            size = 0  # open_text below reports the real problem
        if size > max_bytes:
            raise InputError(f"{p}: {size:,} bytes is too big for a {what} (max {max_bytes:,})")
    with open_text(p, what=what) as f:
        try:
            return f.read().removeprefix("\ufeff")
        except UnicodeDecodeError as err:
            raise InputError(f"{p} is not UTF-8 text ({err.reason} at byte {err.start})") from None


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO]:
    """Open ``path`` for writing through a temporary file renamed into place on success.

    A reader never sees a half-written file, and a failure (an exception inside the
    ``with`` block) leaves no file. ``mode`` is ``"w"`` (UTF-8 text) or ``"wb"``.
    """
    target = Path(path)
    directory = target.resolve().parent
    if not directory.is_dir():
        raise InputError(f"output directory does not exist: {directory}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as err:
        raise InputError(f"cannot write in {directory}: {err.strerror}") from None
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            yield f
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_open`); return the path."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_open(path, "wb") as f:
        f.write(raw)
    return Path(path)


@contextlib.contextmanager
def output_stream(path: str | None) -> Iterator[IO[str]]:
    """Standard output for ``None`` or ``-``, else :func:`atomic_open` on ``path``."""
    if not path or path == "-":
        yield sys.stdout
        return
    with atomic_open(path, "w") as f:
        yield f


def scrub_text(text: str) -> str:
    """``text`` with every unpaired surrogate replaced by U+FFFD (same length, same offsets).

    A JSON ``"\\ud800"`` escape decodes to a lone surrogate, which no UTF-8 writer
    accepts; a Python string holds a valid pair as one character, so any surrogate
    left is unpaired.

    Examples
    --------
    >>> scrub_text("Sumy \\ud800!")
    'Sumy \\ufffd!'
    """
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def _strict(obj):
    """``obj`` with non-finite floats as ``None`` and strings scrubbed (a copy)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, str):
        return scrub_text(obj)
    if isinstance(obj, dict):
        return {scrub_text(str(k)): _strict(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_strict(v) for v in obj]
    return obj


def dumps_json(obj, *, indent: int | None = None, sort_keys: bool = False) -> str:
    """Serialise ``obj`` as strict JSON: the one dump geo uses for JSON, JSONL and GeoJSON.

    Strict means any parser accepts it (Node's ``JSON.parse``, Python rejecting
    constants): a non-finite number (``NaN``, ``Infinity``: a 400-digit figure in
    an article) becomes ``null``, an unpaired surrogate becomes U+FFFD. Non-ASCII
    characters are written as themselves (``ensure_ascii=False``). The common case
    costs one C-encoder pass; the repairing copy is made only when needed.

    Examples
    --------
    >>> dumps_json({"value": float("inf"), "text": "Kyiv \\udc00"})
    '{"value": null, "text": "Kyiv \\ufffd"}'
    >>> dumps_json([1.5, "Київ"])
    '[1.5, "Київ"]'
    """
    options = {"ensure_ascii": False, "allow_nan": False, "indent": indent,
               "sort_keys": sort_keys}
    try:
        text = json.dumps(obj, **options)
    except ValueError:  # NaN or Infinity somewhere
        return json.dumps(_strict(obj), **options)
    if not text.isascii() and _SURROGATE.search(text):
        return json.dumps(_strict(obj), **options)
    return text
