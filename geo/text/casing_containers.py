"""Recognition, caseless text (continued from :mod:`geo.text.casing`): a name right
before its container, capitalised whatever its size: before ", " and a region or
country ("13km nw of virginia city, nevada", "the road to bergi, latvia";
:func:`before_containers`), before a US state's postal code ("camas, wa", "savannah
ga"; :func:`before_state_codes`), and a rare word right before "near" and a place it
lies close to ("two nights in drongen near ghent"; :func:`before_near`), and a town at
one end of a route whose other end is capitalised ("buses between orleans and
chateauroux"; :func:`route_ends`).
"""

from __future__ import annotations

import itertools
import re

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..geometry.measures import distance_km
from .candidates import MAX_CANDIDATES

__all__ = [
    "MAX_WORDS",
    "RARE",
    "before_containers",
    "before_near",
    "before_state_codes",
    "rare_word",
    "route_ends",
]

#: Words of a caseless name at most.
MAX_WORDS = 6  # "democratic republic of the congo", "saint vincent and the grenadines"
#: A word less common than this is read as a name when any fair-sized place bears it.
RARE = 10_000
#: The US states' postal codes ("wa" after a town in a lower-case text) ...
_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
#: ... and those that are everyday words, read as a code only at a clause's end ("bend,
#: or.", "boise, id 83702"; not "tired, or sleepy").
_WORD_CODES = frozenset({"or", "in", "me", "hi", "oh", "ok", "id"})
#: Between a town and its state's code: "camas, wa", "savannah ga", and a ZIP code before
#: the state's as some address lists write it ("SACRAMENTO 95817 CA").
_CODE_GAP = re.compile(r"(?:, | )(?:\d{5}(?:-\d{4})?,? )?")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[^\w\s]|\d)")


def before_containers(
    gaz: Gazetteer, part: str, words: list[tuple[int, int, str]], chars: list[str]
) -> None:
    """Capitalise a name of up to :data:`MAX_WORDS` words right before ", " and a region
    or country already capitalised, where the gazetteer has a place of that name in
    it, whatever its size: "13km nw of virginia city, nevada" (855 people), not
    "virginia" the state and "city"; one word only when it is a rare one ("the road to
    bergi, latvia": a village of 2,950; not "thanks, america")."""
    for k in range(len(words) - 1):
        s_next, e_next, _ = words[k + 1]
        gap = part[words[k][1] : s_next]
        if gap not in (", ", " ") or not chars[s_next].isupper():
            continue
        container = {words[k + 1][2]}
        if k + 2 < len(words) and part[e_next : words[k + 2][0]] == " ":
            container.add(f"{words[k + 1][2]} {words[k + 2][2]}")
        countries = gap == " "  # "alta norway": no comma, then only a country's name
        for n in range(min(MAX_WORDS, k + 1), 0, -1):
            group = words[k - n + 1 : k + 1]
            if any(part[e:s] != " " for (_, e, _), (s, _, _) in itertools.pairwise(group)):
                continue
            key = normalize(" ".join(w for _, _, w in group))
            if (countries or n == 1) and (n > 1 or not rare_word(gaz, key)):
                continue  # one rare word only: "alta norway", not "love south korea"
            if _placed_in(gaz, key, container, countries_only=countries):
                for s, _, _ in group:
                    up = part[s].upper()
                    if len(up) == 1:
                        chars[s] = up
                break


def before_state_codes(
    gaz: Gazetteer, part: str, words: list[tuple[int, int, str]], chars: list[str]
) -> None:
    """Capitalise a name of up to :data:`MAX_WORDS` words right before ", " (or a
    space; a ZIP code may come between) and a US state's postal code, and the code, where
    the gazetteer has a place of that name in that state, whatever its size: "shipping to
    camas, wa" (Camas, Washington), "rents in savannah ga" (Savannah, Georgia), "SACRAMENTO
    95817 CA"."""
    for k in range(len(words) - 1):
        s_code, e_code, code = words[k + 1]
        if (
            e_code - s_code != 2
            or code.upper() not in _STATE_CODES
            or not _CODE_GAP.fullmatch(part, words[k][1], s_code)
            or (code in _WORD_CODES and not _CLAUSE_END.match(part, e_code))
        ):
            continue
        for n in range(min(MAX_WORDS, k + 1), 0, -1):
            group = words[k - n + 1 : k + 1]
            if any(part[e:s] != " " for (_, e, _), (s, _, _) in itertools.pairwise(group)):
                continue
            if _in_state(gaz, normalize(" ".join(w for _, _, w in group)), code.upper()):
                for s, _, _ in group:
                    up = part[s].upper()
                    if len(up) == 1:
                        chars[s] = up
                chars[s_code:e_code] = code.upper()
                break


def _in_state(gaz: Gazetteer, key: str, code: str) -> bool:
    """Has the gazetteer a populated place named ``key`` in the US state ``code``?"""
    for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]:
        if c.quality > QUALITY_ALIAS or not gaz.is_place(c.record):
            continue
        if gaz.country_code(c.record) == "US" and gaz.admin1(c.record)[0] == code:
            return True
    return False


