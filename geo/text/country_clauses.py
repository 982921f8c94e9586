"""Names a clause's stated country, or a unit word after them, place in that country.

Two kinds of evidence a reader takes for a name's country, read after resolution:

* A clause opened by a country: "In Burkina Faso, JNIM attacked posts in Diapaga and
  Titao; in Mali, fighters hit Ansongo, Lere, Nioro du Sahel, Kayes and Tessit."  The
  list after "in Mali," names Malian towns.  Resolution weighs the whole text, and in a
  digest of many wars it read Lere as Nigeria's (1,576 km off; the index lacks Mali's
  Léré).  :func:`clause_countries` reads a name of such a list that every other name of
  the list read in the clause's country places in it (at least two of them) as its
  best-ranked place there, or as no place (a village the index lacks) when it has none
  and its reading lies in neither that country nor a neighbour, or only by an alternate
  name.  So does a country closing a list: "Israeli strikes hit Kfar Kila, Houla and
  Kfarchouba in south Lebanon" (not Syria's Kafr Lāhā, which GeoNames also calls Houla,
  200 km off).
* A unit word after the name: "junta troops burned 200 homes in Kani township", in a
  story of Sagaing.  A township (a district, a county, a commune ...) is a unit of the
  country the story is about: a reading in another country, neither one of the text's
  other places' nor their neighbour's, is a namesake (Kani, Japan, 4,300 km off), and
  the name is left without a place (:func:`unit_strays`).

A name the words around it decided (a container of another country, a demonym, a
dateline, a state acting, a front-line reading) is left alone; so is a national
capital.  Cost: for each country read, a search for its clause's end and a look at
that clause's mentions (bisection) or its list; one scan for unit words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from .candidates import is_capital
from .tokens import Mention

__all__ = ["UNIT_WORDS", "clause_countries", "unit_strays"]

#: A clause's opening "In" (a sentence's, or a lower-case "in" after a semicolon),
#: perhaps with a compass word, right before the country's name.
_OPENER = re.compile(
    r"(?:^|[.!?;:]\s+|\n\s*)[Ii]n\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?\Z"
)
#: Between a list's last name and the country stated of the list: "A, B and C in south
#: Lebanon".
_CLOSER = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west|central|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?[ \t]+)?"
)
#: Where a clause ends: a semicolon, a sentence's end, a line's end.
_CLAUSE_END = re.compile(r";|[.!?](?:\s|\Z)|\n")
#: Characters looked back from a country's name for its opener (a bounded look).
_OPENER_REACH = 40
#: Lower-case unit words after a name that make it a unit of the text's country.
UNIT_WORDS = (
    "township", "townships", "district", "county", "commune", "municipality",
    "prefecture", "subdistrict", "sub-district", "tehsil", "taluka", "governorate",
)  # fmt: skip
_UNIT_AFTER = re.compile(r"[ \t]+(?:" + "|".join(UNIT_WORDS) + r")\b")


def clause_countries(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each list name of a clause opened by "In <country>," (or of a
    list the country closes: "A, B and C in south Lebanon") that the list's other names
    place in that country read there, or as no place (module docstring).  ``mentions``
    in text order."""
    out = list(resolved)
    starts = [m.start for m in mentions]
    for c, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or gaz.kind(rec) != "country":
            continue
        code = gaz.country_code(rec)
        cut = _CLAUSE_END.search(text, m.end)
        stop = cut.start() if cut is not None else len(text)
        listed: Sequence[int] = range(c + 1, bisect.bisect_left(starts, stop))
        if c > 0 and _CLOSER.fullmatch(text, mentions[c - 1].end, m.start):
            listed = sorted({c - 1, *mentions[c - 1].siblings})  # "A, B and C in south X"
        elif not text.startswith(",", m.end) or not _OPENER.search(
            text, max(0, m.start - _OPENER_REACH), m.start
        ):
            continue
        inside = frozenset(listed)
        for k in listed:
            target = _in_country(gaz, mentions, out, k, code, inside)
            if target is not None:
                out[k] = target
    return out


def _in_country(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    out: Sequence[tuple[int | None, float]],
    k: int,
    code: str,
    inside: frozenset[int],
) -> tuple[int | None, float] | None:
    """Mention ``k``'s new reading in country ``code`` (its best-ranked place there, or
    no place), or None where it keeps its reading."""
    m, (rec, score) = mentions[k], out[k]
    if rec is None or not m.siblings or any(c != code for c, _ in m.containers):
        return None  # ("Lere, Timbuktu": a list's comma, a container of the country)
    if not _free(gaz, m, rec, contained=False):
        return None
    if gaz.country_code(rec) == code:
        return None
    others = [out[j][0] for j in m.siblings if j != k and j in inside]
    read = [gaz.country_code(r) for r in others if r is not None]
    if len(read) < 2 or any(other != code for other in read):
        return None
    for cand in m.candidates:
        if gaz.is_place(cand.record) and gaz.country_code(cand.record) == code:
            return cand.record, score
    alternate = min(c.quality for c in m.candidates if c.record == rec) >= QUALITY_ALTERNATE
    if gaz.country_code(rec) in gaz.neighbours(code) and not alternate:
        return None  # a border town of a neighbour may be listed with the country's
    return None, 0.0  # (not by an alternate name only: "Houla", Syria's Kafr Lāhā)


def unit_strays(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each name followed by a unit word (:data:`UNIT_WORDS`, "Kani
    township") left without a place where its reading lies in a country that none of
    the text's other readings lies in or borders (module docstring); at least one other
    reading is needed."""
    out = list(resolved)
    strays = [
        k
        for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True))
        if rec is not None and _UNIT_AFTER.match(text, m.end) and _free(gaz, m, rec)
    ]
    if not strays:
        return out
    homes: dict[str, set[str]] = {}  # each country of the text's readings: their names
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is not None:
            homes.setdefault(gaz.country_code(rec), set()).add(m.key)
    for k in strays:
        rec, key = out[k][0], mentions[k].key
        own = gaz.country_code(rec) if rec is not None else ""
        others = {c for c, keys in homes.items() if keys - {key}}
        if not others or own in others:
            continue
        if any(own in gaz.neighbours(c) for c in others):
            continue
        out[k] = (None, 0.0)
    return out


def _free(gaz: Gazetteer, m: Mention, rec: int, contained: bool = True) -> bool:
    """Is the reading a place the words around the name did not choose, no capital?
    ``contained``: whether a container of the name's decides too."""
    return not (
        m.told_by_words() or (contained and bool(m.containers)) or m.front or m.demonym_country
        or m.cue == "demonym" or not gaz.is_place(rec) or is_capital(gaz, rec)
    )  # fmt: skip
