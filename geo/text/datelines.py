"""A wire dateline's region or country is where the text's places lie.

"VOLCHANSK, Kharkov Region, May 14 (RIA Novosti) - Russian troops took control of
Lukyantsy and Starytsa": the region (or the country: "KHARKIV, Ukraine (AP) —") that a
dateline states after its city is the region the text speaks of, as "in the Kharkiv
region" after the names would be.  A later name the gazetteer knows there only under
another place's foreign or alternate name, a small place hundreds of kilometres outside
the stated country ("Starytsa": Staritsa in Tver), is a village of the stated region the
gazetteer lacks: :func:`dateline_places` takes the namesake away, and the geoparser
locates the name in the region (an estimated toponym whose uncertainty is the region's
polygon), as it does for a name whose stated region holds no place of that name
(:func:`geo.text.introduced.stated_places`).

A dateline may say where near its place the copy was filed, in the same capitals: "ON
THE FRONT LINE NEAR BAKHMUT, Ukraine (AP) —", "NEAR POKROVSK, Ukraine (Reuters) -".
:func:`dateline_lead` finds those words, which the recogniser reads in lower case, so
that the place after them is the dateline's (not the surname of a "Front Line Near"
person, which would hide the place's later mentions too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import MAX_CANDIDATES, is_other_name
from .tokens import Mention

__all__ = [
    "FAR_KM",
    "NEAR_DATELINE_KM",
    "SMALL_POPULATION",
    "capital_dateline",
    "dash_after",
    "dateline_lead",
    "dateline_places",
    "dateline_region",
    "km_outside",
    "lower_dateline_lead",
    "mark_dateline",
]

#: A namesake this far (km) outside the dateline's region or country is not the place
#: its copy means (a region is a few hundred km across; a front sector far less).
FAR_KM = 250.0
#: Only a place smaller than this is taken for a village the gazetteer lacks: a city's
#: foreign name ("Moskva", "Rostov") is that city wherever the copy was filed.
SMALL_POPULATION = 100_000

#: Words that end a dateline's lead before its place anywhere in the lead ("NEAR
#: POKROVSK", "OUTSIDE KHERSON") ...
_LEAD_ANYWHERE = frozenset("NEAR OUTSIDE INSIDE ALONG OFF".split())
#: ... and words that end it only after other words of the lead ("ON THE FRONT LINE IN
#: ZAPORIZHZHIA", "AT THE BORDER AT SUDZHA"): first in a dateline, "IN SALAH" is a place.
_LEAD_AFTER = frozenset("IN AT ON FROM".split())
#: The capitals before a dateline's first comma or bracket (its place and any lead).
_CAPS_HEAD = re.compile(r"\s*([A-Z][A-Z'’.\- ]*[A-Z.])(?=,|\s*\()")
_CAPS_WORD = re.compile(r"[^\s]+")


def dateline_lead(text: str) -> int:
    """Where the place of a wire dateline opening ``text`` starts after capitals that
    say where near it the copy was filed; 0 when the dateline has no such lead (or the
    text no dateline).

    Examples
    --------
    >>> text = "ON THE FRONT LINE NEAR BAKHMUT, Ukraine (AP) — Soldiers dug in."
    >>> text[dateline_lead(text):][:7]
    'BAKHMUT'
    >>> dateline_lead("NEAR POKROVSK, Ukraine (Reuters) - Troops held.")
    5
    >>> dateline_lead("KYIV, Ukraine (AP) — Drones hit Kharkiv.")
    0
    >>> dateline_lead("IN SALAH, Algeria (AP) — Heat.")
    0
    """
    head = _CAPS_HEAD.match(text)
    if head is None:
        return 0
    from .wire_dateline import dateline_end

    if not dateline_end(text):
        return 0
    words = list(_CAPS_WORD.finditer(head.group(1)))
    for k in range(len(words) - 2, -1, -1):
        word = words[k].group()
        if word in _LEAD_ANYWHERE or (k and word in _LEAD_AFTER):
            return head.start(1) + words[k + 1].start()
    return 0


def lower_dateline_lead(text: str) -> tuple[str, int]:
    """``text`` with a dateline's lead (:func:`dateline_lead`) in lower case (same
    length), and where the dateline's place starts (0 when there is no lead).

    >>> lower_dateline_lead("NEAR POKROVSK, Ukraine (Reuters) - Troops held.")[0][:14]
    'near POKROVSK,'
    """
    lead = dateline_lead(text)
    if not lead:
        return text, 0
    return text[:lead].lower() + text[lead:], lead


def dateline_region(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[int, int] | None:
    """(record, end offset) of the region or country a wire dateline states after its
    city ("VOLCHANSK, Kharkov Region, May 14 (RIA Novosti) -", "KHARKIV, Ukraine (AP)
    —"): the smallest one read there, a first-level region before a country; None when
    the text opens with no dateline or the dateline states neither.

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
        Recognition's mentions; the dateline's city carries :attr:`Mention.dateline`.
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.
    """
    city = next((k for k, m in enumerate(mentions) if m.dateline), None)
    if city is None:
        return None
    from .wire_dateline import dateline_end

    end = dateline_end(text[mentions[city].start :])
    if not end:
        return None
    end += mentions[city].start
    best: int | None = None
    for k in range(city + 1, len(mentions)):
        if mentions[k].start >= end:
            break
        rec = resolved[k][0]
        if rec is None:
            continue
        kind = gaz.kind(rec)
        if kind == "admin1":
            best = rec
            break
        if kind == "country" and best is None:
            best = rec
    return None if best is None else (best, end)


def km_outside(gaz: Gazetteer, record: int, region: int) -> float:
    """Geodesic distance (km) from a place to the nearest point of a region's polygon
    (0 inside it)."""
    from shapely import Point
    from shapely.ops import nearest_points

    lat, lon = gaz.lat_lon(record)
    area = gaz.geometry(region)
    here = Point(lon, lat)
    if area.covers(here):
        return 0.0
    edge = nearest_points(area, here)[0]
    return distance_km((lat, lon), (edge.y, edge.x))


def _about_the_dateline(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    country: str,
) -> bool:
    """Is the text about the dateline's country: are at least half of its readings
    there (the dateline's own included; states acting, "Russia said", not counted)?  A
    bureau's copy on a neighbour's war ("NAIROBI, Kenya (AP) — Fighters stormed a camp
    in Sudan's Darfur region") is not."""
    votes = [
        gaz.country_code(rec) == country
        for m, (rec, _) in zip(mentions, resolved, strict=True)
        if rec is not None and not m.actor and not m.fuzzy
    ]
    return 2 * sum(votes) >= len(votes)


def _inside(gaz: Gazetteer, record: int | None, region: int) -> bool:
    """Is ``record`` a place inside the region (or country) ``region``?"""
    if record is None or gaz.kind(record) != "place":
        return False
    if gaz.country_code(record) != gaz.country_code(region):
        return False
    return gaz.kind(region) == "country" or gaz.admin1(record)[0] == gaz.admin1(region)[0]


def dateline_places(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """Names after a dateline read as a small namesake far outside the dateline's region
    or country under another name than its own: villages of that region the gazetteer
    lacks.

    Only in a text about the dateline's country (at least half its readings there).
    A mention after the dateline qualifies when it states no container of its own, is
    not read as a region, and its reading is a place of another country than the
    dateline's, of fewer than :data:`SMALL_POPULATION` people, matched only by an
    alternate name or a spelling (never the place's own name: "Staritsa" is the town in
    Tver), in a country the text does not name as a place (a state acting, "Russia
    said", does not count), and more than :data:`FAR_KM` outside the region.  A name
    the gazetteer lacks listed with a place of the region ("Lukyantsy, Gatishche and
    Starytsa") is one of its villages too.

    Returns
    -------
    resolved : list of (record or None, score)
        ``resolved`` with those mentions' readings taken away.
    containers : dict of int to int
        Mention index -> the dateline region's record (the town's, for a village of
        copy filed "NEAR" it: :func:`_near_the_dateline`), for
        :func:`geo.text.introduced.container_estimate`.  Cost: one pass over the
        mentions; a distance for each foreign reading.
    """
    out = list(resolved)
    moved: dict[int, int] = {}
    if dateline_lead(text):
        _near_the_dateline(text, gaz, mentions, resolved, out, moved)  # "NEAR BAKHMUT"
    found = dateline_region(text, gaz, mentions, resolved)
    if found is None:
        return out, moved
    region, end = found
    country = gaz.country_code(region)
    if not _about_the_dateline(gaz, mentions, resolved, country):
        return out, moved
    # "Mali's junta said ... near Nioro du Sahel" in a Sudan-datelined round-up: a country
    # the text names as a place is one it speaks of, and its places are meant.
    named = {
        gaz.country_code(rec)
        for m, (rec, _) in zip(mentions, resolved, strict=True)
        if rec is not None and not m.actor and gaz.kind(rec) == "country"
    }
    for k, m in enumerate(mentions):
        rec = resolved[k][0]
        if m.start < end:
            continue
        if k in moved:
            continue
        if rec is None and m.unknown and m.siblings and not m.containers:
            # "Lukyantsy, Gatishche and Starytsa": a name the gazetteer lacks, listed
            # with the region's places (a region's: a whole country locates no village).
            if gaz.kind(region) == "admin1" and any(
                _inside(gaz, resolved[j][0], region) for j in m.siblings
            ):
                moved[k] = region
            continue
        if (
            rec is None
            or m.containers
            or m.cue == "region"
            or m.actor
            or m.demonym_country
            or gaz.kind(rec) != "place"
            or gaz.country_code(rec) == country
            or gaz.country_code(rec) in named
            or gaz.population(rec) >= SMALL_POPULATION
        ):
            continue
        quality = min((c.quality for c in m.candidates if c.record == rec), default=None)
        if quality is None or quality <= QUALITY_ALIAS:
            continue  # the place's own name: the text means it
        if km_outside(gaz, rec, region) <= FAR_KM:
            continue  # across the border from the region: a neighbour, may well be it
        out[k] = (None, resolved[k][1])
        moved[k] = region
    return out, moved


#: "ON THE FRONT LINE NEAR BAKHMUT": a village of the copy read farther than this (km)
#: from the dateline's town under another place's name is one the gazetteer lacks.
NEAR_DATELINE_KM = 40.0
#: ... when that place is smaller than this: a town is named for its own sake.
_VILLAGE_POPULATION = 10_000


def _near_the_dateline(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    out: list[tuple[int | None, float]],
    moved: dict[int, int],
) -> None:
    """Copy filed "NEAR" (or "OUTSIDE", "ALONG") a town speaks of the villages around
    it: a later name read as a village (fewer than :data:`_VILLAGE_POPULATION` people)
    farther than :data:`NEAR_DATELINE_KM` from the town, matched only by an alternate
    name that is another name than its own ("Andriivka": Sukhanivka, 47 km from
    Bakhmut; not "Kamianske" for Kamyanske, nor a mere spelling), with no container of
    its own, is a village by the town the gazetteer lacks: its reading is taken away
    (``out``) and the town's record given as where it lies (``moved``)."""
    city = next((k for k, m in enumerate(mentions) if m.dateline), None)
    if city is None or (town := resolved[city][0]) is None or not gaz.is_place(town):
        return
    from .wire_dateline import dateline_end

    end = dateline_end(text[mentions[city].start :]) + mentions[city].start
    here = gaz.lat_lon(town)
    for k in range(city + 1, len(mentions)):
        m, rec = mentions[k], resolved[k][0]
        if (
            m.start < end
            or rec is None
            or not gaz.is_place(rec)
            or m.containers
            or m.cue == "region"
            or m.actor
            or gaz.population(rec) >= _VILLAGE_POPULATION
        ):
            continue
        match = next((c for c in m.candidates if c.record == rec), None)
        if m.fuzzy or match is None or not is_other_name(gaz, match, m.key):
            continue  # its own name, or a spelling of it ("Kamianske": Kamyanske)
        if distance_km(here, gaz.lat_lon(rec)) > NEAR_DATELINE_KM:
            out[k] = (None, resolved[k][1])
            moved[k] = town


#: A dateline in capitals with no dash names a well-known place: a city this large, a
#: country or a first-level region ("OBAMA Pardons Turkey" is no Obama in Japan).
_DATELINE_POPULATION = 100_000


#: After a name in capitals: a dateline's dash ("TORONTO — The family", "ERIE -- The").
_DATELINE_DASH = re.compile(r"[ \t]*[—–][ \t]|[ \t]+-{1,3}[ \t]")  # "COLUMBIA --- The"


def dash_after(text: str, end: int) -> bool:
    """Does a dateline's dash follow the name ending at ``end``?

    >>> dash_after("TORONTO — The family", 7), dash_after("TORONTO police", 7)
    (True, False)
    """
    return _DATELINE_DASH.match(text, end) is not None


def capital_dateline(
    gaz: Gazetteer, start: int, end: int, key: str, i: int, j: int
) -> Mention | None:
    """The dateline mention of a line that opens with a well-known place's name in
    capitals, the story's first words right after it; None for any other name."""
    candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if not any(
        c.quality <= 1
        and (
            gaz.kind(c.record) in ("country", "admin1")
            or gaz.population(c.record) >= _DATELINE_POPULATION
        )
        for c in candidates
    ):
        return None
    return Mention(start, end, key, i, j, candidates=candidates, dateline=True)


def mark_dateline(text: str, mentions: Sequence[Mention], lead: int = 0) -> None:
    """Mark the first mention that opens a line in capitals (or starts at ``lead``, after
    a dateline's lead: "NEAR POKROVSK,"), a comma or bracket after it, as the text's
    dateline ("MOSCOW, March 3. /TASS/.", "KYIV, Ukraine (AP) —")."""
    for m in mentions:
        if m.start and m.start != lead and text[m.start - 1] != "\n":
            continue
        surface = text[m.start : m.end]
        if surface.isupper() and len(surface) > 3 and text[m.end : m.end + 2] in (", ", " ("):
            m.dateline = True
            return
