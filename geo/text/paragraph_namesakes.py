"""After resolution: a lone front village read far from every place of its paragraph.

An analyst's paragraph covers one sector of the front: "Russian forces also attacked in
the Velykomykhailivka direction near Zelenyi Hai, Andriivka-Klevtsove, Piddubne and
Komar ... Russian milbloggers claimed that Russian forces entered the eastern part of
Ivanivka."  Named alone, outside the paragraph's lists, "Ivanivka" has no list partner
to speak for it, and the text's other paragraphs (of the Kostiantynivka and Siversk
directions) pull it to Kramatorsk's Ivanivka, 94 km from every place of its own
paragraph, though an Ivanivka lies 4 km from Zelenyi Hai.

:func:`paragraph_namesakes` reads such a name as its namesake next to its paragraph's
places when: the text is about fighting; the name has no list of its own and no words
decide its reading (a container, "another", a negation, a direction stated for it, a
repeat, a spelling match); its reading is a village (under
:data:`~geo.text.list_towns.TOWN_POPULATION`) of the front's regions
(:data:`~geo.text.front.FRONT_REGIONS`) with no place of its paragraph within
:data:`~geo.text.list_far.GRAIN_KM`; and another of its place candidates in that country
lies within :data:`~geo.text.list_far.CLOSE_KM` of :data:`MIN_CLOSE` of the paragraph's
places (those read as populated places), at most a fifth as far from the nearest of them
as the reading.  Of several, the one with the most paragraph places that near, then the
nearest.

Cost: for each such name, the places of its paragraph (at most :data:`MAX_PLACES`, the
mentions nearest it) and its candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .front import FRONT_REGIONS, about_fighting
from .hints import Hint
from .list_far import CLOSE_KM, GRAIN_KM
from .list_towns import TOWN_POPULATION
from .sentences import Blocks
from .tokens import Mention

__all__ = [
    "MAX_PLACES", "MIN_CLOSE", "move_next_to_paragraph", "next_to_places", "paragraph_namesakes",
]

#: Places of the paragraph a namesake must lie next to.
MIN_CLOSE = 2
#: The most places of the paragraph looked at (the mentions nearest the name).
MAX_PLACES = 16
#: The mentions looked at on each side for them (bounded work a mention).
MAX_STEPS = 200
#: The reading lies at least this many times as far from the paragraph's places.
_FARTHER = 5.0


def paragraph_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each lone front village read far from its paragraph's places
    moved to its namesake next to them, its score kept (module docstring)."""

    def lone_village(j: int, m: Mention, rec: int) -> bool:
        if m.siblings or len(m.candidates) < 2 or j in hints:
            return False
        if m.containers or m.told_by_words() or m.repeat or m.fuzzy or m.unknown:
            return False
        return _front_village(gaz, rec)

    return move_next_to_paragraph(
        text, gaz, mentions, resolved, blocks, lone_village, MIN_CLOSE, _next_to
    )


def move_next_to_paragraph(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
    eligible: Callable[[int, Mention, int], bool],
    min_places: int,
    choose: Callable[[Gazetteer, int, Mention, Sequence[tuple[float, float]], float],
                     int | None],
) -> list[tuple[int | None, float]]:
    """``resolved`` (one (record or None, score) per mention) with each mention ``j`` that
    is ``eligible(j, mention, record)``, read farther than
    :data:`~geo.text.list_far.GRAIN_KM` from every one of at least ``min_places`` places
    of its paragraph (:func:`_paragraph_places`), moved to
    ``choose(gaz, record, mention, places, km_off)`` when that gives a record, its score
    kept; only in a text about fighting (:func:`~geo.text.front.about_fighting`, asked
    once, when a first name qualifies).  Shared by :func:`paragraph_namesakes` and
    :func:`geo.text.stated_region_namesakes.stated_region_namesakes`."""
    out = list(resolved)
    fighting: bool | None = None
    for j, m in enumerate(mentions):
        rec = resolved[j][0]
        if rec is None or not eligible(j, m, rec):
            continue
        places = _paragraph_places(gaz, mentions, resolved, blocks, j)
        if len(places) < min_places:
            continue
        here = gaz.lat_lon(rec)
        off_rec = min(distance_km(here, at) for at in places)
        if off_rec <= GRAIN_KM:
            continue
        if fighting is None:
            fighting = about_fighting(text)
        if not fighting:
            return out
        better = choose(gaz, rec, m, places, off_rec)
        if better is not None:
            out[j] = (better, resolved[j][1])
    return out


def _front_village(gaz: Gazetteer, rec: int) -> bool:
    """Is ``rec`` a populated place of the front's regions under a town's size?"""
    return (
        gaz.is_place(rec)
        and (gaz.country_code(rec), gaz.admin1(rec)[0]) in FRONT_REGIONS
        and gaz.population(rec) < TOWN_POPULATION
    )


def _paragraph_places(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
    j: int,
) -> list[tuple[float, float]]:
    """The (lat, lon) of the populated places read in mention ``j``'s paragraph, other
    mentions of its name aside (the :data:`MAX_PLACES` mentions nearest it, looked for
    among the :data:`MAX_STEPS` mentions on each side: a paragraph repeating one name
    thousands of times costs no more a mention)."""
    paragraph = blocks.paragraph(mentions[j].start)
    key = mentions[j].key
    out: list[tuple[float, float]] = []
    for step in range(1, min(len(mentions), MAX_STEPS + 1)):
        if len(out) >= MAX_PLACES:
            break
        inside = False
        for i in (j - step, j + step):
            if not 0 <= i < len(mentions) or blocks.paragraph(mentions[i].start) != paragraph:
                continue
            inside = True
            r = resolved[i][0]
            if r is None or mentions[i].key == key or not gaz.is_place(r):
                continue
            out.append(gaz.lat_lon(r))
        if not inside:
            break
    return out


def _next_to(
    gaz: Gazetteer,
    rec: int,
    m: Mention,
    places: Sequence[tuple[float, float]],
    off_rec: float,
) -> int | None:
    """The candidate of ``m`` other than ``rec`` next to :data:`MIN_CLOSE` of ``places``
    and at most a fifth as far from them as ``rec``, or None (module docstring)."""
    cc = gaz.country_code(rec)
    others = (
        c.record for c in m.candidates
        if c.record != rec and gaz.is_place(c.record) and gaz.country_code(c.record) == cc
    )  # fmt: skip
    return next_to_places(gaz, others, places, off_rec, MIN_CLOSE)


def next_to_places(
    gaz: Gazetteer,
    records: Iterable[int],
    places: Sequence[tuple[float, float]],
    off_rec: float,
    least: int,
) -> int | None:
    """Of ``records``, the one within :data:`~geo.text.list_far.CLOSE_KM` of at least
    ``least`` of ``places`` (lat, lon) and at most a fifth as far from the nearest of them
    as the reading is (``off_rec``, km): the one next to the most places, then the
    nearest, then the lowest record; None when there is none."""
    best: tuple[int, float, int] | None = None
    for p in records:
        gaps = [distance_km(gaz.lat_lon(p), at) for at in places]
        close = sum(g <= CLOSE_KM for g in gaps)
        off = min(gaps)
        if close < least or off * _FARTHER > off_rec:
            continue
        key = (-close, off, p)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]
