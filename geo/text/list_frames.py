"""A digest's list of villages read inside the region the text frames it by.

"Over the past day, the Russian army carried out 487 attacks on settlements of
Kherson Oblast ... Under fire were Antonivka, Bilozerka, Dniprovske, Kizomys, ...": a
regional administration's digest names the villages of its own region.  GeoNames'
``cities500`` has no Kherson Oblast Dniprovske, and resolution takes the one it has, in
Dnipropetrovsk Oblast, 268 km off (or, in a tight list, leaves it without a place: no
Dniprovske lies near its partners).  A reader knows the village is one of the region's.

:func:`framed_lists` applies that rule after resolution.  A name of a list (its
:attr:`~geo.text.tokens.Mention.siblings`) read as a village (fewer than
:data:`~geo.text.local_evidence.MIN_TOWN` people), or as no place though the gazetteer
has places of its name, outside a first-level region that

- the text names before it (a mention read as the region), and
- holds at least :data:`MIN_LISTED` of the places its list partners are read as, and
  :data:`SHARE` of them (or all of them, :data:`MIN_ALL_LISTED` at least),

is read as its namesake inside that region (a town of :data:`STATED_TOWN` people or more
only if read by an old or foreign name of it: "Novoalexandrovka ... in the Dnepropetrovsk
Region" is not Melitopol), called by a name at least as good (the one
nearest the partners' middle), or, with none, left without a place and estimated in the
region, by its nearest list partner there
(:func:`geo.text.container_partners.partner_estimate`).  A name the text's own words
place (a container one of its namesakes lies in, a hint with a bearing, "another X", a
dateline's, a spelling match) keeps its reading.  In a region stated after the list, a
name read as a village or as no place whose namesakes there are one town and hamlets is
the town (:func:`_town_inside`: "near Krasny Liman, Ugledar ... in the DPR" is Lyman).
A list name read within :data:`LIST_BORDER_KM` of that region's outline (or of a region
named before that frames a list of fewer than :data:`MIN_LISTED` partners), with no
namesake inside, keeps its place ("near Gulyaipole and Velikaya Novoselka in the DPR"),
in a region named before the list too when a partner's place lies that near it.
Cost: per list name, its siblings (a bounded window of the list) and its candidates (at
most :data:`~geo.text.local_evidence.MAX_CANDIDATES`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint
from .local_evidence import MAX_CANDIDATES, MIN_TOWN
from .tokens import Mention

__all__ = ["LIST_BORDER_KM", "MIN_LISTED", "SHARE", "STATED_TOWN", "TOWN_OVER", "framed_lists"]

#: A list frames a region when this many of its partners' places lie in it ...
MIN_LISTED = 4
#: ... and this share of them, at least; or this many when the region holds them all
#: ("naming among them Antonivka, Dniprovske, Tiahynka and Lvove" after Kherson Oblast).
SHARE = 0.75
MIN_ALL_LISTED = 3

#: A list's name stated in a region after the list ("near Andriivka, Sosnivka and
#: Vorone in Dnipropetrovsk Oblast") is read there unless read as a town this large ...
STATED_TOWN = 50_000
#: ... the region being read in one of this many mentions after the list's last name.
_AFTER = 2
#: ... and a place read this close (km) to that region's outline keeps its reading.
LIST_BORDER_KM = 40.0
#: A town inside that region this many times as large as each namesake there is meant.
TOWN_OVER = 10

_Region = tuple[str, str]


def framed_lists(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """``resolved`` with a list's village read outside its list's named region moved to
    a namesake inside it, or left without a place; and the region (record) to estimate
    each of those in, by mention index (module docstring); then a list's village read
    in another country, far from its partners' (:mod:`geo.text.list_abroad`)."""
    from .list_abroad import list_strays_abroad  # (it reads this module's _own_words)

    out = list(resolved)
    named: dict[_Region, int] = {}  # regions the text has named so far -> record
    framed: dict[int, int] = {}
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is not None and not m.fuzzy and gaz.kind(rec) == "admin1":
            named.setdefault((gaz.country_code(rec), gaz.admin1(rec)[0]), rec)
            continue
        if not m.siblings or not m.candidates or _own_words(gaz, m, hints.get(k)):
            continue
        if rec is not None and not gaz.is_place(rec):
            continue
        population = 0 if rec is None else gaz.population(rec)
        own = None if rec is None else (gaz.country_code(rec), gaz.admin1(rec)[0])
        # a town keeps its own name against the list's region; not a former name of it
        small = population < STATED_TOWN or _by_other_name(m, rec)
        after = _region_after(gaz, mentions, resolved, m, k) if small else None
        if after is not None:  # "near A, B and C in Dnipropetrovsk Oblast"
            region = (gaz.country_code(after), gaz.admin1(after)[0])
            points, target = [gaz.lat_lon(after)], after
            if population < MIN_TOWN and (town := _town_inside(gaz, m, region)) is not None:
                if town != rec:  # "near Krasny Liman, ... in the DPR": Lyman
                    out[k] = (town, score)
                continue
        elif named and population < MIN_TOWN:
            region, points = _list_region(gaz, m, resolved)
            target = named.get(region) if region is not None else None
            after = target if len(points) < MIN_LISTED else None  # a short list: as after
        else:
            continue
        if target is None or region == own:
            continue
        inside = _namesake_inside(gaz, m, rec, region, points)
        if inside is not None:
            out[k] = (inside, score)
        elif rec is not None and _by_border(gaz, rec, target) and (
            after is not None or _beside(gaz.lat_lon(rec), points)
        ):
            # "near Gulyaipole and Velikaya Novoselka in the DPR": Huliaipole; "in the
            # Dnepropetrovsk Region ... near Pokrovskoye, Demurino, Velikomikhailovka and
            # Uspenovka": Zaporizhzhia Oblast's Uspenivka, by the border
            continue
        else:
            out[k] = (None, score)
            framed[k] = target
    out, abroad = list_strays_abroad(gaz, mentions, out, hints)  # "Liancourt, Saint-Marc"
    return out, {**framed, **abroad}


