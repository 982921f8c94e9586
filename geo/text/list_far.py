"""A village of a tight "near" list read far from all its partners is not the one meant.

"In the Lyman direction, the occupiers attacked near Novoiehorivka, Hrekivka, Zarichne
and Torske": Zarichne and Torske lie 3 km apart by Lyman, and the only Novoiehorivka
the gazetteer has lies 90 km north of them (the one meant, by Hrekivka, it lacks).
:func:`geo.text.anchors.settle_lists` reads such a name back near its partners only
when it lies more than :data:`~geo.text.list_reach.ASTRAY_KM` off; nearer, a village
the list's partners never come near stays a namesake on the map.

:func:`far_from_partners` leaves such a name without a place, so the geoparser
estimates it by its partners as it does a name the gazetteer lacks
(:func:`geo.text.list_reach.partner_reach_km`), when: the list is tight (its other
names' places all lie within :data:`~geo.text.list_reach.TIGHT_KM` of the anchor's,
at least two of them), the name is read as a village (under
:data:`~geo.text.list_towns.TOWN_POPULATION`) and none of the name's place candidates
lies within ``TIGHT_KM`` of any partner.  A town (under :data:`CITY_POPULATION`) read
over twice that from every partner is read as its namesake nearest them, within that
reach ("near Gulyaipole, Velikaya Novoselka and Kamenskoye": not Kamianske city, 130 km
from both, but the village by Orikhiv).

At the 20 km grain of a front-line map, of two namesakes both within a front's reach
the one next to the villages a name is listed with is meant: "Russian forces attacked
near Kostiantynivka and near Sonyachnyi, Illinivka and Ivanopillia" is the village by
Illinivka, not Kramatorsk's district of 40,650 people 25 km off, which the evidence of
resolution (at the scale of tens of km) prefers for its size; "south of it near Ivanivka
and Zelenyi Hai" is the village by Zelenyi Hai, not Kramatorsk's Ivanivka 94 km off.
:func:`nearest_list_namesakes` reads a name of a list ("A, B and C", its
:attr:`~geo.text.tokens.Mention.siblings`) as its namesake next to the list's other
places when: the text is about fighting; its reading is a populated place of the
front's regions (:data:`~geo.text.front.FRONT_REGIONS`) under 100,000 people (or a city
read by another of its names: "Novooleksandrivka" is also Melitopol's), with no place of
its list within :data:`GRAIN_KM`; no words decide its reading (a container, "another", a
negation; a direction stated for it only where the namesake fits it too:
"Novooleksandrivka and Balabyne, south of the regional centre"); and another of its
place candidates in that country lies within :data:`CLOSE_KM` of one of the list's
places and within :data:`SPREAD_KM` of :data:`MIN_CLOSE` of them (of its one partner in
a pair), at most half as far from the nearest of them as the reading.  Of several, the
one with the most list places within ``CLOSE_KM``, then the nearest.  A town of a pair
read farther than :data:`~geo.text.list_reach.ASTRAY_KM` from its partner is its
namesake town nearest the partner within ``2 * TIGHT_KM``, at most a fifth as far
("port facilities in Chornomorsk and Pivdenne": the port town by Odesa, not Kharkiv's
Pivdenne 560 km off, whatever another paragraph says of Kharkiv).

Cost: for each name of a list, its list's names (bounded) and its candidates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .front import FRONT_REGIONS, about_fighting
from .hints import Hint, fits
from .list_reach import ASTRAY_KM, TIGHT_KM, is_partner_hint, list_spread
from .list_towns import TOWN_POPULATION
from .tokens import Mention

__all__ = ["CLOSE_KM", "GRAIN_KM", "far_from_partners", "nearest_list_namesakes"]

#: A tight list locates a name only with this many of its other names placed near.
MIN_PARTNERS = 2
#: A city this large keeps its reading in any list (a town above
#: :data:`~geo.text.list_towns.TOWN_POPULATION` yields to a namesake near the partners).
CITY_POPULATION = 500_000


def far_from_partners(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each village read far from every partner of its tight "near"
    list left without a place, its score kept (module docstring)."""
    out = list(resolved)
    for j, hint in hints.items():
        rec, score = resolved[j]
        m = mentions[j]
        if rec is None or m.fuzzy or m.unknown or not is_partner_hint(hint, mentions):
            continue
        if not gaz.is_place(rec) or gaz.population(rec) >= CITY_POPULATION:
            continue
        town = gaz.population(rec) >= TOWN_POPULATION
        anchor = resolved[hint.anchor][0]
        if anchor is None or anchor == rec or not gaz.is_place(anchor):
            continue
        spread = list_spread(gaz, mentions, resolved, j, hint)
        if spread is None:
            continue
        near, far, _ = spread
        if far or near + 1 < MIN_PARTNERS:
            continue  # a loose list, or too few partners placed to say
        partners = [gaz.lat_lon(anchor)] + [
            gaz.lat_lon(r)
            for i in m.siblings
            if i != j and (r := resolved[i][0]) is not None and gaz.is_place(r)
        ]
        places = [c.record for c in m.candidates if gaz.is_place(c.record)]
        if town:
            # A town is astray only twice as far off, and then its namesake nearest the
            # partners is meant ("near Gulyaipole, Velikaya Novoselka and Kamenskoye":
            # not Kamianske city, 130 km from both, but the village by Orikhiv).
            out[j] = (_nearer_namesake(gaz, rec, places, partners), score)
        elif all(distance_km(gaz.lat_lon(p), at) > TIGHT_KM for p in places for at in partners):
            out[j] = (None, score)
    return out


