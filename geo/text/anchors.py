"""Stage 3b of the geoparser: anchor each "near A, B and C" list on a name its partners
lie near.

:func:`geo.text.hints.read_hints` gives every name of a "near" list a hint anchored on
the list's first known name.  When the gazetteer lacks the place that name means and
holds a namesake far off ("near Lozova, Kurylivka and Zahryzove": the village of Lozova
by Kupiansk, not the town of 54,000 people 130 km south), every partner would be read,
or estimated, around the namesake.  :func:`anchor_lists` reads each list's names as
resolution's pass 1 does and, when the first one lies far from all the others while
some of them lie together, anchors the list on the name with the most partners nearby.

A list (or a single name) a "near" phrase follows ("liberated Ivanovka, Novoselovka and
Andreyevka near Kurakhovo", "the settlement of Berdychi near Avdeyevka") lies near that
anchor: :func:`anchor_after` gives its names the hint.  After resolution,
:func:`settle_lists` reads back each name of a "near" list that landed far from its
anchor (one of the many Ivanivkas of Odesa Oblast, a Pishchane of Poltava's): the
namesake near the anchor, among its own list's places, when the gazetteer holds one,
else no place (the name is then estimated around the anchor).
Cost is linear in the number of mentions (lists of at most :data:`MAX_LIST` names).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import is_other_name
from .hints import NEAR_KM, Hint
from .list_directed import settle_directed
from .list_reach import ASTRAY_KM, is_partner_hint, off_front, partner_reach_km
from .near_phrase import NEAR_AFTER
from .pair_reach import lone_place
from .ranking import first_readings
from .sizes import VILLAGE
from .strays import LIST_KM
from .tokens import Mention

__all__ = ["ASTRAY_KM", "LIST_KM", "MAX_LIST", "anchor_after", "anchor_lists", "settle_lists"]

#: The longest "near" list re-anchored (analysts list a handful of villages); its
#: names are compared pairwise.
MAX_LIST = 16


def anchor_lists(
    gazetteer: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The hints, with each "near" list re-anchored on a name its partners lie near.

    Parameters
    ----------
    gazetteer : Gazetteer
    mentions : sequence of Mention
        The text's mentions, in order.
    hints : mapping of int to Hint
        Mention index -> its hint (:func:`geo.text.hints.read_hints`); not modified.

    Returns
    -------
    dict of int to Hint
        The same hints, except that a list whose anchor's pass-1 reading lies farther than
        :data:`LIST_KM` from every partner's, while two partners lie within it of each
        other, is anchored on the partner with the most partners within :data:`LIST_KM`
        (the first such in the text).  Directed hints ("north of X") are kept as they are.
    """
    out = dict(hints)
    lists: dict[tuple[int, int], list[int]] = {}
    for j, h in hints.items():
        # A "near" list's names share the list's span, and the anchor lies inside it.
        if h.bearing_deg is None and h.start <= mentions[h.anchor].start < h.end:
            lists.setdefault((h.start, h.end), []).append(j)
    # Two names: nothing tells which one the gazetteer reads wrong; a longer list than
    # analysts write is left as read (bounded work per list).
    lists = {span: js for span, js in lists.items() if 3 <= len(js) <= MAX_LIST}
    if not lists:
        return out
    firsts = first_readings(gazetteer, mentions, sorted({j for js in lists.values() for j in js}))
    for members in lists.values():
        # The list's anchor: the name the others' hints share (its own is on a partner).
        anchor = Counter(hints[j].anchor for j in members).most_common(1)[0][0]
        points = {
            j: gazetteer.lat_lon(rec)
            for j in members
            if (rec := firsts.get(j)) is not None and gazetteer.is_place(rec)
        }
        if anchor not in points:
            continue

        def partners(j: int, points: dict = points) -> int:
            return sum(
                1 for i, p in points.items() if i != j and distance_km(points[j], p) <= LIST_KM
            )

        if partners(anchor):
            continue
        best = max(points, key=lambda j: (partners(j), -j))
        if best == anchor or not partners(best):
            continue
        for j in members:
            if j != best and hints[j].anchor != best:
                out[j] = replace(hints[j], anchor=best)
    return out


