"""Hints measured from "the capital" or "the city": the capital or the city the text
names, not the last place named when the text calls that place something else.

"the Trypilska plant near Ukrainka, south of the capital", in a story datelined KYIV
whose last place named is Dobrotvir, in the Lviv region: the capital is Kyiv.  The
hints stage (:func:`geo.text.hints.read_hints`) anchors "west of the city" on the place
named just before, which suits "the city" ("Tawila, about 60 km west of the city", after
El Fasher) but not "the capital", which names a national capital.  :func:`capital_anchors`
moves such a hint to the last mention before it that can be a national capital (one of
its candidates is its country's capital, :func:`~geo.text.candidates.is_capital`); with
none, the hint stays as read (a name such hints keep, "Bucha, west of the capital", would
otherwise be lost).  "the regional capital" is another phrase,
read by the hints stage itself.  Which country's capital is the text's word: the country
the hint's sentence names after "in" ("In Somalia, ... Balcad, north of the capital"),
else the one a heading line names over the section ("Somalia", after a section on South
Sudan that named Juba): the hint moves to a mention of that country's capital, before or
after it ("Mogadishu"), and is dropped when the text names that capital nowhere (never
measured from another country's capital).

"the city" is the place named just before, unless the text has called that place a town
or a village ("Snihurivka, a town in neighbouring Mykolaiv province ... In Kyselivka, 40
kilometers north of the city", in a story datelined KHERSON): then it is the dateline's
city, when the story has one (else the hint stays as read).  Nor is "the city" a place
of the very list the hint follows ("toward Udachne and Kotlyne, west of the city", after
"the Pokrovsk direction"): it is the last place of 10,000 people at least named before
the list (:func:`_town_before`; else the hint stays as read); after a list of its own,
"the city" is the list's largest place ("in Kherson, Antonovka and Belozerka. ... near
Tyaginka, north-east of the city": Kherson).  "the town" is the place
the text called "the town of X" last before the hint, when the place named just before
is not one it called so: "attacking the southern town of Huliaipole ... after the fall of
villages on the road from Pokrovske. ... the outskirts of Zaliznychne, west of the town"
is west of Huliaipole (:func:`called_town_before`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from .candidates import is_capital
from .hints import Hint
from .sentences import text_blocks
from .tokens import Mention

__all__ = ["called_town_before", "capital_anchors"]

#: After a hint's "south of": "the capital", not "the capital of X" (named) nor "the
#: capital's" (a part of it: "the capital's outskirts").
_THE_CAPITAL = re.compile(r"\s*the\s+capital\b(?!\s+of\b|['’]s\b)", re.IGNORECASE)
_THE_CITY = re.compile(r"\s*the\s+city\b(?!\s+of\b|['’]s\b)", re.IGNORECASE)
_THE_TOWN = re.compile(r"\s*the\s+town\b(?!\s+of\b|['’]s\b)", re.IGNORECASE)
#: After a place's name: the text calling it no city ("Snihurivka, a town in ...").
#: Before a place's name: the text calling it a town ("the southern town of", "the town of").
_TOWN_OF = re.compile(r"\btown[ \t]+of[ \t]+\Z", re.IGNORECASE)
_NOT_A_CITY = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:town|village|hamlet|settlement)\b"
)


def capital_anchors(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The hints, with each "X, south of the capital" anchored on the last mention
    before X that can be a national capital, and each "X, 40 km north of the city" whose
    anchor the text called a town or a village on the dateline's city (each as read when
    there is none).

    Cost: one look at the text after each hint, and one pass over the mentions (linear).
    """
    out = dict(hints)
    capitals: list[int | None] | None = None  # the last capital before each mention
    told: list[str] = []  # the country each mention's sentence or section names before it
    dateline = next((k for k, m in enumerate(mentions) if m.dateline), None)
    for j, h in hints.items():
        if h.bearing_deg is None:
            continue
        if _THE_CAPITAL.match(text, h.end):
            if capitals is None:
                capitals = _capitals_before(gaz, mentions)
                told = _told_countries(text, gaz, mentions)
            anchor = capitals[j]
            country = told[j]  # the sentence's country, else its section heading's
            if country and (anchor is None or not _capital_of(gaz, mentions[anchor], country)):
                anchor = next(
                    (k for k, m in enumerate(mentions) if _capital_of(gaz, m, country)), None
                )
                if anchor is None:  # "the capital" of a country the text never names it
                    del out[j]
                    continue
        elif _THE_CITY.match(text, h.end) and _NOT_A_CITY.match(text, mentions[h.anchor].end):
            anchor = dateline if dateline is not None and dateline < j else None
        elif _THE_CITY.match(text, h.end) and h.anchor in mentions[j].siblings:
            anchor = _town_before(gaz, mentions, j)  # "Udachne and Kotlyne, west of the city"
        elif _THE_CITY.match(text, h.end) and mentions[h.anchor].siblings:
            anchor = _city_of_list(gaz, mentions, h.anchor)  # "in Kherson, Antonovka and X"
        elif _THE_TOWN.match(text, h.end) and _big_city(gaz, mentions[h.anchor]):
            anchor = town_not_city(gaz, mentions, h.anchor)  # "Pokrov, ... of Dnipro ..."
        elif _THE_TOWN.match(text, h.end) and not _called_town(text, mentions[h.anchor]):
            anchor = called_town_before(text, mentions, j)  # "the southern town of X"
        else:
            continue
        if anchor is not None and anchor != h.anchor:
            out[j] = replace(h, anchor=anchor)
    return out


