"""After resolution: one sense per document for a name its list settles.

"Speaking at a forum in Yalta on Friday, Aksyonov said ... the corridor from Rostov-on-Don
through Mariupol ... // Tourist numbers on the southern coast, in Alushta, Sudak and
Yalta, fell by a third": the first sentence names Donbas towns around it and pulls the
forum's Yalta to the village by Mariupol; the list reads Yalta with its neighbours on
the Crimean coast. A text that means two namesakes tells them apart (a region, a
distance, "another"); otherwise a name keeps one sense, and a list whose partners all
lie near one reading is the strongest evidence the text gives.

:func:`one_sense_lists` reads each mention of a name as the reading the name's settled
mentions agree on. A mention is settled by a container stated with it that holds its
reading ("Ivanovka in the Dnepropetrovsk Region") or by a list whose partners (two at
least) are all read as places within :data:`SETTLED_KM` of its reading. A mention left
unsettled (no container, no hint such as "near X", no such list, no words telling
namesakes apart, no repeat read by spelling), or left without a place though the
gazetteer has the name, takes the settled reading when every settled mention of the name
agrees (a reading of the same name: the region may have found it farther down the
look-up than the bare name's candidates reach) and its own reading lies over
:data:`SETTLED_KM` from it (a namesake the list or region would not allow), unless that
reading is a town (:data:`~geo.text.list_towns.TOWN_POPULATION`) larger than the settled
one: "Donetsk" alone stays the city where "Donetsk in the Rostov region" names the
Russian town. A name that a mention places in a region where the gazetteer has no
namesake ("Dublin is an unincorporated community in Harford County, Maryland ... from
Dublin, Ireland") means a place the gazetteer lacks: its mentions keep their readings
(or estimates).
Cost: one pass over the mentions, and for each listed name its list partners.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .figurative import is_figurative
from .list_towns import TOWN_POPULATION
from .tokens import Mention

__all__ = ["SETTLED_KM", "one_sense_lists"]

#: A listed name whose every list partner lies this near its reading is settled by them.
SETTLED_KM = 100.0


def one_sense_lists(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, object] | Collection[int],
) -> list[tuple[int | None, float]]:
    """``resolved`` with a name's unsupported mentions read as the reading its settled
    list mentions agree on (module docstring); a figurative mention ("his Waterloo",
    :func:`geo.text.figurative.is_figurative`) keeps the reading it has."""
    settled: dict[str, set[int]] = {}
    unsettled: list[int] = []
    lacking: set[str] = set()  # names a stated region places where no namesake lies
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if m.told_by_words() or (rec is not None and not gaz.is_place(rec)):
            continue
        if rec is None:  # no namesake fitted where the text read it alone
            if m.containers:  # "Dublin ... in Harford County, Maryland": one it lacks
                lacking.add(m.key)
            elif m.candidates and k not in hints and not m.repeat:
                unsettled.append(k)
            continue
        if _inside(gaz, m, rec) or _listed_near(gaz, mentions, resolved, k, rec):
            settled.setdefault(m.key, set()).add(rec)
        elif m.containers:  # read outside its stated region: a place the gazetteer lacks
            lacking.add(m.key)
        elif k not in hints and not m.repeat:
            unsettled.append(k)
    if not settled or not unsettled:
        return list(resolved)
    out = list(resolved)
    for k in unsettled:
        m, (rec, score) = mentions[k], resolved[k]
        if is_figurative(text, m.start, m.end):
            continue  # "not his Waterloo ... flies to Waterloo, Iowa": Belgium's still
        readings = settled.get(m.key)
        if not readings or len(readings) != 1 or rec in readings or m.key in lacking:
            continue
        (sense,) = readings
        if rec is None:
            out[k] = (sense, score)  # "Russia says it took ... Zelyony Gai": the body's
            continue
        if gaz.population(rec) >= TOWN_POPULATION and gaz.population(sense) < gaz.population(rec):
            continue  # "Donetsk ... Donetsk in the Rostov region": the city keeps its name
        if distance_km(gaz.lat_lon(rec), gaz.lat_lon(sense)) > SETTLED_KM:
            out[k] = (sense, score)  # a namesake the list would not have
    return out


def _inside(gaz: Gazetteer, m: Mention, rec: int) -> bool:
    """Does ``rec`` lie in a container stated for ``m`` (a region or a country)?"""
    cc = gaz.country_code(rec)
    return (cc, "") in m.containers or (cc, gaz.admin1(rec)[0]) in m.containers


def _listed_near(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    rec: int,
) -> bool:
    """Is mention ``k``, read as ``rec``, listed with partners that are all read as
    places within :data:`SETTLED_KM` of it (two partners at least)?"""
    m = mentions[k]
    if len(m.siblings) < 2:
        return False
    here = gaz.lat_lon(rec)
    for j in m.siblings:
        other = resolved[j][0]
        if other is None or mentions[j].key == m.key or not gaz.is_place(other):
            return False
        if distance_km(here, gaz.lat_lon(other)) > SETTLED_KM:
            return False
    return True
