"""Relative-location hints, shared records: :class:`Hint`, :class:`Negation`, the
distance bands and the patterns of a direction and a distance.

The other stages of :mod:`geo.text.hints` (directed, negated and list hints, and the
geometry) import these; this module imports none of them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..apposition_words import DESCRIBED

if TYPE_CHECKING:
    from ..tokens import Mention

__all__ = [
    "CITY_POPULATION",
    "JUST_BAND_KM",
    "NEAR_KM",
    "TOWN_POPULATION",
    "UNSTATED_BAND_KM",
    "UNSTATED_CITY_FIT_KM",
    "UNSTATED_FIT_KM",
    "UNSTATED_VILLAGE_FIT_KM",
    "Hint",
    "Negation",
    "apposed_matches",
    "is_close_by",
]

_MILE_KM = 1.609344
_NUMBER = r"\d+(?:[.,]\d+)?"
_DIRECTION = r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:[- ]?(?:east|west))?"
# After the name: ", 47 km south-east of ", " (south-west of ", ", about 10 miles north of ".
_HINT = re.compile(
    r"(?:,|\s*\()\s*(?:(?:which|that)\s+(?:lies|is)\s+)?"
    # "X and Y (both north of Z)": the last name's own hint too
    r"(?:(?<=\()\s*(?:both|all|each)\s+)?"
    # "Klishchiivka, a village south of Bakhmut"
    r"(?:(?:a|the)\s+(?:(?:small|tiny|large|frontline|front-line|nearby)\s+)?"
    r"(?:village|town|settlement|city|hamlet|suburb)\s+(?:(?:located|lying|situated)\s+)?)?"
    r"(?:(?P<just>just|right|immediately)\s+|"
    r"(?:about|some|around|approximately|roughly|nearly|only)\s+)?"
    rf"(?:(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?\s*"
    r"(?P<unit>km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)"
    # the distance in the other unit: "15 kilometers (9 miles) northeast of"
    rf"(?:\s*\((?:about\s+|some\s+|around\s+|approximately\s+|roughly\s+)?{_NUMBER}\s*"
    r"(?:km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\))?\s+"
    r"(?:to\s+the\s+)?)?"
    rf"(?P<dir>{_DIRECTION})\s+of\s+",
    re.IGNORECASE,
)
_UNITS = r"(?:km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)"
# After the name, a distance and a direction from the place named before it: "fled El
# Fasher for Tawila, about 60 kilometers (37 miles) to the west" (no "of" after it).
_HINT_BACK = re.compile(
    r",\s*" + DESCRIBED + r"(?:(?:about|some|around|approximately|roughly|nearly|just|only)\s+)?"
    rf"(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?\s*(?P<unit>{_UNITS})"
    rf"(?:\s*\((?:about\s+|some\s+|around\s+|approximately\s+|roughly\s+)?{_NUMBER}\s*"
    rf"{_UNITS}\))?\s+(?:to\s+the\s+|further\s+)(?P<dir>{_DIRECTION})\b(?!\s+(?:of|from)\b)",
    re.IGNORECASE,
)
#: Without a stated distance, a village "south-east of Y" is within this band around Y.
UNSTATED_BAND_KM = (2.0, 40.0)
#: ... and a town the gazetteer knows fits the hint up to this far ("Vovchansk, north-east
#: of Kharkiv", 70 km) ...
UNSTATED_FIT_KM = 100.0
#: ... but a village (fewer than :data:`TOWN_POPULATION` people) only up to this far: a
#: namesake 85 km off is another village, not the one meant ("Novoselivka, south-west of
#: Pokrovsk").
UNSTATED_VILLAGE_FIT_KM = 45.0
TOWN_POPULATION = 10_000
#: ... and a city (:data:`CITY_POPULATION` people) up to this far: reporters place a
#: city by the capital or the region's centre ("Ryazan, southeast of Moscow", 180 km).
UNSTATED_CITY_FIT_KM = 300.0
CITY_POPULATION = 100_000
#: "X, just south of Y" with no figure: close by, within this band (km), an estimate put
#: at its third value, read as a stated distance (a city's wider reach for a village, and
#: :data:`UNSTATED_FIT_KM` for a town, do not apply): "the Ivanivka just south of
#: Kramatorsk" lies 5 km off, not its namesake 98 km south-west.
JUST_BAND_KM = (0.0, 20.0, 8.0)
#: "near X and Y": the two lie within this distance of each other.
NEAR_KM = 40.0
_AFTER_RELATION = re.compile(rf"{_DIRECTION}\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "in the area of A and B", the Russian Defence Ministry's "in the areas of the
# settlements of A, B and C", a bulletin's "the towns of A, B and C", "Settlements of
# A and B were shelled": near each other.
_NEAR = re.compile(
    r"\b(?:near|close to|outside|around|outskirts\s+of|vicinity\s+of|areas?\s+of"
    r"|areas?\s+of\s+the\s+settlements?\s+of|(?:towns|villages|settlements|hamlets)\s+of)"
    r"\s+$",
    re.IGNORECASE,
)
#: How far before a name :data:`_NEAR` is looked for (characters).
NEAR_REACH = 40


@dataclass(frozen=True, slots=True)
class Hint:
    """Where a mention lies from another: ``anchor`` (index of the anchor's mention),
    the compass bearing from the anchor and its half sector (degrees; None for "near X
    and Y", any direction), and the distance band (km) the text allows;
    ``distance_km`` is None when the text states none."""

    anchor: int
    bearing_deg: float | None
    half_sector_deg: float
    min_km: float
    max_km: float
    distance_km: float | None
    start: int
    end: int


def is_close_by(hint: Hint) -> bool:
    """Is ``hint`` a "just south of Y" with no figure (its band :data:`JUST_BAND_KM`)?
    Such a hint states closeness, not a distance: a place next to its anchor fits it
    whatever the bearing (geo.text.near_phrase.adjacent)."""
    return (hint.min_km, hint.max_km, hint.distance_km) == JUST_BAND_KM


@dataclass(frozen=True, slots=True)
class Negation:
    """Where a mention's place is not: "..., not to be confused with the town of the same
    name north-east of Y", "not the X in Donetsk Oblast", "(not the one near Y)".

    Its namesakes that lie where ``where`` says (a :class:`Hint` from an anchor mention),
    or inside the region or country read from mention ``container`` (-1 for none), are
    ruled out; ``start``..``end`` is the phrase.
    """

    where: Hint | None
    container: int
    start: int
    end: int


def _band(match: re.Match[str], unstated: tuple[float, float]) -> tuple[float, float, float | None]:
    """The distance band (km) a hint's match allows, and its stated distance or None;
    raises ValueError for a distance no place can be at.  "just south of Y" with no
    figure is :data:`JUST_BAND_KM` (a match's ``just`` group)."""
    if not match.group("lo") and match.groupdict().get("just"):
        return JUST_BAND_KM
    return _band_of(match.group("lo"), match.group("hi"), match.group("unit"), unstated)


def _figure(text: str) -> float:
    """A stated figure: "1,100" is a thousand and a hundred, "2,5" two and a half."""
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _band_of(
    lo_text: str | None, hi_text: str | None, unit: str | None, unstated: tuple[float, float]
) -> tuple[float, float, float | None]:
    """:func:`_band` of a stated low and high figure (text) and their unit."""
    if not lo_text or not unit:
        return unstated[0], unstated[1], None
    scale = _MILE_KM if unit.lower().startswith("mi") else 1.0
    lo = _figure(lo_text) * scale
    hi = _figure(hi_text or lo_text) * scale
    if (
        not (math.isfinite(lo) and math.isfinite(hi))
        or min(lo, hi) < 0
        or not (0 < max(lo, hi) <= 2_000)
    ):  # "X, 300000 to 5 km west of Y" locates nothing
        raise ValueError("no place lies at this distance")
    return max(0.0, min(lo, hi) * 0.8 - 2.0), max(lo, hi) * 1.2 + 2.0, (lo + hi) / 2


def apposed_matches(
    text: str,
    mentions: Sequence[Mention],
    out: Mapping[int, Hint],
    pattern: re.Pattern[str],
    region_words: frozenset[str],
) -> Iterator[tuple[int, re.Match[str]]]:
    """(k, match) for each mention ``k`` with no hint in ``out`` yet that ``pattern``
    follows from its comma up to the next mention, its anchor (", 30 km from Y", ", on the
    outskirts of Y"): the anchor a place (not a region, a people or an actor), mention
    ``k`` no region either (its cue, or a last word in ``region_words``). Lazy: ``out``
    may grow while it runs. Linear: one anchored match a mention."""
    for k in range(len(mentions) - 1):
        m, anchor = mentions[k], mentions[k + 1]
        if k in out or text[m.end : m.end + 1] != ",":
            continue
        match = pattern.match(text, m.end)
        if match is None or match.end() != anchor.start:
            continue
        if anchor.cue == "region" or anchor.demonym_country or anchor.actor:
            continue
        if m.cue == "region" or m.key.rsplit(" ", 1)[-1] in region_words:
            continue
        yield k, match
