"""Recognition: a town, then its country's name or its US state's code or name without
a comma ("Narvik Norway", "Norwood MA", "Dallas Texas").

Short queries and posts name a town and its country or state with no comma between
("flights to Narvik Norway", "alta norway", "the plant in Norwood MA", "she moved to
Dallas Texas"). A rare word before a capitalised name reads like a person's name
("Narvik Norway" as "Ola Nordmann"), a common one like a name's head word ("Dallas
Texas" as "Supreme Court"), which would drop the country, the state or the town; when
the word before is a town the gazetteer has in the country named after it, or in the US
state whose two-letter postal code or name follows, both are places.  Cost: two
look-ups of the gazetteer, only for a country's or state's name or a two-letter code
after a capitalised word.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from ..geometry import distance_km
from . import lexicon as lx
from .candidates import MAX_CANDIDATES
from .hyphen_pairs import pair_opens
from .name_words import city_body
from .sizes import TOWN_OF_NOTE
from .tokens import Token, _Tokens

__all__ = [
    "acronym_seat",
    "area_or_capitals",
    "city_or_town_before",
    "town_before_area",
    "town_of_area",
    "town_of_country",
    "town_of_region",
    "town_pair",
]

#: The words of a country's or state's name looked for at a longer name's end.
_AREA_WORDS = 3
#: A region whose point lies this near a city's (km, geodesic) is the city itself.
_SAME_KM = 25.0
#: A town before its US state's full name is one of this many people at least: a small
#: one's name is more often a person's given name or a part of a longer name.
_BEFORE_STATE_NAME = 10_000


def town_before_area(
    text: str, tokens: _Tokens, gaz: Gazetteer, i: int, j: int, key: str
) -> tuple[int, str]:
    """``(last word, key)`` of the town a gazetteer name found at words ``i..j``
    (normalised: ``key``) names before its country's or US state's name, spaced ("San
    Antonio Texas", an alternate name of the city, is San Antonio, then Texas): the whole
    must name a place the town's name does; else ``(j, key)``.  A name of anything but
    places is one name ("Western Australia", "North America", "South Sudan"), and so is
    a city's name with a region that is the city itself ("washington dc": the District
    lies where the city does, within :data:`_SAME_KM`)."""
    whole = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if j == i or any(gaz.kind(c.record) != "place" for c in whole):
        return j, key
    starts, ends = tokens.starts, tokens.ends
    for p in range(j, max(i, j - _AREA_WORDS), -1):  # the area is words p..j
        if text[ends[p - 1] : starts[p]] != " ":
            continue
        town = normalize(text[starts[i] : ends[p - 1]])
        area = normalize(text[starts[p] : ends[j]])
        own = {c.record for c in gaz.lookup_normalized(town)[:MAX_CANDIDATES]}
        if any(c.record in own for c in whole) and town_of_area(gaz, town, area):
            return (j, key) if _city_region(gaz, whole, area) else (p - 1, town)
    return j, key


def _city_region(gaz: Gazetteer, whole: Sequence[Candidate], area: str) -> bool:
    """Does a region named ``area`` (normalised) lie within :data:`_SAME_KM` of a place
    the whole name names (``whole``, its candidates): a city-state's district?"""
    regions = [
        gaz.lat_lon(c.record)
        for c in gaz.lookup_normalized(area)[:MAX_CANDIDATES]
        if gaz.kind(c.record) == "admin1"
    ]
    return any(
        distance_km(gaz.lat_lon(c.record), point) <= _SAME_KM for c in whole for point in regions
    )


def town_pair(
    gaz: Gazetteer, text: str, at: Sequence[Token], i: int, key: str, hyphened: bool
) -> bool:
    """Are the name ``key`` (normalised) at ``at[i]`` and the capitalised words before it
    two places, not a person's name: a hyphened pair opening its run ("Logan-Rogersville";
    ``hyphened``: the two are places, :func:`~geo.text.hyphen_pairs.place_pair`), or a
    town of up to three words, spaced, before its country's or US state's name ("San
    Diego California", "San Antonio Texas": not a person called Diego California)?  A
    town of one word, a given name, must be one of :data:`~geo.text.sizes.TOWN_OF_NOTE`
    ("George Washington" is no town of Washington State, "Tyler Texas" is)."""
    if hyphened and pair_opens(text, at, i - 1):
        return True
    k = i - 1
    while k >= 0 and i - k <= _AREA_WORDS and text[at[k].end : at[k + 1].start] == " ":
        if not at[k].capitalized:
            break
        town = normalize(text[at[k].start : at[i - 1].end])
        if town_of_area(gaz, town, key, TOWN_OF_NOTE if k == i - 1 else 0):
            return True
        k -= 1
    return False


def city_or_town_before(gaz: Gazetteer, at: Sequence[Token], k: int, key: str) -> bool:
    """Does the name ``key`` (normalised) head a city's body's name before ``at[k]``
    (:func:`~geo.text.name_words.city_body`: "the Houston Police") or name a town of
    :data:`~geo.text.sizes.TOWN_OF_NOTE` of the country or US state ``at[k]`` names
    (:func:`town_of_area`: "Dallas Texas"; "Reserve America", a booking service, is no
    town of 9,000 in Louisiana)?  Either way the name is a place, however common a word
    it is."""
    return city_body(gaz, at, k, key) or town_of_area(gaz, key, at[k].norm, TOWN_OF_NOTE)


