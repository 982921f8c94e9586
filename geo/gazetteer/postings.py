"""How many names the index holds for a record, from its name postings.

:meth:`geo.gazetteer.lookups.RecordSearch.name_count` asks :func:`count_names`: the
postings (every name's records, about a million entries) are scanned once a record
(about a millisecond), until a process has asked for :data:`SCANS_BEFORE_COUNTING`
records; then every record's names are counted at once (:func:`numpy.bincount`, about
thirty scans' time) and kept, so a corpus run pays one pass instead of one a record.
Both give the same counts.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["SCANS_BEFORE_COUNTING", "count_names"]

#: Records counted one scan each before every record's names are counted at once.
SCANS_BEFORE_COUNTING = 32


def count_names(post: np.ndarray, record: int, kept: dict[str, Any], asked: int) -> int:
    """How many entries of the postings ``post`` are ``record``.

    ``kept``: a dict that keeps every record's count once made; ``asked``: how many
    records were counted before (by scanning, while fewer than
    :data:`SCANS_BEFORE_COUNTING`).

    >>> post = np.array([3, 1, 3, 0], dtype=np.uint32)
    >>> [count_names(post, r, {}, 0) for r in (3, 1, 2, 9)]
    [2, 1, 0, 0]
    >>> kept = {}
    >>> [count_names(post, r, kept, 99) for r in (3, 1, 2, 9)], sorted(kept)
    ([2, 1, 0, 0], ['all'])
    """
    every = kept.get("all")
    if every is None and asked >= SCANS_BEFORE_COUNTING:
        every = kept["all"] = np.bincount(post)
    if every is None:
        return int(np.count_nonzero(post == record))
    return int(every[record]) if 0 <= record < every.shape[0] else 0
