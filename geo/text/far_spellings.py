"""A name read by its spelling only, far from every place the story is about, is left
unplaced.

"the Galwan valley" in a story of Ladakh is spelt like Gawan, a village of Uttar
Pradesh 700 km off; "Pangong Tso" like Nangong, a town of Hebei 3,300 km off.
Resolution accepts a close spelling in a country the text names
(:mod:`geo.text.evidence`), and the country alone is no frame when the text names two
(India and China) or a capital where someone speaks (New Delhi, Beijing).  A reader
takes a word spelt *almost* like a village only when the village lies where the story
is; otherwise the name is one the gazetteer lacks.

:func:`far_spellings` applies that rule after resolution.  The story's places are the
places it resolves by their own names (not by spelling) that are neither national
capitals nor cities of :data:`~geo.text.frame.WORLD_POPULATION` (the places where
people speak and announce, which any story may name), and the first-level regions it
resolves; with :data:`MIN_STORY` of them at least, a place read by spelling that lies
in none of those regions and farther than :data:`FAR_KM` from every one of them is
left unplaced (the user is warned), with every bare repeat of the name read the same
way.  A city of :data:`~geo.text.frame.WORLD_POPULATION` read by spelling keeps its
reading.

Cost: one pass over the mentions; distances from each such place to the story's
places (few of both).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import is_capital
from .frame import WORLD_POPULATION
from .tokens import Mention

__all__ = ["FAR_KM", "MIN_STORY", "far_spellings"]

log = logging.getLogger(__name__)

#: A place read by its spelling this far from every place of the story is not the one.
FAR_KM = 500.0
#: The story's places needed before the rule applies (one alone frames little).
MIN_STORY = 2


def far_spellings(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each far place read by spelling left without a place (module
    docstring)."""
    out = list(resolved)
    variant = _variant_readings(gaz, mentions, resolved)
    spelt = [
        k
        for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True))
        if (m.fuzzy or k in variant) and not m.repeat and rec is not None and gaz.is_place(rec)
    ]
    if not spelt:
        return out
    points: list[tuple[float, float]] = []
    regions: set[tuple[str, str]] = set()
    countries: set[str] = set()
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or m.fuzzy or m.repeat or m.unknown or k in variant:
            continue
        row = gaz.row(rec)
        countries.add(row.country_code)
        if row.kind == "admin1":
            regions.add((row.country_code, row.admin1[0]))
            points.append(row.lat_lon)
        elif row.kind == "place" and row.population < WORLD_POPULATION and not is_capital(gaz, rec):
            points.append(row.lat_lon)
    points = sorted(set(points))
    if len(points) < MIN_STORY:
        return out
    dropped: dict[str, int] = {}
    for k in spelt:
        rec = out[k][0]
        row = gaz.row(rec)  # type: ignore[arg-type]
        if row.population >= WORLD_POPULATION or (row.country_code, row.admin1[0]) in regions:
            continue
        if k in variant and row.country_code in countries:
            continue  # a romanisation of a name in a country of the story
        km = min(distance_km(row.lat_lon, p) for p in points)
        if km <= FAR_KM:
            continue
        m = mentions[k]
        if m.key in dropped:
            continue
        log.warning(
            "left %r unplaced: only spelt like %s (%s), %.0f km from the text's other places",
            m.key, gaz.name(rec), row.country_code, km,  # type: ignore[arg-type]
        )  # fmt: skip
        dropped[m.key] = rec  # type: ignore[assignment]
    if dropped:
        for k, m in enumerate(mentions):
            rec = out[k][0]
            spelt_so = m.fuzzy or m.repeat or k in variant
            if spelt_so and dropped.get(m.key) == rec and rec is not None:
                out[k] = (None, 0.0)
    return out


def _variant_readings(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> frozenset[int]:
    """Indexes of the mentions resolved to a place the gazetteer does not have under the
    mention's own name: read by another romanisation of it ("Thaala": Thala)."""
    return frozenset(
        k
        for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True))
        if rec is not None and not m.fuzzy and not m.repeat and not m.unknown
        and gaz.is_place(rec)
        and all(c.record != rec for c in gaz.lookup_normalized(m.key))
    )
