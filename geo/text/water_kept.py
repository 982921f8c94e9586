"""The water table kept between processes, in the cache directory.

Making :func:`~geo.text.water_table.water_table` from ``geo/data/water.json`` costs
about 135 M machine instructions in every process that meets a water name (the
news corpora's processes all do): reading and decoding 1.96 MB of JSON, 1.7 MB of it
the bodies' WKT, then a normalised key for each of their names.  The table as made (its
JSON rows and its index of names, before any record is made from a row) is kept in the
cache directory (:func:`~geo.gazetteer.cache.cache_dir`) as one marshal file: a later
process loads it in about 27 M.

The file carries a stamp of what made it (:func:`source_stamp`: the interpreter, and
the paths, sizes and modification times of the JSON and of the code that indexes it),
a checksum of its content and a format tag; a file whose stamp, checksum (CRC-32) or shape does
not match is ignored and the table is made from the JSON again (and kept again).  The
file is only ever replaced whole; a cache that cannot be written only costs the time.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from .._kept import dump_kept, load_kept

__all__ = ["keep", "kept_file", "load", "source_stamp"]

log = logging.getLogger(__name__)

# Then the payload's CRC-32 (4 bytes, little-endian), then the payload: the marshalled
# (stamp, rows, index of names).
_MAGIC = b"geo-water-1\n"
#: A kept table larger than this is not read (the table's is about 2 MB).
MAX_FILE_BYTES = 16 << 20

_Kept = tuple[list[dict[str, Any]], dict[str, list[int]]]


def kept_file(directory: str | os.PathLike[str]) -> Path:
    """The kept table's file in ``directory``."""
    return Path(directory) / f"water-{sys.implementation.cache_tag}-m{marshal.version}.marshal"


def source_stamp(source: Path) -> str:
    """A stamp of what a table made from ``source`` depends on: the interpreter (its
    marshal format, its Unicode database), the paths, sizes and modification times of
    ``source`` and of the modules that make the index of names (``water_table``,
    ``gazetteer.normalize``). Three ``stat`` calls."""
    from ..gazetteer import normalize
    from . import water_table

    h = hashlib.sha256(f"{sys.hexversion:x}:{marshal.version}".encode())
    for path in (source, Path(water_table.__file__), Path(normalize.__file__)):
        st = os.stat(path)
        h.update(f";{Path(path).resolve()}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def load(directory: str | os.PathLike[str], source: Path) -> _Kept | None:
    """The rows and the index of names kept in ``directory`` for ``source``, or None
    (no file, another source or version, a damaged file: the table is made again)."""
    try:
        stamp = source_stamp(source)
    except OSError:
        return None
    loaded = load_kept(kept_file(directory), _MAGIC, MAX_FILE_BYTES)
    if not (
        isinstance(loaded, tuple) and len(loaded) == 3 and loaded[0] == stamp
        and isinstance(loaded[1], list) and isinstance(loaded[2], dict)
    ):  # fmt: skip
        return None
    return loaded[1], loaded[2]


def keep(
    directory: str | os.PathLike[str],
    source: Path,
    rows: list[dict[str, Any]],
    by_key: dict[str, list[int]],
) -> bool:
    """Write the table made from ``source`` (its JSON ``rows``, its index of names
    ``by_key``) to ``directory``, atomically; False (logged) if it cannot be kept."""
    try:
        value = (source_stamp(source), rows, by_key)
        dump_kept(kept_file(directory), _MAGIC, value, ".water-")
        return True
    except (OSError, ValueError, TypeError) as err:  # a read-only or full cache: made again
        log.debug("water table not kept: %s", err)
        return False
