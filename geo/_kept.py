"""Files kept in the cache between processes: a format tag, a checksum, a marshal payload.

The compiled regular expressions (:mod:`geo._patterns`), the maps' compiled templates
(:mod:`geo._templates`) and the water table (:mod:`geo.text.water_kept`) are each kept
as one file: ``magic`` (the format's tag), the payload's CRC-32 (4 bytes,
little-endian), then the payload (:mod:`marshal`).  :func:`dump_kept` replaces a file
whole (a temporary file, then :func:`os.replace`); :func:`load_kept` reads only a
regular file of bounded size and gives None for a missing, damaged or foreign one, so
that a cache that cannot be read or written only costs the time to make it again.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import zlib
from pathlib import Path

__all__ = ["dump_kept", "load_kept", "read_regular"]


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Raises OSError otherwise: a FIFO, a device (``/dev/zero``) or a directory put in
    the file's place must neither block the command nor fill its memory. Opened
    without blocking, then checked on the open descriptor (no race with a swap).
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            raise OSError(f"{path}: not a regular file of at most {limit} bytes")
        data = f.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path}: grew past {limit} bytes")
    return data


def load_kept(path: Path, magic: bytes, limit: int) -> object | None:
    """The value kept in ``path`` under the tag ``magic``, or None when the file is
    missing, not a regular file of at most ``limit`` bytes, tagged otherwise, damaged
    (its checksum does not match) or not a marshal payload.  The caller checks the
    value's shape."""
    try:
        data = read_regular(path, limit)
        start = len(magic) + 4
        payload = data[start:]
        if data[: len(magic)] != magic or data[len(magic) : start] != zlib.crc32(
            payload
        ).to_bytes(4, "little"):
            return None
        return marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def dump_kept(path: Path, magic: bytes, value: object, prefix: str) -> None:
    """Keep ``value`` (marshal-able) in ``path`` under the tag ``magic``, replacing the
    file whole; the temporary file (named ``prefix`` + random, beside it) is removed
    on failure.

    Raises
    ------
    OSError
        The directory or file cannot be written (a read-only or full cache).
    ValueError
        ``value`` holds something marshal cannot write.
    """
    import tempfile

    payload = marshal.dumps(value)
    data = magic + zlib.crc32(payload).to_bytes(4, "little") + payload
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