def _nearer_namesake(
    gaz: Gazetteer, rec: int, places: Sequence[int], partners: Sequence[tuple[float, float]]
) -> int:
    """``rec``, or where it lies over ``2 * TIGHT_KM`` from every partner, the namesake
    in ``places`` nearest a partner within that reach (``rec`` when none is)."""
    def off(p: int) -> float:
        return min(distance_km(gaz.lat_lon(p), at) for at in partners)

    if off(rec) <= 2 * TIGHT_KM:
        return rec
    best = min(places, key=lambda p: (off(p), p), default=rec)
    return best if off(best) <= 2 * TIGHT_KM else rec


#: A front-line map's grain (km): a reading this near one of its list's places stays.
GRAIN_KM = 20.0
#: A namesake this near (km) a list's place lies next to it.
CLOSE_KM = 15.0
#: List places a namesake must lie near (fewer when the list has fewer others): one
#: within ``CLOSE_KM``, the others within ``SPREAD_KM`` (a list of a sector's villages
#: spreads over 15-20 km: "near Zelenyi Hai, Ivanivka, Komar and Voskresenka").
MIN_CLOSE = 2
#: A list's other places may lie this far (km) from a namesake next to one of them.
SPREAD_KM = 2 * CLOSE_KM
#: A town this large is named for its own sake, whatever its list.
_OWN_TOWN = 100_000
#: The most list places looked at (a bounded list).
_MAX_PARTNERS = 12


