"""A village of a direction's list read a region away is a namesake of the one meant.

"Kupiansk direction: Russian forces attacked near Kupiansk itself, Radkivka, Holubivka
and Pishchane": the Holubivkas the gazetteer has lie in Luhansk Oblast, 130 km from
Kupiansk (one of them the town once called Kirovsk); the Holubivka meant, by Kupiansk,
it lacks.  An analyst's or a general staff's direction groups the villages a few tens
of km around its town (:mod:`geo.text.directions`), so a name of its lists read in
another region than the town's, farther than :data:`DIRECTION_KM` from it, is read as
its namesake nearest the town within :data:`~geo.text.strays.LIST_KM`, else left without
a place: the geoparser then estimates it around the town, as it does a village the
gazetteer lacks.  :func:`geo.text.anchors.settle_lists` does so only past
:data:`~geo.text.list_reach.ASTRAY_KM` and not for towns of 10,000 people; a direction
is tighter than a list.  A direction named by a region's centre ("the Kursk direction")
spans its region, and a name read inside the town's region keeps its reading
("Tyotkino", 130 km from Kursk); a city (:data:`CITY_POPULATION`) is named for its own
sake, and so is a town (:data:`~geo.text.list_towns.TOWN_POPULATION`) named alone, in no
list of the direction's villages ("regained positions in the Kupiansk direction and
near Chasiv Yar"), except where the direction's own clause puts it "near" the town
(:func:`governed`: "In the Kreminna direction, Russian forces attacked near Makiivka":
not Donetsk's city of 340,000, 125 km off, but the village by Kreminna).

A list in the direction's own sentence is the direction's though its names' hints
anchor on the list's first name ("In the Kupiansk direction, the occupiers attacked near
Kindrashivka, Radkivka, Holubivka and Podoly": :func:`sentence_direction`).  Within
``DIRECTION_KM``, a village read outside the town's region is a namesake too where the
town and its list's other places all lie in that region, each over :data:`APART_KM`
from it (:func:`region_stray`: Donetsk Oblast's Zelenyi Hai in a Huliaipole list); it
is read as its namesake in the town's region within ``LIST_KM``, else estimated.

Cost: a constant look at the text around each mention, and each hinted name's
candidates (bounded).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, within_km
from . import direction_words as dw
from .hints import Hint
from .list_towns import TOWN_POPULATION
from .strays import LIST_KM
from .tokens import Mention

__all__ = ["CITY_POPULATION", "DIRECTION_KM", "settle_direction_lists"]

#: A direction's villages lie within this (km) of its town: "the Kupiansk direction"
#: spans a few tens of km, "the Zaporizhzhia direction" some 60.
DIRECTION_KM = 100.0
#: A place this populous keeps its reading in any direction's list.
CITY_POPULATION = 50_000
#: After the direction's name: "the Kupiansk direction", "the Lyman axis" ...
_AFTER = re.compile(rf"\s+{dw.SECTORS}{dw.SINGULAR}", re.IGNORECASE)
#: ... or before it: "in the direction of Siversk" (geo.text.direction_words' vocabulary).
_BEFORE = re.compile(rf"\b{dw.SECTORS}\s+of\s+$", re.IGNORECASE)
_LOOK_BACK = 20
#: The candidates of a name looked at for one near the direction's town (bounded work).
_MAX_CANDIDATES = 64


def settle_direction_lists(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each name of a direction's list read far off settled by the
    direction's town (module docstring).

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (int or None, float)
        (record, score) of each mention; not modified.
    hints : mapping of int to Hint
        The hints (:func:`geo.text.directions.anchor_directions` gives a direction's
        names a "near" hint, no bearing, spanning the name, anchored on its town or
        the town named again in the list).

    Returns
    -------
    list of (int or None, float)
        The readings, with each such name read as a place (under
        :data:`CITY_POPULATION` people; a town only in a list) outside the region of
        the town's place and farther than :data:`DIRECTION_KM` from it read as its place
        candidate nearest the town within ``LIST_KM``, else as None (score 0).
    """
    out = list(resolved)
    # The directions' towns, by name: "Kupiansk direction: ... near Kupiansk itself, A".
    directions = [k for k, m in enumerate(mentions) if _is_direction(text, m)] if hints else []
    towns = {mentions[k].key for k in directions}
    for j, h in hints.items():
        m = mentions[j]
        if h.bearing_deg is not None:
            continue
        if (h.start, h.end) == (m.start, m.end):
            town = h.anchor if mentions[h.anchor].key in towns else None
        else:
            town = sentence_direction(text, mentions, directions, j, h)
        if town is None or _common_name(gaz, mentions[town]):
            continue  # "In the Oleksandrivka direction": which of dozens is not said
        rec, there = out[j][0], out[town][0]
        if rec is None or there is None or not (gaz.is_place(rec) and gaz.is_place(there)):
            continue
        size = gaz.population(rec)
        if (size >= CITY_POPULATION or (size >= TOWN_POPULATION and not m.siblings)) and not (
            governed(text, mentions, town, j)
        ):
            continue  # "regained positions in the Kupiansk direction and near Chasiv Yar"
        region = (gaz.country_code(there), gaz.admin1(there)[0])
        if (gaz.country_code(rec), gaz.admin1(rec)[0]) == region:
            continue
        here = gaz.lat_lon(there)
        # Within the direction's reach, a village read off its list's region is a
        # namesake only where that list lies together in the town's region.
        near = within_km(gaz.lat_lon(rec), here, DIRECTION_KM)
        if near and not region_stray(gaz, mentions, out, j, town, region):
            continue
        best, best_key = None, None
        for c in m.candidates[:_MAX_CANDIDATES]:
            if not gaz.is_place(c.record) or not within_km(gaz.lat_lon(c.record), here, LIST_KM):
                continue
            if near and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) != region:
                continue
            d = distance_km(gaz.lat_lon(c.record), here)
            if best_key is None or (d, c.record) < best_key:
                best, best_key = c.record, (d, c.record)
        out[j] = (best, out[j][1]) if best is not None else (None, 0.0)
    return out


