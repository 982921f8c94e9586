"""Recognition, names that spell like a place but name a body, a person or a word:
dropped after recognition (:func:`drop_false_places`).

Seven kinds, each told by the words around the name (and those of
:mod:`geo.text.non_places`: "ein Mann", "Santa Ana winds", "the Red Cross said"):

- **a lake's or islands' name** read as a town (:mod:`geo.text.feature_names`: "Lake
  Lanao", "the Matsu islands"): kept, whole, with no candidate;
- **an armed body's name** (:mod:`geo.text.armed_names`): a unit's own name ("the Assam
  Rifles") is dropped; a group's ("Fano militiamen", "the gang Los Lobos") is doubtful
  like the last kind below;
- **a word of a body's name**: an ordinary English word after another inside a run of
  capitalised words headed by an organisation's word ("the Government of National
  Unity", "the National Unity Government": no Unity State, South Sudan; not "the
  California Democratic Party" nor "the Government of Georgia");
- **a nickname in quotes inside a person's name** (Joaquin "El Chapo" Guzman, Ismael
  "El Mayo" Zambada: no County Mayo);
- **a source**: a name the gazetteer lacks or only spells like, after "according to"
  ("according to Rosatom"), and any name after a person's title ("spokesman Lin Jian")
  whose country the text names nowhere else;
- **a shouted or sentence-opening common word**: a short word in capitals that is a
  region's own name ("the whole of the LAC": the Lac region of Chad; not a dateline's
  opening its line, "ERIE --"), or an ordinary
  word opening a sentence or following a dateline's dash ("Federal prosecutors", "The
  Mission said"; not a place known well enough to be read without its capitals:
  "Moscow says", "Texas voters"), read as a place only when the text names that
  place's country elsewhere (a story of India's border is no story of Chad), or reads
  the name elsewhere where nothing doubts it ("the Town of Kim ... Kim is located").

"A place's country named elsewhere" is the country itself (its name or demonym), or the
country of the first candidates of other names of the text, at least a quarter as many
as the text's main country has (one misread namesake is no support): the names'
context, not a list.  Cost: a
bounded look around each mention, linear in the text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .armed_names import armed_name
from .casing import is_known_name
from .country_groups import foreign_group_name
from .feature_names import feature_namesake
from .fold import folded
from .lexicon.people import ORGANISATION_HEADS
from .name_context import place_predicate_at
from .non_places import not_a_place, person_facility
from .tokens import Mention, _Tokens, without_mentions

__all__ = ["drop_false_places"]

#: An ordinary English word (wordfreq rank): "unity" 4,994, "federal" 767, "mission"
#: 1,429; names ("kharkiv", "mayo" 10,884) rank lower or not at all.
COMMON_WORD_TOP = 6_000
#: A short form in capitals: two to four letters ("LAC"; "NATO" is no region's name).
_SHOUTED = re.compile(r"[A-Z]{2,4}")
#: A run of capitalised words and the small words of a body's name, either side.
_RUN_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)?){1,6}$")
_RUN_AFTER = re.compile(r"(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)?[A-Z][\w’'-]*){1,6}")
_LOOK = 80
#: The capitalised word right before the name, in its run ("National " of "National Unity").
_ARTICLES = frozenset({"The", "A", "An"})
_LAST_WORD = re.compile(r"[A-Z][\w’'-]*(?=[ \t]+$)")
#: A nickname in quotes between a given name and a surname: 'Ismael "El Mayo" Zambada'.
_QUOTE_OPEN = re.compile(r"\b[A-Z][\w.’'-]*[ \t]+[\"“‘'][^\"“”‘’\n]{0,30}$")
_QUOTE_CLOSE = re.compile(r"[^\"“”‘’\n]{0,30}?[\"”’'][ \t]+[A-Z]")
#: A source: "according to (the) X".
_ACCORDING = re.compile(r"\baccording[ \t]+to[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: A person's title or role right before a name ("spokesman Lin Jian"), or a news
#: outlet's word ("local outlet Pepel", "the daily Kommersant").
_TITLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|secretary|ambassador|envoy|governor|mayor|"
    r"president|premier|chancellor|chairman|chairwoman|commander|senator|official|"
    r"adviser|advisor|aide|director|prosecutor|judge|lawyer|analyst|blogger|journalist|"
    r"outlet|newspaper|broadcaster|daily|weekly|tabloid|website|portal)"
    r"[ \t]+$",
    re.IGNORECASE,
)
#: The words one of which ends every ``_TITLE`` match, lower case.
_TITLE_WORDS = tuple(
    (
        "spokesman spokeswoman spokesperson minister secretary ambassador envoy governor mayor "
        "president premier chancellor chairman chairwoman commander senator official adviser "
        "advisor aide director prosecutor judge lawyer analyst blogger journalist outlet "
        "newspaper broadcaster daily weekly tabloid website portal"
    ).split()
)
#: A dateline's dash right before the name ("New York, 14 April 2025 — Federal ...").
_DASH_BEFORE = re.compile(r"[—–-][ \t]+$")
#: A place this small after "according to" is a source's namesake, not its home.
_SOURCE_TOWN_POPULATION = 100_000
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
#: A country is the text's when as many of its other names read there as this share of
#: those of the country most of them read in (at least one): one misread namesake ("Tres
#: Rios" in Brazil) among eight American names is no support.
_SUPPORT_SHARE = 0.25
_ITSELF = "\x00country"  # no name's key


def drop_false_places(
    text: str, tokens: _Tokens, mentions: Sequence[Mention], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` without those the words around them show to be no place (see the
    module docstring)."""
    drop: set[int] = set()
    doubtful: list[int] = []  # after a title, in capitals, opening a sentence
    plain: set[str] = set()  # the names of the other mentions
    named: tuple[dict[str, set[str]], int] | None = None  # the countries' names
    for k, m in enumerate(mentions):
        if m.demonym_country or m.containers:
            continue
        if not_a_place(text, mentions, k, gaz):  # "ein Mann", "Santa Ana winds", "the Kyiv Opera"
            drop.add(k)
            continue
        end = person_facility(text, m, gaz)
        if end > 0:  # "the Norman Manley International Airport": whole, with no place
            m.end, m.last = end, bisect_left(tokens.ends, end)
            m.key, m.candidates = normalize(text[m.start : end]), []
            plain.add(m.key)
            continue
        surface = text[m.start : m.end]
        common = _common_words(gaz, m)
        if (common and _body_word(text, m, gaz)) or _nickname(text, m):
            drop.add(k)
            continue
        feature = feature_namesake(text, m, gaz, mentions)
        if feature is not None:  # "Lake Lanao", "the Matsu islands": no town called so
            if feature < m.start and m.first and tokens.at[m.first - 1].start == feature:
                m.start, m.first = feature, m.first - 1
                m.key = normalize(text[m.start : m.end])  # "lake poso": not the town's
            m.candidates = []
            plain.add(m.key)
            continue
        armed = armed_name(text, m.start, m.end, m.unknown)
        if armed == "force" and not _is_country(gaz, m):
            drop.add(k)  # "the Assam Rifles", "the Azov Brigade": a unit
            continue
        # The word that ends every match of either pattern, on the folded window first.
        before = folded(text)[max(0, m.start - 30) : m.start].rstrip()
        according = before.endswith(("to", "the")) and (
            _ACCORDING.search(text, max(0, m.start - 30), m.start) is not None
        )
        if according and (m.unknown or m.fuzzy or not m.candidates):
            drop.add(k)
            continue
        titled = before.endswith(_TITLE_WORDS) and (
            _TITLE.search(text, max(0, m.start - 20), m.start) is not None
        )
        shouted = (
            _SHOUTED.fullmatch(surface) is not None
            and not _line_start(text, m.start)  # "ERIE -- The council met": a dateline
            and _own_name(gaz, m)
        )
        opening = (
            common
            and _LOWER_AFTER.match(text, m.end) is not None  # "Federal prosecutors"
            and not place_predicate_at(text, m.end)  # "Oxford is home to ...": a place
            and (
                tokens.at[m.first].initial
                or _DASH_BEFORE.search(text, max(0, m.start - 3), m.start) is not None
            )
        )
        # "according to Fedorov": a village's namesake far off is no source's home.
        small = (
            according
            and bool(m.candidates)
            and gaz.population(m.candidates[0].record) < _SOURCE_TOWN_POPULATION
        )
        group = armed == "group" or foreign_group_name(text, gaz, m)  # "Fano militiamen"
        if not (titled or shouted or opening or small or group) or _is_country(gaz, m):
            plain.add(m.key)
            continue
        doubtful.append(k)
    for k in doubtful:
        m = mentions[k]
        if m.key in plain:
            continue  # the text reads the name elsewhere where nothing doubts it
        if named is None:
            named = _countries(gaz, mentions)
        if not _supported(gaz, m, named):
            drop.add(k)
    return without_mentions(mentions, drop) if drop else list(mentions)


