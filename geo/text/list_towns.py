"""A list of towns names towns: "Shelling hit Sumy, Kharkiv, Kupiansk, Izium and Lyman".

The region most of a list's places lie in, and their nearness, pull each name of it
towards a namesake there; a small one ("Lyman", a village of Kharkiv Oblast) then wins
over the town the name is known for (Lyman, a town of 20,000 in Donetsk Oblast) though
that town lies as near the list's places (the list spans two oblasts anyway).  When
every other name of the list was read as a town, :func:`prefer_list_towns` reads a name
resolved to a small place as its namesake town instead, where that town lies within
:data:`LIST_TOWN_KM` of one of them.  A list of villages ("near Lozova, Kurylivka and
Pishchane") or a name with a hint of its own is left as it is.

A list of directions ("In the Kharkiv, Lyman and Novopavlivka directions") names one
town of the front for each, the list the whole front: a name of it read as a small place
is read as the largest town the name names in the front's regions
(:data:`geo.text.front.FRONT_REGIONS`), wherever its partners lie.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .direction_names import in_directions_list, list_ends
from .front import FRONT_REGIONS
from .tokens import Mention

__all__ = ["LIST_TOWN_KM", "TOWN_POPULATION", "prefer_list_towns"]

#: A town (people): the size of every partner in a list of towns, and of the namesake
#: a name of it is read as.
TOWN_POPULATION = 10_000
#: How far (km) from the nearest of its partners the namesake town may lie: a list of a
#: region's or a front's towns spans a few hundred km; two neighbours' towns lie well
#: within this of each other.
LIST_TOWN_KM = 100.0
#: The town is at least this many times larger than the small place it replaces.
_LARGER = 3


def prefer_list_towns(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, object],
    text: str = "",
) -> list[tuple[int | None, float]]:
    """``resolved`` with the names of town lists read as their namesake towns (see the
    module docstring); the other readings unchanged.  Every mention of a name read as
    the small place becomes the town (one sense per discourse).  ``text`` (the
    mentions' text) tells a list of directions; without it none is.

    Cost: for each listed name read as a small place, a look at its list partners (at
    most the list's length) and its own candidates.
    """
    out = list(resolved)
    moved: dict[tuple[str, int], int] = {}
    ends: list[int] | None = None  # where each list ends, found once (list_ends)
    for k, m in enumerate(mentions):
        rec = resolved[k][0]
        if (
            not m.siblings
            or rec is None
            or k in hints
            or m.fuzzy
            or m.containers
            or gaz.kind(rec) != "place"
            or gaz.population(rec) >= TOWN_POPULATION
        ):
            continue
        if text:
            ends = ends or list_ends(text, mentions)
        if text and in_directions_list(text, mentions, k, ends):
            town = _front_town(gaz, m, rec)
            if town is not None:
                moved[(m.key, rec)] = town
            continue
        if len(m.siblings) < 2:
            continue
        partners = []
        for j in m.siblings:
            other = resolved[j][0]
            if other is None or gaz.kind(other) != "place":
                break
            if gaz.population(other) < TOWN_POPULATION:
                break
            partners.append(gaz.lat_lon(other))
        else:
            town = _namesake_town(gaz, m, rec, partners)
            if town is not None:
                moved[(m.key, rec)] = town
    if not moved:
        return out
    for k, m in enumerate(mentions):
        rec, score = resolved[k]
        town = moved.get((m.key, rec)) if rec is not None else None
        if town is not None and k not in hints and not m.containers:
            out[k] = (town, score)
    return out


def _namesake_town(
    gaz: Gazetteer, m: Mention, rec: int, partners: Sequence[tuple[float, float]]
) -> int | None:
    """The largest town the name itself names (not another name of it) within
    :data:`LIST_TOWN_KM` of a partner and :data:`_LARGER` times ``rec``'s size, or None."""
    if not partners:
        return None
    floor = max(TOWN_POPULATION, _LARGER * gaz.population(rec))
    best, best_pop = None, 0
    for c in m.candidates:
        if c.record == rec or c.quality > QUALITY_ALIAS or gaz.kind(c.record) != "place":
            continue
        pop = gaz.population(c.record)
        if pop < floor or pop <= best_pop:
            continue
        here = gaz.lat_lon(c.record)
        if min(distance_km(here, p) for p in partners) <= LIST_TOWN_KM:
            best, best_pop = c.record, pop
    return best


def _front_town(gaz: Gazetteer, m: Mention, rec: int) -> int | None:
    """The largest town the name itself names (not another name of it) in the front's
    regions, :data:`_LARGER` times ``rec``'s size, or None: a direction's town."""
    floor = max(TOWN_POPULATION, _LARGER * gaz.population(rec))
    best, best_pop = None, 0
    for c in m.candidates:
        r = c.record
        if r == rec or c.quality > QUALITY_ALIAS or gaz.kind(r) != "place":
            continue
        pop = gaz.population(r)
        if pop >= floor and pop > best_pop and (gaz.country_code(r), gaz.admin1(r)[0]) in (
            FRONT_REGIONS
        ):
            best, best_pop = r, pop
    return best
