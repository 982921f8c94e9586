"""Find a place by the last part of its compound name: "Macina" for Ké-Macina.

Some places GeoNames names with a short particle joined by a hyphen before the name
copy writes alone: Mali's Ké-Macina is "Macina" in wire copy, as Diafarabé's neighbour.
:class:`CompoundTails` is that look-up stage of :class:`geo.gazetteer.lookups.RecordSearch`
(a mixin of the index class, like it): :meth:`~CompoundTails.lookup_tail` finds the places
whose primary name is one such compound ("Ké-Macina": a head of one to three letters, a
hyphen, one word of four letters or more) with the given last part.  A parser asks it
only for a name no exact look-up finds (:func:`geo.text.spellings.unknown_name`).

Cost: the table of tails is built once per gazetteer, on first use, from the places
whose names hold a hyphen with a short head before it (vectorised searches of the names
blob's bytes, :func:`short_head_records`, then a few hundred names decoded); each look-up
is then a dictionary's.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .candidate import Candidate
from .codes import QUALITY_ALTERNATE
from .normalize import normalize

__all__ = ["CompoundTails", "compound_tail", "short_head_records"]

#: Letters a compound's head has at most ("Ké-", "Tin-"); longer heads are names of
#: their own ("Kamianets-Podilskyi").
_HEAD_MAX = 3
#: Letters its tail has at least ("Macina").
_TAIL_MIN = 4
#: Heads that abbreviate a saint's title ("St-Bruno", "San-Pédro"): the tail is the
#: saint's name, which copy does not write for the place.
_SAINTS = frozenset({"s", "st", "ste", "sta", "sto", "san", "sao"})
_HYPHEN = ord("-")
#: Bytes a head of :data:`_HEAD_MAX` letters has at most in UTF-8.
_HEAD_BYTES = 4 * _HEAD_MAX


def compound_tail(name: str) -> str:
    """The normalised last part of a compound place name with a short head, "" for any
    other name.

    >>> compound_tail("Ké-Macina"), compound_tail("Tin-Akoff")
    ('macina', 'akoff')
    >>> compound_tail("Kamianets-Podilskyi"), compound_tail("Ké-Ma"), compound_tail("Goma")
    ('', '', '')
    >>> compound_tail("Ké-Macina-Sud"), compound_tail("Ké Macina"), compound_tail("St-Bruno")
    ('', '', '')
    """
    head, hyphen, tail = name.partition("-")
    if (
        not hyphen
        or not 1 <= len(head) <= _HEAD_MAX
        or not head.isalpha()
        or normalize(head) in _SAINTS
        or len(tail) < _TAIL_MIN
        or not tail.isalpha()
    ):
        return ""
    return normalize(tail)


def short_head_records(raw: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """The records (sorted) whose name in the UTF-8 names blob ``raw`` (bytes, uint8;
    record ``r``'s name is ``raw[offsets[r]:offsets[r + 1]]``) has a hyphen, 1 to
    :data:`_HEAD_MAX` characters before its first one and :data:`_TAIL_MIN` bytes or
    more after it: the only names :func:`compound_tail` may find a tail in, read from
    the bytes without decoding a name.

    A character is one byte that does not continue another (not ``0b10xxxxxx``), and
    at most four, so a head of three characters has at most :data:`_HEAD_BYTES` bytes;
    a tail of four characters has four bytes or more.  Of the 10,551 place names with a
    hyphen, 442 pass (Ké-Macina, Neu-Anif); the others need not be decoded (Ivano-Frankivsk).

    >>> blob = "Ivano-Frankivsk|Ké-Macina|Ké-Ma|Goma".replace("|", "").encode()
    >>> ends = [0, 15, 25, 31, 35]
    >>> short_head_records(np.frombuffer(blob, np.uint8), np.array(ends)).tolist()
    [1]
    """
    hyphens = np.flatnonzero(raw == _HYPHEN)
    records, first = np.unique(np.searchsorted(offsets, hyphens, "right") - 1, return_index=True)
    if not records.shape[0]:
        return records
    at = hyphens[first]  # each record's first hyphen
    start = offsets[records].astype(np.int64)
    head_bytes = at - start
    k = np.arange(_HEAD_BYTES)
    window = raw[np.minimum(start[:, None] + k, raw.shape[0] - 1)]
    letters = (((window & 0xC0) != 0x80) & (k < head_bytes[:, None])).sum(axis=1)
    tail_bytes = offsets[records + 1].astype(np.int64) - at - 1
    keep = (
        (head_bytes <= _HEAD_BYTES) & (letters >= 1) & (letters <= _HEAD_MAX)
        & (tail_bytes >= _TAIL_MIN)
    )  # fmt: skip
    return records[keep]


class CompoundTails:
    """The look-up of a compound place name by its last part: a mixin reading the index's
    names blob and place count (declared below) and its ``memo`` and ``name``."""

    _blobs: dict[str, tuple[Any, np.ndarray]]
    _n_places: int

    def lookup_tail(self, normalized: str) -> list[Candidate]:
        """The places whose primary name is a compound with a short head and this last
        part (:func:`compound_tail`), as alternate-name candidates
        (:data:`~geo.gazetteer.codes.QUALITY_ALTERNATE`), most populous first; empty for
        a name no such compound ends with."""
        memo = self.memo("compound_tails")  # type: ignore[attr-defined]
        table = memo.get("")
        if table is None:
            table = memo[""] = self._tail_table()
        return [Candidate(r, QUALITY_ALTERNATE) for r in table.get(normalized, ())]

    def _tail_table(self) -> dict[str, tuple[int, ...]]:
        data, offsets = self._blobs["names"]
        end = int(offsets[self._n_places]) if self._n_places else 0
        raw = np.frombuffer(data, dtype=np.uint8, count=end) if end else np.empty(0, np.uint8)
        table: dict[str, list[int]] = {}
        for record in short_head_records(raw, offsets).tolist():
            tail = compound_tail(self.name(record))  # type: ignore[attr-defined]
            if tail:
                table.setdefault(tail, []).append(record)
        population = self.population  # type: ignore[attr-defined]
        return {
            tail: tuple(sorted(found, key=lambda r: (-population(r), r)))
            for tail, found in table.items()
        }
