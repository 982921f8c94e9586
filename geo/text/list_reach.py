"""How far a "near A, B and C" list's partners locate one of its names.

Coordination in a list is not proximity: "Russian forces advanced near Siversk,
Hulyaipole and Velykomykhailivka" names three places of one front, 200 km apart, and
"near Kharkiv and Odesa" two cities.  A name's list partner (the anchor
:func:`geo.text.hints.read_hints` gives a name of a "near" list) locates it only when
the list is tight: the readings of its other names all lie within :data:`TIGHT_KM` of
the anchor's.  Then a name read far off may be settled near them
(:func:`geo.text.anchors.settle_lists`) and one the gazetteer lacks estimated around
the anchor, in an area that covers the list's spread (:func:`partner_reach_km`); in a
loose list each name keeps its own reading, and one the gazetteer lacks is not placed
at a partner hundreds of km off.

A name stated near an anchor of its own ("A and B near Y", "A, south of Y", "(both near
Y)") is no list partner's: its hint's anchor lies outside the list, and these
functions leave it alone.  Cost: linear in the list's names for each name asked about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np
from shapely.geometry import Polygon

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.distance import great_circle_km
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, ring
from .front import FRONT_REGIONS
from .hints import NEAR_KM, Hint
from .list_towns import TOWN_POPULATION
from .name_areas import geodesic_mean
from .tokens import Mention

__all__ = [
    "ASTRAY_KM",
    "TIGHT_KM",
    "TOWN_POPULATION",
    "is_partner_hint",
    "keeps_town",
    "list_middle",
    "list_spread",
    "near_far_partner",
    "off_front",
    "partner_reach_km",
    "sole_place",
    "sole_within_tight",
]

#: A list is tight when its other names' places lie this near (km) the anchor's place:
#: half as far again as "near X and Y" reads two names (:data:`~geo.text.hints.NEAR_KM`).
#: Analysts' lists of villages around one town ("near Lozova, Kurylivka and Zahryzove",
#: "around Kamianske, Robotyne and Verbove") span a few tens of km; a list of a front's
#: towns ("near Siversk, Hulyaipole and Velykomykhailivka") hundreds.
TIGHT_KM = 1.5 * NEAR_KM


#: A "near" list's name read this far from its anchor is a namesake of the place meant
#: (analysts' lists hold villages a few tens of km apart):
#: :func:`geo.text.anchors.settle_lists` reads it back near the anchor, or leaves it to
#: be estimated there.
ASTRAY_KM = 150.0


def is_partner_hint(hint: Hint | None, mentions: Sequence[Mention]) -> bool:
    """Is ``hint`` a "near" list's partnership (no direction, its anchor one of the
    list's own names) rather than an anchor the text states for the name?

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> ms = [Mention(5, 10, "a", 1, 1), Mention(15, 20, "b", 3, 3), Mention(26, 31, "c", 5, 5)]
    >>> is_partner_hint(Hint(1, None, 180.0, 0.0, 40.0, None, 5, 20), ms)  # "near A and B"
    True
    >>> is_partner_hint(Hint(2, None, 180.0, 0.0, 40.0, None, 5, 20), ms)  # "A and B near C"
    False
    >>> is_partner_hint(Hint(1, 180.0, 22.5, 2.0, 40.0, None, 5, 10), ms)  # "A, south of B"
    False
    """
    if hint is None or hint.bearing_deg is not None:
        return False
    return hint.start <= mentions[hint.anchor].start < hint.end


def partner_reach_km(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
    hint: Hint,
) -> float | None:
    """How far (km) from its anchor's place a name of a tight "near" list may lie, or
    None when the list is loose (or the anchor has no place).

    Parameters
    ----------
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, float)
        The readings of the mentions (record, score), aligned with ``mentions``.
    j : int
        The name's mention index; its own reading is not looked at.
    hint : Hint
        Its list partnership (:func:`is_partner_hint`).

    Returns
    -------
    float or None
        ``max(NEAR_KM, spread)``, where ``spread`` is the farthest of the list's other
        names' places from the anchor's place (km, geodesic), when all lie within
        :data:`TIGHT_KM` of it (but one, when another does); None when they do not
        (a loose list).  See :func:`list_spread`.
    """
    found = list_spread(gaz, mentions, resolved, j, hint)
    if found is None:
        return None
    near, far, spread = found
    # One name read far off while another lies by the anchor is a namesake (of the one
    # meant), not a sign the list spans a front ("near Lozova, Kurylivka and Zahryzove").
    if far > 1 or (far and not near):
        return None
    return max(NEAR_KM, spread)


def list_spread(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
    hint: Hint,
) -> tuple[int, int, float] | None:
    """(near, far, spread_km) of a "near" list seen from its name ``j``: how many of the
    list's other names (the anchor's aside) lie within :data:`TIGHT_KM` of the anchor's
    place, how many farther (a village read by a foreign or alternate name aside:
    :func:`_firm`), and the farthest distance (km, great circle) of the near ones;
    None when the anchor has no place.  A name of the list read as no place counts at
    its :func:`sole_place`, if it has one; names read as a region, or with no place,
    are not counted.  Cost: at most :data:`LIST_WINDOW` names either side of ``j``.
    """
    anchor_rec = resolved[hint.anchor][0]
    if anchor_rec is None or not gaz.is_place(anchor_rec):
        return None
    found: list[tuple[int, int]] = []  # (mention, record) of the list's other names
    for i in _list_names(mentions, j, hint):
        if i in (j, hint.anchor):
            continue
        rec = resolved[i][0]
        if rec is None:
            # A name the partners' logic left without a place still has its own, unless
            # it lies astray (settle_lists left it to be estimated by the anchor: "near
            # Pokrovsk, Myrolubivka and Promin", not Mykolaiv Oblast's Promin).
            rec = sole_place(gaz, mentions[i], gaz.country_code(anchor_rec))
            here = gaz.lat_lon(anchor_rec)
            if rec is not None and distance_km(gaz.lat_lon(rec), here) > ASTRAY_KM:
                rec = None
        if rec is not None and gaz.is_place(rec):
            found.append((i, rec))
    if not found:
        return 0, 0, 0.0
    # One vectorised call for the list (a sphere is close enough for a 60 km threshold;
    # the estimate's disk itself is geodesic).
    lat, lon = np.radians(np.array([gaz.lat_lon(rec) for _, rec in found])).T
    a_lat, a_lon = np.radians(gaz.lat_lon(anchor_rec))
    apart = great_circle_km(a_lat, a_lon, lat, lon).tolist()
    spread = 0.0
    near = far = 0
    for (i, rec), d in zip(found, apart, strict=True):
        if d > TIGHT_KM:
            far += _firm(gaz, mentions[i], rec)
        else:
            near += 1
            spread = max(spread, d)
    return near, far, spread


#: The names either side of a name looked at in its list (bounded work per name, however
#: long the list: analysts' lists hold a handful of names).
LIST_WINDOW = 16


def list_middle(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
    hint: Hint,
) -> tuple[tuple[float, float], Polygon] | None:
    """Where name ``j`` of a "near" list, which the gazetteer lacks, is estimated from
    ``hint``, a hint with no direction anchored on one of its list's names: ((lat, lon),
    its disc) at the geodesic mean of the places of its list's names on either side of
    it, the nearest before and the nearest after it that lie within :data:`TIGHT_KM` of
    the anchor's place (the anchor's own included); the disc (geodesic, lon/lat) reaches
    every such place of the list and at least ``hint.max_km``.  None when the hint has a
    direction or another anchor, or the anchor no place.  Reports list villages along
    the front in order: "stopped 52 assaults near Volodymyrivka, Udachne, Kotlyne and
    Zvirove" puts Kotlyne between Udachne and Zvirove (1 km from where it lies), not on
    Volodymyrivka, the first of them, 30 km off.  The caller has judged the list tight
    enough to locate the name (:func:`partner_reach_km`).  Cost: at most
    :data:`LIST_WINDOW` names either side."""
    siblings = mentions[j].siblings
    anchor = resolved[hint.anchor][0] if hint.anchor in siblings else None
    if hint.bearing_deg is not None or anchor is None or not gaz.is_place(anchor):
        return None
    here = gaz.lat_lon(anchor)
    at = bisect_left(siblings, j)
    placed = {hint.anchor: here}  # the list's places by the anchor, by mention index
    for i in siblings[max(0, at - LIST_WINDOW) : at + LIST_WINDOW]:
        rec = resolved[i][0]
        if i == j or rec is None or not gaz.is_place(rec):
            continue
        there = gaz.lat_lon(rec)
        if distance_km(here, there) <= TIGHT_KM:
            placed[i] = there
    before = max((i for i in placed if i < j), default=None)
    after = min((i for i in placed if i > j), default=None)
    sides = [placed[i] for i in (before, after) if i is not None]
    middle = geodesic_mean(sides)
    reach_km = max(hint.max_km, *(distance_km(middle, p) for p in placed.values()))
    return middle, ring(middle, reach_km)


def _list_names(mentions: Sequence[Mention], j: int, hint: Hint) -> range:
    """Indexes of the mentions of name ``j``'s list (inside the hint's span), at most
    :data:`LIST_WINDOW` either side of it; mentions are in text order."""
    lo = bisect_left(mentions, hint.start, max(0, j - LIST_WINDOW), j + 1, key=_start)
    hi = bisect_left(mentions, hint.end, j, min(len(mentions), j + LIST_WINDOW + 1), key=_start)
    return range(lo, hi)


def _start(m: Mention) -> int:
    return m.start


def _firm(gaz: Gazetteer, m: Mention, rec: int) -> bool:
    """Is a far reading evidence that the list spans that far: a town, or a place its
    name names (its own name or an alias)?  A village read by a foreign or alternate
    name ("Georgiyevka", "Pobeda" in a Russian summary) may itself be a namesake."""
    if gaz.population(rec) >= TOWN_POPULATION:
        return True
    return min((c.quality for c in m.candidates if c.record == rec), default=99) <= QUALITY_ALIAS


def keeps_town(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
    hint: Hint,
    rec: int | None,
) -> bool:
    """Does name ``j``, read as ``rec``, keep that reading whatever its list partners
    say?  A town (:data:`TOWN_POPULATION` people) its name names (not a spelling) does
    when the list's other names read as places are all towns too: a list of towns
    names towns ("near Kremennaya, Liman and Volchansk": Vovchansk, 130 km off, not a
    village by Kreminna).  A town far from a list of villages may be a namesake of a
    village the gazetteer lacks ("near Novotroitske, Udachne and Zvirove").  Cost:
    linear in the list's names."""
    if m_fuzzy(mentions[j]) or rec is None or not gaz.is_place(rec):
        return False
    if gaz.population(rec) < TOWN_POPULATION:
        return False
    towns = 0
    for i in _list_names(mentions, j, hint):
        other = resolved[i][0]
        if i == j or other is None or not gaz.is_place(other):
            continue
        if gaz.population(other) < TOWN_POPULATION:
            return False
        towns += 1
    return towns > 0