def _region_after(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    m: Mention,
    k: int,
) -> int | None:
    """The first-level region (record) stated after the last name of the list of ``m``
    (mention ``k``): a container of that name read as a region in one of the
    :data:`_AFTER` mentions after it; None if there is none."""
    last = max(k, *m.siblings)
    held = {r for r in mentions[last].containers if r[1]}
    if not held:
        return None
    for j in range(last + 1, min(len(resolved), last + 1 + _AFTER)):
        rec = resolved[j][0]
        if rec is not None and gaz.kind(rec) == "admin1":
            return rec if (gaz.country_code(rec), gaz.admin1(rec)[0]) in held else None
    return None


def _by_other_name(m: Mention, rec: int | None) -> bool:
    """Is ``m`` read as ``rec`` only by an alternate (historical or foreign-language) name
    of it?  "Novoalexandrovka, Uspenovka and Troitskoye in the Dnepropetrovsk Region":
    Novoalexandrovka was Melitopol's name in 1816-42; a list's region stated after it
    outweighs a town's old name as it does a village's own."""
    return rec is not None and all(
        c.quality >= QUALITY_ALTERNATE for c in m.candidates if c.record == rec
    )


def _own_words(gaz: Gazetteer, m: Mention, hint: Hint | None) -> bool:
    """Do the text's own words place this name?  A container none of its candidates lies
    in ("Sadove, Stanislav, Chornobaivka": Stanislav, once Ivano-Frankivsk, read as the
    region after the name) says nothing."""
    return bool(
        _fitting_container(gaz, m)
        or m.told_by_words()
        or (hint is not None and hint.bearing_deg is not None)
    )


def _fitting_container(gaz: Gazetteer, m: Mention) -> bool:
    """Does one of the name's candidates lie in one of its stated containers?"""
    if not m.containers:
        return False
    held = set(m.containers)
    for c in m.candidates[:MAX_CANDIDATES]:
        cc, code = gaz.country_code(c.record), gaz.admin1(c.record)[0]
        if (cc, code) in held or (cc, "") in held:
            return True
    return False