def _line_start(text: str, start: int) -> bool:
    """Does the name open its line (spaces before it at most)?"""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip()


def _is_country(gaz: Gazetteer, m: Mention) -> bool:
    """Is the name's first reading a country, or of no country (a continent, a sea)?"""
    if not m.candidates:
        return False
    first = m.candidates[0].record
    return gaz.kind(first) == "country" or not gaz.country_code(first)


def _common_word(gaz: Gazetteer, word: str) -> bool:
    rank = gaz.common_rank(normalize(word))
    return rank is not None and rank < COMMON_WORD_TOP


def _common_words(gaz: Gazetteer, m: Mention) -> bool:
    """Are the name's words all ordinary English words ("Federal", "The Mission"), and
    the name no place's known well enough to be read without capitals ("Moscow",
    "Texas": :func:`geo.text.casing.is_known_name`)?"""
    words = [w for w in m.key.split() if w != "the"]
    return (
        bool(words) and all(_common_word(gaz, w) for w in words) and not is_known_name(gaz, m.key)
    )


def _body_word(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """Is the name, of ordinary words, after an ordinary capitalised word inside a
    body's name ("the Government of National Unity", "the National Unity Government")?  A
    place opening the body's name or after "of" is the body's place ("the California
    Democratic Party", "the Government of Georgia")."""
    if _is_country(gaz, m):
        return False
    before = _RUN_BEFORE.search(text, max(0, m.start - _LOOK), m.start)
    if before is None:
        return False
    adjective = _LAST_WORD.search(before.group())
    if adjective is None or adjective.group() in _ARTICLES:
        return False  # "of Georgia", "The California Democratic Party"
    if not _common_word(gaz, adjective.group()):
        return False  # "Kharkiv Regional"
    after = _RUN_AFTER.match(text, m.end)
    words = before.group() + " " + (after.group() if after else "")
    return any(w.lower() in ORGANISATION_HEADS for w in re.findall(r"[A-Z]\w+", words))


def _nickname(text: str, m: Mention) -> bool:
    """Is the name in quotes between a given name and a surname ('Ismael "El Mayo"
    Zambada')?"""
    return (
        _QUOTE_OPEN.search(text, max(0, m.start - 50), m.start) is not None
        and _QUOTE_CLOSE.match(text, m.end) is not None
    )


def _own_name(gaz: Gazetteer, m: Mention) -> bool:
    """Is the short form in capitals the first candidate's own name shouted ("LAC":
    Lac, Chad), not an abbreviation the gazetteer knows ("NYC": New York City)?"""
    if not m.candidates:
        return False
    return gaz.name_key(m.candidates[0].record) == m.key


def _countries(gaz: Gazetteer, mentions: Sequence[Mention]) -> tuple[dict[str, set[str]], int]:
    """The names of the text that read, first, in each country (a country named itself,
    by its name or demonym, holds :data:`_ITSELF`), and how many other names make a
    country the text's."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        first = m.candidates[0].record if m.candidates else None
        if m.demonym_country:
            named.setdefault(m.demonym_country, set()).add(_ITSELF)
        elif first is not None and gaz.kind(first) == "country":
            named.setdefault(gaz.country_code(first), set()).add(_ITSELF)
        codes = {code for code, _ in m.containers}
        if first is not None:
            codes.add(gaz.country_code(first))
        for code in codes - {""}:
            named.setdefault(code, set()).add(m.key)
    most = max((len(keys - {_ITSELF}) for keys in named.values()), default=0)
    return named, max(1, math.ceil(most * _SUPPORT_SHARE))


def _supported(gaz: Gazetteer, m: Mention, named: tuple[dict[str, set[str]], int]) -> bool:
    """Does another name of the text lie in the country of one of the name's
    candidates?"""
    read, need = named
    for c in m.candidates:
        others = read.get(gaz.country_code(c.record), set()) - {m.key}
        if _ITSELF in others or len(others) >= need:
            return True
    return False
