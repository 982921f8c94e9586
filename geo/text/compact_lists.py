"""A listed village the gazetteer lacks, named with places that lie together.

"In Lebanon, strikes hit Khiam, Marjayoun and the outskirts of Tyre": the shipped index
lacks Khiam, and :mod:`geo.text.list_partners` anchors a listed name only on places of
the Ukrainian front, where a village list spans a few tens of km (elsewhere a list may
span a country: "in Smithville and Dallas").  A list whose known places lie together
is local wherever it is: two of its places at least, read (resolution's pass 1) within
:data:`~geo.text.strays.LIST_KM` of each other.  :func:`compact_list_partners` gives a
listed name the gazetteer lacks (:attr:`~geo.text.tokens.Mention.unknown`) with no hint
of its own a "near" hint (any direction, within :data:`~geo.text.hints.NEAR_KM`) on the
nearest such place of its list, and the geoparser estimates it there, as it does the
front's villages.  Cost: for each such name, its list's nearest :data:`_LOOK` names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .focus_lists import focus_lists
from .hints import NEAR_KM, Hint
from .ranking import first_readings
from .strays import LIST_KM
from .tokens import Mention

__all__ = ["compact_list_partners", "local_lists"]

#: A list's names looked at for a name's partners, nearest first (a bounded look).
_LOOK = 6
#: What joins a name to the next of its list.
_JOIN = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
#: A sentence's end between two names.
_BREAK = re.compile(r"[.!?;](?:\s|\Z)|\n")


def local_lists(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The front's focus lists (:func:`geo.text.focus_lists.focus_lists`), then
    :func:`compact_list_partners`: the last step of
    :func:`geo.text.list_partners.anchor_partners`."""
    return compact_list_partners(text, gaz, mentions, focus_lists(text, gaz, mentions, hints))


def compact_list_partners(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """``hints`` (not modified) plus a "near" hint for each listed name the gazetteer
    lacks, with none, whose list has places lying together: on the nearest of them in
    the list (module docstring).  A repeat of a name takes its first mention's estimate
    (so only a name's first mention is hinted)."""
    out = dict(hints)
    seen: set[str] = set()
    firsts: dict[int, int | None] = {}
    homes: dict[int, frozenset[str]] | None = None
    for j, m in enumerate(mentions):
        if not (m.unknown or m.fuzzy) or j in out or m.key in seen:
            seen.add(m.key)
            continue
        seen.add(m.key)
        listed = _nearest(_partners(text, mentions, j), j)
        known = [i for i in listed if _placeable(mentions[i])]
        firsts.update(first_readings(gaz, mentions, [i for i in known if i not in firsts]))
        points = {
            i: gaz.lat_lon(r) for i in known if (r := firsts.get(i)) is not None and gaz.is_place(r)
        }
        anchor = next((i for i in points if _together(points, i)), None)
        if anchor is not None and homes is None:
            firsts.update(
                first_readings(gaz, mentions, [i for i in range(len(mentions)) if i not in firsts])
            )
            homes = _homes(gaz, mentions, firsts)
        if anchor is not None and gaz.country_code(firsts[anchor]) not in homes.get(j, ()):
            anchor = None  # no place of the text besides the list lies in its country
        if anchor is not None:
            out[j] = Hint(anchor, None, 180.0, 0.0, NEAR_KM, None, m.start, m.end)
    return out


def _homes(
    gaz: Gazetteer, mentions: Sequence[Mention], firsts: Mapping[int, int | None]
) -> dict[int, frozenset[str]]:
    """For each mention, the countries of the text's readings outside its list (and
    outside itself): pass-1 readings of the names the gazetteer has."""
    count: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if (r := firsts.get(i)) is not None and _placeable(m):
            count[code] = count.get(code := gaz.country_code(r), 0) + 1
    out = {}
    for j, m in enumerate(mentions):
        if not (m.unknown or m.fuzzy):
            continue
        own = dict(count)
        for i in {*m.siblings, j}:
            if (r := firsts.get(i)) is not None and _placeable(mentions[i]):
                own[gaz.country_code(r)] -= 1
        out[j] = frozenset(c for c, n in own.items() if n > 0)
    return out


def _together(points: Mapping[int, tuple[float, float]], i: int) -> bool:
    """Do two thirds of the list's places (two at least, ``i`` one of them) lie within
    :data:`~geo.text.strays.LIST_KM` of place ``i``?  A list of surnames or of things
    some of which the gazetteer has as far places is no village list."""
    near = sum(distance_km(points[i], p) <= LIST_KM for p in points.values())
    return near >= 2 and 3 * near >= 2 * len(points)


def _nearest(partners: Sequence[int], j: int) -> list[int]:
    """The :data:`_LOOK` of ``partners`` (mention indexes) nearest ``j``, nearest first
    (the one before first on a tie): a bisection into indexes in order, then the
    :data:`_LOOK` either side; indexes out of order are sorted whole (a short list).

    >>> _nearest((1, 2, 4, 5, 7, 8, 9, 10, 11), 6)
    [5, 7, 4, 8, 9, 2]
    """
    if any(a > b for a, b in pairwise(partners)):
        near: Sequence[int] = partners
    else:
        k = bisect.bisect_left(partners, j)
        near = partners[max(0, k - _LOOK) : k + _LOOK]
    return sorted(near, key=lambda i: (abs(i - j), i > j))[:_LOOK]


def _partners(text: str, mentions: Sequence[Mention], j: int) -> Sequence[int]:
    """The names listed with mention ``j``: its list's, or, for a name a comma or "and"
    joins to a neighbour (a list recognition did not read whole: "Khiam, Marjayoun and
    the outskirts of Tyre"), its sentence's names within :data:`_LOOK` of it."""
    if mentions[j].siblings:
        return mentions[j].siblings
    m = mentions[j]
    joined = (j > 0 and _JOIN.fullmatch(text, mentions[j - 1].end, m.start)) or (
        j + 1 < len(mentions) and _JOIN.fullmatch(text, m.end, mentions[j + 1].start)
    )
    if not joined:
        return ()
    out = []
    for step in (-1, 1):
        i = j
        while 0 <= i + step < len(mentions) and abs(i + step - j) <= _LOOK:
            a, b = sorted((i, i + step))
            if _BREAK.search(text, mentions[a].end, mentions[b].start):
                break
            i += step
            out.append(i)
    return out


def _placeable(m: Mention) -> bool:
    """Can a list's name anchor its partners: one the gazetteer has, no actor's?"""
    return not (m.unknown or m.fuzzy or m.actor or m.demonym_country or m.dateline)