def _capitals_before(gaz: Gazetteer, mentions: Sequence[Mention]) -> list[int | None]:
    """For each mention, the last mention before it one of whose candidates by name (not
    by a close spelling) is a national capital, or None (one pass)."""
    out: list[int | None] = []
    last = None
    for k, m in enumerate(mentions):
        out.append(last)
        if any(c.quality <= QUALITY_ALTERNATE and is_capital(gaz, c.record) for c in m.candidates):
            last = k
    return out


def _country(gaz: Gazetteer, m: Mention) -> str:
    """The code of the country mention ``m`` names (a candidate by name), not as a party
    acting ("Russia launched ..."), or ""."""
    if m.actor:
        return ""
    for c in m.candidates:
        if c.quality <= QUALITY_ALTERNATE and gaz.kind(c.record) == "country":
            return gaz.country_code(c.record)
    return ""


def _capital_of(gaz: Gazetteer, m: Mention, country: str) -> bool:
    """Is one of the mention's candidates by name the national capital of ``country``?"""
    capital = gaz.capital(country)
    return capital is not None and any(
        c.record == capital and c.quality <= QUALITY_ALTERNATE for c in m.candidates
    )


#: A name that is a line of its own: a section's heading ("Somalia" above its paragraphs).
_LINE_AFTER = re.compile(r"[ \t]*(?:\n|\Z)")


