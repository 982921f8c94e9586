"""A partner in a direction's paragraph for a village the gazetteer lacks.

"In the Kramatorsk direction, Russian troops attacked near Stupochky and Predtechyne.
Those villages lie just south of Chasiv Yar": a direction is named after a town the
fighting lies ahead of, often 20-30 km off, so a village the gazetteer lacks is not
estimated at the town itself when its paragraph names a place near the town: around that
place (:func:`scope_partner`, asked by :func:`geo.text.directions.anchor_directions`
once its sentence offers no partner).  Bounded work: a few mentions each way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..gazetteer.index import Gazetteer
from .direction_lists import list_partner
from .direction_words import DISTRICTS, MUNICIPAL, SECTORS
from .front import about_fighting
from .hints import NEAR_KM
from .other_names import _apart_km
from .ranking import first_readings
from .strays import LIST_KM
from .tokens import Mention

__all__ = [
    "district_of_name",
    "own_sentence_town",
    "scope_partner",
    "sentence_partner",
    "town_opens",
]

#: A sector named after a town ("the Kramatorsk direction", "the Pokrovsk axis", "in the
#: direction of Siversk"): not a district ("In Korenevo district": its villages lie in it,
#: around its town) nor a sentence's "Near X," (its villages are near X).
_SECTOR_AFTER = re.compile(rf"\s+{SECTORS}\b", re.IGNORECASE)
_SECTOR_BEFORE = re.compile(rf"\b{SECTORS}\s+of\s+$", re.IGNORECASE)

#: Between a name and a district phrase that locates it: "Petropavlivka in the
#: Synelnykove district".
_IN_THE = re.compile(r",?\s+in\s+(?:the\s+)?")
_DISTRICT_AFTER = re.compile(rf"\s+(?:{MUNICIPAL})?{DISTRICTS}\b", re.IGNORECASE)

#: The mentions looked at each way from the name (bounded work).
_PARTNERS = 6
#: A sentence's end (as :mod:`geo.text.directions` reads it).
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])")


def scope_partner(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    k: int,
    j: int,
    end: int,
    heres: Sequence[tuple[float, float]],
    reading: Callable[[int], int | None],
) -> int | None:
    """The mention of direction ``k``'s scope (which ends at character ``end``) a name
    ``j`` is estimated around: the first name after ``j``, else the last before it (after
    ``k``), a few mentions each way, not spelling the direction's name, whose pass-1
    reading (``reading(i)``: a record or None) is a place within
    :data:`~geo.text.hints.NEAR_KM` of the direction's place (``heres``, (lat, lon)
    degrees); else a known place of ``j``'s own list when the list confirms no town of the
    direction's name (:func:`geo.text.direction_lists.list_partner`); None when there is
    none, or when ``k`` names no sector (a district, "Near X,")."""
    d = mentions[k]
    if not (
        _SECTOR_AFTER.match(text, d.end)
        or _SECTOR_BEFORE.search(text, max(0, d.start - 20), d.start)
    ):
        return None
    after = range(j + 1, min(len(mentions), j + 1 + _PARTNERS))
    before = range(j - 1, max(k, j - 1 - _PARTNERS), -1)
    for i in (*after, *before):
        p = mentions[i]
        if p.start >= end:
            continue
        if p.unknown or p.fuzzy or p.demonym_country or p.key == mentions[k].key:
            continue
        rec = reading(i)
        if rec is not None and gaz.is_place(rec) and _apart_km(gaz.lat_lon(rec), heres) <= NEAR_KM:
            return i
    # No place of the paragraph near the town: a known place of the name's own list, when
    # that list confirms no town of the direction's name (geo.text.direction_lists).
    return list_partner(gaz, mentions, k, j, end, heres)


#: Between the direction's town named again and its list: "near Kupiansk itself, A, B".
_TOWN_GAP = re.compile(r"(?:\s+itself)?(?:,\s+and\s+|,\s+|\s+and\s+)")


def town_opens(text: str, mentions: Sequence[Mention], k: int, j: int) -> bool:
    """Does the direction's town (mention ``k``), named again, open the list of name
    ``j`` ("near Kupiansk itself, Radkivka, Holubivka and Pishchane")?  Then the list is
    the direction's, whatever town away one of its names reads as."""
    first = min((j, *mentions[j].siblings))
    if first <= k:
        return False
    town = mentions[first - 1]
    return town.key == mentions[k].key and bool(
        _TOWN_GAP.fullmatch(text, town.end, mentions[first].start)
    )