def near_far_partner(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
    hint: Hint,
    own: int | None,
) -> bool:
    """Does ``own`` (gazetteer record), the place of name ``j`` of a "near" list, lie
    within :data:`~geo.text.hints.NEAR_KM` of another name of the list read as a town or
    by its own name (:func:`_firm`) farther than :data:`TIGHT_KM` from the anchor's place?

    A list of two groups names the villages of two stretches of a border ("near
    Yunakovka, Khotin, Volchansk and Liptsy": two by Sumy's border, two by Kharkiv's).
    :func:`partner_reach_km` takes the one far name for a namesake and the list for a
    tight one, but a name whose own place lies by that far town is of the second group:
    Lyptsi, 35 km from Vovchansk, keeps its reading, not an estimate by Yunakivka, 140 km
    off.  Cost: linear in the list's names (:data:`LIST_WINDOW` either side).
    """
    anchor_rec = resolved[hint.anchor][0]
    if own is None or anchor_rec is None or not (gaz.is_place(own) and gaz.is_place(anchor_rec)):
        return False
    here, point = gaz.lat_lon(anchor_rec), gaz.lat_lon(own)
    for i in _list_names(mentions, j, hint):
        rec = resolved[i][0]
        if i in (j, hint.anchor) or rec is None or rec == own or not gaz.is_place(rec):
            continue
        there = gaz.lat_lon(rec)
        if (
            distance_km(here, there) > TIGHT_KM
            and _firm(gaz, mentions[i], rec)
            and distance_km(point, there) <= NEAR_KM
        ):
            return True
    return False


