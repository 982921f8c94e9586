"""A JSON-lines input that is no text, told from its first bytes.

A compressed corpus (``corpus.jsonl.gz``), an archive or a binary file given as
``--jsonl`` would otherwise be read line by line, each "line" refused with its own
warning: thousands of them for one wrong file. :func:`refuse_binary` refuses the file
once, naming what it is.
"""

from __future__ import annotations

from .errors import InputError

__all__ = ["HEAD_BYTES", "refuse_binary"]

#: How much of a JSONL input is looked at for a binary file's signs.
HEAD_BYTES = 4096
#: Signatures of compressed files and archives that people give as JSON lines.
_PACKED = ((b"\x1f\x8b", "gzip-compressed: decompress it first (gunzip)"),
           (b"PK\x03\x04", "a zip archive: extract its JSON lines first (unzip)"),
           (b"BZh", "bzip2-compressed: decompress it first (bunzip2)"),
           (b"\xfd7zXZ\x00", "xz-compressed: decompress it first (unxz)"),
           (b"(\xb5/\xfd", "zstd-compressed: decompress it first (unzstd)"))


def refuse_binary(name: str, head: bytes) -> None:
    r"""Refuse a JSONL input whose first bytes ``head`` show it is no UTF-8 text: a
    compressed file or archive, or NUL bytes (a binary file, or UTF-16/32 text), which
    no JSON line holds. One error for the file, not one per line.

    Raises
    ------
    InputError
        The input is compressed, an archive, or holds NUL bytes.

    Examples
    --------
    >>> refuse_binary("a.jsonl", b'{"id": 1, "text": "Sumy"}\n')
    >>> refuse_binary("a.jsonl.gz", b"\x1f\x8b\x08\x00")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geo.errors.InputError: a.jsonl.gz is not JSON lines: it is gzip-compressed: ...
    """
    for magic, what in _PACKED:
        if head.startswith(magic):
            raise InputError(f"{name} is not JSON lines: it is {what}")
    if b"\x00" in head:
        raise InputError(f"{name} is not JSON lines: it holds NUL bytes (a binary file, or "
                         "text in UTF-16 or UTF-32: JSON lines are UTF-8)")
