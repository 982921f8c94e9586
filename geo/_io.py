"""Reading the user's files: one-line errors that say what is wrong."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from .errors import InputError

__all__ = ["open_text", "read_text"]


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
