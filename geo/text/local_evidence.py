"""A town over its village namesake when only another paragraph speaks for the village.

"Denis Pushilin, head of the Donetsk People's Republic, said ... near Artemovsk. //
Russian forces struck port infrastructure in Nikolayev and Ochakov.": resolution weighs
every place of the text alike, so the Donetsk places of the first paragraph read
"Nikolayev" as Mykolaivka by Bakhmut (pop. 14,000), though Ochakov, in the same phrase,
lies by Mykolaiv (pop. 470,000).  "In Kryvyi Rih, a missile struck ... // The most
intense fighting was near Huliaipole.": Kryvyi Rih, 60 km from a hamlet called
Hulyaypole, made the front-line town of 13,000 lose to it.

:func:`prefer_towns` reads a name's own paragraph first.  A place chosen for a name
yields to a namesake town of the same country at least :data:`TOWN_RATIO` times as
populous (and of :data:`MIN_TOWN` people at least), matched as well by the name, when

1. places of the name's own sentence lie near the town (within :data:`NEAR_KM`) and
   none near the chosen place ("Nikolayev and Ochakov"); or
2. nothing in the text places the chosen one: no place of the text within
   :data:`NEIGHBOUR_KM` of it, no place of its own paragraph within :data:`NEAR_KM`,
   and its region is not named.

A name with a container, a hint, a negation, a "village" reading or a spelling match
keeps its choice: the text's own words decide those.

Cost: one split of the text into sentences, one pass over the mentions and over each
decided name's candidates (a handful) and the places of its sentence and paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .tokens import Mention

__all__ = ["MIN_TOWN", "NEAR_KM", "NEIGHBOUR_KM", "TOWN_RATIO", "prefer_towns"]

#: The town is at least this many times as populous as the chosen namesake ...
TOWN_RATIO = 10
#: ... and has at least this many people.
MIN_TOWN = 10_000
#: A place of the paragraph this near a reading speaks for it.
NEAR_KM = 100.0
#: A place of the text this near the chosen namesake speaks for it wherever it stands.
NEIGHBOUR_KM = 25.0
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _blocks(text: str) -> tuple[list[int], list[int]]:
    """Start offsets of the sentences and of the paragraphs of ``text``."""
    from .claims.segmentation import split_sentences  # the claims' own segmentation

    sentences = split_sentences(text)
    paragraphs = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
    return [0, *(s.start for s in sentences[1:])], paragraphs


def prefer_towns(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hinted: Collection[int] = (),
) -> list[tuple[int | None, float]]:
    """Choose the namesake town over a far smaller place only another paragraph
    supports (see the module docstring).

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.
    hinted : collection of int
        Indexes of the mentions a relative-location hint locates (left alone).

    Returns
    -------
    list of (record or None, score)
        The choices, the town's record in place of the village's where the rule holds
        (for every mention of the name that had the village).
    """
    out = list(resolved)
    sentence_starts, paragraph_starts = _blocks(text)
    sentence = [bisect_right(sentence_starts, m.start) - 1 for m in mentions]
    paragraph = [bisect_right(paragraph_starts, m.start) - 1 for m in mentions]
    places: list[tuple[int, int, str, tuple[float, float]] | None] = []
    named_regions: set[tuple[str, str]] = set()
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        row = gaz.row(rec) if rec is not None and not m.fuzzy and not m.actor else None
        if row is not None and row.kind == "admin1":
            named_regions.add((row.country_code, row.admin1[0]))
        k = len(places)
        places.append(
            (sentence[k], paragraph[k], m.key, row.lat_lon)
            if row is not None and row.kind in ("place", "admin2")
            else None
        )
    decided: dict[tuple[str, int], int | None] = {}
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or _told_apart(m) or k in hinted:
            continue
        key = (m.key, rec)
        if key not in decided:
            decided[key] = _town(gaz, m, rec, (sentence[k], paragraph[k]), places, named_regions)
        town = decided[key]
        if town is not None:
            out[k] = (town, score)
    return out


def _told_apart(m: Mention) -> bool:
    """The text's own words decide this name's reading."""
    return bool(
        m.containers
        or m.against
        or m.apart
        or m.fuzzy
        or m.unknown
        or m.dateline
        or m.cue == "region"
        or m.reading
    )


def _town(
    gaz: Gazetteer,
    m: Mention,
    chosen: int,
    where: tuple[int, int],
    places: Sequence[tuple[int, int, str, tuple[float, float]] | None],
    named_regions: set[tuple[str, str]],
) -> int | None:
    """The town to read ``m`` as instead of ``chosen``, or None (``where``: the
    mention's sentence and paragraph)."""
    row = gaz.row(chosen)
    quality = next((c.quality for c in m.candidates if c.record == chosen), None)
    if quality is None:
        return None
    towns = [
        c.record
        for c in m.candidates
        if c.record != chosen
        and c.quality <= quality
        and gaz.is_place(c.record)
        and gaz.country_code(c.record) == row.country_code
        and gaz.population(c.record) >= max(MIN_TOWN, TOWN_RATIO * max(row.population, 1))
    ]
    if not towns:
        return None
    town = max(towns, key=lambda r: (gaz.population(r), -r))
    here, there = row.lat_lon, gaz.lat_lon(town)
    others = [p for p in places if p is not None and p[2] != m.key]
    sentence = [p[3] for p in others if p[0] == where[0]]
    if any(distance_km(here, p) <= NEAR_KM for p in sentence):
        return None  # its own sentence speaks for the chosen place
    if any(distance_km(there, p) <= NEAR_KM for p in sentence):
        return town  # ... or for the town: "Nikolayev and Ochakov"
    if any(distance_km(here, p[3]) <= NEAR_KM for p in others if p[1] == where[1]):
        return None  # its own paragraph speaks for the chosen place
    if (row.country_code, row.admin1[0]) in named_regions:
        return None
    if any(distance_km(here, p[3]) <= NEIGHBOUR_KM for p in others):
        return None
    return town
