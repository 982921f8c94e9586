"""Parts of a city named with it, places of a town's district: "Dnipro's Shevchenkivskyi
district", "Popovka in the Krasnaya Yaruga district".

"CITY's X district" and "the X district of CITY" name a part of the city ("Gaza City's
Shati refugee camp" too), whatever else is called X, and so do "the X district" with an
adjective's name ("the Industrialnyi district", "the Sovetsky district") and "the city's X
district" after the text has named a city in its paragraph (the city of the same part
named before, else of the paragraph's last part, else its last city of
:data:`CITY_POPULATION`; for "the city's", the latest of these and of its towns of
:data:`TOWN_POPULATION`, in the paragraph or the one before): Ukraine has a
Shevchenkivskyi district in a dozen cities and villages of the name in several regions.
A district or street of the city a sentence opens with ("In Kharkiv, ... the Kyivskyi
district") is one too (:func:`geo.text.city_openers.opened_city`). "X (and Y) in the
TOWN district" (a raion named after its centre, "the Belgorod district") puts X in the
district around the town. :func:`city_parts` keeps X there: the reading of X the
gazetteer has within :data:`PART_KM` of the city (:data:`DISTRICT_KM` of a district's
town, in its country), else none, and the name is then estimated at the city or town
(:func:`part_estimate`: a geodesic disc of that radius around it).

Cost: one anchored match on each side of each mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from shapely.geometry import Polygon

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, ring
from .city_openers import (
    ADJECTIVE_NAME,
    PART_LIST_AFTER,
    PART_WORDS,
    PLACE_PART_WORDS,
    STREET_WORDS,
    opened_by_town,
    opened_city,
)
from .city_part_lists import POSSESSIVE as _POSSESSIVE
from .city_part_lists import listed_parts_city
from .city_suburbs import suburb_city
from .district_adjectives import adjective_town, raion_town
from .district_phrases import district_gap
from .hints.base import CITY_POPULATION  # a city has districts news names without it
from .part_readings import part_readings
from .region_city import region_city
from .sentences import paragraph_break
from .tokens import Mention

__all__ = [
    "CITY_POPULATION",
    "DISTRICT_ESTIMATE_KM",
    "DISTRICT_KM",
    "PART_KM",
    "TOWN_POPULATION",
    "city_parts",
    "names_city_part",
    "part_estimate",
]

#: A city's part lies this near its point (the radius of the estimate too); the largest
#: cities of the front span about 15 km from their centre.
PART_KM = 20.0
#: "the city's X district" names a part of the last place named of this many people
#: (a town of the front) ...
TOWN_POPULATION = 10_000
#: A place of a town's district lies this near the town, in its country (Ukraine's
#: raions since 2020 span up to some 80 km from their centre; Russia's 20-40 km) ...
DISTRICT_KM = 80.0
#: ... and a place of it the gazetteer lacks is estimated within this of the town.
DISTRICT_ESTIMATE_KM = 40.0
_PART_WORDS = f"{PART_WORDS}|{PLACE_PART_WORDS}"
_PART_AFTER = re.compile(rf"\s+(?i:{_PART_WORDS})\b")
_PART_OF = re.compile(rf"\s+(?i:{_PART_WORDS})\s+of\s+(?:the\s+city\s+of\s+)?$")
#: A part many cities have, named alone after its city's: "Hebron's Old City".
_ANY_CITYS_PART = frozenset({"old city", "old town", "medina", "kasbah", "city centre", "downtown"})
#: A street, then the city it lies in: "Zhovtneva Street in central Toretsk" (a district
#: too when its name is an adjective's, "the Kyivskyi district in northern Kharkiv"; not
#: "the Pokrovsk district in Donetsk", a raion of the oblast).
_IN_CITY = (
    r"\s+(?:in|of)\s+(?:the\s+)?(?:(?i:central|downtown|old|inner|(?:north|south)"
    r"(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)\s+)?(?:(?i:city|town)\s+of\s+)?"
)
_STREET_IN = re.compile(rf"\s+(?i:{STREET_WORDS}){_IN_CITY}")
_DISTRICT_IN = re.compile(rf"\s+(?i:district|microdistrict|neighbou?rhood|quarter){_IN_CITY}")
#: Between a place and the town whose district holds it: "Popovka in the", "Popovka (".
_IN_THE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?$|[ \t]*\([ \t]*$")
_IN_ADJECTIVE_DISTRICT = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w'’-]+)\s+(?i:(?:urban\s+|municipal\s+)?"
    r"(?:district|raion|rayon))\b"
)
_DISTRICT_AFTER = re.compile(
    r"\s+(?i:(?:urban\s+|municipal\s+)?(?:district|raion|rayon|municipality|okrug))\b"
)
_THE = re.compile(r"(?i:the)\s+$")
#: A part of the city the text has just named: "the city's Shevchenkivskyi district".
#: Names listed after it are parts too: "the city's Kyivskyi and Saltivskyi districts"
#: (at most eight names before: bounded work per name).
_THE_CITYS = re.compile(
    r"\b(?i:the)\s+(?i:(?:regional\s+|oblast\s+)?(?:city|capital|centre|center))['’]s\s+"
    r"(?:[A-Z][\w'’-]*(?:,\s*(?:and\s+)?|\s+and\s+)){0,8}$"
)
_THE_CITYS_REACH = 160  # characters looked back for it
_PARAGRAPH = re.compile(r"\n\s*\n")


def names_city_part(text: str, start: int, end: int, previous_end: int | None) -> bool:
    """Does the name at ``start``..``end`` name a city's part by its form: a part word
    after it and "CITY's " right before it (``previous_end``: the end of the mention
    before it, or None) or "the " before an adjective's name ("Kharkiv's Saltivskyi
    district", "the Industrialnyi district")?

    Examples
    --------
    >>> text = "Drones hit Kharkiv's Saltivskyi district and the Industrialnyi district."
    >>> names_city_part(text, 21, 31, 18), names_city_part(text, 49, 62, 31)
    (True, True)
    >>> names_city_part("Fighting went on in the Pokrovsk district.", 24, 32, None)
    False
    >>> names_city_part("A strike hit the city's Shevchenkivskyi district.", 24, 39, None)
    True
    """
    part_after = _PART_AFTER.match(text, end)  # (the cheap test first: most names have none)
    listed = None if part_after else PART_LIST_AFTER.match(text, end)  # (read once)
    if (part_after or listed) and _THE_CITYS.search(
        text, max(0, start - _THE_CITYS_REACH), start
    ):
        return True  # "the city's X district", "the city's X and Y districts"
    if not part_after:
        # "the Dniprovskyi and Korabelnyi districts": an adjective's name opening a list
        return (
            listed is not None
            and _THE.search(text, max(0, start - 5), start) is not None
            and ADJECTIVE_NAME.search(text, start, end) is not None
        )
    if previous_end is not None and text[previous_end:start] in _POSSESSIVE:
        return True
    return bool(_THE.search(text, max(0, start - 5), start)) and bool(
        ADJECTIVE_NAME.search(text, start, end)
    )


def _city_of(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The city record mention ``k`` is named a part of, or None."""
    m = mentions[k]
    if suburb_city(text, gaz, mentions, resolved, k) is not None:
        return None  # "the Kyiv suburb of Bucha": the city, not a part of Bucha
    if (
        k > 0
        and (_PART_AFTER.match(text, m.end) or m.key in _ANY_CITYS_PART)
        and text[mentions[k - 1].end : m.start] in _POSSESSIVE  # "Dnipro's X district"
        and (city := _place_of(gaz, resolved, k - 1)) is not None
    ):
        return city
    if (city := listed_parts_city(text, gaz, mentions, resolved, k)) is not None:
        return city  # "Kharkiv's Saltivskyi and Kyivskyi districts", "A and B districts of Kyiv"
    if k + 1 < len(mentions) and (
        _PART_OF.match(text[m.end : mentions[k + 1].start])  # "the X district of Kharkiv"
        or _STREET_IN.fullmatch(text, m.end, mentions[k + 1].start)  # "X Street in Toretsk"
        or (
            _DISTRICT_IN.fullmatch(text, m.end, mentions[k + 1].start)
            and ADJECTIVE_NAME.search(text, m.start, m.end)
        )
    ):
        return _place_of(gaz, resolved, k + 1)
    if k + 1 < len(mentions) and _stated_city(text, gaz, mentions, resolved, k):
        return _place_of(gaz, resolved, k + 1)  # "in Yeouido, Seoul"
    return None


