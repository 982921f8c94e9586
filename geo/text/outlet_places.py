"""The place a news outlet is named after, for corpora that count it: "the Winnipeg
Free Press", "the Honolulu Star-Advertiser", "the Canadian Press".

geo reads a masthead as no place (:func:`geo.text.name_bodies.named_thing`): a story
quoting "the Kyiv Independent" happens wherever its text says, not in Kyiv. Some
annotation guidelines count the place inside an organisation's name all the same
(GeoWebNews' embedded toponyms; LGL's and TR-News' annotators marked "the Augusta
Herald" and "the Winnipeg Free Press"), and the evaluation's predictor adds them for
those corpora (:data:`geo.evaluate.corpora.OUTLET_CORPORA`).

:func:`outlet_places` finds each: the capitalised words before a masthead's head word
(:data:`~geo.text.name_bodies.OUTLET_AFTER` must match from the name's end to the head
word's), after the last function word (:data:`FUNCTION_WORDS`), the longest
run of them the gazetteer knows, or a country's demonym ("Canadian"). Its point is the
text's own reading of the same name where the parser made one ("Knoxville ... the
Knoxville News Sentinel"), else the name's most populous place of :data:`OUTLET_CITY`
people or more, else the country or first-level region so named, else its most populous
place unless the name is an everyday word or in capitals (:data:`EVERYDAY_RANK`).

Cost: one regex scan of the text, a few look-ups per masthead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer.index import Gazetteer
from .lexicon.demonyms import DEMONYMS
from .name_bodies import MASTHEADS, OUTLET_AFTER

__all__ = ["EVERYDAY_RANK", "FUNCTION_WORDS", "OUTLET_CITY", "outlet_places"]

#: A masthead's head word, with up to three capitalised words before it (the name and a
#: masthead's qualifiers: "New York Daily News", "Lansing State Journal").
_BEFORE_HEAD = re.compile(rf"((?:[A-Z][\w.’'-]*[ \t]+){{1,3}})(?:{MASTHEADS})\b")
#: A populated place this large is the outlet's city before a country or a region of the
#: name ("the Washington Post": the capital, not the state; "the New York Daily News").
OUTLET_CITY = 100_000
#: A name this common a word (rank among English words), or in capitals, names the
#: outlet's home only as a city of OUTLET_CITY people, a country or a region ("Fox
#: News", "CBS News": no hamlet's; "USA Today": the country).
EVERYDAY_RANK = 5_000
#: Capitalised words that end a run before the name ("From Lansing State Journal", "As
#: The Washington Post's"); any other word is part of the name ("St. Paul Pioneer
#: Press": not "Pioneer").
FUNCTION_WORDS = frozenset(
    "the a an from by in at of for to on with via and or per according as but so if when "
    "while after before since like unlike".split()
)
#: A word inside a name may end in a full stop only this short ("Mt. Pleasant", "St.
#: Paul"; not "Reporter. The Herald").
_ABBREVIATION = 3


def outlet_places(
    text: str, gaz: Gazetteer, read: Iterable[tuple[str, float, float]] = ()
) -> list[tuple[int, int, float, float]]:
    """``(start, end, lat, lon)`` of each place name an outlet's masthead begins with,
    in text order (character offsets into ``text``; degrees, WGS84).

    ``read`` gives the text's own readings, ``(name, lat, lon)``: a name read elsewhere
    in the text keeps that point. Names the gazetteer lacks give nothing.
    """
    own = {name.casefold(): (lat, lon) for name, lat, lon in read}
    out: list[tuple[int, int, float, float]] = []
    for m in _BEFORE_HEAD.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        for k, w in enumerate(words):  # after a sentence's end: "Reporter. The Herald"
            if w.group().endswith(".") and len(w.group()) > _ABBREVIATION + 1:
                words = words[k + 1 :]
                break
        for k in range(len(words) - 1, -1, -1):  # after the last one: "As The Washington"
            if words[k].group().lower() in FUNCTION_WORDS:
                words = words[k + 1 :]
                break
        base = m.start(1)
        for j in range(len(words), 0, -1):  # the longest name first: "New York Daily News"
            s, e = base + words[0].start(), base + words[j - 1].end()
            if OUTLET_AFTER.match(text, e) is None:
                continue
            if (point := _point(gaz, text[s:e], own)) is not None:
                out.append((s, e, *point))
                break
    return out


def _point(
    gaz: Gazetteer, name: str, own: dict[str, tuple[float, float]]
) -> tuple[float, float] | None:
    """The point of ``name`` (see :func:`outlet_places`), or ``None``."""
    if (seen := own.get(name.casefold())) is not None:
        return seen
    code = DEMONYMS.get(name.lower())
    if code is not None and gaz.has_country(code):  # "the Canadian Press": Canada
        name = gaz.country_name(code)
    records = [c.record for c in gaz.lookup(name)]
    places = sorted(
        (r for r in records if gaz.is_place(r)), key=lambda r: -gaz.population(r)
    )  # (sorted() keeps the look-up's order among equals)
    rank = gaz.common_rank(name.lower())
    word = (rank is not None and rank < EVERYDAY_RANK) or name.isupper()
    if code is None and places and gaz.population(places[0]) >= OUTLET_CITY and not name.isupper():
        return gaz.lat_lon(places[0])  # "the Washington Post": the city, not the state
    for kind in ("country", "admin1"):  # "the Costa Rica Star": not a town so named
        if kind_records := [r for r in records if gaz.kind(r) == kind]:
            return gaz.lat_lon(kind_records[0])
    # "Fox News", "CBS News": an everyday word or a network's letters names no town
    return None if word or not places else gaz.lat_lon(places[0])