def sentence_partner(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    k: int,
    j: int,
    heres: Sequence[tuple[float, float]],
    firsts: dict[int, int | None],
) -> int:
    """The mention a name (``j``) of direction ``k``'s scope is estimated around: the
    last name before it in its sentence, after the direction's, whose pass-1 reading is
    a place within :data:`LIST_KM` of the direction's place (``heres``), else ``k``.
    ``firsts`` caches pass-1 readings ("near Vovchansk and Vilcha and toward
    Starytsia": around Vilcha, not Kharkiv 50 km off)."""
    for i in range(j - 1, max(k, j - 1 - _PARTNERS), -1):
        p = mentions[i]
        if _SENTENCE_END.search(text, p.end, mentions[j].start):
            break
        if p.unknown or p.fuzzy or p.demonym_country:
            continue
        if i not in firsts:
            firsts.update(first_readings(gaz, mentions, [i]))
        rec = firsts[i]
        if rec is not None and gaz.is_place(rec) and _apart_km(gaz.lat_lon(rec), heres) <= LIST_KM:
            return i
    return k


#: A place this populous (people: an urban settlement) that a later sentence names with
#: no namesake near the direction's place gives that sentence its own area.
SENTENCE_TOWN = 5_000
#: The candidates of a name looked at (bounded work).
_CANDIDATES = 64


def own_sentence_town(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    j: int,
    heres: Sequence[tuple[float, float]],
) -> bool:
    """Does name ``j``'s own sentence name, a few mentions either way and outside its
    list, a town of :data:`SENTENCE_TOWN` people or more with no candidate place within
    :data:`~geo.text.strays.LIST_KM` of the direction's place (``heres``, (lat, lon)
    degrees)?  "In the Kupiansk area, ... Fighting was also reported around Novopavlivka
    and Kurdiumivka, and on the approaches to Marinka": that sentence is about Marinka's
    area, 200 km south, and its villages are not the direction's.  Only in a text about
    fighting (:func:`geo.text.front.about_fighting`)."""
    if not about_fighting(text):
        return False  # "the lakeside villages of Port Nelson and Wellington Square"
    m = mentions[j]
    for i in (*range(j - 1, max(-1, j - 1 - _PARTNERS), -1), *range(j + 1, j + 1 + _PARTNERS)):
        if i >= len(mentions):
            break
        p = mentions[i]
        lo, hi = (p.end, m.start + 1) if i < j else (m.end, p.start + 1)  # (lookahead)
        if _SENTENCE_END.search(text, lo, hi):
            continue
        if p.unknown or p.fuzzy or p.demonym_country or i in m.siblings:
            continue  # (a list partner's town away: directions._list_there asks)
        places = [c.record for c in p.candidates[:_CANDIDATES] if gaz.is_place(c.record)]
        if any(gaz.row(r).population >= SENTENCE_TOWN for r in places) and all(
            _apart_km(gaz.lat_lon(r), heres) > LIST_KM for r in places
        ):
            return True
    return False


def district_of_name(text: str, mentions: Sequence[Mention], k: int) -> bool:
    """Does mention ``k`` name a district that locates the name just before it
    ("Drones attacked Petropavlivka in the Synelnykove district, not the one near
    Kupiansk")?  Such a phrase qualifies that name: it heads no list, so a town far
    from it later in its sentence keeps its own place (Kupiansk is not estimated in the
    Synelnykove district), as in a direction's later sentences."""
    return (
        k > 0
        and _DISTRICT_AFTER.match(text, mentions[k].end) is not None
        and _IN_THE.fullmatch(text, mentions[k - 1].end, mentions[k].start) is not None
    )
