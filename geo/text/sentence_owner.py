"""A landform-like name ("the Blue Mountains") read abroad while its sentence names only
another country.

"Jamaica's Meteorological Service said rainfall in the Blue Mountains could exceed 30
inches": resolution reads Blue Mountains, New South Wales, the gazetteer's only place of
the name, 14,000 km from Jamaica, in a country nothing else of the text lies in.  The
sentence speaks of Jamaica alone; a name with "the" before it is a range, a valley or a
district of that country, which the gazetteer lacks.  :func:`owned_landforms` leaves
such a reading without a place when:

* "the" comes right before the name, and the reading is a place of fewer than
  :data:`~geo.text.local_evidence.WORLD_CITY` people;
* its sentence names no other populated place and exactly one country, another than
  the reading's, whose point lies farther than :data:`FAR_KM` from it;
* no other name of the text is read in the reading's country.

Cost: one pass over the mentions (each sentence's countries and places gathered once).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import within_km
from .local_evidence import WORLD_CITY
from .sentences import Blocks
from .tokens import Mention

__all__ = ["FAR_KM", "owned_landforms"]

#: The sentence's country this far from the reading is another part of the world.
FAR_KM = 1500.0
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def owned_landforms(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """Resolution with each "the X" read abroad, in a sentence of one other country, left
    without a place (module docstring)."""
    out = list(resolved)
    sentence_of = [blocks.sentence(m.start) for m in mentions]
    countries: dict[int, set[int]] = {}
    places: dict[int, set[str]] = {}
    held: dict[str, set[str]] = {}  # country code -> the names read in it
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or m.fuzzy:
            continue
        held.setdefault(gaz.country_code(rec), set()).add(m.key)
        if gaz.kind(rec) == "country":
            countries.setdefault(sentence_of[k], set()).add(rec)
        elif gaz.is_place(rec):
            places.setdefault(sentence_of[k], set()).add(m.key)
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or m.containers or m.siblings:
            continue
        named = countries.get(sentence_of[k], set())
        if len(named) != 1 or places.get(sentence_of[k], set()) - {m.key}:
            continue
        (country,) = named
        cc = gaz.country_code(rec)
        if cc == gaz.country_code(country) or held.get(cc, set()) - {m.key}:
            continue
        if gaz.population(rec) >= WORLD_CITY or not _THE_BEFORE.search(
            text, max(0, m.start - 5), m.start
        ):
            continue
        if within_km(gaz.lat_lon(rec), gaz.lat_lon(country), FAR_KM):
            continue
        out[k] = (None, 0.0)
    return out
