"""Stage 3 of the geoparser, evidence: the words that pick a city or its region.

:func:`mark_readings` sets each mention's ``reading`` ("region" or "city") from
the words after it in its sentence ("Oklahoma lawmakers", "Kherson ..., the
city's mayor said") or a "between X and Y" before it (two points of a route);
:func:`geo.text.evidence.score_candidates` weighs it.  A bounded look around each
mention: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from .tokens import Mention

__all__ = ["mark_readings", "names_a_point"]


# Words near a name that say which of a city and its region it is: one search finds
# both kinds (group "region" or "city").
_READING = re.compile(
    r"\b(?:(?P<region>lawmakers|legislators|legislature|statewide|state's|state’s|the state|"
    r"oblast's|region's|province's)|"
    r"(?P<city>the city's|the city’s|city's|mayor|city council|city hall|downtown|"
    r"the city))\b",
    re.IGNORECASE,
)
# "governor" and "regional" name the region only right after the name ("Kursk governor",
# "Belgorod regional officials"); further on they are the speaker of an event in the
# city ("In Belgorod, a drone hit a car, regional Governor Vyacheslav Gladkov said").
# AP style shortens the governor: "New York Gov. Andrew Cuomo" (the state, not the city).
_REGION_READING_NEAR = re.compile(r"^\W{0,2}(?:governor|gov\b|regional)\b", re.IGNORECASE)
# Words right before a name that make it a region: "upstate New York".
_REGION_BEFORE = re.compile(r"\b(?:upstate|downstate)\s+$", re.IGNORECASE)
_REGION_BEFORE_CHARS = 12
_LASTGROUP = attrgetter("lastgroup")
# Every word of _READING contains one of these (one cheap search before the pattern).
_READING_STEMS = re.compile(
    "lawmakers|legislat|state|gov|oblast|region|province|city|mayor|downtown"
)
_READING_AFTER = 60  # characters read after a name, within its sentence
# "between X and Y" names two points (the ends of a road, a front, a corridor).
_BETWEEN = re.compile(r"\bbetween\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:and\s+)?$")
_BETWEEN_BEFORE = 60
# "near X" / "near X and Y" names points (a region is "near the X region", a cue).
_NEAR = re.compile(
    r"\b(?:[Nn]ear|[Oo]utside|[Cc]lose\s+to)\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:and\s+)?$"
)
# A distance or an edge measured from a bare name measures from a point: "about 100 km
# south of Kidal", "5 miles from Kayes", "the outskirts of Timbuktu" (a region is "the
# X region", a cue; "south of the Kidal region" is never bare).
_POINT_OF = re.compile(
    r"(?:\b(?:km|kms|kilometres?|kilometers?|miles?|mi)\s+(?:\w+[ -]?){0,2}?(?:of|from)"
    r"|\b(?:outskirts|edge|centre|center|suburbs?|heart|streets)\s+of)\s+$",
    re.IGNORECASE,
)
_POINT_OF_BEFORE = 40
_SENTENCE = re.compile(r"[.!?\n]")
# A road's, a railway's or a route's end is a town: "the roads from Kayes and from
# Sikasso", "the highway to Gao" (a region is "the road into the Kayes region", a cue).
_ROUTE = re.compile(
    r"\b(?:roads?|highways?|routes?|railways?|rail\s+lines?)\s+(?:from|to|linking)\s+"
    r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:and|or|to|with)\s+(?:from\s+|to\s+)?)?$"
)
_ROUTE_BEFORE = 60
# "the border with Niger", "its frontier with Chad": a border is shared with a country
# (never Niger State of Nigeria, whatever the story's country); a named side's border
# may be a state's ("Florida's border with Georgia", "the state's border with ...").
_COUNTRY_BEFORE = re.compile(
    r"\b(?:the|its|their|a)\s+(?:\w+\s+)?(?:borders?|frontiers?|boundary)\s+(?:with|of)\s+"
    r"(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
_COUNTRY_BEFORE_CHARS = 40
# Where people live, were born or moved to is a town: "her parents live in Poltava",
# "he moved to Kharkiv", "born in Sumy" (never the oblast of the name: that one is "the
# Poltava region"). Only for a name both a city and its region bear (``mark_readings``).
_HOME_BEFORE = re.compile(
    r"\b(?:(?:live[sd]?|living|lived|born|raised|grew\s+up|settled|resides?|resided|"
    r"residing|buried|stay(?:s|ed|ing)?)\s+in|(?:moved|moving|relocated|returned|"
    r"evacuated|fled)\s+(?:back\s+)?to)\s+$",
    re.IGNORECASE,
)
_HOME_BEFORE_CHARS = 30


def mark_readings(text: str, mentions: Sequence[Mention]) -> None:
    """Set each mention's ``reading`` from the words after it in its sentence ("Oklahoma
    lawmakers", "Kherson ..., the city's mayor said"), or "country" after "the border
    with".  Bounded look: linear in the text."""
    for m in mentions:
        if m.cue not in ("", "in") or m.demonym_country or not m.candidates:
            continue
        if m.candidates[0].quality > 1 or len(m.candidates) < 2:
            continue  # one reading, or none of a city and its region of this name
        if _COUNTRY_BEFORE.search(text, max(0, m.start - _COUNTRY_BEFORE_CHARS), m.start):
            m.reading = "country"  # "near the border with Niger": the country of the name
            continue
        if names_a_point(text, m.start) or _route_end(text, m.start):
            m.reading = "city"  # "units near Mozyr and Gomel": points, not Gomel Oblast
            continue
        if _HOME_BEFORE.search(text, max(0, m.start - _HOME_BEFORE_CHARS), m.start):
            m.reading = "home"  # a city where a region is named after it (evidence)
            continue
        if m.cue:
            continue  # "in X": the words after it are read only for a bare name
        if _REGION_BEFORE.search(text[max(0, m.start - _REGION_BEFORE_CHARS) : m.start]):
            m.reading = "region"  # "upstate New York"
            continue
        window = text[m.end : m.end + _READING_AFTER]
        low = window.lower()
        if _READING_STEMS.search(low) is None:
            continue  # most names: none of the words (substring tests run at C speed)
        stop = _SENTENCE.search(window)
        if stop is not None:
            window = window[: stop.start()]
        said = set(map(_LASTGROUP, _READING.finditer(window)))
        if _REGION_READING_NEAR.match(window):
            said.add("region")
        if len(said) == 1:
            m.reading = said.pop()  # type: ignore[assignment]


