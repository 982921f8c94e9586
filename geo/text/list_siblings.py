"""A list name's siblings (:attr:`geo.text.tokens.Mention.siblings`), held once a list.

The names of a list ("Kharkiv, Lyman and Siversk") share one :class:`ListNames`, the
mention indexes of all its names; each name's :class:`Siblings` is a view of it: the
names at most ``reach`` places before and after its own place.  Memory is one index a
name (and a small view), whatever the reach: a tuple of its partners for each name
held ``2 * reach`` indexes a name (a pasted list of 36,000 names, 11 MB).

A view reads as the tuple it stands for (iteration, ``len``, indexing and slices,
equality with a tuple, its ``repr``); dropping mentions renumbers a list once for all
its names (:func:`renumber_siblings`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, overload

__all__ = ["ListNames", "Siblings", "list_siblings", "renumber_siblings"]


class ListNames:
    """The mention indexes of one list's names, in order (``-1``: a name dropped since),
    shared by its names' :class:`Siblings`; ``reach``: how many names either side of a
    name are its siblings."""

    __slots__ = ("dropped", "indexes", "reach", "version")

    def __init__(self, indexes: Iterable[int], reach: int) -> None:
        self.indexes = list(indexes)
        self.reach = reach
        self.dropped = False
        self.version = 0  # counts renumberings: a view's kept indexes are of one version

    def renumber(self, new: Mapping[int, int]) -> None:
        """Each index by its new one in ``new``; a name not in it is dropped."""
        self.indexes = [new.get(i, -1) for i in self.indexes]
        self.dropped = -1 in self.indexes
        self.version += 1


class Siblings(Sequence[int]):
    """The siblings of the name at place ``at`` of a list: the indexes of the names
    ``names.reach`` places either side of it, in order (a dropped one left out).

    >>> names = ListNames([3, 5, 8, 9], reach=2)
    >>> Siblings(names, 0), Siblings(names, 3)
    ((5, 8), (5, 8))
    >>> names.renumber({3: 2, 8: 6, 9: 7})  # the name at 5 dropped
    >>> Siblings(names, 0), len(Siblings(names, 2)), Siblings(names, 0) == (6,)
    ((6,), 2, True)
    """

    __slots__ = ("_near", "_version", "at", "names")

    def __init__(self, names: ListNames, at: int) -> None:
        self.names = names
        self.at = at
        self._version = -1  # the list's version _near was read from (none yet)
        self._near: tuple[int, ...] = ()

    def _indexes(self) -> tuple[int, ...]:
        names, at = self.names, self.at
        if self._version == names.version:  # read once until the list is renumbered
            return self._near
        near = (*names.indexes[max(0, at - names.reach) : at],
                *names.indexes[at + 1 : at + 1 + names.reach])
        self._near = tuple(i for i in near if i >= 0) if names.dropped else near
        self._version = names.version
        return self._near

    def __iter__(self) -> Iterator[int]:
        return iter(self._indexes())

    def __len__(self) -> int:
        return len(self._indexes())

    def __bool__(self) -> bool:
        return bool(self._indexes())

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[int, ...]: ...
    def __getitem__(self, i: Any) -> Any:
        return self._indexes()[i]

    def __contains__(self, value: object) -> bool:
        return value in self._indexes()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Siblings | tuple):
            return self._indexes() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a mutable view: not hashable

    def __repr__(self) -> str:
        return repr(self._indexes())


def renumber_siblings(mentions: Iterable[Any], new: Mapping[int, int]) -> None:
    """Renumber the siblings of ``mentions`` by ``new`` (old index -> new index; a
    sibling not in it is left out): each shared list once, a tuple of siblings (given
    by hand) in place.  The mentions are changed in place."""
    seen: set[int] = set()
    for m in mentions:
        siblings = m.siblings
        if isinstance(siblings, Siblings):
            if id(siblings.names) not in seen:
                seen.add(id(siblings.names))
                siblings.names.renumber(new)
        elif siblings:
            m.siblings = tuple(new[i] for i in siblings if i in new)


def list_siblings(group: Sequence[int], reach: int) -> list[Siblings]:
    """The siblings of each name of a list (mention indexes ``group``), one shared list.

    >>> list_siblings([4, 6, 7], reach=16)
    [(6, 7), (4, 7), (4, 6)]
    """
    names = ListNames(group, reach)
    return [Siblings(names, at) for at in range(len(group))]
