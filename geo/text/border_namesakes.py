"""After :func:`~geo.text.local_evidence.local_namesakes`: a namesake across a border
that its own sentence speaks for.

"In the north of the region, residents of Rybnitsa said military trucks had moved
toward Kamenka, on the Ukrainian border": resolution, weighing a story that names
Ukraine more often than Moldova, reads "Kamenka" as a Ukrainian hamlet of 1,400
people 250 km from Rybnitsa, while Camenca, a Moldovan town of 11,000, lies 37 km from
it.  The sentence's own rule (:mod:`geo.text.local_evidence`) moves a name only to a
namesake of the same country; a story of a border region names places of both sides,
so the country the text speaks of most is no evidence for one sentence's village.

:func:`border_namesakes` moves such a reading to the other country's namesake when

- no place of the name's sentence lies within :data:`~geo.text.local_evidence.NEAR_KM`
  of the chosen reading, a place of fewer than :data:`~geo.text.local_evidence.MIN_TOWN`
  people;
- the namesake is a town (:data:`~geo.text.local_evidence.MIN_TOWN` people at least)
  more populous than it, matched by the name as well, within :data:`BESIDE_KM` of a
  place of the sentence (the nearest such town wins).

Names the text's own words place (containers, hints with a bearing, "another X", a
spelling match, a dateline's, a state acting) keep their reading.  Cost: one pass over
the mentions; per name moved, its candidates (at most
:data:`~geo.text.local_evidence.MAX_CANDIDATES`) against its sentence's first
:data:`MAX_SENTENCE_PLACES` places.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, within_km
from .hints import Hint
from .local_evidence import MAX_CANDIDATES, MIN_TOWN, NEAR_KM
from .sentences import Blocks
from .tokens import Mention

__all__ = ["BESIDE_KM", "MAX_SENTENCE_PLACES", "border_namesakes", "placed_by_own_words"]

#: A town this near (km) a place of the name's sentence is the one the sentence means.
BESIDE_KM = 50.0
#: The places of a sentence looked at (a sentence names a handful; a pasted list more).
MAX_SENTENCE_PLACES = 32


def border_namesakes(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with a village read far from its sentence's places moved to another
    country's town of the same name beside them (module docstring); scores kept."""
    out = list(resolved)
    places: dict[int, list[tuple[str, tuple[float, float]]]] = {}
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.fuzzy or m.unknown or m.actor or not gaz.is_place(rec):
            continue
        held = places.setdefault(blocks.sentence(m.start), [])
        if len(held) < MAX_SENTENCE_PLACES:
            held.append((m.key, gaz.lat_lon(rec)))
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or placed_by_own_words(m, hints.get(k)):
            continue
        if gaz.population(rec) >= MIN_TOWN:
            continue
        others = [p for key, p in places.get(blocks.sentence(m.start), ()) if key != m.key]
        here = gaz.lat_lon(rec)
        if not others or any(within_km(here, p, NEAR_KM) for p in others):
            continue
        town = _beside(gaz, m, rec, others)
        if town is not None:
            out[k] = (town, score)
    return out


def placed_by_own_words(m: Mention, hint: Hint | None) -> bool:
    """Do the text's own words place this name (a container, words that tell it apart, a
    demonym, a bearing)?"""
    return bool(
        m.containers
        or m.told_by_words()
        or m.demonym_country
        or (hint is not None and hint.bearing_deg is not None)
    )


def _beside(
    gaz: Gazetteer, m: Mention, chosen: int, others: Sequence[tuple[float, float]]
) -> int | None:
    """Another country's town of ``m``'s name, matched as well as ``chosen``, more
    populous, within :data:`BESIDE_KM` of one of ``others``: the nearest, else None."""
    quality = min((c.quality for c in m.candidates if c.record == chosen), default=None)
    if quality is None:
        return None
    country, people = gaz.country_code(chosen), gaz.population(chosen)
    best, best_km = None, BESIDE_KM
    for c in m.candidates[:MAX_CANDIDATES]:
        r = c.record
        if c.quality > quality or not gaz.is_place(r) or gaz.country_code(r) == country:
            continue
        if gaz.population(r) < max(MIN_TOWN, people + 1):
            continue
        p = gaz.lat_lon(r)
        d = min(distance_km(p, q) for q in others)
        if d <= best_km:
            best, best_km = r, d
    return best
