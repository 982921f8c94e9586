"""A list of villages far from the place named just before it, on a front line.

"Russian troops shelled Dvorichna in Kharkiv Oblast. They also attacked Kolodiazne and
Kamianka": ``cities500`` lacks both Kharkiv Oblast villages and holds namesakes 20 km
apart in Crimea, 500 km off, which support each other as a second area.  A reader takes
the list where the text is: :func:`focus_lists` gives each name of such a list a "near"
hint anchored on the place named before it, so resolution favours a namesake there and,
with none, the name is estimated around it.  A list is taken so when its names are all
villages (no candidate of :data:`TOWN_POPULATION` people), none has a candidate within
:data:`FAR_KM` of that place, the text is about fighting, and no region or country is
named between them ("In Crimea, ..."): a list a text turns to elsewhere says so.
Bounded work: each list once, a few mentions back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from .front import FRONT_REGIONS, about_fighting
from .hints import NEAR_KM, Hint
from .other_names import _apart_km
from .ranking import first_readings
from .tokens import Mention

__all__ = ["FAR_KM", "TOWN_POPULATION", "focus_lists"]

#: A list's villages with no namesake this near (km) the place before them are read
#: around it, not where their far namesakes lie.
FAR_KM = 300.0
#: A name with a candidate of this many people may be a town the text turns to (the
#: Kamianka of Cherkasy Oblast, 11,500 people, is no such town).
TOWN_POPULATION = 20_000
#: How far back (characters, mentions) the place before a list is looked for.
_REACH = 400
_BACK = 4


def focus_lists(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The hints, with each name of a far village list (module docstring) given a "near"
    hint (within :data:`~geo.text.hints.NEAR_KM`) anchored on the place named before it;
    ``hints`` is not modified."""
    out = dict(hints)
    seen: set[int] = set()
    fighting: bool | None = None
    for j, m in enumerate(mentions):
        if not m.siblings or j in seen:
            continue
        names = sorted({j, *m.siblings})
        seen.update(names)
        # (a hint within the list, "A and B, north of the village" read from A, stays)
        if any(not _village(gaz, mentions[i]) or _located(hints, i, names) for i in names):
            continue
        p = _before(gaz, mentions, names[0])
        if p is None:
            continue
        here = [gaz.lat_lon(p[1])]
        if any(
            gaz.is_place(c.record) and _apart_km(gaz.lat_lon(c.record), here) <= FAR_KM
            for i in names
            for c in mentions[i].candidates
        ):
            continue
        if not _mutual(gaz, mentions, names):
            continue  # far namesakes apart from each other are no second area to doubt
        if fighting is None:
            fighting = about_fighting(text)
        if not fighting:
            return out
        for i in names:
            n = mentions[i]
            h = hints.get(i)
            # a hint within the list is read from the place instead: its partner is
            # estimated there ("A and B, north of the village": north of Dvorichna)
            out[i] = (
                Hint(p[0], None, 180.0, 0.0, NEAR_KM, None, n.start, n.end)
                if h is None
                else replace(h, anchor=p[0])
            )
    return out


#: The candidates of each name looked at for a namesake near another name's (bounded).
_MUTUAL = 16


def _mutual(gaz: Gazetteer, mentions: Sequence[Mention], names: Sequence[int]) -> bool:
    """Have two names of the list candidate places within
    :data:`~geo.text.hints.NEAR_KM` of each other (namesakes that would support each
    other: Crimea's Kolodeznoye and Kamyanka, 30 km apart)?"""
    first = [gaz.lat_lon(c.record) for c in mentions[names[0]].candidates[:_MUTUAL]]
    return any(
        _apart_km(gaz.lat_lon(c.record), first) <= NEAR_KM
        for i in names[1:]
        for c in mentions[i].candidates[:_MUTUAL]
    )


def _located(hints: Mapping[int, Hint], i: int, names: Sequence[int]) -> bool:
    """Has mention ``i`` a hint anchored outside its own list?"""
    h = hints.get(i)
    return h is not None and h.anchor not in names


def _village(gaz: Gazetteer, m: Mention) -> bool:
    """Is ``m`` a name the gazetteer has only as villages, with nothing stated for it?"""
    if m.unknown or m.fuzzy or m.demonym_country or m.containers or not m.candidates:
        return False
    return all(
        gaz.is_place(c.record) and gaz.population(c.record) < TOWN_POPULATION
        for c in m.candidates
    )


def _before(gaz: Gazetteer, mentions: Sequence[Mention], j: int) -> tuple[int, int] | None:
    """(mention index, pass-1 record) of the place named last before mention ``j``,
    within :data:`_REACH` characters, with no region or country named in between but its
    own ("Dvorichna in Kharkiv Oblast. ... X and Y"; not "... In Crimea, X and Y"), a
    place of the front (:data:`~geo.text.front.FRONT_REGIONS`) not named as an actor."""
    between: list[int] = []
    for i in range(j - 1, max(-1, j - 1 - _BACK), -1):
        p = mentions[i]
        if mentions[j].start - p.end > _REACH:
            return None
        if p.unknown or p.fuzzy or p.demonym_country:
            continue
        rec = first_readings(gaz, mentions, [i])[i]
        if rec is None:
            continue
        if not gaz.is_place(rec):
            between.append(rec)
            continue
        if p.actor or (gaz.country_code(rec), gaz.admin1(rec)[0]) not in FRONT_REGIONS:
            return None  # "Moscow's Defence Ministry said ... captured A and B"
        code, (admin1, _) = gaz.country_code(rec), gaz.admin1(rec)
        for r in between:  # the place's own region or country only
            kind = gaz.kind(r)
            if gaz.country_code(r) != code or (kind != "country" and gaz.admin1(r)[0] != admin1):
                return None
        return i, rec
    return None
