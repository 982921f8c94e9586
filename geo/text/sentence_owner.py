"""A landform-like name ("the Blue Mountains") read abroad while its sentence names only
another country.

"Jamaica's Meteorological Service said rainfall in the Blue Mountains could exceed 30
inches": resolution reads Blue Mountains, New South Wales, the gazetteer's only place of
the name, 14,000 km from Jamaica, in a country nothing else of the text lies in.  The
sentence speaks of Jamaica alone; a name with "the" before it is a range, a valley or a
district of that country, which the gazetteer lacks.  :func:`owned_landforms` leaves
such a toponym without a place when:

* "the" comes right before the name, and the reading is a place of fewer than
  :data:`~geo.text.local_evidence.WORLD_CITY` people;
* its sentence names no other populated place and exactly one country, another than
  the reading's, whose point lies farther than :data:`FAR_KM` from it;
* no other name of the text is read in the reading's country.

Cost: one pass over the toponyms (each sentence's countries and places gathered once).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..geometry import within_km
from ..model import Toponym
from .local_evidence import WORLD_CITY
from .sentences import Blocks
from .tokens import Mention

__all__ = ["FAR_KM", "owned_landforms"]

#: The sentence's country this far from the reading is another part of the world.
FAR_KM = 1500.0
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def owned_landforms(
    text: str,
    toponyms: Sequence[Toponym],
    mentions: Sequence[Mention],
    blocks: Blocks,
) -> tuple[Toponym, ...]:
    """The toponyms with each "the X" read abroad, in a sentence of one other country,
    left without a place (module docstring); ``mentions`` are recognition's (their
    containers and lists).  Run after the stray names are dropped: a name dropped there
    ("The Sunshine Project") is no toponym to keep without a place."""
    listed = {(m.start, m.end) for m in mentions if m.containers or m.siblings}
    sentence_of = [blocks.sentence(t.start) for t in toponyms]
    countries: dict[int, set[tuple[str, tuple[float, float]]]] = {}
    places: dict[int, set[str]] = {}
    held: dict[str, set[str]] = {}  # country code -> the names read in it
    for t, at in zip(toponyms, sentence_of, strict=True):
        p = t.place
        if p is None or t.fuzzy or t.estimated or not p.country_code:
            continue
        held.setdefault(p.country_code, set()).add(t.text)
        if p.kind == "country":
            countries.setdefault(at, set()).add((p.country_code, (p.lat, p.lon)))
        elif p.kind == "place":
            places.setdefault(at, set()).add(t.text)
    out = []
    for t, at in zip(toponyms, sentence_of, strict=True):
        out.append(t if not _abroad(text, t, at, countries, places, held, listed) else
                   replace(t, place=None, score=0.0))  # fmt: skip
    return tuple(out)


def _abroad(
    text: str,
    t: Toponym,
    at: int,
    countries: dict[int, set[tuple[str, tuple[float, float]]]],
    places: dict[int, set[str]],
    held: dict[str, set[str]],
    listed: set[tuple[int, int]],
) -> bool:
    p = t.place
    if p is None or p.kind != "place" or t.estimated or (t.start, t.end) in listed:
        return False
    named = countries.get(at, set())
    if len(named) != 1 or places.get(at, set()) - {t.text}:
        return False
    ((cc, point),) = named
    if cc == p.country_code or held.get(p.country_code, set()) - {t.text}:
        return False
    if (p.population or 0) >= WORLD_CITY or not _THE_BEFORE.search(
        text, max(0, t.start - 5), t.start
    ):
        return False
    return not within_km((p.lat, p.lon), point, FAR_KM)
