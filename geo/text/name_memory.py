"""Recognition, the text's memory of words that are not places, and of names that are.

The words of a person's or a body's name are remembered so that later, alone, they are
not read as places ("Laura Smith ... Smith said": :mod:`geo.text.people`).  A name
the text has already placed, with a container or a definition ("Gatesville is a city
in Coryell County, Texas", "Mooresville, North Carolina"), stays a place when a body's name
takes it up later ("The Gatesville Messenger", "Mooresville Christian Academy"): :class:`NotPlaces`
refuses those words.  A person's name read before the place keeps its word (as before:
"Shelby Foote ... Shelby, North Carolina ... Shelby said" is the man).
"""

from __future__ import annotations

from .context_rules import placed
from .tokens import Mention

__all__ = ["NotPlaces"]


class NotPlaces(set[str]):
    """Normalised words of people's and bodies' names seen in one text (a set), less
    the names the text placed before them (:meth:`placed_name`).

    Examples
    --------
    >>> memory = NotPlaces()
    >>> memory.add("smith")
    >>> memory.placed_name("clifton")
    >>> memory.add("clifton")
    >>> sorted(memory)
    ['smith']
    """

    def __init__(self) -> None:
        super().__init__()
        self._placed: set[str] = set()

    def add(self, word: str) -> None:
        """Remember ``word`` unless the text has placed a name of it before."""
        if word not in self._placed:
            super().add(word)

    def placed_name(self, key: str) -> None:
        """The text has placed the name ``key``: its word is not remembered from now on."""
        self._placed.add(key)

    def read(self, text: str, mention: Mention) -> None:
        """Note ``mention`` if the text places it: a container ("Mooresville, North
        Carolina") or a definition ("Gatesville is a city in Texas") right after it."""
        if mention.containers or placed(text, mention.end):
            self.placed_name(mention.key)