def _told_countries(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[str]:
    """For each mention, the country its sentence names before it after "in" ("In
    Somalia, ... Balcad, north of the capital"), else the one the last heading before it names (a
    line "Somalia" over a section), else "" (one pass; a look of a few characters either
    side of a country's name, and a sentence index by bisection)."""
    blocks = text_blocks(text)
    out: list[str] = []
    heading = ""
    sentence, said = -1, ""  # the sentence of the mentions read and its country
    for m in mentions:
        at = blocks.sentence(m.start)
        if at != sentence:
            sentence, said = at, ""
        out.append(said or heading)
        country = _country(gaz, m)
        if not country:
            continue
        lead = text[max(0, m.start - 4) : m.start]
        line_start = lead.rstrip(" \t").endswith("\n") or (m.start <= 4 and not lead.strip())
        if line_start and _LINE_AFTER.match(text, m.end):
            heading, said = country, ""  # a heading is no sentence's country
        elif m.cue == "in":
            said = country  # "In Somalia, ...": not "Russia said", a party speaking
    return out


#: "the city" is a place of this many people at least (one candidate by name) ...
_CITY_POPULATION = 10_000
#: ... among this many mentions before the list that names it.
_CITY_REACH = 8


def _town_before(gaz: Gazetteer, mentions: Sequence[Mention], j: int) -> int | None:
    """The last mention before mention ``j``'s list (within :data:`_CITY_REACH`) with a
    candidate by name that is a place of :data:`_CITY_POPULATION` people, or None."""
    listed = set(mentions[j].siblings) | {j}
    first = min(listed)
    for k in range(first - 1, max(-1, first - 1 - _CITY_REACH), -1):
        if any(
            c.quality <= QUALITY_ALTERNATE
            and gaz.is_place(c.record)
            and gaz.population(c.record) >= _CITY_POPULATION
            for c in mentions[k].candidates
        ):
            return k
    return None


#: No writer calls a city of this many people "the town" (its largest place by name).
_NO_TOWN_POPULATION = 300_000


def _largest(gaz: Gazetteer, m: Mention) -> int:
    """The population of the largest place among ``m``'s candidates by name (0: none)."""
    sizes = [
        gaz.population(c.record)
        for c in m.candidates
        if c.quality <= QUALITY_ALTERNATE and gaz.is_place(c.record)
    ]
    return max(sizes, default=0)


def _big_city(gaz: Gazetteer, m: Mention) -> bool:
    """Is the largest place among ``m``'s candidates by name a city of
    :data:`_NO_TOWN_POPULATION` people or more?"""
    return _largest(gaz, m) >= _NO_TOWN_POPULATION


def _city_of_list(gaz: Gazetteer, mentions: Sequence[Mention], anchor: int) -> int | None:
    """"the city" of "X, north-east of the city" after a list ("struck positions in
    Kherson, Antonovka and Belozerka. A boat was destroyed near Tyaginka, north-east of
    the city"): the member of the list of mention ``anchor`` whose largest place by name
    is largest, when that is a place of :data:`_CITY_POPULATION` people at least (the
    first such on a tie), else None (the hint then stays as read)."""
    listed = sorted({*mentions[anchor].siblings, anchor})
    best = max(listed, key=lambda k: (_largest(gaz, mentions[k]), -k))
    return best if _largest(gaz, mentions[best]) >= _CITY_POPULATION else None


def town_not_city(gaz: Gazetteer, mentions: Sequence[Mention], anchor: int) -> int | None:
    """"the town" of "X, 40 km east of the town", where the place named just before
    (mention ``anchor``) is a city no one calls a town: the last mention before it,
    within :data:`_CITY_REACH`, whose places by name are all under
    :data:`_NO_TOWN_POPULATION` people (at least one): "a missile hit Pokrov, about 115
    kilometers southwest of Dnipro, ... and artillery shelled Marhanets, some 40
    kilometers east of the town" is 40 km east of Pokrov.  None when there is none (the
    hint then stays as read).

    >>> town_not_city(None, [], 0) is None
    True
    """
    for k in range(anchor - 1, max(-1, anchor - 1 - _CITY_REACH), -1):
        places = [
            c.record
            for c in mentions[k].candidates
            if c.quality <= QUALITY_ALTERNATE and gaz.is_place(c.record)
        ]
        if places and not _big_city(gaz, mentions[k]):
            return k
    return None


def _called_town(text: str, m: Mention) -> bool:
    """Does the text call mention ``m`` a town ("the town of X") just before it?"""
    return _TOWN_OF.search(text, max(0, m.start - 12), m.start) is not None


def called_town_before(text: str, mentions: Sequence[Mention], j: int) -> int | None:
    """The last mention before mention ``j`` (within :data:`_CITY_REACH`) that the text
    calls a town ("the southern town of Huliaipole"), or None.

    >>> called_town_before("", [], 0) is None
    True
    """
    for k in range(j - 1, max(-1, j - 1 - _CITY_REACH), -1):
        if _called_town(text, mentions[k]):
            return k
    return None