def _stated_city(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> bool:
    """Is mention ``k``, a name the gazetteer lacks, stated to lie in the city named right
    after it ("the National Assembly in Yeouido, Seoul"): a city of
    :data:`CITY_POPULATION`, after ", ", neither speaking nor a possessive, in no list?"""
    m, after = mentions[k], mentions[k + 1]
    if not m.unknown or m.siblings or after.siblings or after.actor:
        return False
    if text[m.end : after.start] != ", ":
        return False
    if text[after.end : after.end + 2] in ("'s", "’s"):
        return False
    city = _place_of(gaz, resolved, k + 1)
    return city is not None and gaz.population(city) >= CITY_POPULATION


def _possessed(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> bool:
    """Is mention ``k`` written after a place's possessive ("Pyongyang's Sunan")?"""
    return (
        k > 0
        and text[mentions[k - 1].end : mentions[k].start] in _POSSESSIVE
        and _place_of(gaz, resolved, k - 1) is not None
    )


def _place_of(gaz: Gazetteer, resolved: Sequence[tuple[int | None, float]], j: int) -> int | None:
    """Mention ``j``'s record when it was read as a populated place, else None."""
    rec = resolved[j][0]
    return rec if rec is not None and gaz.is_place(rec) else None


def _district_town(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    countries: frozenset[str],
    adjectives: dict[int, int],
) -> int | None:
    """The town whose district mention ``k`` is said to lie in ("Popovka in the Krasnaya
    Yaruga district"; "Zhuravlyovka of Belgorodsky district", by its adjective), or None."""
    m = mentions[k]
    if k + 1 < len(mentions):
        nxt = mentions[k + 1]
        gap = _IN_THE.match(text[m.end : nxt.start]) or district_gap(text, m.end, nxt.start)
        if gap and _DISTRICT_AFTER.match(text, nxt.end):  # "on the right bank in X district"
            own = raion_town(text, gaz, mentions, resolved, k + 1, countries)  # "Pokrovsky"
            town = own or _place_of(gaz, resolved, k + 1)
            if town is None and resolved[k + 1][0] is None:
                own = town = adjective_town(gaz, text[nxt.start : nxt.end], countries)
            if own is not None:
                adjectives[k + 1] = own  # the district's own name, read as its town
            return town
    # "Zhuravlyovka of Belgorodsky district": an adjective no mention covers
    named = _IN_ADJECTIVE_DISTRICT.match(text, m.end)
    if named is None or (k + 1 < len(mentions) and mentions[k + 1].start < named.end()):
        return None
    return adjective_town(gaz, named.group(1), countries)


def _targets(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> dict[int, tuple[int, float]]:
    """Mention index -> (city or town record, radius in km) it must lie within."""
    out: dict[int, tuple[int, float]] = {}
    of_name: dict[str, int] = {}  # a part's name -> its city
    # (record, start of its mention): the latest part's city, the latest city of
    # CITY_POPULATION, the latest town of TOWN_POPULATION.
    last_part = last_city = last_town = (-1, -1)
    breaks: list[int] | None = None
    countries = frozenset(gaz.country_code(r) for r, _ in resolved if r is not None)
    adjectives: dict[int, int] = {}
    for k, m in enumerate(mentions):
        city = _city_of(text, gaz, mentions, resolved, k)
        if city is None and not _possessed(text, gaz, mentions, resolved, k):
            # "In Kharkiv, ... the Kyivskyi district" (geo.text.city_openers); not
            # "Pyongyang's Sunan area" after "in Seoul": the city it is stated of wins.
            city = opened_city(text, gaz, mentions, resolved, k)
        if (
            city is None
            and names_city_part(text, m.start, m.end, None)
            and not opened_by_town(text, gaz, mentions, resolved, k)  # "In Chuhuiv, ..."
        ):
            # "the Industrialnyi district": the city of the paragraph; not a raion's town's.
            city = of_name.get(m.key) or raion_town(text, gaz, mentions, resolved, k, countries)
            if city is None:
                if breaks is None:  # paragraph breaks, found once
                    brk = paragraph_break(text, _PARAGRAPH)
                    breaks = [b.start() for b in brk.finditer(text)]
                para = breaks[i - 1] if (i := bisect.bisect(breaks, m.start)) else -1
                if _THE_CITYS.search(text, max(0, m.start - _THE_CITYS_REACH), m.start):
                    # "the city's X district": the city named last, a town too
                    # ("Pokrovsk ... the city's Shakhtarskyi microdistrict"), in this
                    # paragraph or the one before (wire copy: a sentence a paragraph).
                    at, c = max((at, c) for c, at in (last_part, last_city, last_town))
                    city = c if at > (breaks[i - 2] if i >= 2 else -1) else None
                else:
                    # "the Dniprovskyi district": a regional centre the gazetteer counts
                    # low (Kherson, 66,000) is its city too, the last resort.
                    ends = (last_part, last_city)
                    if ADJECTIVE_NAME.search(text, m.start, m.end):
                        ends += (last_town,)
                    city = next((c for c, at in ends if at > para), None)
        if city is not None:
            out[k] = (city, PART_KM)
            of_name.setdefault(m.key, city)
            last_part = (city, m.start)
            continue
        if m.actor:
            pass  # "as Moscow said": a government speaking is no city the text is in
        elif (place := _place_of(gaz, resolved, k)) is not None and (
            gaz.population(place) >= TOWN_POPULATION
        ):
            last_town = (place, m.start)
            if gaz.population(place) >= CITY_POPULATION:
                last_city = (place, m.start)
        elif (capital := region_city(gaz, m, resolved[k][0], text)) is not None:
            last_city = (capital, m.start)  # "the Kharkiv Regional ... the city's X district"
        town = _district_town(text, gaz, mentions, resolved, k, countries, adjectives)
        if town is not None:
            # "near Demidovka and Popovka in the Krasnaya Yaruga district": the list too.
            for j in (*[s for s in m.siblings if s < k], k):
                out.setdefault(j, (town, DISTRICT_KM))
    for j, town in adjectives.items():  # "Belgorodsky district", which the gazetteer lacks
        out.setdefault(j, (town, DISTRICT_KM))
    return out


def city_parts(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    defined: Mapping[int, tuple[int, float]] | None = None,
) -> tuple[list[tuple[int | None, float]], dict[int, tuple[int, float]]]:
    """Keep each part of a city named with its city inside that city.

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.
    defined : mapping, optional
        More parts, mention index -> (city record, radius in km): the parts the text
        defines (:func:`geo.text.suburbs.defined_parts`).

    Returns
    -------
    resolved : list of (record or None, score)
        The choice of a city's part (a district's place) replaced by its nearest
        candidate within :data:`PART_KM` of the city (:data:`DISTRICT_KM` of the
        town, in its country), or by None where it has none.
    parts : dict of int to (int, float)
        Mention index -> (city record, radius in km), for the names left without a
        place (to be estimated there, :func:`part_estimate`).
    """
    out = list(resolved)
    parts: dict[int, tuple[int, float]] = {}
    targets = {**(defined or {}), **_targets(text, gaz, mentions, resolved)}
    for k in sorted(targets):
        city, radius_km = targets[k]
        here, cc = gaz.lat_lon(city), gaz.country_code(city)
        rec, score = resolved[k]
        if rec is not None and _within(gaz, rec, here, cc, radius_km):
            continue
        inside = [
            (distance_km(here, gaz.lat_lon(c.record)), c.record)
            for c in mentions[k].candidates
            if _within(gaz, c.record, here, cc, radius_km)
        ]
        if not inside:
            inside = [  # "the Proletarsky district of Donetsk": its "Proletarskiy rayon"
                (distance_km(here, gaz.lat_lon(c.record)), c.record)
                for c in part_readings(gaz, mentions[k].key)
                if _within(gaz, c.record, here, cc, radius_km)
            ]
            # A name the gazetteer lacks as written ("the Darnytskyi and Holosiivskyi
            # districts" after "in Kyiv") is that part now, not an unplaced name.
            mentions[k].unknown = mentions[k].unknown and not inside
        if inside:
            out[k] = (min(inside)[1], max(score, 0.5))
        else:
            out[k] = (None, score)
            parts[k] = (city, min(radius_km, DISTRICT_ESTIMATE_KM))
    return out, parts


def _within(gaz: Gazetteer, rec: int, here: tuple[float, float], cc: str, km: float) -> bool:
    return (
        gaz.kind(rec) in ("place", "admin2")
        and gaz.country_code(rec) == cc
        and distance_km(here, gaz.lat_lon(rec)) <= km
    )


def part_estimate(
    gaz: Gazetteer, city: int, radius_km: float = PART_KM
) -> tuple[tuple[float, float], Polygon]:
    """Where a city's part (a district's place) the gazetteer lacks is estimated:
    ``((lat, lon), area)``, the city's (town's) point and a geodesic disc of
    ``radius_km`` around it (shapely polygon, lon/lat)."""
    lat, lon = gaz.lat_lon(city)
    return (lat, lon), ring((lat, lon), radius_km)