def names_a_point(text: str, start: int) -> bool:
    """Do the words before a name at ``start`` make it a point: two points of a route
    ("a convoy between Gao and Menaka"), "near X" ("Near Timbuktu", "near Mozyr and
    Gomel", "outside Palma", "close to Mueda"), or a distance or edge measured from it
    ("about 100 km south of Kidal")?"""
    before = max(0, start - _BETWEEN_BEFORE)
    if text.find("between", before, start) >= 0 and _BETWEEN.search(text, before, start):
        return True
    if (
        text.find("ear", before, start) >= 0
        or text.find("utside", before, start) >= 0
        or text.find("lose", before, start) >= 0
    ) and _NEAR.search(text, before, start):
        return True
    before = text[max(0, start - _POINT_OF_BEFORE) : start].rstrip().lower()
    return before.endswith(("of", "from")) and (  # (cheap test first)
        _POINT_OF.search(text, max(0, start - _POINT_OF_BEFORE), start) is not None
    )


def _route_end(text: str, start: int) -> bool:
    """Do the words before a name at ``start`` make it a road's or a route's end ("the
    roads from Kayes and from Sikasso", "the highway linking Gao and Menaka")?"""
    before = text[max(0, start - _ROUTE_BEFORE) : start]
    if not any(w in before for w in ("road", "route", "highway", "rail")):  # cheap first
        return False
    return _ROUTE.search(before) is not None
