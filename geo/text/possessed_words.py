"""Recognition: an everyday word after a person's possessive names a landmark, no town.

"Piłsudski's Mound overlooks Kraków", "Hadrian's Wall", "Lenin's Mausoleum": a
capitalised everyday word right after a name's possessive is the head of a landmark
named after that person (Mound, Minnesota; Wall, South Dakota are no places of the
text).  :func:`drop_possessed_words` drops a one-word mention so read when the word is
among the commonest English words (:data:`EVERYDAY_RANK`), names no country or region
and no town of :data:`LARGE_POPULATION` or more, has no cue or container, and the name
before the possessive names no country, region or large town ("Ukraine's Kharkiv",
"Russia's Reading" stay; "Lenin's Mound", though hamlets are named Lenin, goes).
Cost: one look at the characters before each mention.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["EVERYDAY_RANK", "LARGE_POPULATION", "drop_possessed_words"]

#: A word among this many of the commonest English words is an everyday word here.
EVERYDAY_RANK = 15_000
#: A town this large after a possessive is the town ("Zelensky's Kharkiv").
LARGE_POPULATION = 100_000
#: Before a mention: a capitalised name, its possessive and one space.
_POSSESSOR = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w-]*['’]s[ \t]$")


def drop_possessed_words(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` (in text order) without the everyday words read as a landmark's
    head after a person's possessive (module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        owner = _POSSESSOR.search(text, max(0, m.start - 40), m.start)
        # the possessor ends where its "'s " begins, three characters before the mention
        if owner is not None and _landmark_head(m, gaz) and not any(
            p.end == m.start - 3 and _notable(p, gaz) for p in out
        ):
            continue  # "Piłsudski's Mound": the mound, not Mound, Minnesota
        out.append(m)
    return out


def _notable(m: Mention, gaz: Gazetteer) -> bool:
    """Does ``m`` name a country, a region or a town of :data:`LARGE_POPULATION` or
    more (a possessor that is a place: "Ukraine's", "Kharkiv's"; not "Lenin's", a
    hamlet's name too)?"""
    return any(
        gaz.kind(c.record) in ("country", "admin1")
        or gaz.population(c.record) >= LARGE_POPULATION
        for c in m.candidates
    )


def _landmark_head(m: Mention, gaz: Gazetteer) -> bool:
    """Is ``m`` a one-word everyday word naming only small places, with no cue or
    container?"""
    if m.first != m.last or m.cue or m.containers or not m.candidates:
        return False
    rank = gaz.common_rank(m.key)
    if rank is None or rank > EVERYDAY_RANK:
        return False
    return all(
        gaz.kind(c.record) not in ("country", "admin1")
        and gaz.population(c.record) < LARGE_POPULATION
        for c in m.candidates
    )
