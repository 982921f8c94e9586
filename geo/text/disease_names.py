"""Recognition: diseases and relief bodies named like places.

A disease named after the place it was first found in ("the Marburg virus", "Lassa
fever", "Ebola haemorrhagic fever") is no place where its disease word follows it
(:data:`DISEASE_WORDS`, asked by :mod:`geo.text.context_rules`), and a report on it
goes on to name it bare ("because Marburg kills more slowly"): :func:`remember_disease`
remembers its word as a body's is remembered (:meth:`geo.text.name_memory.NotPlaces.add_body`),
so that later, alone, it is the disease, and still the place after a preposition of
place or with its container ("first found in Marburg, Germany").  A country, a
first-level region or a city of a million keeps its name whatever disease bears it
("the Hong Kong flu ... Hong Kong reported").

The Red Cross and the Red Crescent are relief bodies, never the hamlets so called
(Red Cross, North Carolina) unless the text places them: :func:`relief_body`.
"""

from __future__ import annotations

from ..gazetteer.index import Gazetteer
from .name_memory import placed

__all__ = ["DISEASE_WORDS", "relief_body", "remember_disease"]

#: After a name: a disease or its agent named after the place ("Marburg haemorrhagic fever").
DISEASE_WORDS = frozenset(
    "virus viruses ebolavirus fever flu influenza disease haemorrhagic hemorrhagic".split()
)
#: A name this widely lived in stays a place when a disease bears it.
_CITY_KEEPS_NAME = 1_000_000
#: Relief bodies named like places (normalised names).
_RELIEF_BODIES = frozenset(("red cross", "red crescent", "red crystal"))


def remember_disease(gaz: Gazetteer, not_places: set[str], key: str) -> None:
    """Remember ``key`` (a normalised one-word name just read before a disease word) in
    the text's memory ``not_places`` as a body's word, unless it names a country or a
    first-level region or a place of a million people.  A plain set remembers it
    outright.

    >>> from geo.text.name_memory import NotPlaces
    >>> class Gaz:  # a stand-in: the kinds and largest population of a name
    ...     def name_summary_normalized(self, key):
    ...         return {"marburg": ({"place"}, 72_000), "wuhan": ({"place"}, 9_000_000)}[key]
    >>> memory = NotPlaces()
    >>> remember_disease(Gaz(), memory, "marburg"), remember_disease(Gaz(), memory, "wuhan")
    (None, None)
    >>> sorted(memory)
    ['marburg']
    """
    kinds, max_pop = gaz.name_summary_normalized(key)
    if "country" in kinds or "admin1" in kinds or max_pop >= _CITY_KEEPS_NAME:
        return
    getattr(not_places, "add_body", not_places.add)(key)


def relief_body(text: str, key: str, end: int) -> bool:
    """Is the name ``key`` (normalised), ending at ``end`` in ``text``, a relief body
    ("the Red Cross", "the Kenya Red Cross Society", "the Palestine Red Crescent") and
    not a place the text places with a container or a definition ("Red Cross, North
    Carolina")?

    >>> relief_body("The Red Cross is helping.", "red cross", 13)
    True
    >>> relief_body("He lives in Red Cross, North Carolina.", "red cross", 21)
    False
    """
    return key in _RELIEF_BODIES and not placed(text, end)
