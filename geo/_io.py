"""Reading the user's files: one-line errors that say what is wrong."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from ._json import dumps_json, iter_json, scrub_text
from ._output_errors import NamedStdout, naming_output
from ._output_paths import (
    check_output_path,
    check_path_type,
    is_special_file,
    no_directory,
    unwritable,
)
from .errors import InputError

__all__ = [
    "NamedStdout",
    "atomic_open",
    "atomic_write",
    "check_output_path",
    "check_path_type",
    "check_size",
    "decode_text",
    "dumps_json",
    "is_special_file",
    "iter_json",
    "naming_output",
    "no_directory",
    "open_text",
    "output_stream",
    "read_stdin_text",
    "read_text",
    "scrub_text",
    "staged_outputs",
    "unwritable",
]


# Byte-order marks of encodings that are not UTF-8 (UTF-32 first: it starts like UTF-16).
_OTHER_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
# C0 control characters that plain text does not hold (tab, newlines, form feed are fine).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\x0b\x0c") | {"\x7f"}


def open_text(path: str | os.PathLike[str], *, what: str = "file") -> IO[str]:
    """Open a UTF-8 text file for reading; an :class:`InputError` naming ``what`` otherwise."""
    try:
        return open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such {what}: {path}") from None
    except IsADirectoryError:
        article = "an" if what[:1] in "aeiou" else "a"
        raise InputError(f"{path} is a directory, not {article} {what}") from None
    except OSError as err:
        raise InputError(f"cannot read {what} {path}: {err.strerror}") from None


def read_text(
    path: str | os.PathLike[str],
    *,
    what: str = "file",
    max_bytes: int | None = None,
    limit_note: str = "",
) -> str:
    """The whole text of a UTF-8 file (a leading BOM dropped), or a one-line InputError."""
    p = Path(path)
    if max_bytes is not None:
        try:
            size = p.stat().st_size
        except OSError:
            size = 0  # open_text below reports the real problem
        if size > max_bytes:
            raise InputError(
                f"{p} is too big: {size:,} bytes, over the {what} limit of "
                f"{max_bytes:,}{limit_note}"
            )
    with open_text(p, what=what) as f:
        try:
            data = f.buffer.read(max_bytes + 1 if max_bytes is not None else -1)
        except OSError as err:
            raise InputError(f"cannot read {what} {p}: {err.strerror}") from None
    if max_bytes is not None and len(data) > max_bytes:  # grew, or a pipe / device
        raise InputError(
            f"{p} is too big: over the {what} limit of {max_bytes:,} bytes{limit_note}"
        )
    return decode_text(data, name=str(p))


def read_stdin_text(
    *, what: str = "input", max_bytes: int | None = None, limit_note: str = ""
) -> str:
    """Standard input, checked and decoded exactly like a file (:func:`decode_text`)."""
    data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes is not None else -1)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            f"standard input is too big: over the {what} limit of {max_bytes:,} bytes{limit_note}"
        )
    return decode_text(data, name="standard input")


def decode_text(data: bytes, *, name: str) -> str:
    """Decode a UTF-8 document (a leading BOM dropped); a one-line InputError otherwise.

    Refused, with the reason: text in another encoding marked by its byte-order mark
    (UTF-16, UTF-32), bytes that are not UTF-8 (Latin-1, binary files), and NUL or
    other control characters that text does not hold (binary data, or UTF-16 without
    a byte-order mark, whose ASCII letters alternate with NUL bytes).

    Examples
    --------
    >>> decode_text("Kyiv".encode(), name="a.txt")
    'Kyiv'
    >>> decode_text("Kyiv".encode("utf-16-le"), name="a.txt")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: a.txt is not text: it holds NUL bytes (binary data, or UTF-16 \
without a byte-order mark: convert it to UTF-8)
    >>> decode_text(b"\\x7fELF\\x02\\x01\\x01\\x00\\x00\\xa8\\xff", name="a.out")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: a.out is not text: it holds NUL bytes (binary data, or UTF-16 \
without a byte-order mark: convert it to UTF-8)
    """
    for bom, encoding in _OTHER_BOMS:
        if data.startswith(bom):
            raise InputError(f"{name} is {encoding} text: convert it to UTF-8")
    if b"\x00" in data:  # before decoding: a binary file is no Latin-1 text to convert
        raise InputError(
            f"{name} is not text: it holds NUL bytes (binary data, or UTF-16 without a "
            "byte-order mark: convert it to UTF-8)"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name} is not UTF-8 text ({err.reason} at byte {err.start}; Latin-1 or "
            "Windows-1252 text must be converted to UTF-8 first)"
        ) from None
    controls = sum(1 for c in text if c in _CONTROL)
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name} is not text: {controls:,} control characters")
    return text.removeprefix("\ufeff")


@contextlib.contextmanager
def staged_outputs(
    targets: Mapping[str, str | os.PathLike[str]],
) -> Iterator[dict[str, Path]]:
    """Write several files all or none.

    Yields a mapping of the same keys to staging paths (same file names, in a hidden
    temporary folder next to each target). When the ``with`` block succeeds, every
    staged file that was written is moved onto its target; when it fails, none is
    and the staging folders are removed. Should a move fail half-way (a full disk),
    the InputError says which files were written and which were not.
    """
    import shutil  # tempfile and shutil: only where a file is written
    import tempfile

    folders: dict[Path, Path] = {}
    staged: dict[str, Path] = {}
    try:
        for key, target in targets.items():
            t = Path(target) if is_special_file(target) else Path(os.path.realpath(target))
            # A device or pipe is written in place at the end: stage it in the temp dir.
            parent = Path(tempfile.gettempdir()) if is_special_file(t) else t.parent
            if parent not in folders:
                try:
                    folders[parent] = Path(tempfile.mkdtemp(prefix=".geo-staged-", dir=parent))
                except OSError as err:
                    raise InputError(f"cannot write in {parent}: {err.strerror}") from None
            staged[key] = folders[parent] / t.name
        try:
            yield dict(staged)
        except InputError as err:  # a full disk: name the file asked for, not its stage
            message = str(err)
            for key, path in staged.items():
                message = message.replace(str(path), str(targets[key]))
            if message == str(err):
                raise
            raise InputError(message) from None
        done: list[str] = []
        # Devices and pipes first: they are written in place and may fail (/dev/full)
        # before any regular file has been moved, so a failure leaves none behind.
        order = sorted(targets, key=lambda k: not is_special_file(targets[k]))
        for key in order:
            target = targets[key]
            if not staged[key].exists():
                continue
            try:
                _move_into_place(staged[key], target)
            except BrokenPipeError:  # the reader of a pipe went away: exit 141, as ever
                raise
            except OSError as err:
                left = [
                    str(targets[k])
                    for k in order
                    if k not in done and k != key and staged[k].exists()
                ]
                verb = "write" if is_special_file(target) else "move into place"
                raise InputError(
                    f"could not {verb} {target} ({err.strerror}); written: "
                    f"{', '.join(str(targets[k]) for k in done) or 'none'}; not written: "
                    f"{', '.join([str(target), *left])}"
                ) from None
            done.append(key)
    finally:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)


def _move_into_place(staged: Path, target: str | os.PathLike[str]) -> None:
    """Move a finished file onto ``target``: renamed over a regular file (through a
    symlink, onto the file it points to), copied into a device or a pipe."""
    if is_special_file(target):
        import shutil

        with open(staged, "rb") as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return
    os.replace(staged, os.path.realpath(target))


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO]:
    """Open ``path`` for writing through a temporary file renamed into place on success.

    A reader never sees a half-written file, and a failure (an exception inside the
    ``with`` block) leaves no file. ``mode`` is ``"w"`` (UTF-8 text) or ``"wb"``.
    A full disk or device is an :class:`InputError` naming ``path``
    (:func:`naming_output`).
    """
    check_path_type(path)
    encoding = {} if "b" in mode else {"encoding": "utf-8"}
    with naming_output(path):
        if is_special_file(path):  # a device or a named pipe: written in place, never replaced
            with open(path, mode, **encoding) as f:
                yield f
            return
        target = Path(os.path.realpath(path))  # through a symlink: the link stays a link
        if not str(path):
            raise InputError("cannot write an empty file name: give a file name")
        if target.is_dir():
            raise InputError(f"cannot write {path}: it is a directory, give a file name")
        directory = target.parent
        if not directory.is_dir():
            raise InputError(f"cannot write {path}: {no_directory(directory)}")
        import tempfile  # only where a file is written

        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        except OSError as err:
            raise InputError(f"cannot write in {directory}: {err.strerror}") from None
        try:
            with os.fdopen(fd, mode, **encoding) as f:
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
        with naming_output("-"):
            yield sys.stdout
            sys.stdout.flush()  # a full disk or device is found here, and named
        return
    with atomic_open(path, "w") as f:
        yield f


def check_size(text: str, max_chars: int, name: str) -> None:
    """An InputError when ``text`` is longer than ``max_chars`` characters (0: no limit)."""
    if max_chars and len(text) > max_chars:
        raise InputError(
            f"{name}: {len(text):,} characters is over the limit of {max_chars:,} "
            "(--max-chars N raises it; 0 for no limit)"
        )
