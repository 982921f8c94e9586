"""A tight "near" list's village read as a namesake beyond the list's reach.

A General Staff direction lists the villages one town's front runs through: "In the
Huliaipole direction, the enemy attacked near Huliaipole, Zelenyi Hai, Uspenivka and
Zaliznychne".  The gazetteer (``cities500``) lacks the Zelenyi Hai by Huliaipole but has
three others: resolution reads the one of Donetsk Oblast, 48 km from Huliaipole, where
the list's other villages lie within 15 km.  The list is tight
(:func:`geo.text.list_reach.partner_reach_km`), so its reach says where the name lies:
a village read farther than that, by a name several places of the country share, is a
namesake of one the gazetteer lacks, estimated by the list's anchor like a name it
lacks altogether (:func:`geo.text.geoparse.geoparse`).

A town (:data:`~geo.text.list_reach.TOWN_POPULATION`) keeps its reading (a list names
towns for their own sake), and so does a village its country has only one of
(:func:`geo.text.list_reach.sole_place`: no other can be meant) or one read by a
spelling.  Cost: the mention's candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint
from .list_reach import TOWN_POPULATION, is_partner_hint, sole_place
from .tokens import Mention

__all__ = ["list_astray"]


def list_astray(
    gaz: Gazetteer,
    hint: Hint | None,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    m: Mention,
    anchor: int | None,
    rec: int | None,
) -> bool:
    """Is ``rec`` (gazetteer record), the reading of mention ``m`` of a tight "near" list
    whose partnership ``hint`` carries the list's reach (``max_km``, set from
    :func:`~geo.text.list_reach.partner_reach_km`), a village namesake farther than that
    reach from the place ``anchor`` (record) of the list's anchor, while the country of
    the anchor has several places of the name?

    Examples
    --------
    In the Huliaipole direction, "near Huliaipole, Zelenyi Hai, Uspenivka and
    Zaliznychne" read with Donetsk Oblast's Zelenyi Hai (48 km off, reach 40 km): True;
    the same list with Zelenyi Hai read 12 km off: False.
    """
    if anchor is None or rec is None or hint is None or m.fuzzy or m.unknown:
        return False
    if hint.bearing_deg is not None or hint.distance_km is not None:
        return False
    # The list's partnership: the anchor inside the hint's span ("near A, B and C"), or
    # named before the name, the span the name alone (a list's earlier name).
    before = hint.start == m.start and mentions[hint.anchor].end <= m.start
    if not (before or is_partner_hint(hint, mentions)):
        return False
    if not any(i == hint.anchor or resolved[i][0] == anchor for i in m.siblings):
        return False  # the sentence's place, not the list's (or its direction's town)
    if not (gaz.is_place(anchor) and gaz.is_place(rec)):
        return False
    if gaz.population(rec) >= TOWN_POPULATION:
        return False
    if distance_km(gaz.lat_lon(anchor), gaz.lat_lon(rec)) <= hint.max_km:
        return False  # within the reach: the reading fits
    if sole_place(gaz, m, gaz.country_code(anchor)) is not None:
        return False
    return _tight(gaz, resolved, m, hint, anchor, gaz.lat_lon(rec))


#: The list's other places, its anchor's aside: at least so many (a short list says too
#: little of a front's spread).
MIN_NEAR = 2

#: A list runs along a front: each of its villages lies within this distance (km) of
#: one of the others ("near Myrnohrad, Udachne, Zvirove and Novopavlivka": Novopavlivka,
#: 40 km from Pokrovsk, 18 km from Uspenivka).  A reading farther from all of them is a
#: namesake (Donetsk Oblast's Zelenyi Hai, 37 km from Uspenivka by Huliaipole).
NEIGHBOUR_KM = 25.0


def _tight(
    gaz: Gazetteer,
    resolved: Sequence[tuple[int | None, float]],
    m: Mention,
    hint: Hint,
    anchor: int,
    point: tuple[float, float],
) -> bool:
    """Do the list's other names read as places (at least :data:`MIN_NEAR`, the anchor's
    aside) all lie within the hint's reach of the anchor's place, and none of them nor
    the anchor's place within :data:`NEIGHBOUR_KM` of ``point`` (lat, lon), the name's
    reading?  Cost: the list's names (a view of them)."""
    here = gaz.lat_lon(anchor)
    if distance_km(point, here) <= NEIGHBOUR_KM:
        return False
    near = 0
    for i in m.siblings:
        rec = resolved[i][0]
        if i == hint.anchor or rec is None or rec == anchor or not gaz.is_place(rec):
            continue
        there = gaz.lat_lon(rec)
        if distance_km(here, there) > hint.max_km or distance_km(point, there) <= NEIGHBOUR_KM:
            return False
        near += 1
    return near >= MIN_NEAR
