"""A fetched reply's body as sent before compression (``Content-Encoding``), capped.

:func:`unpacked` undoes gzip and deflate, layer by layer, never past a cap: a
decompression bomb is refused, not unpacked.  :data:`MAX_BYTES` is the largest
article geo reads from a file, standard input or the network.
"""

from __future__ import annotations

from .errors import InputError

__all__ = ["MAX_BYTES", "unpacked"]

#: The largest article (bytes) geo reads, from a file, standard input or the network.
MAX_BYTES = 50_000_000


def unpacked(data: bytes, encoding: str, name: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A reply's body as sent before compression: ``Content-Encoding`` gzip or deflate
    (or a gzip body sent without saying so), unpacked to at most ``max_bytes``.

    Raises
    ------
    InputError
        An encoding geo cannot read, a corrupt compressed body, or one that unpacks
        past ``max_bytes`` (a decompression bomb), each naming ``name``.

    Examples
    --------
    >>> import gzip
    >>> unpacked(gzip.compress(b"<p>Sumy</p>"), "gzip", "page")
    b'<p>Sumy</p>'
    >>> unpacked(gzip.compress(b"a" * 1000), "", "page", max_bytes=100)
    Traceback (most recent call last):
    ...
    geo.errors.InputError: page: the compressed page unpacks to more than 100 bytes, \
too big for an article
    """
    import zlib

    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings and data[:3] == b"\x1f\x8b\x08":  # gzip, unannounced
        codings = ["gzip"]
    for coding in reversed(codings):  # the last coding applied is undone first
        if coding in ("gzip", "x-gzip"):
            wbits = [31]
        elif coding == "deflate":  # zlib-wrapped as the RFC says, or raw as some send
            wbits = [15, -15]
        else:
            raise InputError(f"{name}: the page is sent {coding}-encoded, which geo "
                             "cannot read (gzip and deflate only)")
        for i, bits in enumerate(wbits):
            unpacker = zlib.decompressobj(bits)
            try:
                out = unpacker.decompress(data, max_bytes + 1)
            except zlib.error as err:
                if i + 1 < len(wbits):
                    continue
                raise InputError(f"{name}: the {coding} page is corrupt ({err})") from None
            break
        if len(out) > max_bytes or unpacker.unconsumed_tail:
            raise InputError(f"{name}: the compressed page unpacks to more than "
                             f"{max_bytes:,} bytes, too big for an article")
        data = out
    return data
