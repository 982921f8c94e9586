"""Find a place by the last part of its compound name: "Macina" for Ké-Macina.

Some places GeoNames names with a short particle joined by a hyphen before the name
copy writes alone: Mali's Ké-Macina is "Macina" in wire copy, as Diafarabé's neighbour.
:class:`CompoundTails` is that look-up stage of :class:`geo.gazetteer.lookups.RecordSearch`
(a mixin of the index class, like it): :meth:`~CompoundTails.lookup_tail` finds the places
whose primary name is one such compound ("Ké-Macina": a head of one to three letters, a
hyphen, one word of four letters or more) with the given last part.  A parser asks it
only for a name no exact look-up finds (:func:`geo.text.spellings.unknown_name`).

Cost: the table of tails is built once per gazetteer, on first use, from the places
whose names hold a hyphen (one vectorised search of the names blob, then a few thousand
names); each look-up is then a dictionary's.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .candidate import Candidate
from .codes import QUALITY_ALTERNATE
from .normalize import normalize

__all__ = ["CompoundTails", "compound_tail"]

#: Letters a compound's head has at most ("Ké-", "Tin-"); longer heads are names of
#: their own ("Kamianets-Podilskyi").
_HEAD_MAX = 3
#: Letters its tail has at least ("Macina").
_TAIL_MIN = 4
#: Heads that abbreviate a saint's title ("St-Bruno", "San-Pédro"): the tail is the
#: saint's name, which copy does not write for the place.
_SAINTS = frozenset({"s", "st", "ste", "sta", "sto", "san", "sao"})
_HYPHEN = ord("-")


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
        records = np.unique(np.searchsorted(offsets, np.flatnonzero(raw == _HYPHEN), "right") - 1)
        table: dict[str, list[int]] = {}
        for record in records.tolist():
            tail = compound_tail(self.name(record))  # type: ignore[attr-defined]
            if tail:
                table.setdefault(tail, []).append(record)
        population = self.population  # type: ignore[attr-defined]
        return {
            tail: tuple(sorted(found, key=lambda r: (-population(r), r)))
            for tail, found in table.items()
        }