def nearest_list_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each listed name read far from its list's places moved to its
    namesake next to them, its score kept (module docstring).

    ``resolved`` holds (record or None, score) per mention, ``hints`` the relative
    location hints resolution was given (a name with a direction of its own is left).
    """
    out = list(resolved)
    fighting: bool | None = None
    for j, m in enumerate(mentions):
        rec = resolved[j][0]
        if rec is None or len(m.siblings) < 1 or len(m.candidates) < 2:
            continue
        if (m.containers and not _held(gaz, rec, m.containers)) or m.told_by_words() or m.repeat:
            continue  # (a region both namesakes lie in decides nothing: "In the X region, ...")
        hint = hints.get(j)
        directed = None
        if hint is not None and hint.bearing_deg is not None:
            # "Novooleksandrivka and Balabyne, south of the regional centre": a namesake
            # next to the list's places still fits the direction stated for them.
            anchor = resolved[hint.anchor][0] if 0 <= hint.anchor < len(resolved) else None
            if anchor is None or not gaz.is_place(anchor):
                continue
            directed = (hint, gaz.lat_lon(anchor))
        if not _front_village(gaz, rec, m):
            continue
        partners = _partners(gaz, mentions, resolved, j)
        if not partners:
            continue
        here = gaz.lat_lon(rec)
        if min(distance_km(here, at) for at in partners) <= GRAIN_KM:
            continue
        if fighting is None:
            fighting = about_fighting(text)
        if not fighting:
            return out
        better = _next_to(gaz, rec, m, partners, directed)
        if better is None and len(partners) == 1 and directed is None:
            better = _pair_town(gaz, rec, m, partners[0])
        if better is not None:
            out[j] = (better, resolved[j][1])
    return out


def _front_village(gaz: Gazetteer, rec: int, m: Mention) -> bool:
    """Is ``rec`` a populated place of the front's regions under a city's size, or a
    city ``m`` names by another of its names (an alternate, not its own or an alias)?"""
    if not gaz.is_place(rec) or (gaz.country_code(rec), gaz.admin1(rec)[0]) not in FRONT_REGIONS:
        return False
    if gaz.population(rec) < _OWN_TOWN:
        return True
    return all(c.quality > QUALITY_ALIAS for c in m.candidates if c.record == rec)


def _partners(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
) -> list[tuple[float, float]]:
    """The (lat, lon) of the places of mention ``j``'s list, itself and other
    mentions of its name aside."""
    key = mentions[j].key
    out = []
    for i in list(mentions[j].siblings)[:_MAX_PARTNERS]:
        r = resolved[i][0] if 0 <= i < len(resolved) else None
        if i == j or r is None or mentions[i].key == key or not gaz.is_place(r):
            continue
        out.append(gaz.lat_lon(r))
    return out


def _next_to(
    gaz: Gazetteer,
    rec: int,
    m: Mention,
    partners: Sequence[tuple[float, float]],
    directed: tuple[Hint, tuple[float, float]] | None = None,
) -> int | None:
    """The candidate of ``m`` other than ``rec`` that lies next to the list's places
    (and where ``directed``, a hint and its anchor's (lat, lon), says), or None (module
    docstring)."""
    cc = gaz.country_code(rec)
    need = min(MIN_CLOSE, len(partners))
    off_rec = min(distance_km(gaz.lat_lon(rec), at) for at in partners)
    best: tuple[int, float, int] | None = None
    for c in m.candidates:
        p = c.record
        if p == rec or not gaz.is_place(p) or gaz.country_code(p) != cc:
            continue
        if m.containers and not _held(gaz, p, m.containers):
            continue
        gaps = [distance_km(gaz.lat_lon(p), at) for at in partners]
        close = sum(g <= CLOSE_KM for g in gaps)
        spread = sum(g <= SPREAD_KM for g in gaps)
        off = min(gaps)
        if close < 1 or spread < need or off * 2 > off_rec:
            continue
        if directed is not None and not fits(
            directed[0], directed[1], gaz.lat_lon(p), gaz.population(p)
        ):
            continue
        key = (-close, off, p)
        if best is None or key < (best[0], best[1], best[2]):
            best = key
    return None if best is None else best[2]


def _pair_town(gaz: Gazetteer, rec: int, m: Mention, partner: tuple[float, float]) -> int | None:
    """A town of ``m``'s candidates (of :data:`~geo.text.list_towns.TOWN_POPULATION`
    people at least, in ``rec``'s country) within ``2 * TIGHT_KM`` of its one partner,
    when ``rec`` lies farther than :data:`~geo.text.list_reach.ASTRAY_KM` from it and
    over five times as far as that town ("port facilities in Ilyichevsk and Yuzhny":
    Pivdenne by Odesa, 50 km from Chornomorsk, not Kharkiv's Pivdenne 560 km off);
    the nearest such, or None."""
    off_rec = distance_km(gaz.lat_lon(rec), partner)
    if off_rec <= ASTRAY_KM:
        return None
    cc = gaz.country_code(rec)
    best: tuple[float, int] | None = None
    for c in m.candidates:
        p = c.record
        if p == rec or not gaz.is_place(p) or gaz.country_code(p) != cc:
            continue
        if gaz.population(p) < TOWN_POPULATION:
            continue
        off = distance_km(gaz.lat_lon(p), partner)
        if off <= 2 * TIGHT_KM and off * 5 <= off_rec and (best is None or (off, p) < best):
            best = (off, p)
    return None if best is None else best[1]


def _held(gaz: Gazetteer, rec: int, containers: Sequence[tuple[str, str]]) -> bool:
    """Does a stated container (country, admin-1 code or "") hold ``rec``?"""
    cc, a1 = gaz.country_code(rec), gaz.admin1(rec)[0]
    return any(c == cc and a in ("", a1) for c, a in containers)