#: A direction named after a name more places than this bear ("the Oleksandrivka
#: direction") settles nothing: its town's reading is a guess among them.
_MAX_TOWN_NAMESAKES = 5


def _common_name(gaz: Gazetteer, m: Mention) -> bool:
    """Whether more than :data:`_MAX_TOWN_NAMESAKES` places bear ``m``'s name."""
    return sum(1 for c in m.candidates if gaz.is_place(c.record)) > _MAX_TOWN_NAMESAKES


#: A village of a direction's list read this far (km) from the town and from each of
#: its list's places is apart from the sector they name (a sector's list spreads over
#: 15-20 km: :data:`geo.text.list_far.SPREAD_KM`).
APART_KM = 30.0
#: ... and a village a direction's list names with no other place read farther than this
#: from the town.
LONE_APART_KM = 2 * APART_KM


def region_stray(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
    town: int,
    region: tuple[str, str],
) -> bool:
    """Is ``j``'s reading, outside ``region`` (country code, admin-1 code), a village
    (under :data:`~geo.text.list_towns.TOWN_POPULATION`) lying over :data:`APART_KM`
    from the place of the direction's town (mention ``town``) and from each of its list's
    places within :data:`DIRECTION_KM` of the town, every one of which, at least one,
    lies in ``region``?  "In the Huliaipole
    direction, the enemy attacked near Uspenivka, Zelenyi Hai and Huliaipole itself":
    the Zelenyi Hai the gazetteer has lies in Donetsk Oblast, 48 km from Huliaipole; the
    one meant, by Uspenivka in Zaporizhzhia Oblast, it lacks.  Cost: the list's names.
    """
    rec = resolved[j][0]
    if rec is None or gaz.population(rec) >= TOWN_POPULATION:
        return False
    there = resolved[town][0]
    if there is None:
        return False
    places = [there]
    for i in mentions[j].siblings:
        r = resolved[i][0]
        # (a place read past the direction's reach is a namesake itself: not counted)
        if (
            i not in (j, town)
            and r is not None
            and gaz.is_place(r)
            and within_km(gaz.lat_lon(r), gaz.lat_lon(there), DIRECTION_KM)
        ):
            places.append(r)
    here = gaz.lat_lon(rec)
    if len(places) < 2:
        # The town alone: a village twice as far ("in the Novopavlivka direction near
        # Ivanivka and Novomykolaivka": Zaporizhzhia Oblast's, 69 km off, the other
        # name a village the gazetteer lacks).
        return (gaz.country_code(there), gaz.admin1(there)[0]) == region and not within_km(
            gaz.lat_lon(there), here, LONE_APART_KM
        )
    return all(
        (gaz.country_code(p), gaz.admin1(p)[0]) == region
        and not within_km(gaz.lat_lon(p), here, APART_KM)
        for p in places
    )


