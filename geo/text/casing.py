"""Recognition, caseless text: the capitals a lower-case text or an all-caps line lacks.

Recognition reads capitals ("Sumy" is a name, "sumy" is not; "MIAMI" in a line of
capitals says nothing). A text typed all in lower case ("flights from london to
tashkent") or a line all in capitals ("STORM HITS MIAMI AS RESIDENTS FLEE",
"FLOODS NEAR SHEFFIELD, ENGLAND") gives no such evidence, so
:func:`restore_case` writes a copy where such a line is lower case but for the
names the gazetteer knows well: a country's or region's name, a city's own name,
a name of several words ("new york", "rio de janeiro"). Everyday words that are
also places ("nice", "reading", "mobile", "may", "us") stay lower case unless the
place is a large region or country. The copy has the same length, one character
for one, so every offset found on it holds for the text; text with capitals where
they belong is returned as it is (the same object), at the cost of one
``str.islower`` and one ``str.isupper`` per line.  A lower-case hashtag in cased text
("Havana #cuba") is read so too (:mod:`geo.text.hashtags`).
"""

from __future__ import annotations

import itertools
import re

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from .candidates import MAX_CANDIDATES
from .caps_towns import capitalise_towns
from .casing_containers import MAX_WORDS as _MAX_WORDS
from .casing_containers import RARE as _RARE
from .casing_containers import (
    before_containers,
    before_near,
    before_state_codes,
    rare_word,
    route_ends,
)
from .city_typos import city_typo
from .dotted_lower import dotted_countries
from .hashtags import hashtag_capitals
from .hyphened_case import hyphened_parts
from .name_words import is_city_name, strong_region

__all__ = ["is_known_name", "lower_name_end", "restore_case"]

#: Words of a caseless line, with offsets; "-" and "'" inside a word keep it one name
#: ("winston-salem", "cox's").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: In a text otherwise lower case: an abbreviation in capitals ("US", "UK", "NATO") or the
#: pronoun I, a word of its own.
_ACRONYM_OR_I = re.compile(r"(?<![\w'’-])(?:[A-Z]{2,5}|I)(?![\w'’-])")

#: A capital letter before a small one ("The", "Kyiv"): in no ``_ACRONYM_OR_I`` match
#: (an abbreviation ends before a letter), so a text holding one is never lower case once
#: its abbreviations are lowered; searched in C, where most texts hold one at once.
_CAPITALISED = re.compile(r"[A-Z][a-z]")


def _lowered(m: re.Match[str]) -> str:
    return m.group().lower()


#: A word at least this common is read as a name only when it names a country or a
#: state ("china", "texas"), never "may", "nice", "us".
_VERY_COMMON = 1_500
_FAIR_SIZE = 50_000


def restore_case(text: str, gazetteer: Gazetteer) -> str:
    """``text`` with the capitals of well-known names restored where it has none.

    A text with no capital letter at all, and each line of two words or more with no
    lower-case letter, is rewritten: lower case, but the first letter of each word of
    a name the gazetteer knows well (see the module docstring) and the letters of
    dotted abbreviations in a capitals line ("N.C.", "U.S."). Other text is unchanged.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer

    Returns
    -------
    str
        Same length as ``text``; ``text`` itself when no line is caseless.

    Examples
    --------
    >>> import geo
    >>> gaz = geo.load_gazetteer()                                   # doctest: +SKIP
    >>> restore_case("STORM HITS MIAMI AS RESIDENTS FLEE", gaz)     # doctest: +SKIP
    'storm hits Miami as residents flee'
    >>> restore_case("flights from london to tashkent", gaz)        # doctest: +SKIP
    'flights from London to Tashkent'
    """
    if text.islower():
        return _restore(text, 0, len(text), gazetteer, text)
    if (
        not text.isupper()
        and _CAPITALISED.search(text) is None  # a capital before a small letter stays one
        and _ACRONYM_OR_I.search(text) is not None
        and _ACRONYM_OR_I.sub(_lowered, text).islower()
    ):
        # "which US states border mexico", "i went to cyprus and the UK": a lower-case text
        # but for a few capitals' abbreviations (kept as they are) or the pronoun I.
        chars = list(_restore(text, 0, len(text), gazetteer, text))
        for m in _ACRONYM_OR_I.finditer(text):
            chars[m.start() : m.end()] = m.group()  # same length: offsets hold
        return "".join(chars)
    out = text
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        if line.isupper() and len(_WORD.findall(line)) >= 2:
            out = _restore(out, at, end, gazetteer, text)
        at = end + 1
    return hashtag_capitals(out, gazetteer, is_known_name)


