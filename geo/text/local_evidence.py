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
2. the town is a city (:data:`CITY` people at least) and neither the name's sentence
   nor its paragraph speaks for the chosen place (no place of theirs within
   :data:`NEAR_KM` of it, its region not named in the paragraph): "an airfield near
   Nikolayev and fuel depots in the Dnepropetrovsk Region" is Mykolaiv whatever the
   other paragraphs say of Donetsk Oblast; or
3. nothing in the text places the chosen one: no place of the text within
   :data:`NEIGHBOUR_KM` of it, no place of its own paragraph within :data:`NEAR_KM`,
   and its region is not named.

A name with a container, a hint, a negation, a "village" reading or a spelling match
keeps its choice: the text's own words decide those.

Cost: one regular-expression scan for sentence and paragraph breaks, one pass over the
mentions, and for each name decided its candidates (a handful) and the text's places in
the one-degree cells around two points (a grid, no all-pairs work).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Collection, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .tokens import Mention

__all__ = ["CITY", "MIN_TOWN", "NEAR_KM", "NEIGHBOUR_KM", "TOWN_RATIO", "prefer_towns"]

#: The town is at least this many times as populous as the chosen namesake ...
TOWN_RATIO = 10
#: ... and has at least this many people.
MIN_TOWN = 10_000
#: A town this large is read for its own sake unless the name's paragraph speaks for
#: the namesake.
CITY = 100_000
#: A place of the paragraph this near a reading speaks for it.
NEAR_KM = 100.0
#: A place of the text this near the chosen namesake speaks for it wherever it stands.
NEIGHBOUR_KM = 25.0
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z])|\n")


def _blocks(text: str) -> tuple[list[int], list[int]]:
    """Start offsets of the sentences and of the paragraphs of ``text`` (a sentence ends
    at a full stop, a question or an exclamation mark before a capital, or a line's end:
    an abbreviation's dot, "Gen. Petrov", splits one sentence in two, which only narrows
    what its own sentence says)."""
    sentences = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    paragraphs = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
    return sentences, paragraphs


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
        Indexes of the mentions a hint with a bearing locates (left alone).

    Returns
    -------
    list of (record or None, score)
        The choices, the town's record in place of the village's where the rule holds
        (for every mention of the name that had the village).
    """
    out = list(resolved)
    sentence_starts, paragraph_starts = _blocks(text)
    grid = _Grid()
    named_regions: dict[tuple[str, str], set[int]] = {}  # region -> its paragraphs
    where: list[tuple[int, int]] = []
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        at = (
            bisect_right(sentence_starts, m.start) - 1,
            bisect_right(paragraph_starts, m.start) - 1,
        )
        where.append(at)
        row = gaz.row(rec) if rec is not None and not m.fuzzy and not m.actor else None
        if row is None:
            continue
        if row.kind == "admin1":
            named_regions.setdefault((row.country_code, row.admin1[0]), set()).add(at[1])
        elif row.kind in ("place", "admin2"):
            grid.add(at, m.key, row.lat_lon)
    decided: dict[tuple[str, int], int | None] = {}
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or _told_apart(m) or k in hinted:
            continue
        key = (m.key, rec)
        if key not in decided:
            decided[key] = _town(gaz, m, rec, where[k], grid, named_regions)
        town = decided[key]
        if town is not None:
            out[k] = (town, score)
    return out


class _Grid:
    """The text's places in cells of one degree, per sentence, per paragraph and for the
    whole text: a look-up reads the cells around a point only (no all-pairs work)."""

    def __init__(self) -> None:
        self.cells: dict[tuple[object, int, int], list[tuple[str, tuple[float, float]]]] = {}

    def add(self, at: tuple[int, int], key: str, lat_lon: tuple[float, float]) -> None:
        cell = (math.floor(lat_lon[0]), math.floor(lat_lon[1]))
        for scope in (("s", at[0]), ("p", at[1]), "all"):
            self.cells.setdefault((scope, *cell), []).append((key, lat_lon))

    def near(self, scope: object, key: str, lat_lon: tuple[float, float], km: float) -> bool:
        """Is a place of ``scope`` not named ``key`` within ``km`` (at most 111) of it?"""
        lat, lon = math.floor(lat_lon[0]), math.floor(lat_lon[1])
        # Degrees of longitude that ``km`` spans at the cell's edge nearer the pole.
        width_km = 111.2 * math.cos(math.radians(min(89.0, abs(lat_lon[0]) + 1.0)))
        span = min(180, math.ceil(km / width_km))
        for dlat in (-1, 0, 1):
            for dlon in range(-span, span + 1):
                for other, point in self.cells.get((scope, lat + dlat, lon + dlon), ()):
                    if other != key and distance_km(lat_lon, point) <= km:
                        return True
        return False


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
    grid: _Grid,
    named_regions: dict[tuple[str, str], set[int]],
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
    sentence, paragraph = ("s", where[0]), ("p", where[1])
    if grid.near(sentence, m.key, here, NEAR_KM):
        return None  # its own sentence speaks for the chosen place
    if grid.near(sentence, m.key, there, NEAR_KM):
        return town  # ... or for the town: "Nikolayev and Ochakov"
    if grid.near(paragraph, m.key, here, NEAR_KM):
        return None  # its own paragraph speaks for the chosen place
    region = named_regions.get((row.country_code, row.admin1[0]), ())
    if where[1] in region:
        return None  # ... or names its region
    if gaz.population(town) >= CITY:
        return town  # "near Nikolayev and ... in the Dnepropetrovsk Region"
    if region or grid.near("all", m.key, here, NEIGHBOUR_KM):
        return None
    return town