#: Where a sentence ends: a full stop, "!" or "?" before a space, or a line's end.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: Between a direction's phrase and its clause's "near" list: what ends the clause (a
#: sentence's end, "and", "but", a semicolon: "in the Kupiansk direction and near X").
_CLAUSE_END = re.compile(r"[.!?;]\s|\n|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
#: The "near" word that opens the list, right before its first name.
_NEAR_BEFORE = re.compile(rf"\b(?:{'|'.join(dw.NEAR_WORDS)})\s+$", re.IGNORECASE)


def governed(text: str, mentions: Sequence[Mention], town: int, j: int) -> bool:
    """Is ``j`` named in a "near" list the clause of the direction of mention ``town``
    governs, with nothing that ends the clause between them: "In the Kupiansk direction,
    Ukrainian defenders repelled 9 attacks near Holubivka", "attacked in the Kreminna
    direction near Makiivka, Nevske and Torske" (not "in the Kupiansk direction and near
    Chasiv Yar")?

    >>> t = "In the Lyman direction, attacks near Torske and Zarichne."
    >>> ms = [Mention(7, 12, "lyman", 2, 2), Mention(37, 43, "torske", 6, 6, siblings=(2,)),
    ...       Mention(48, 56, "zarichne", 8, 8, siblings=(1,))]
    >>> governed(t, ms, 0, 2), governed("In the Lyman direction and near Torske.", [
    ...     Mention(7, 12, "lyman", 2, 2), Mention(32, 38, "torske", 6, 6)], 0, 1)
    (True, False)
    """
    m = mentions[j]
    first = min((mentions[i].start for i in m.siblings), default=m.start)
    first = min(first, m.start)
    lo = mentions[town].end
    if not lo <= first or not _NEAR_BEFORE.search(text, max(lo, first - _LOOK_BACK), first):
        return False
    return _CLAUSE_END.search(text, lo, first) is None


def sentence_direction(
    text: str, mentions: Sequence[Mention], directions: Sequence[int], j: int, hint: Hint
) -> int | None:
    """The direction whose sentence holds ``j``'s "near" list, when ``hint`` makes ``j``
    a partner of that list: "In the Kupiansk direction, the occupiers attacked near
    Kindrashivka, Radkivka, Holubivka and Podoly" (each village's hint anchored on the
    list's first name, not on Kupiansk).  The mention index of the last direction
    (:func:`_is_direction`, from ``directions``, in text order) before the list's
    anchor with no sentence's end between them; None when there is none, or the hint
    is not a list partner's (its anchor outside the span it covers).

    >>> t = "In the Lyman direction, attacks near Torske and Zarichne."
    >>> ms = [Mention(7, 12, "lyman", 2, 2), Mention(37, 43, "torske", 6, 6),
    ...       Mention(48, 56, "zarichne", 8, 8)]
    >>> sentence_direction(t, ms, [0], 2, Hint(1, None, 180.0, 0.0, 40.0, None, 37, 56))
    0
    >>> sentence_direction("Lyman direction. Near Torske and Zarichne.", [Mention(0, 5,
    ...     "lyman", 0, 0), Mention(22, 28, "torske", 3, 3), Mention(33, 41, "zarichne",
    ...     5, 5)], [0], 2, Hint(1, None, 180.0, 0.0, 40.0, None, 22, 41))
    """
    anchor = mentions[hint.anchor]
    if not hint.start <= anchor.start < hint.end:
        return None
    k = bisect_left(directions, hint.anchor) - 1
    if k < 0:
        return None
    town = directions[k]
    if _SENTENCE_END.search(text, mentions[town].end, anchor.start):
        return None
    return town


#: The mentions looked back over from a list for its sentence's direction.
_DIRECTION_BACK = 8


def direction_anchor(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hint: Hint | None,
) -> Hint | None:
    """``hint``, a "near" list's partnership, anchored instead on the town of the
    direction its list's sentence names (:func:`_is_direction`, at most
    :data:`_DIRECTION_BACK` mentions before the list's anchor, no sentence's end between)
    when its anchor has no place and that town has one: "In the Huliaipole direction,
    the enemy attacked near Zaliznychne, Rivnopillia and Poltavka", Zaliznychne itself
    estimated, puts Rivnopillia by Huliaipole.  ``hint`` as given otherwise.
    """
    if hint is None or hint.bearing_deg is not None or resolved[hint.anchor][0] is not None:
        return hint
    anchor = mentions[hint.anchor]
    if not hint.start <= anchor.start < hint.end:
        return hint
    for k in range(hint.anchor - 1, max(-1, hint.anchor - 1 - _DIRECTION_BACK), -1):
        if _SENTENCE_END.search(text, mentions[k].end, anchor.start):
            return hint
        town = resolved[k][0]
        if _is_direction(text, mentions[k]):
            if town is None or not gaz.is_place(town):
                return hint
            return dataclasses.replace(hint, anchor=k)
    return hint


def _is_direction(text: str, m: Mention) -> bool:
    """Does mention ``m`` name a direction ("the Kupiansk direction", "Lyman axis:",
    "in the direction of Siversk")?"""
    return bool(
        _AFTER.match(text, m.end) or _BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
    )

