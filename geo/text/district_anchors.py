"""A district named with a village says which of its namesakes is meant: "Novoselivka in
the Kramatorsk district", "In the Pokrovsk district, shelling hit A and B".

Ukrainian and Russian reporting tells the many Novoselivkas, Ivanivkas and
Oleksandrivkas apart by their district (raion), which bears the name of its centre.
:func:`district_anchors` reads the two ways of saying it:

* after the name (or a list of names): "X in the Y district", "X, also in the Y
  district", "X (Y district)", "X of the Y raion";
* a sentence that opens with the district: "In the Y district, ... X ... Z." (each name of
  that sentence).

:func:`settle_districts` then reads each such name as its namesake nearest the district's
centre, within :data:`DISTRICT_KM` of it (a raion reaches a few tens of kilometres from
its centre); a name with no namesake that near keeps its reading.  One anchored match
per mention and one pass over a sentence's names: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import is_other_name
from .hints.base import CITY_POPULATION
from .tokens import Mention

__all__ = ["DISTRICT_KM", "HROMADA_KM", "district_anchors", "lacking_districts", "settle_districts"]

#: How far (km) a district's villages lie from its centre: a raion merged in 2020
#: reaches 60-70 km (Andriivka of Balakliia hromada lies 60 km from Izium).
DISTRICT_KM = 80.0

#: Between a name (or its list's last name) and the district's centre after it.
_BEFORE_DISTRICT = re.compile(
    r"(?:,?\s+(?:also\s+|both\s+)?(?:in|of)\s+(?:the\s+)?|\s*\(\s*|,\s+)", re.IGNORECASE
)
#: The district word after the centre's name (a hromada, a district's municipality,
#: too: "X in the Yunakivka hromada").
_DISTRICT_WORD = re.compile(r"\s+(?:district|raion|rayon|hromada)\b(?!\s+of\b)", re.IGNORECASE)
#: A hromada's word after its centre's name.
_HROMADA_WORD = re.compile(r"\s+hromadas?\b", re.IGNORECASE)
#: A hromada reaches this far (km) from its centre: a name read more than twice as far
#: off, with no namesake this near, is a village of it the gazetteer lacks.
HROMADA_KM = 25.0
#: A sentence that opens with the district: "In the Kramatorsk district," "In the
#: Zaporozhye region's Vasilyevka district,".
_OPENS = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))In\s+(?:the\s+)?(?:[\w'’ -]{1,40}['’]s\s+)?$")
_DISTRICT_OPENING = re.compile(r"\s+(?:district|raion|rayon|hromada)\s*,", re.IGNORECASE)
#: A line (a digest's bullet) that opens with the district: "- Yunakivka hromada: ...".
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013][ \t]*)?$")
_LINE_OPENING = re.compile(r"\s+(?:district|raion|rayon|hromada)\s*:", re.IGNORECASE)
_LINE_END = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
#: How far back the sentence's opening "In the" is looked for (characters).
_OPENING_REACH = 60


def district_anchors(text: str, mentions: Sequence[Mention]) -> dict[int, int]:
    """Mention index -> index of the district centre's mention that locates it.

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> t = "Shells hit Ivanivka in the Kramatorsk district. In the Izium district, A and B."
    >>> ms = [Mention(11, 19, "ivanivka", 2, 2), Mention(27, 37, "kramatorsk", 5, 5),
    ...       Mention(55, 60, "izium", 10, 10), Mention(71, 72, "a", 13, 13),
    ...       Mention(77, 78, "b", 15, 15)]
    >>> district_anchors(t, ms)
    {0: 1, 3: 2, 4: 2}
    """
    out: dict[int, int] = {}
    n = len(mentions)
    for k in range(n - 1):
        m, centre = mentions[k], mentions[k + 1]
        if centre.cue == "region" or m.cue == "region":
            continue
        gap = _BEFORE_DISTRICT.fullmatch(text, m.end, centre.start)
        word = _DISTRICT_WORD.match(text, centre.end)
        if gap is None or word is None:
            continue
        if "(" in gap.group() and not text.startswith(")", word.end()):
            continue  # "X (the Y district's ...": not a bracketed district
        for j in (*[s for s in m.siblings if s < k], k):
            out.setdefault(j, k + 1)
    for k, centre in enumerate(mentions):
        if centre.cue == "region":
            continue
        before = max(0, centre.start - _OPENING_REACH)
        if _DISTRICT_OPENING.match(text, centre.end) is not None:
            if _OPENS.search(text, before, centre.start) is None:
                continue
            end = _SENTENCE_END.search(text, centre.end)
        elif _LINE_OPENING.match(text, centre.end) is not None:
            if _LINE_OPENS.search(text, before, centre.start) is None:
                continue
            end = _LINE_END.search(text, centre.end)  # "- Yunakivka hromada: A, B; C."
        else:
            continue
        stop = end.start() if end is not None else len(text)
        for j in range(k + 1, n):
            if mentions[j].start >= stop or _DISTRICT_WORD.match(text, mentions[j].end):
                break  # "..., and in the Valuyki district ...": another district's names
            if mentions[j].cue != "region":
                out.setdefault(j, k)
    return out


def settle_districts(
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    anchors: dict[int, int],
) -> list[tuple[int | None, float]]:
    """The readings, with each name a district locates read as its namesake nearest the
    district's centre (as resolved), when one lies within :data:`DISTRICT_KM` of it and inside the
    centre's first-level region, by its own name (Sukhanivka, once Andriivka, is no
    "Andriivka in the Izium district"; Donetsk, once Oleksandrivka, no Oleksandrivka)."""
    if not anchors:
        return list(resolved)
    gaz = gazetteer
    out = list(resolved)
    for k, j in anchors.items():
        m, centre = mentions[k], resolved[j][0]
        if m.fuzzy or centre is None or not gaz.is_place(centre) or len(m.candidates) < 2:
            continue
        here, region = gaz.lat_lon(centre), (gaz.country_code(centre), gaz.admin1(centre)[0])
        # A district's centre is its largest town: a larger place is no village of it (the
        # city of Zaporizhzhia is no "Zaporizhzhia in the Vasylivka district").
        largest = gaz.population(centre) or None
        best, best_km = None, DISTRICT_KM
        for c in m.candidates:
            rec = c.record
            if rec == centre or not gaz.is_place(rec) or is_other_name(gaz, c, m.key):
                continue  # a district names its village by the village's own name
            if (gaz.country_code(rec), gaz.admin1(rec)[0]) != region:
                continue  # a district lies inside its centre's region
            if largest is not None and gaz.population(rec) > largest:
                continue
            d = distance_km(here, gaz.lat_lon(c.record))
            if d <= best_km:
                best, best_km = c.record, d
        if best is None or best == out[k][0]:
            continue
        current = out[k][0]
        if current is not None and _fits(gaz, current, here, region, largest, best_km):
            continue  # already a village of the district, about as near as the nearest
        out[k] = (best, max(out[k][1], 0.5))
    return out


#: A reading already in the district keeps its place unless the nearest namesake is this
#: many times nearer the centre (two villages of a name in one district: either may be
#: meant, and the reading's other evidence decides).
_NEARER = 2.0


def _fits(
    gaz: Gazetteer,
    rec: int,
    here: tuple[float, float],
    region: tuple[str, str],
    largest: int | None,
    best_km: float,
) -> bool:
    """Does place ``rec`` lie in the district around ``here`` (its region, no larger than
    its centre) no more than :data:`_NEARER` times as far as the nearest namesake?"""
    if not gaz.is_place(rec) or (gaz.country_code(rec), gaz.admin1(rec)[0]) != region:
        return False
    if largest is not None and gaz.population(rec) > largest:
        return False
    d = distance_km(here, gaz.lat_lon(rec))
    return d <= DISTRICT_KM and d <= _NEARER * best_km


def lacking_districts(
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    anchors: dict[int, int],
    text: str = "",
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """The readings, less those of the names a district locates that are villages of it
    the gazetteer lacks; and those names' index -> the district centre's record, which
    the geoparser estimates them by ("In the Belgorod district, a drone struck a car
    between Nikolskoye and Belgorod": not Moscow Oblast's Nikolskoye, 576 km off).

    Such a name has no namesake of its own name in the centre's region within
    :data:`DISTRICT_KM` of it (:func:`settle_districts` reads one that has), is read
    farther than twice that from the centre, and names no city (a place of
    :data:`~geo.text.hints.CITY_POPULATION` people: "In the Belgorod district, ... as
    Moscow said" is Moscow).  A name a hromada locates (its centre's name before
    "hromada" in ``text``) is one within :data:`HROMADA_KM`: "- Yunakivka hromada:
    Oleksiivka under fire", not the Oleksiivka the gazetteer has 150 km off.  Linear in
    the anchored names' candidates."""
    gaz = gazetteer
    out, lacking = list(resolved), {}
    for k, j in anchors.items():
        reach = HROMADA_KM if _HROMADA_WORD.match(text, mentions[j].end) else DISTRICT_KM
        m, centre, rec = mentions[k], resolved[j][0], resolved[k][0]
        if m.fuzzy or m.actor or m.demonym_country or centre is None or rec is None:
            continue
        if rec == centre or not (gaz.is_place(centre) and gaz.is_place(rec)):
            continue
        here, region = gaz.lat_lon(centre), (gaz.country_code(centre), gaz.admin1(centre)[0])
        if distance_km(here, gaz.lat_lon(rec)) <= 2 * reach:
            continue
        places = [c.record for c in m.candidates if gaz.is_place(c.record)]
        # A city named, not a village (the exact name, by a hromada: not Kharkiv's
        # Oleksiyivka district for "- Yunakivka hromada: Oleksiivka under fire").
        exact = reach == HROMADA_KM
        cities = (
            r
            for r in places
            if gaz.population(r) >= CITY_POPULATION and (not exact or gaz.name_key(r) == m.key)
        )
        if next(cities, None) is not None or any(
            (gaz.country_code(r), gaz.admin1(r)[0]) == region
            and distance_km(here, gaz.lat_lon(r)) <= reach
            for r in places
        ):
            continue
        out[k], lacking[k] = (None, 0.0), centre
    return out, lacking
