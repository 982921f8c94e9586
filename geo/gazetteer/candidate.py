"""A record a name look-up found, and the bound on the gazetteer's memos.

Shared by the look-up stages (:mod:`geo.gazetteer.lookups`, exact names;
:mod:`geo.gazetteer.spelling_search`, close spellings; :mod:`geo.gazetteer.compound_tails`,
the last part of a compound name) and re-exported by :mod:`geo.gazetteer.lookups` and
:mod:`geo.gazetteer.index`.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Candidate"]

#: Entries a memo of the gazetteer holds before it is emptied.
_MEMO_SIZE = 200_000


class Candidate(NamedTuple):
    """A record matched by name: ``quality`` 0 primary name, 1 alias, 2 alternate name."""

    record: int
    quality: int