def _restore(out: str, a: int, b: int, gaz: Gazetteer, text: str) -> str:
    """``out`` with text[a:b] lowered and its well-known names capitalised."""
    part = text[a:b]
    chars = [c if len(c.lower()) != 1 else c.lower() for c in part]
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(part)]
    k = 0
    while k < len(words):
        taken = 0
        for n in range(min(_MAX_WORDS, len(words) - k), 0, -1):
            group = words[k : k + n]
            # Words of one name are apart by one space ("new york"), not punctuation.
            if any(part[e:s] != " " for (_, e, _), (s, _, _) in itertools.pairwise(group)):
                continue
            key = normalize(" ".join(w for _, _, w in group))
            if _known_name(gaz, key, n):
                taken = n
                break
        for s, e, _ in words[k : k + max(taken, 0)]:
            for j in range(s, e):
                if j == s or part[j - 1] in "-":
                    up = part[j].upper()
                    if len(up) == 1:
                        chars[j] = up
        if not taken and "-" in words[k][2]:
            known = lambda piece: _known_name(gaz, normalize(piece), 1)  # noqa: E731
            hyphened_parts(part, words[k], chars, known)  # "the ukraine-russia border"
        k += taken or 1
    if part.isupper():
        # Abbreviations keep their capitals: "TROY, N.C.", "KANSAS CITY, MO.", "AUSTIN,
        # TX", "THE UK", but not "US" (also "us").
        kept = set()
        for k, (s, e, word) in enumerate(words):
            if e - s <= 4 and (
                part[e : e + 1] == "."
                or (e - s == 2 and part[max(0, s - 2) : s] == ", ")
                or (e - s <= 3 and _country_abbreviation(gaz, word))
            ):
                chars[s:e] = part[s:e]
                kept.add(k)
        # A name before ", STATE" is a place whatever its size: "TROY, N.C.", "LEROY, N.Y.",
        # "IVORYTON, CONN.", "BARDSLEY, ENGLAND".
        for k, (s, e, word) in enumerate(words[:-1]):
            if (
                part[e : e + 2] == ", "
                and chars[s] == part[s].lower()
                and (k + 1 in kept or chars[words[k + 1][0]].isupper())
                and gaz.name_summary_normalized(normalize(word))[0]
            ):
                up = part[s].upper()
                if len(up) == 1:
                    chars[s] = up
        capitalise_towns(gaz, part, words, chars)  # "UPDATE: KUPIANSK, IZIUM"
    before_containers(gaz, part, words, chars)
    before_state_codes(gaz, part, words, chars)
    before_near(gaz, part, words, chars)  # "drongen near ghent"
    route_ends(gaz, part, words, chars)  # "buses between orleans and chateauroux"
    _after_cues(gaz, part, words, chars)
    dotted_countries(gaz, part, chars)  # "u.s. troops"
    return out[:a] + "".join(chars) + out[b:]


def _after_cues(
    gaz: Gazetteer, part: str, words: list[tuple[int, int, str]], chars: list[str]
) -> None:
    """Capitalise a rare word right after a place's cue ("from", "to", "in", "near")
    that names a town of :data:`_CUED_TOWN` people or more: "took the ferry from sciacca
    to malta" (Sciacca, 40,000 people), where a town's name alone needs
    :data:`_FAIR_SIZE`; or that names no place but misspells a well-known city ("what
    time is it in duabi": Dubai, :func:`geo.text.city_typos.city_typo`), which
    recognition then reads as it reads "in Duabi"."""
    for k in range(1, len(words)):
        s, _, word = words[k]
        if chars[s].isupper() or words[k - 1][2] not in _CUES or part[words[k - 1][1] : s] != " ":
            continue
        if not rare_word(gaz, word):
            continue
        key = normalize(word)
        kinds, population = gaz.name_summary_normalized(key)
        if ("place" in kinds and population >= _CUED_TOWN) or (
            not kinds and gaz.common_rank(key) is None and city_typo(gaz, key)
        ):
            up = part[s].upper()
            if len(up) == 1:
                chars[s] = up


def is_known_name(gaz: Gazetteer, key: str) -> bool:
    """Is ``key`` (normalised) a place's name well enough known to be read as one without
    its capitals ("moscow", "texas", "new york"; not "federal", "mission", "reading")?"""
    return _known_name(gaz, key, len(key.split()))


