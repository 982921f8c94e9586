"""Failed writes that name their output: the operating system's error for a full disk
or device (``/dev/full``) names no file, so geo says which output it was, standard
output included. :mod:`geo._io` writes every output through these."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from typing import IO

from .errors import InputError

__all__ = ["NamedStdout", "naming_output"]


class NamedStdout:
    """Standard output whose failed writes name it (:func:`naming_output`): ``geo``
    puts it in place of :data:`sys.stdout` while a command runs."""

    def __init__(self, stream: IO[str] | None) -> None:
        self.stream = stream  # None when the process started with it closed (``>&-``)

    def write(self, text: str) -> int:
        if self.stream is None:
            raise _closed()
        with naming_output("-"):
            return self.stream.write(text)

    def flush(self) -> None:
        if self.stream is None:
            return  # nothing was written
        with naming_output("-"):
            self.stream.flush()

    def __getattr__(self, name: str):
        if self.stream is None:
            raise _closed()  # its ``buffer``, its ``fileno()``
        return getattr(self.stream, name)


def _closed() -> OSError:
    """The error of a write to standard output when the process has none (``>&-``)."""
    return OSError(errno.EBADF, "standard output is closed")


# Errors of a write that the user fixes at the output: a full disk or device, a quota,
# a file size limit, a read-only file system.
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS})


@contextlib.contextmanager
def naming_output(path: str | os.PathLike[str] | None) -> Iterator[None]:
    """Turn a failed write inside the block into an :class:`InputError` naming ``path``
    (``None`` or ``-``: standard output).

    The operating system's error for a write to a full disk or device (``/dev/full``)
    names no file: ``No space left on device``, but where? Errors that name their
    file, and other errors, pass unchanged.

    Examples
    --------
    >>> with naming_output("/dev/full"):
    ...     raise OSError(errno.ENOSPC, "No space left on device")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: cannot write /dev/full: No space left on device
    """
    try:
        yield
    except OSError as err:
        if err.filename is not None or err.errno not in _WRITE_ERRORS:
            raise
        name = "standard output" if path is None or str(path) == "-" else str(path)
        raise InputError(f"cannot write {name}: {err.strerror}") from None