def anchor_after(
    text: str, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The hints, with each name of a list (or a single name) that a "near" phrase
    follows anchored on that phrase's name: "Ivanovka, Novoselovka and Andreyevka near
    Kurakhovo", "the settlement of Berdychi near Avdeyevka".

    Parameters
    ----------
    text : str
    mentions : sequence of Mention
        The text's mentions, in order.
    hints : mapping of int to Hint
        Mention index -> its hint; not modified.  A name with a hint keeps it.

    Returns
    -------
    dict of int to Hint
        The hints, plus a hint with no direction (within :data:`NEAR_KM` of the anchor,
        spanning the list alone) for each name of such a list.

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> t = "Units took Ivanovka and Andreyevka near Kurakhovo."
    >>> ms = [Mention(11, 19, "ivanovka", 2, 2, siblings=(1,)),
    ...       Mention(24, 34, "andreyevka", 4, 4, siblings=(0,)),
    ...       Mention(40, 49, "kurakhovo", 6, 6)]
    >>> sorted((j, h.anchor) for j, h in anchor_after(t, ms, {}).items())
    [(0, 2), (1, 2)]
    """
    out = dict(hints)
    n = len(mentions)
    # "attacked southeast of Kupiansk near Pishchane": the name before "near" is a
    # direction's anchor, not a place near the name after it.
    anchors = {h.anchor for h in hints.values()}
    for k in range(n - 1):
        m, anchor = mentions[k], mentions[k + 1]
        if NEAR_AFTER.fullmatch(text, m.end, anchor.start) is None or anchor.unknown:
            continue
        if k in anchors:
            continue
        # The list ends at the name before the phrase: its names are the name's siblings
        # before it (bounded: a list of at most MAX_LIST names).
        sib = m.siblings
        members = [*sib[max(0, bisect_left(sib, k) - MAX_LIST + 1) : bisect_left(sib, k)], k]
        start = mentions[min(members)].start
        for j in members:
            if j not in out:
                out[j] = Hint(k + 1, None, 180.0, 0.0, NEAR_KM, None, start, m.end)
    return out


#: ... and a lone front-line place farther than this (km) is not its list's either: a
#: "near" list spans a sector of the front ("near Volchansk and Yunakovka", 160 km), not
#: the front ("near Pokrovsk, Myrolubivka and Promin": not Mykolaiv Oblast's, 380 km).
LONE_KM = 250.0
#: A village of a "near A and B" pair read this far (km) from its partner is a namesake
#: of the one meant (Novodanylivka by Orikhiv, not the one 120 km south), unless it is
#: the name's one front-line place (:func:`geo.text.pair_reach.lone_place`).
PAIR_ASTRAY_KM = 2.5 * NEAR_KM
#: ... unless it is a town this large, named for its own sake (a list may span a front) ...
_ASTRAY_POPULATION = 10_000
#: ... where a place named around it lies near it; a town this large always is.
_LONE_POPULATION = 50_000


def settle_lists(
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """Each name of a "near" list read near its anchor.

    Parameters
    ----------
    gazetteer : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (int or None, float)
        The resolution (record, score) of each mention; not modified.
    hints : mapping of int to Hint
        The hints resolution was given (:func:`anchor_lists`, :func:`anchor_after`).

    Returns
    -------
    list of (int or None, float)
        The resolution, except for a name with a "near" hint (no direction), smaller
        than a town of 10,000, read as a place it is only another name of while places
        called by the name lie within :data:`LIST_KM` of its list's places or anchor:
        the one most of them lie near (Ivanivka by Novoselivka, not Ruskoivanivka); and
        for such a name (or one only spelt like the name, at any size; or a town of up
        to 50,000 none of the places named around it lies within :data:`ASTRAY_KM` of,
        with an anchor named after its list or among them) read as a place farther
        than :data:`ASTRAY_KM` from its anchor's place: its place candidate within
        :data:`LIST_KM` of the anchor called by the name itself before one only
        another name of which it is, then with the most of its list's places within
        :data:`LIST_KM`, then the nearest to the anchor, or None when it has none
        (:func:`geo.text.geoparse.geoparse` then estimates it around the anchor),
        unless its one place and the anchor's lie in the front regions and none of
        the places around the name lies near the anchor
        (:func:`geo.text.pair_reach.lone_place`).  The
        anchor is trusted when the text names it after the list ("A and B near X");
        one inside the list only when none of the places named around the name (eight
        mentions either side) lies near the name, and some lie near the anchor, or the
        anchor is the name with fewer namesakes or a place ten times as large.
    """
    gaz = gazetteer
    out = list(resolved)
    # In text order, each name read with its neighbours as settled so far: first the
    # names read as a place they are only another name of, then the names read far off,
    # twice: a town kept for a far partner settled after it is read again ("near
    # Novotroitske and Promin": Mykolaiv Oblast's Promin kept Kherson Oblast's town).
    for astray in (False, True, True):
        for j in sorted(hints):
            _settle(gaz, mentions, out, j, hints[j], astray)
    settle_directed(gaz, mentions, out, hints)  # "northwest of X near A and B"
    return out


def _settle(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    out: list[tuple[int | None, float]],
    j: int,
    h: Hint,
    astray: bool,
) -> None:
    """:func:`settle_lists` for mention ``j`` and its hint ``h``: ``out`` updated in
    place; an own name's place for another name's (``astray`` False), else a place near
    the anchor for one far from it."""
    rec, anchor_rec = out[j][0], out[h.anchor][0]
    if h.bearing_deg is not None or rec is None or anchor_rec is None:
        return
    if not (gaz.is_place(rec) and gaz.is_place(anchor_rec)):
        return
    m = mentions[j]
    if (
        is_partner_hint(h, mentions)
        and partner_reach_km(gaz, mentions, out, j, h) is None
        and not off_front(gaz, rec, anchor_rec)
    ):
        return  # a loose list: its partners say nothing of where the name lies
    population = gaz.population(rec)
    # A town read by another of its names (Melitopol, once Novooleksandrivka) is not
    # named for its own sake.
    own = not m.fuzzy and not any(c.record == rec and is_other_name(gaz, c, m.key)
                                  for c in m.candidates[:_MAX_CANDIDATES])  # fmt: skip
    # "The village of Murom came under fire": no town of 50,000 (Murom, 600 km off).
    if m.reading == VILLAGE and population >= _LONE_POPULATION:
        own = False
    if population >= _LONE_POPULATION and own:
        return
    here = gaz.lat_lon(anchor_rec)
    # The places of the names around it (its list's and its neighbours': bounded).
    partners = [
        gaz.lat_lon(r)
        for i in range(max(0, j - _WINDOW), min(len(mentions), j + _WINDOW + 1))
        if i != j and i != h.anchor and (r := out[i][0]) is not None and gaz.is_place(r)
    ]
    if (
        population >= _ASTRAY_POPULATION
        and own
        and (
            not astray
            or _near_count(gaz.lat_lon(rec), [*partners, here], ASTRAY_KM)
            or (h.start <= mentions[h.anchor].start < h.end and not _near_count(here, partners))
        )
    ):
        # A town is named for its own sake, unless it lies alone, farther than
        # ASTRAY_KM from its anchor and every place named around it, and the anchor is
        # named after the list or among places near it ("near Novotroitske, Udachne and
        # Zvirove": not the town of 10,600 in Kherson Oblast, 250 km off).
        return
    if not astray:
        own = _own_name_place(gaz, m, rec, partners, here)
        if own is not None:
            out[j] = (own, out[j][1])  # "near Novoselivka, Ivanivka ...": not Ruskoivanivka
        return
    point = gaz.lat_lon(rec)
    d_anchor = distance_km(here, point)
    # "near Mala Tokmachka and Novodanylivka": a pair names two villages of one sector.
    pair = len(m.siblings) == 1 and population < _ASTRAY_POPULATION
    if d_anchor <= (PAIR_ASTRAY_KM if pair else ASTRAY_KM):
        return
    if h.start <= mentions[h.anchor].start < h.end:
        # The anchor is one of the list's names: the name must lie alone, away from
        # the text's places around it (a list spanning a front, "near Ugledar, ...,
        # Kremennaya, Seversk", keeps its far names), and the anchor lie among them,
        # or be the rarer name or the far larger place ("near Stepove and Avdiivka").
        if _near_count(point, partners):
            return
        if not _near_count(here, partners) and (
            _n_places(gaz, mentions[h.anchor]) >= _n_places(gaz, m)
            and gaz.population(anchor_rec) < _LARGER * gaz.population(rec)
        ):
            return
    # A pair, or a list none of whose other places lies by the anchor: nothing but the
    # anchor's size says the name's one front-line place is not the one meant.
    # (Not for a direction's or a partner's hint, on the name alone: a direction's
    # places lie around its town, never a whole front away.)
    lone = (h.start, h.end) != (m.start, m.end) and not _near_count(here, partners)
    lone_ok = lone and d_anchor <= LONE_KM and lone_place(gaz, m, rec, anchor_rec)
    partners.append(here)
    best = None
    best_key: tuple[int, int, float, int] | None = None
    for c in m.candidates[:_MAX_CANDIDATES]:
        r = c.record
        if not gaz.is_place(r):
            continue
        p = gaz.lat_lon(r)
        d = distance_km(here, p)
        if d > LIST_KM:
            continue
        key = (c.quality, -_near_count(p, partners), d, r)  # its own name first
        if best_key is None or key < best_key:
            best, best_key = r, key
    if best is None and lone_ok:
        return  # "near Volchansk and Yunakovka": the one Yunakivka, by Sumy's border
    out[j] = (best, out[j][1]) if best is not None else (None, 0.0)


def _own_name_place(
    gaz: Gazetteer,
    m: Mention,
    rec: int,
    around: Sequence[tuple[float, float]],
    here: tuple[float, float],
) -> int | None:
    """A place called by the name itself for a name read as a place it is only another
    name of (``rec``: Ruskoivanivka for "Ivanivka", with many Ivanivkas), when it lies
    nearer the list: its nearness is how many of ``around`` ((lat, lon) degrees: the
    places named around it) lie within :data:`LIST_KM`, plus two when its anchor
    (``here``) does.  The nearest of them, if nearer than ``rec`` ("near Petrivka and
    Toretsk": Novospaske by Toretsk, once Petrivka, is as near as the Petrivka 42 km
    off, and stays), then the closest to ``here``; else None."""
    cands = [c for c in m.candidates[:_MAX_CANDIDATES] if gaz.is_place(c.record)]
    if not cands:
        return None
    best_quality = min(c.quality for c in cands)
    if next((c.quality for c in cands if c.record == rec), best_quality) <= best_quality:
        return None

    def nearness(p: tuple[float, float]) -> int:
        return _near_count(p, around) + 2 * (distance_km(p, here) <= LIST_KM)

    floor = nearness(gaz.lat_lon(rec))
    best, best_key = None, None
    for c in cands:
        if c.quality != best_quality:
            continue
        p = gaz.lat_lon(c.record)
        near = nearness(p)
        if near <= floor:
            continue
        key = (-near, distance_km(here, p), c.record)
        if best_key is None or key < best_key:
            best, best_key = c.record, key
    return best


#: The mentions either side of a name whose places are its neighbours.
_WINDOW = MAX_LIST // 2
#: An anchor this many times as populous as a name's far reading pins a pair's list.
_LARGER = 10
#: The candidates of a name looked at for one near its anchor (bounded work per name).
_MAX_CANDIDATES = 64


def _n_places(gaz: Gazetteer, m: Mention) -> int:
    """How many place candidates a mention has (up to :data:`_MAX_CANDIDATES`)."""
    return sum(1 for c in m.candidates[:_MAX_CANDIDATES] if gaz.is_place(c.record))


def _near_count(
    point: tuple[float, float], others: Sequence[tuple[float, float]], km: float = LIST_KM
) -> int:
    """How many of ``others`` ((lat, lon) degrees) lie within ``km`` of ``point``."""
    return sum(1 for q in others if distance_km(point, q) <= km)