def sole_within_tight(gaz: Gazetteer, m: Mention, own: int | None, anchor_rec: int) -> bool:
    """Is ``own`` (gazetteer record) the one place of mention ``m``'s name in the anchor's
    country (:func:`sole_place`) and within :data:`TIGHT_KM` of the anchor's place
    ``anchor_rec``?

    A tight list's reach is its other names' spread (:func:`partner_reach_km`, 40 km at
    least); a name the country has once, lying as near the anchor as a tight list's
    names may, is that place, not one the gazetteer lacks: "near Gulyaypole, Velikaya
    Novosyolka and Ternovatoye" names Velyka Novosilka, 48 km from Huliaipole, not a
    village estimated by Huliaipole.  Cost: the mention's candidates.
    """
    if own is None or not (gaz.is_place(own) and gaz.is_place(anchor_rec)):
        return False
    if sole_place(gaz, m, gaz.country_code(anchor_rec)) != own:
        return False
    return distance_km(gaz.lat_lon(own), gaz.lat_lon(anchor_rec)) <= TIGHT_KM


def off_front(gaz: Gazetteer, rec: int, anchor_rec: int) -> bool:
    """Is ``rec`` a place outside the front's regions (:data:`FRONT_REGIONS`) farther than
    :data:`ASTRAY_KM` from its list's anchor ``anchor_rec``, a place of them?  A loose
    list spans the front, not the country: "near Uspenivka, Novoivanivka and Danylivka"
    in the Huliaipole direction names no Danylivka of Kyiv Oblast, 450 km off."""
    return (
        gaz.is_place(rec)
        and gaz.is_place(anchor_rec)
        and (gaz.country_code(anchor_rec), gaz.admin1(anchor_rec)[0]) in FRONT_REGIONS
        and (gaz.country_code(rec), gaz.admin1(rec)[0]) not in FRONT_REGIONS
        and distance_km(gaz.lat_lon(rec), gaz.lat_lon(anchor_rec)) > ASTRAY_KM
    )


def m_fuzzy(m: Mention) -> bool:
    """Was the mention read by its spelling alone (or is its name unknown)?"""
    return m.fuzzy or m.unknown


def sole_place(gaz: Gazetteer, m: Mention, country: str) -> int | None:
    """The one place the gazetteer has under the mention's name (its own, an alias or
    an alternate name, not a spelling) in ``country``, or None when it has none there
    or several.

    A list partner never replaces such a place by an estimate at another ("near
    Siversk, Hulyaipole and Velykomykhailivka": Velykomykhailivka is the village the
    gazetteer has, whatever its partners); a name with many namesakes there (an
    Andriivka) may mean one the gazetteer lacks.  Cost: the mention's candidates.
    """
    if m.fuzzy or m.unknown:
        return None
    found = None
    for c in m.candidates:
        if c.quality > QUALITY_ALTERNATE or not gaz.is_place(c.record):
            continue
        if gaz.country_code(c.record) != country:
            continue
        if found is not None and found != c.record:
            return None
        found = c.record
    return found