def _placed_in(
    gaz: Gazetteer, key: str, container: set[str], *, countries_only: bool = False
) -> bool:
    """Has the gazetteer a populated place named ``key`` in a region or country named one
    of ``container`` (lower case; a country only with ``countries_only``)?"""
    for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]:
        if c.quality > QUALITY_ALIAS or not gaz.is_place(c.record):
            continue
        place = gaz.place(c.record)
        names = {normalize(place.country_name)}
        if not countries_only:
            names.add(normalize(place.admin1_name))
        if names & container:
            return True
    return False


def rare_word(gaz: Gazetteer, key: str) -> bool:
    """Is ``key`` no English word, or a rare one ("alta", "sciacca"; not "love")?"""
    rank = gaz.common_rank(key)
    return rank is None or rank >= RARE


#: Words that put a place close to the well-known one after them ("drongen near ghent").
_NEAR_WORDS = frozenset({"near", "outside"})
#: A town this close to the place after "near" is the one the text names.
_NEAR_KM = 30.0


def before_near(
    gaz: Gazetteer, part: str, words: list[tuple[int, int, str]], chars: list[str]
) -> None:
    """Capitalise a rare word (:func:`rare_word`) right before "near" or "outside" and a
    name already capitalised, where the gazetteer has a populated place of the word within
    :data:`_NEAR_KM` of a place of that name, whatever its size: "we stayed two nights in
    drongen near ghent" (Drongen, 13,000 people, 6 km from Ghent); not a word that names
    no place there ("a cafe near ghent")."""
    for k in range(len(words) - 2):
        s, e, word = words[k]
        s_cue, e_cue, cue = words[k + 1]
        s_name, _, name = words[k + 2]
        if (
            cue not in _NEAR_WORDS
            or chars[s].isupper()
            or not chars[s_name].isupper()
            or part[e:s_cue] != " "
            or part[e_cue:s_name] != " "
            or not rare_word(gaz, word)
        ):
            continue
        if _close_to(gaz, normalize(word), normalize(name), _NEAR_KM):
            up = part[s].upper()
            if len(up) == 1:
                chars[s] = up


def _close_to(gaz: Gazetteer, key: str, anchor: str, km: float, population: int = 0) -> bool:
    """Has the gazetteer a populated place of ``population`` people or more named ``key``
    (its own name or alias) within ``km`` (geodesic) of a populated place ``anchor`` names
    (any name)?"""
    points = [
        gaz.lat_lon(c.record)
        for c in gaz.lookup_normalized(anchor)[:MAX_CANDIDATES]
        if gaz.is_place(c.record)  # by any name: "ghent" is Gent's English one
    ]
    if not points:
        return False
    for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]:
        if c.quality > QUALITY_ALIAS or not gaz.is_place(c.record):
            continue
        if gaz.population(c.record) < population:
            continue
        here = gaz.lat_lon(c.record)
        if any(distance_km(here, there) <= km for there in points):
            return True
    return False


#: A route's words: "between A and B", "from A to B".
_ROUTES = {"between": "and", "from": "to"}
#: A word this common or more stays a word at a route's end ("from work to london") ...
_ROUTE_RANK = 1_500
#: ... and the other a town's name when a town of this size bears it ...
_ROUTE_TOWN = 15_000
#: ... this close to a place the capitalised end names.
_ROUTE_KM = 500.0


def route_ends(
    gaz: Gazetteer, part: str, words: list[tuple[int, int, str]], chars: list[str]
) -> None:
    """Capitalise the small end of "between A and B" or "from A to B" (single spaces
    between) whose other end is capitalised, when the word is no everyday word (rank
    :data:`_ROUTE_RANK` or rarer) and a town of :data:`_ROUTE_TOWN` people bearing it lies
    within :data:`_ROUTE_KM` of a place the other end names: "buses between orleans and
    chateauroux" (Orléans, 125,000 people, 120 km from Châteauroux; "orleans" is a
    common word for New Orleans' sake).  Not "from work to london", not a town far from
    the other end."""
    for k in range(len(words) - 3):
        link = _ROUTES.get(words[k][2])
        if link is None or words[k + 2][2] != link:
            continue
        if any(part[words[j][1] : words[j + 1][0]] != " " for j in range(k, k + 3)):
            continue
        for small, other in ((k + 1, k + 3), (k + 3, k + 1)):
            s, _, word = words[small]
            if chars[s].isupper() or not chars[words[other][0]].isupper():
                continue
            rank = gaz.common_rank(word)
            if rank is not None and rank < _ROUTE_RANK:
                continue
            anchor = normalize(words[other][2])
            if _close_to(gaz, normalize(word), anchor, _ROUTE_KM, _ROUTE_TOWN):
                up = part[s].upper()
                if len(up) == 1:
                    chars[s] = up