def _list_region(
    gaz: Gazetteer, m: Mention, resolved: Sequence[tuple[int | None, float]]
) -> tuple[_Region | None, list[tuple[float, float]]]:
    """The first-level region holding most of ``m``'s list partners' places (if it holds
    :data:`MIN_LISTED` and :data:`SHARE` of them, or all of them and
    :data:`MIN_ALL_LISTED`), and the points of those inside it."""
    regions: Counter[_Region] = Counter()
    places: list[tuple[_Region, tuple[float, float]]] = []
    for j in m.siblings:
        rec = resolved[j][0]
        if rec is None or not gaz.is_place(rec):
            continue
        region = (gaz.country_code(rec), gaz.admin1(rec)[0])
        regions[region] += 1
        places.append((region, gaz.lat_lon(rec)))
    if not regions:
        return None, []
    region, n = regions.most_common(1)[0]
    if n < SHARE * len(places) or n < (MIN_ALL_LISTED if n == len(places) else MIN_LISTED):
        return None, []
    return region, [p for r, p in places if r == region]


def _beside(at: tuple[float, float], points: Sequence[tuple[float, float]]) -> bool:
    """Does a list partner's place (``points``) lie within :data:`LIST_BORDER_KM` of
    ``at``?  A village across the framing region's border, next to the list's places
    ("near Ilyinovka, Belogorovka, Yampol and Zvanovka" in a DPR digest: Bilohorivka, in
    Luhansk Oblast 20 km from Yampil) is the one meant."""
    return any(distance_km(at, p) <= LIST_BORDER_KM for p in points)


def _by_border(gaz: Gazetteer, rec: int, region: int) -> bool:
    """Does place ``rec`` lie within :data:`LIST_BORDER_KM` of the outline of ``region``
    (a first-level region's record; geodesic km)?  A list stated in a region names the
    villages by its border too: the gazetteer's place there is nearer the truth than an
    estimate at a partner's point (Huliaipole, 29 km outside Donetsk Oblast)."""
    area = gaz.geometry(region)
    if area is None or isinstance(area, Point) or area.is_empty:
        return False
    lat, lon = gaz.lat_lon(rec)
    edge = nearest_points(area, Point(lon, lat))[0]
    return distance_km((lat, lon), (edge.y, edge.x)) <= LIST_BORDER_KM


def _town_inside(gaz: Gazetteer, m: Mention, region: _Region) -> int | None:
    """The candidate of ``m`` in ``region`` that is a town (``MIN_TOWN`` people at least)
    :data:`TOWN_OVER` times as large as any other namesake there, named as well as the
    best candidate: a region's middle says nothing of which namesake
    a list means, nor do its partners when one namesake is a town and the others are
    hamlets: copy that lists a town and a hamlet of one name means the town (Lyman,
    called Krasny Liman until 2016, not the Krasnyi Lyman of 592 people by Selydove).
    For a name left without a place or read as a village (under
    :data:`~geo.text.local_evidence.MIN_TOWN` people)."""
    best = min(c.quality for c in m.candidates)  # named as well as the best candidate
    inside = [
        (gaz.population(c.record), c.record)
        for c in m.candidates[:MAX_CANDIDATES]
        if c.quality == best
        and gaz.is_place(c.record)
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) == region
    ]
    if not inside:
        return None
    inside.sort(reverse=True)
    (top, rec), rest = inside[0], inside[1:]
    if top < MIN_TOWN or any(p * TOWN_OVER > top for p, _ in rest):
        return None
    return rec


def _namesake_inside(
    gaz: Gazetteer,
    m: Mention,
    chosen: int | None,
    region: _Region,
    points: Sequence[tuple[float, float]],
) -> int | None:
    """The candidate of ``m`` in ``region``, named at least as well as ``chosen`` (as its
    best candidate, with no reading), nearest the middle of ``points``; None if none."""
    quality = min(
        (c.quality for c in m.candidates if chosen is None or c.record == chosen), default=None
    )
    if quality is None:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    middle = (lats[len(lats) // 2], lons[len(lons) // 2])
    best, best_km = None, float("inf")
    for c in m.candidates[:MAX_CANDIDATES]:
        r = c.record
        if c.quality > quality or not gaz.is_place(r):
            continue
        if (gaz.country_code(r), gaz.admin1(r)[0]) != region:
            continue
        d = distance_km(middle, gaz.lat_lon(r))
        if d < best_km:
            best, best_km = r, d
    return best
