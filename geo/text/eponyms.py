"""Recognition: works named after a person are no places ("the old Lenin dam").

A dam, a bridge, an airport, a square or a statue is often named after a person: "the
Lenin dam" in Zaporizhzhia, "Kennedy airport", "Gagarin Square".  The person's name
alone is a village somewhere (Lenin in Belarus, 577 people), and reading it so puts a
stray point on the map and drags the text's other names towards it (Zaporozhye read as
the Kazakh village next to it).  :func:`drop_eponyms` drops a one-word name that is a
person's (a given name, or one of the people works are most often named after) right
before such a word, when every reading of it is a small place: a city, a region or a
country keeps its name ("Sydney airport", "the Kirov plant").  So does a saint's name,
a title and a given name ("Saint Patrick Street", "St George Square"), when no reading
of it is a town of :data:`_TOWN_POPULATION` (a parish of Dominica is called Saint
Patrick).

Cost: one look at the word after each mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .lexicon.people import first_names
from .tokens import Mention, without_mentions

__all__ = ["EPONYM_WORKS", "drop_eponyms"]

#: Works named after people: the word right after the person's name.
EPONYM_WORKS = frozenset(
    """
    dam bridge airport square avenue street prospekt prospect boulevard embankment
    statue monument memorial museum stadium university institute library metro
    hydroelectric plant factory works shipyard mine park
    """.split()
)
#: People works are most often named after that the given names lack (surnames).
_NAMESAKES_OF_WORKS = frozenset(
    "lenin stalin gagarin frunze kirov pushkin gorky shevchenko lomonosov dzerzhinsky".split()
)
#: A saint's title before a given name, the whole a saint's ("Saint Patrick Street").
_SAINT_TITLES = frozenset("saint st st. sainte san santa sankt".split())
#: A place this populous keeps its name before such a word: "Sydney airport".
_TOWN_POPULATION = 50_000
#: The cues a person's name may carry: none, a preposition, the work's own word.
_CUES = frozenset({"", "in", "facility"})
_AFTER = re.compile(r"[ \t]+(?:-?[ \t]*)?([A-Za-z]+)")


def drop_eponyms(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the persons' names of works named after them (module
    docstring); the kept mentions' list siblings renumbered."""
    drop = {k for k, m in enumerate(mentions) if _eponym(text, gaz, m)}
    return without_mentions(mentions, drop)


def _eponym(text: str, gaz: Gazetteer, m: Mention) -> bool:
    if m.containers or m.cue not in _CUES or not m.candidates:
        return False
    saint = _saints_name(m.key)
    if " " in m.key and not saint:
        return False
    after = _AFTER.match(text, m.end)
    if after is None or after.group(1).lower() not in EPONYM_WORKS:
        return False
    if saint:
        # "Saint Patrick Street", "St. Mark's Square": a saint's work; the parish or
        # hamlet of the saint's name elsewhere is none of the text's places.
        return all(
            gaz.population(c.record) < _TOWN_POPULATION or not gaz.is_place(c.record)
            for c in m.candidates
        )
    if m.key not in _NAMESAKES_OF_WORKS and m.key not in first_names():
        return False
    return all(
        gaz.is_place(c.record) and gaz.population(c.record) < _TOWN_POPULATION
        for c in m.candidates
    )


def _saints_name(key: str) -> bool:
    """Is ``key`` a saint's title and a given name ("saint patrick", "st george")?"""
    words = key.split()
    return len(words) == 2 and words[0] in _SAINT_TITLES and words[1] in first_names()
