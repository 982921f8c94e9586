"""Evidence for the geoparser from relative-location hints read against candidates.

Whether a name listed "near" a partner has any candidate place near it
(:func:`near_partner_unmet`: if not, the place meant is one the gazetteer lacks) and
whether a candidate lies where a negative hint says it is not (:func:`ruled_out`).
:func:`geo.text.evidence.score_candidates` weighs them.  After resolution,
:func:`share_estimates` gives the other mentions of a name placed by a hint that place.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from shapely.geometry import Point

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.normalize import normalize
from ..geometry import distance_km, offset
from ..model import Toponym
from .hints import NEAR_KM, Hint, fits
from .hints.base import CITY_POPULATION, TOWN_POPULATION, UNSTATED_FIT_KM
from .hints.geometry import sole_own, sole_row
from .known_towns import town_in_anchor_region
from .list_reach import is_partner_hint
from .other_names import _POINT_LIKE
from .scaled_hints import SMALL_TOWN_REACH_KM
from .tokens import Mention

__all__ = [
    "ANCHOR_SUPPORT", "LOOSE_DISTANCE", "apart", "fits_known", "near_astray",
    "near_partner_unmet", "offset_located", "ruled_out", "share_estimates", "sole_from_city",
    "taken_estimate", "town_near",
]


#: A hint's anchor with this much of the text around it (:meth:`Context.support_at`) is
#: read right: one place of the text 40 km off, or two 60 km off.
ANCHOR_SUPPORT = 0.5


#: A town the text places at a distance it misses by this factor either way is still
#: that town: "the road between Pokrovsk and Dobropillia, about 20 miles to the north"
#: (Dobropillia, a town of 28,000, lies 22 km off).
LOOSE_DISTANCE = 1.5
#: A "near" hint's anchor named this close after the name (characters: " near ", ", just
#: outside ") is the text's own word; one farther off was inferred (a sentence's place).
_NEXT_TO = 14


def fits_known(
    hint: Hint,
    anchor: tuple[float, float],
    point: tuple[float, float],
    population: int,
    *,
    named_elsewhere: bool = False,
    sole: bool = False,
) -> bool:
    """:func:`~geo.text.hints.fits`, with a stated distance read loosely
    (:data:`LOOSE_DISTANCE`) for a town of
    :data:`~geo.text.hints.base.TOWN_POPULATION` or more, or for a place another mention
    of the name reads by itself (``named_elsewhere``: "Lyptsi ... Lyptsi is 20 km north of
    Kharkiv", 28 km off): a reporter's rounded distance never moves a known town, nor a
    place the text already named, to an estimate (the bearing still has to agree).
    A ``sole`` place (the only one of its name in its country) fits as far as a city
    ("Tetkino (west of Kursk City)", 139 km: no other Tetkino can be meant)."""
    if fits(hint, anchor, point, population, sole=sole):
        return True
    if population >= TOWN_POPULATION and _near_town(hint, anchor, point):
        return True  # a loose or wrong bearing never moves a town by its anchor
    if hint.distance_km is None or (population < TOWN_POPULATION and not named_elsewhere):
        return False
    loose = dataclasses.replace(
        hint, min_km=hint.min_km / LOOSE_DISTANCE, max_km=hint.max_km * LOOSE_DISTANCE
    )
    return fits(loose, anchor, point, population)


#: What a text calls a place that no city of 100,000 is: "Fremont (also known as
#: Elkhorn) is an unincorporated community in Yolo County".
_SMALL_KIND = (
    r"\bis\s+an?\s+(?:small\s+|rural\s+)?(?:unincorporated\s+community|census[-\s]designated"
    r"\s+place|village|hamlet|community|settlement|locality)\b"
)


_BY_TOWN = re.compile(r"approaches|outskirts|edge|fringe|outside", re.I)  # vicinity's


def keeps_city(text: str, gaz: Any, m: Mention, rec: int | None, anchor: int,
               hint: Any = None) -> bool:
    """Does the reading ``rec`` (a record) of mention ``m`` keep its own point against a
    hint, anchored on record ``anchor``, that it does not fit?  A city of
    :data:`CITY_POPULATION` or more (not one read by another name that a town bears,
    :func:`_town_of_the_name`) ("Pokrovsk, on the highway between Donetsk and Dnipro,
    50 km northwest of Donetsk": the locator is Pokrovsk's, not Dnipro's; "Shelling hit
    Kramatorsk, 30 km south of Sloviansk": a reporter's distance off by 17 km), unless
    the text calls the name a village or community (a namesake the index lacks:
    "Fremont ... is an unincorporated community ... 11 miles northeast of Davis"); or the
    anchor itself ("between Kharkiv and Izium, about 100 km northwest of Izium"): a hint
    never moves a city, nor a place from itself, to an estimate; nor a town of its
    anchor's region (:mod:`geo.text.known_towns`), unless ``hint`` puts it right by its
    anchor (:mod:`geo.text.hints.vicinity`: edge, outskirts, approaches)."""
    if rec is None or rec == anchor:
        return rec is not None
    if _town_of_the_name(gaz, m, rec):
        return False
    # "Kupiansk, about 40 km east of Kharkiv" kept; not "on the eastern edge of Chasiv Yar"
    small = gaz.population(rec) < CITY_POPULATION
    loose = hint is not None and not _BY_TOWN.search(text, hint.start, hint.end)
    if small and not (loose and town_in_anchor_region(text, gaz, m, rec, anchor)):
        return False
    name = re.escape(text[m.start : m.end])
    return re.search(rf"\b{name}\b[^.]{{0,60}}{_SMALL_KIND}", text) is None


def _town_of_the_name(gaz: Any, m: Mention, rec: int) -> bool:
    """Is ``rec`` read by another name (an alternate) where a town of
    :data:`TOWN_POPULATION` bears the mention's name as its own?  "Kalynivka" read as
    Horlivka's Kalynivskyi district (103,000), while Kalynivka (18,000) is a town of that
    name: the city reading is no stronger than a namesake's ("Zaporizhzhia" read as the
    city, the name's own bearer a village of 656, is)."""
    mine = min((c.quality for c in m.candidates if c.record == rec), default=QUALITY_ALIAS + 1)
    return mine > QUALITY_ALIAS and any(
        c.quality <= QUALITY_ALIAS
        and c.record != rec
        and gaz.is_place(c.record)
        and gaz.population(c.record) >= TOWN_POPULATION
        for c in m.candidates
    )


def sole_from_city(gaz: Any, m: Mention, rec: int, anchor: int) -> bool:
    """Is ``rec`` the only place of the mention's name (by its own name or an alias), and
    the hint's ``anchor`` (record) a city of :data:`CITY_POPULATION`?  (``sole`` of
    :func:`fits_known`: "Tetkino (west of Kursk City)", not "Piatykhatky (northwest of
    Vasylivka)", a town.)"""
    return sole_row(gaz, anchor, m) and sole_own(gaz, m) == rec


def _near_town(hint: Hint, anchor: tuple[float, float], point: tuple[float, float]) -> bool:
    """Does a known town at ``point`` lie within :data:`NEAR_KM` of the anchor, at the
    stated distance read loosely, whatever the bearing?  "Stanytsia Luhanska, north of
    Luhansk" (east-north-east), "Bilopillia, 25 km northeast of Sumy" (35 km
    north-west): the town of that name by the anchor is the one meant; an estimate in
    the stated direction would move it by tens of kilometres."""
    if hint.bearing_deg is None:
        return False
    d = distance_km(anchor, point)
    if hint.distance_km is not None and not (
        hint.min_km / LOOSE_DISTANCE <= d <= hint.max_km * LOOSE_DISTANCE
    ):
        return False
    return d <= NEAR_KM


def near_partner_unmet(
    hint: Hint | None, anchor: tuple[float, float] | None, rows: Sequence[Any]
) -> bool:
    """Is the mention listed "near" a partner (``anchor``) none of its candidate places
    (gazetteer ``rows``) lies near?  When the partner lies among the text's places
    (:data:`ANCHOR_SUPPORT`), the place meant is one the gazetteer lacks, and the text's
    other places say nothing about which namesake it is ("near Kurdyumovka and
    Andreyevka": not the Andriivka closest to other towns of the text); when it lies
    alone, the partner is the far namesake ("near Liman, Seversk": not Seversk by Tomsk)."""
    if hint is None or anchor is None or hint.bearing_deg is not None:
        return False
    return not any(
        fits(hint, anchor, rr.lat_lon) for rr in rows if rr.kind in _POINT_LIKE
    )


def offset_located(
    gaz: Any, hint: Hint | None, resolved: Sequence[Any], container: int | None = None
) -> bool:
    """Does ``hint`` state a bearing and a distance from an anchor resolved to a place
    ("X is a village in Z, 6 miles (10 km) south of Y")?  Then it locates a name the
    gazetteer lacks over the region the text states (gazetteer record ``container``):
    the offset point lies inside it anyway, and far closer to the place meant than the
    region's centre, unless that centre itself lies where the hint says ("70 km
    northeast of San Salvador" and a department there: the two agree, and a long
    offset is no surer than the department's point)."""
    if hint is None or hint.bearing_deg is None or hint.distance_km is None:
        return False
    anchor = resolved[hint.anchor][0]
    if anchor is None or not gaz.is_place(anchor):
        return False
    if container is None:
        return True
    here = gaz.lat_lon(anchor)
    if fits(hint, here, gaz.lat_lon(container)):
        return False
    # An offset that leaves the region is read from a namesake of its anchor
    # ("Greenville is a town in Orange County, New York, 12 miles west of Middletown"
    # and the Middletown read in New Jersey): the region's point then.
    lat, lon = offset(here, hint.distance_km, hint.bearing_deg).coords[0][::-1]
    shape = gaz.geometry(container)
    if shape.geom_type == "Point":
        return distance_km((lat, lon), gaz.lat_lon(container)) <= CONTAINER_POINT_KM
    return bool(shape.buffer(0.1).contains(Point(lon, lat)))


#: A region the gazetteer knows by its point only (a US county) holds an offset point
#: this close to it (km).
CONTAINER_POINT_KM = 50.0


def ruled_out(rr, against_at, against_in) -> bool:  # rr: a gazetteer row (Gazetteer.row)
    """Does a candidate (its gazetteer row) lie where a negative hint says it is not?"""
    if any(fits(hint, anchor, rr.lat_lon) for hint, anchor in against_at):
        return True
    cc, admin1 = rr.country_code, rr.admin1[0]
    return any(cc == c and (not a1 or a1 == admin1) for c, a1 in against_in)


def share_estimates(
    toponyms: Sequence[Toponym],
    keys: dict[tuple[int, int], tuple[str, bool]],
    unplaced: frozenset[tuple[int, int]] = frozenset(),
    contained: frozenset[tuple[int, int]] = frozenset(),
) -> list[Toponym]:
    """The toponyms, each mention of a name that a hint placed where the gazetteer has no
    such place given that estimate too, when it has no hint of its own and its own
    reading lies over :data:`~geo.text.hints.NEAR_KM` away.

    "Ivanivka, south-east of Kupiansk ... shelling hit Ivanivka again": one village,
    not another Ivanivka 170 km off.  ``keys`` gives each mention's (start, end) its
    normalised name and whether a hint located it; a name estimated at two places
    (two villages told apart by their hints) gives none.  ``unplaced`` are the (start,
    end) of toponyms with no place for names the gazetteer lacks (the bare repeats of
    one a hint or a stated region located: :func:`geo.text.introduced.repeat_introduced`):
    they take any estimate of their name (the first, when its estimates lie within
    :data:`~geo.text.hints.NEAR_KM` of each other), else they are left out.
    ``contained`` are the (start, end) of mentions given a container of their own ("In
    Odesa Oblast, ... Oleksandrivka") or naming a direction ("in the Dobropillia
    direction": the town it is named after): their reading is kept.  Linear in the toponyms.
    """
    estimates: dict[str, Toponym | None] = {}
    located: dict[str, Toponym | None] = {}  # any estimate, for the unplaced
    for t in toponyms:
        key, hinted = keys.get((t.start, t.end), ("", False))
        if key and t.estimated and t.place is not None:
            for found in (estimates, located) if hinted else (located,):
                seen = found.get(key, t)
                if seen is None:
                    continue
                here, there = (seen.place.lat, seen.place.lon), (t.place.lat, t.place.lon)
                if here == there:
                    found[key] = t
                elif found is not located or distance_km(here, there) > NEAR_KM:
                    found[key] = None
                # else: two estimates of one village ("west of Pokrovsk near Kotlyne",
                # "near Kotlyne and Zvirove"): a bare repeat takes the first
    if not any(estimates.values()) and not unplaced:
        return list(toponyms)
    out = []
    for t in toponyms:
        key, hinted = keys.get((t.start, t.end), ("", False))
        if (t.start, t.end) in unplaced:
            est = located.get(key) if key else None
            if est is not None and est.place is not None:  # else nothing in the text locates it
                out.append(taken_estimate(t, est))
            continue
        own = hinted or (t.start, t.end) in contained
        est = estimates.get(key) if key and not own else None
        if est is not None and _town_before(t, est):
            est = None  # "toward Dobropillia" (the town), then "near ... Dobropillia, southwest of"
        takes = est is not None and est.place is not None and not t.estimated
        out.append(taken_estimate(t, est) if takes and apart(t, est) else t)
    return out


def taken_estimate(t: Toponym, est: Toponym) -> Toponym:
    """``t`` read as ``est``, an estimate of its name: its place, score and uncertainty,
    under ``t``'s own words."""
    place = dataclasses.replace(est.place, name=" ".join(t.text.split()))
    return dataclasses.replace(
        t, place=place, score=est.score, estimated=True, uncertainty=est.uncertainty
    )


def apart(t: Toponym, est: Toponym) -> bool:  # no place, or one over NEAR_KM from est's
    return t.place is None or distance_km(
        (t.place.lat, t.place.lon), (est.place.lat, est.place.lon)) > NEAR_KM


def _town_before(t: Toponym, est: Toponym) -> bool:
    """Is ``t`` a mention before the estimate ``est`` of its name, read as a town of
    :data:`~geo.text.hints.base.TOWN_POPULATION` or more?  Named before the text places a
    namesake the gazetteer lacks, a town is read for its own sake ("toward Bilytske and
    Dobropillia" in a Donetsk paragraph, then a Zaporizhzhia Oblast village of the name
    located by a hint under a later "Huliaipole direction:" heading); a repeat after the
    estimate takes it ("Ivanivka, south-east of Kupiansk ... Ivanivka again")."""
    p = t.place
    return (
        t.end <= est.start
        and p is not None
        and p.kind == "place"
        and p.population >= TOWN_POPULATION
        and not t.estimated
    )


def near_astray(
    gaz: Any,
    hint: Hint | None,
    mentions: Sequence[Mention],
    m: Mention,
    anchor: int | None,
    rec: int | None,
) -> bool:
    """Is the place ``rec`` (gazetteer record) mention ``m`` was read as a namesake far
    from the place the text says it lies near ("Kalynivka, near Chasiv Yar" read as
    Horlivka's Kalynivskyi, 65 km off)?  Only for a stated anchor, the place ``anchor``
    (gazetteer record; :func:`geo.text.anchors.anchor_after`: no bearing, not a "near A
    and B" partner), the
    place farther than the hint allows (:data:`~geo.text.hints.NEAR_KM`, read loosely by
    :data:`LOOSE_DISTANCE`), and a village (below
    :data:`~geo.text.hints.base.TOWN_POPULATION`), a place the name is only another name
    of (not a close spelling of the place's own), or a town farther than
    :data:`~geo.text.hints.base.UNSTATED_FIT_KM` (Vinnytsia Oblast's Kalynivka, 670 km
    off): a town called so nearer, and a city
    (:data:`~geo.text.hints.base.CITY_POPULATION`), are named for their own sake.  The
    place meant is then one the gazetteer lacks, estimated by the anchor."""
    if anchor is None or rec is None or not gaz.is_place(anchor):
        return False
    if hint is None or hint.bearing_deg is not None or is_partner_hint(hint, mentions):
        return False
    if not m.start < hint.end <= mentions[hint.anchor].start:
        return False  # the anchor named before ("near Ferozepur, Fazilka and ..."): a list's
    d = distance_km(gaz.lat_lon(anchor), gaz.lat_lon(rec))
    size = gaz.population(rec)
    # A distance the text states, or a town's, is read loosely, and so is a partner's
    # hint (its span the name alone: no "near" stated); a village "near Y" with no
    # distance lies within the hint's reach ("Zelenyi Hai near Huliaipole": not Donetsk
    # Oblast's, 54 km off).
    named_next = mentions[hint.anchor].start - m.end <= _NEXT_TO  # "X near Y", "X, near Y"
    # ... near a town, not a city ("Krynki, near Bialystok": 45 km off, a city's reach).
    small = gaz.population(anchor) < CITY_POPULATION
    strict = hint.distance_km is None and size < TOWN_POPULATION and named_next and small
    loose = 1.0 if strict else LOOSE_DISTANCE
    if d <= hint.max_km * loose:
        return False
    if normalize(gaz.name(rec)) != m.key and not m.fuzzy:
        return True  # read by another name of a place far off (not a misspelt name's)
    return size < TOWN_POPULATION or (size < CITY_POPULATION and d > UNSTATED_FIT_KM)



def town_near(
    text: str,
    gaz: Any,
    hint: Hint | None,
    mentions: Sequence[Mention],
    m: Mention,
    anchor: int | None,
    rec: int | None,
) -> Hint | None:
    """``hint``, its reach cut to :data:`~geo.text.scaled_hints.SMALL_TOWN_REACH_KM` when
    it says a village lies "near" a town: no direction, no distance, the anchor (the
    place ``anchor``, a gazetteer record of fewer than
    :data:`~geo.text.hints.base.CITY_POPULATION` people) named right after the name
    (:data:`_NEXT_TO`) after a "near" of ``text`` (:data:`_NEAR_GAP`: stated, not
    inferred), not a list's partner, and the name read (``rec``) as a place of
    fewer than :data:`~geo.text.hints.base.TOWN_POPULATION` that shares its name with
    another place (a village of a name of its own may lie a district away from the
    town).  Reporters name a village by the nearest town: "Novoselivka, Oleksandrivka
    and Ivanivka, near Chasiv Yar" is no Ivanivka 27 km off (the one meant lies 7 km off;
    the gazetteer lacks it), so the reading no longer fits and the name is estimated by
    the town (:func:`near_astray`)."""
    if hint is None or anchor is None or rec is None or hint.max_km <= SMALL_TOWN_REACH_KM:
        return hint
    if hint.bearing_deg is not None or hint.distance_km is not None:
        return hint
    if not (gaz.is_place(anchor) and gaz.is_place(rec)) or is_partner_hint(hint, mentions):
        return hint
    there = mentions[hint.anchor].start
    if not m.start < hint.end <= there or there - m.end > _NEXT_TO:
        return hint
    if _NEAR_GAP.fullmatch(text, m.end, there) is None:
        return hint  # "reserves from Komyshevakha to the Orekhov area": no "near" stated
    if gaz.population(anchor) >= CITY_POPULATION or gaz.population(rec) >= TOWN_POPULATION:
        return hint
    if sum(gaz.is_place(c.record) for c in m.candidates) < 2:
        return hint  # a name no other village bears: "Velykomykhailivka, near Synelnykove"
    return dataclasses.replace(hint, max_km=SMALL_TOWN_REACH_KM)


#: The words between a village and the town it is "near": ", near ", " just outside ".
_NEAR_GAP = re.compile(r",?[ \t]+(?:just[ \t]+)?(?:near|outside|by)[ \t]+(?:the[ \t]+)?")