def area_or_capitals(gaz: Gazetteer, text: str, tokens: _Tokens, i: int, key: str) -> bool:
    """Is the capitalised word before the name ``key`` (tokens ``i``...) no person's given
    name: a town of the area named (:func:`town_of_area`), or a block of capitals of at
    least six letters opening its run of capitalised words, before a name that is not
    in capitals ("AAAAAAAAAA Kharkiv was hit", "XINHUA Kharkiv": a slug, an agency's
    name or a scraper's garble; a name in capitals is "JOHN SMITH", not "JOHN Kharkiv";
    an acronym names a body's site, "NASA Langley", "DSTO Edinburgh"; in "Immokalee
    TIGER Grant" the capitals are inside a name), or an acronym before a country's, a
    region's or a city's name (:func:`acronym_seat`)?"""
    at = tokens.at
    prev, word = at[i - 1], at[i - 1].text
    if len(word) >= 6 and word.isalpha() and word.isupper() and not at[i].text.isupper():
        before = at[i - 2] if i >= 2 else None
        if before is None or not before.capitalized or text[before.end : prev.start] != " ":
            return True
    if acronym_seat(gaz, word, at[i].text, key):
        return True
    return town_of_area(gaz, prev.norm, key) or town_of_region(gaz, prev.norm, key)


#: A city this large after an acronym is the body's branch or seat there, not a name's
#: word ("CDC Atlanta"; "NASA Langley", a town of 100,000, is the centre's own name).
_ACRONYM_CITY = 300_000


def acronym_seat(gaz: Gazetteer, acronym: str, name: str, key: str) -> bool:
    """Is ``acronym`` (two to five capitals) before ``name`` (not in capitals; ``key``
    normalised) a body's branch or seat named by its place ("CBC Toronto", "HSBC Malta",
    "CDC Atlanta"): a country's or first-level region's own name or alias, or a city of
    :data:`_ACRONYM_CITY` people or more? A person's initials ("JR Smith") name none."""
    if not (2 <= len(acronym) <= 5 and acronym.isalpha() and acronym.isupper()):
        return False
    if name.isupper():
        return False
    for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]:
        kind = gaz.kind(c.record)
        if c.quality <= QUALITY_ALIAS and kind in ("country", "admin1"):
            return True
        if kind == "place" and gaz.population(c.record) >= _ACRONYM_CITY:
            return True
    return False


def town_of_region(gaz: Gazetteer, town: str, key: str) -> bool:
    """Is ``key`` (normalised) a first-level region's name ending with its region word
    ("borno state", "sindh province") and ``town`` a populated place of that region of at
    least :data:`_BEFORE_STATE_NAME` people ("Maiduguri Borno State": two places, no
    person's name)?"""
    if key.rsplit(" ", 1)[-1] not in lx.REGION_WORDS or " " not in key:
        return False
    regions = {
        (gaz.country_code(c.record), gaz.admin1(c.record)[0])
        for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        if c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "admin1"
    }
    return bool(regions) and any(
        gaz.is_place(c.record)
        and gaz.population(c.record) >= _BEFORE_STATE_NAME
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in regions
        for c in gaz.lookup_normalized(town)[:MAX_CANDIDATES]
    )


def town_of_area(gaz: Gazetteer, town: str, key: str, least: int = 0) -> bool:
    """Is ``key`` (normalised) a country's name or a US state's postal code or name, and
    ``town`` (normalised) a populated place of that country or state ("narvik" before
    "norway", "norwood" before "ma", "dallas" before "texas")?  With ``least``, a place of
    at least that many people."""
    return town_of_country(gaz, town, key, least) or _town_of_state(gaz, town, key, least)


def town_of_country(gaz: Gazetteer, town: str, key: str, least: int = 0) -> bool:
    """Is ``key`` (normalised) a country's name and ``town`` (normalised) a populated
    place of that country (of at least ``least`` people)?"""
    codes = {
        gaz.country_code(c.record)
        for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        if c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "country"
    }
    if not codes:
        return False
    return any(  # any spelling of the town's: "Tromso Norway" (Tromsø)
        gaz.is_place(c.record)
        and gaz.country_code(c.record) in codes
        and gaz.population(c.record) >= least
        for c in gaz.lookup_normalized(town)[:MAX_CANDIDATES]
    )


def _town_of_state(gaz: Gazetteer, town: str, state: str, least: int = 0) -> bool:
    """Is ``state`` a US state's postal code or name ("ma", "texas") and ``town`` a
    populated place of it (of at least ``least`` people; before a state's name, at least
    :data:`_BEFORE_STATE_NAME`: "George Washington", "Alta California" are no towns)?"""
    if len(state) > 2:
        least = max(least, _BEFORE_STATE_NAME)
    states = {
        gaz.admin1(c.record)[0]
        for c in gaz.lookup_normalized(state)[:MAX_CANDIDATES]
        if c.quality <= QUALITY_ALIAS
        and gaz.kind(c.record) == "admin1"
        and gaz.country_code(c.record) == "US"
    }
    return bool(states) and any(
        gaz.is_place(c.record)
        and gaz.population(c.record) >= least
        and gaz.country_code(c.record) == "US"
        and gaz.admin1(c.record)[0] in states
        for c in gaz.lookup_normalized(town)[:MAX_CANDIDATES]
    )