def lower_name_end(gaz: Gazetteer, gram: list[str], word: str) -> bool:
    """Does the lower-case ``word`` (normalised) end the capitalised name ``gram`` begins,
    a town's own name of several words typed with its last word small ("New delhi", "San
    francisco"): no everyday English word (rank :data:`_LOWER_END_RANK` or rarer; place
    names are frequent words), after no article, and the whole the own name or alias of a
    town of :data:`_FAIR_SIZE` people or more?  ("Kansas city", "New york": everyday words;
    "The valley", "Cabo Delgado province": no town's name, a region's word.)  A country's
    own name or alias ends so whatever its last word ("New zealand", "United states",
    "South africa"), but for a demonym before an English noun ("the occupied Palestinian
    territory": the words, not the country's GeoNames name)."""
    if gram[0] in _ARTICLES:
        return False
    found = gaz.lookup_normalized(" ".join([*gram, word]))[:MAX_CANDIDATES]
    rank = gaz.common_rank(word)
    # A country's own name, whatever its last word ("New zealand", "Saudi arabia"); not
    # a demonym before an English noun ("the occupied Palestinian territory").
    noun = rank is not None and rank < _NOUN_RANK
    if not (gram[0] in lx.DEMONYMS and noun) and any(
        c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "country" for c in found
    ):
        return True
    if rank is not None and rank < _LOWER_END_RANK:
        return False
    return any(
        c.quality <= QUALITY_ALIAS
        and gaz.kind(c.record) == "place"
        and gaz.population(c.record) >= _FAIR_SIZE
        for c in found
    )


def _known_name(gaz: Gazetteer, key: str, words: int) -> bool:
    """Is ``key`` (lower case, normalised by the gazetteer's look-up) a name well enough
    known to be read as one in a caseless text?"""
    memo = gaz.memo("casing.known_name")
    found = memo.get(key)
    if found is None:
        found = memo[key] = _judge(gaz, key, words)
    return found


def _judge(gaz: Gazetteer, key: str, words: int) -> bool:
    kinds, population = gaz.name_summary_normalized(key)
    if not kinds or key in _COMPASS_WORDS:
        return False  # "boul rene-levesque ouest": a street's side, not Cameroon's West
    region = "country" in kinds or "admin1" in kinds
    if words > 1:  # a county by its whole name too: "los angeles county"
        return region or "admin2" in kinds or population >= _FAIR_SIZE
    rank = gaz.common_rank(key)
    if rank is None or rank >= _RARE:
        return (region and strong_region(gaz, key)) or population >= _FAIR_SIZE
    if len(key) < 4 or key in _EVERYDAY:
        return False
    # An everyday word: a country's name or alias ("china", "turkey"), a state's or
    # province's own name ("texas", "england"), a large city's own name ("atlanta").
    for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]:
        kind = gaz.kind(c.record)
        if kind == "country" and c.quality <= QUALITY_ALIAS:
            return True
        if (
            kind == "admin1"
            and c.quality == QUALITY_PRIMARY
            and gaz.country_code(c.record) in _KNOWN_STATES
        ):
            return True
    return rank >= _VERY_COMMON and is_city_name(gaz, key)


def _country_abbreviation(gaz: Gazetteer, word: str) -> bool:
    """Is ``word`` (lower case) a country's short alias ("uk", "usa", "drc") and no
    everyday word ("us")?"""
    rank = gaz.common_rank(word)
    return (rank is None or rank >= 300) and any(
        c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "country"
        for c in gaz.lookup_normalized(word)[:MAX_CANDIDATES]
    )


#: Countries whose first-level regions English text names in passing ("texas", "ontario",
#: "queensland", "england").
_KNOWN_STATES = frozenset({"US", "CA", "AU", "GB"})
#: Everyday words that are also the own names of such regions (British districts).
_EVERYDAY = frozenset({"down", "city", "york", "reading", "bury", "derby", "newport"})
#: Compass words of the languages a caseless text mixes in (French, Spanish, Portuguese,
#: Italian, German): a street's or a town's side ("rene-levesque ouest", "zona norte"),
#: never read alone as the region some country calls so (Cameroon's Ouest).
_COMPASS_WORDS = frozenset(
    "nord sud est ouest norte sur este oeste ovest ost nordeste noroeste sudeste sudoeste "
    "nord-est nord-ouest sud-est sud-ouest".split()
)
#: A lower-case word this rare or rarer may end a well-known name ("New delhi") ...
_LOWER_END_RANK = 1_500
#: ... never after an article ("The valley", "The crossing").
_ARTICLES = frozenset({"the", "a", "an", "la", "le", "el", "al"})
#: After a demonym, a word this common is its noun ("Palestinian territory"), a rarer one
#: a country's name's ("Saudi arabia").
_NOUN_RANK = 5_000
#: Cues of a place right before a rare word read as a town's name ...
_CUES = frozenset({"from", "to", "in", "near", "via", "into"})
#: ... when a town of this many people bears it.
_CUED_TOWN = 15_000
