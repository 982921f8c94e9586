"""Recognition, single-word tests: whether one word can be a place's name here.

Shared by the scan (:mod:`geo.text.recognition`), its context rules
(:mod:`geo.text.context_rules`) and the rules for people and organisations
(:mod:`geo.text.people`), and by :mod:`geo.text.containers` and
:mod:`geo.text.spellings`: :func:`is_region_name` and
:func:`strong_region` (a country's or region's own name), :func:`is_common` and
:func:`word_rank` (an everyday word, by its rank among the commonest), :func:`is_city_name`
(a large city's own name, everyday word or not),
:func:`not_a_name_word` (a contraction, a letter, an abbreviation, inner capitals) and
:func:`cap_run` (a capitalised word follows); for the scan, the lower-case Arabic
articles that start a name ("al-Fashir": :func:`_article_heads`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .candidates import MAX_CANDIDATES
from .cyrillic_regions import region_adjective
from .event_names import event_head, event_tail
from .lexicon import EVENT_HEADS, FEATURE_ENDS
from .lexicon.people import PERSON_TITLES, first_names
from .lexicon.places import AFTER_PLACE_OK, FACILITY_WORDS, SETTLEMENT_WORDS, WATER_WORDS
from .lexicon.time_and_numbers import MONTH_ABBREVIATIONS
from .tokens import Token, _is_capitalized, _norm, _Tokens

__all__ = [
    "GENERIC_PLACE_WORDS",
    "WEATHER_HEADS",
    "acronym_after",
    "body_acronym",
    "cap_run",
    "city_body",
    "descriptor_in_name",
    "ends_town",
    "is_city_name",
    "is_common",
    "is_region_name",
    "not_a_name_word",
    "place_pair",
    "strong_region",
    "weather_pattern",
    "word_rank",
]

_CONTRACTION = re.compile(r"['’](?:ll|d|ve|re|m|t)$", re.IGNORECASE)


def cap_run(tokens: _Tokens, i: int) -> bool:
    """A never-place word may still start a multi-word name ("New York", "Saint
    Petersburg", "Mar del Plata": a capitalised word next, or after a particle)."""
    words = tokens.words
    if i + 1 >= len(words):
        return False
    if _is_capitalized(words[i + 1]):
        return True
    return i + 2 < len(words) and words[i + 1] in _PARTICLES and _is_capitalized(words[i + 2])


#: Capitals after a name that make it a broadcaster's or a company's ("Al-Manar TV", "Nestle
#: SA", "Lukoil PJSC"), not a place's body.
_NAME_SUFFIXES = frozenset(
    "TV FM AM PLC LLC LTD INC CORP AG SA AB NV BV SE SPA OYJ ASA PJSC OJSC CJSC JSC".split()
)

_ROMAN = re.compile(r"[IVXLC]+")


def acronym_after(at: Sequence[Token], k: int) -> bool:
    """Is ``at[k]``, right after a name written in lower case but its capitals, an
    acronym (2-6 capital letters) the name qualifies: "the California DMV", "Brant OPP",
    "the Alexandria PTA", "Immokalee TIGER grant", "the Eureka CDP"?  Then the name is
    the place the body, scheme or unit belongs to, not a person's ("Boris JOHNSON"
    style capitals follow a given name, which the given-name rule reads first)."""
    word, name = at[k].text, at[k - 1].text
    return (
        2 <= len(word) <= 6
        and word.isalpha()
        and word.isupper()
        and not name.isupper()
        and at[k - 1].end + 1 == at[k].start
        and word not in _NAME_SUFFIXES
        and not _ROMAN.fullmatch(word)  # "King George VI", "Frederick II": a ruler's number
    )


def body_acronym(gaz: Gazetteer, at: Sequence[Token], k: int, key: str) -> bool:
    """Is ``at[k]`` (normalised: ``key``) an acronym after a name (:func:`acronym_after`)
    and no country's or region's own abbreviation ("Austin ISD", "Immokalee TIGER":
    neither a place nor a word of a person's name; "Philadelphia PA", "Belfast UK" are
    read on)?"""
    return acronym_after(at, k) and not is_region_name(gaz, key)


def city_body(gaz: Gazetteer, at: Sequence[Token], k: int, key: str) -> bool:
    """Is ``key`` a large city's own name (:func:`is_city_name`, common word or not) and
    ``at[k]`` after it an acronym or a word that goes with places ("the Houston Police
    Department", "the Austin ISD", "the Mobile City Council")?  Then the city heads its
    body's name, no everyday word ("Supreme Court")."""
    return (acronym_after(at, k) or at[k].norm in AFTER_PLACE_OK) and is_city_name(gaz, key)


#: Words that describe where a region lies or what it is, and so also name regions
#: somewhere ("Maritime", Togo; "Centre", Togo, Burkina Faso, France; "Coast", Kenya;
#: "Central", Ghana; "Federal", Brazil's district): inside a longer capitalised name they
#: describe the body it names ("the Maritime Security Centre", "the Coast Guard", "UK
#: Maritime Trade Operations", "the Federal Government", "Federal Minister for Health").
GENERIC_PLACE_WORDS = frozenset(
    """
    maritime coast coastal littoral centre center central plateau lakes highlands lowlands
    capital islands island valley interior border frontier north south east west
    northern southern eastern western upper lower middle federal
    """.split()
)


def descriptor_in_name(text: str, tokens: _Tokens, i: int) -> bool:
    """Is the word tokens[i], one of :data:`GENERIC_PLACE_WORDS`, part of a longer
    capitalised name: a capitalised word joined to it by a space before it (not a
    sentence's first word: "The Maritime ...") or after it?

    >>> from geo.text.tokens import _Tokens
    >>> text = "The Maritime Security Centre and the Coast said"
    >>> t = _Tokens(text)
    >>> [descriptor_in_name(text, t, k) for k in (1, 3, 6)]
    [True, True, False]
    """
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if i > 0 and text[ends[i - 1] : starts[i]] == " " and _is_capitalized(words[i - 1]):
        before = words[i - 1].lower()
        if before not in _DETERMINERS and not tokens.at[i - 1].initial:
            return True
    return (
        i + 1 < len(words)
        and text[ends[i] : starts[i + 1]] == " "
        and _is_capitalized(words[i + 1])
    )


_DETERMINERS = frozenset("the a an this that these those".split())


#: Particles inside names ("Mar del Plata", "Rio de Janeiro", "Stratford upon Avon").
_PARTICLES = frozenset("de del della di da do dos das du la le los las el al upon on sur".split())


def not_a_name_word(text: str, word: str, end: int, cue: str, gaz: Gazetteer, key: str) -> bool:
    """A single word that is no place's name here: a contraction ("I'll"), a single
    letter ("Plan X", even where a region's code is that letter: Chile's X), an
    abbreviation with a dot ("Gov.", but a country's at a sentence's end: "in the UK."),
    the short head of a hyphenated name ("Al-Qaeda", "Su-25", but "US-Russia talks"),
    inner capitals ("(MoD)", "MiG-29"); a feature's or a competition's name's first word
    (:func:`feature_head`) or one after its head ("the Vuelta a España": ``event_tail``)."""
    if ("'" in word or "’" in word) and _CONTRACTION.search(word):
        return True
    if feature_head(text, end, gaz, key) or event_tail(text, end - len(word)):
        return True  # "Copa del Rey", "the Vuelta a España": a competition's name
    if len(key) == 1:
        return True
    width = len(word)
    if width > 4 or word[0] >= "\u3040":  # "in 广州.": no abbreviation in CJK letters
        return False
    if width <= 3:
        after = text[end : end + 2]
        abbreviation = (
            after[:1] == "."
            and cue != "region"
            and not _town_ends_sentence(text, word, end, gaz, key, cue)
        )
        hyphenated = after[:1] == "-" and (after[1:].isupper() or after[1:].isdigit())
        if (abbreviation or hyphenated) and not (word.isupper() and strong_region(gaz, key)):
            return True
    return (
        not word.isupper() and any(ch.isupper() for ch in word[1:]) and not strong_region(gaz, key)
    )


_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def feature_head(text: str, end: int, gaz: Gazetteer, key: str) -> bool:
    """Does ``key`` (ending at ``end``) open a competition's ("Copa del Rey": ``event_head``)
    or a feature's name ("Pearl Harbor"), not a large city's or a region's ("Boston Harbor")?"""
    if key in EVENT_HEADS:
        return event_head(text, end)
    if (after := _NEXT_CAPITAL.match(text, end)) is None:
        return False
    return (
        after.group(1).lower() in FEATURE_ENDS
        and not is_city_name(gaz, key)
        and not strong_region(gaz, key)
    )


#: Three-letter words a dot closes as abbreviations, besides titles and months ("Inc.").
_ABBREVIATIONS = frozenset(
    "inc ltd ave est etc dept vol fig approx min max tel ext jr sr hon bros corp mon tue wed "
    "thu fri sat sun del".split()
)
#: After a word: the dot that ends its sentence (a line's or the text's end, or a new
#: sentence's capital word).
_SENTENCE_STOP = re.compile(r"\.(?:[ \t]*(?:\n|$)|[ \t]+[\"“(]?(?P<next>[A-Z][\w'’-]*))")
#: A town this large keeps a three-letter name before a sentence's stop; after a
#: preposition of place ("a friendly in Aue."), a town this large.
_STOP_TOWN_POPULATION = 20_000
_STOP_CUED_TOWN_POPULATION = 5_000


def _town_ends_sentence(
    text: str, word: str, end: int, gaz: Gazetteer, key: str, cue: str = ""
) -> bool:
    """Is the three-letter word before a dot a town's name ending its sentence ("attacked
    Ansongo and Gao.", "they play in Aue."), not an abbreviation ("Gov. Kemp", "Jan. 5",
    "Smith Inc.")? Not after a comma, where a state's abbreviation stands ("Selma,
    Ala.")."""
    stop = _SENTENCE_STOP.match(text, end) if len(word) == 3 and word[0].isupper() else None
    if stop is None:
        return False
    if key in _ABBREVIATIONS or key in PERSON_TITLES or key in MONTH_ABBREVIATIONS:
        return False
    after = _norm(stop.group("next") or "")
    if after in first_names() and "country" not in gaz.name_summary_normalized(after)[0]:
        # A title before a person's name: "former Del. Brian J. Moran"; a country's name
        # opens a sentence ("fired near Uri. India said", "Jordan", "Chad").
        return False
    if text[max(0, end - 5) : end - 3] == ", ":
        return False
    least = _STOP_CUED_TOWN_POPULATION if cue == "in" else _STOP_TOWN_POPULATION
    return gaz.name_summary_normalized(key)[1] >= least


#: The capitalised word before another, one space between ("Sao" before "Paulo").
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*) $")
#: A two-word town this large ends in a given name as a place's word ("Sao Paulo").
_TWO_WORD_TOWN = 10_000


def ends_town(text: str, prev: Token, gaz: Gazetteer, following: str = "") -> bool:
    """Does the capitalised word ``prev`` end a two-word town's name with the word before
    it, the town of :data:`_TWO_WORD_TOWN` people in the country named next
    (``following``, normalised: "Sao Paulo Brazil", "San Jose Costa Rica"), so that it
    is the town's word there, not a person's given name?  Not before a town or a
    province ("San Antonio San Jose", a run of a list's names: read as before)."""
    if not following or "country" not in gaz.name_summary_normalized(following)[0]:
        return False
    before = _WORD_BEFORE.search(text, max(0, prev.start - 24), prev.start)
    if before is None:
        return False
    countries = {
        gaz.country_code(c.record)
        for c in gaz.lookup_normalized(following)[:MAX_CANDIDATES]
        if gaz.kind(c.record) == "country"
    }
    return any(
        gaz.is_place(c.record)
        and gaz.population(c.record) >= _TWO_WORD_TOWN
        and gaz.country_code(c.record) in countries
        for c in gaz.lookup_normalized(f"{_norm(before.group(1))} {prev.norm}")[:MAX_CANDIDATES]
    )


def strong_region(gaz: Gazetteer, key: str) -> bool:
    """Is ``key`` a country's or region's own name or alias ("uk", "uae", "drc")?"""
    memo = gaz.memo("geoparse.strong_region")
    found = memo.get(key)
    if found is None:
        found = memo[key] = any(
            c.quality <= 1 and gaz.kind(c.record) in ("country", "admin1")
            for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        )
    return found


def is_region_name(gaz: Gazetteer, norm: str) -> bool:
    """Is this word a country's or region's own name or alias ("Russia Ukraine War"), or
    a Cyrillic oblast's adjective ("Степногорск Запорожской области": no person's name)?"""
    return gaz.is_region_name_normalized(norm) or region_adjective(gaz, norm)


#: A town this large, in the region named after it, makes the pair two places.
_TOWN_IN_REGION = 10_000


#: Common words that name towns and still follow a town's name as places do ("Paris
#: police", "Leon Valley", "Mary Street"): no surname's.
_PLACE_WORDS_AFTER = (
    AFTER_PLACE_OK
    | GENERIC_PLACE_WORDS
    | FACILITY_WORDS
    | SETTLEMENT_WORDS
    | WATER_WORDS
    | frozenset("hill hills heights springs falls park beach point grove ridge forest".split())
)


def _town_surname(gaz: Gazetteer, following: str) -> bool:
    """Whether a common word after a given name is a surname that towns bear ("Paul
    Taylor", "Leon Jackson": Taylor, Texas), not a word of a place's name."""
    return (
        following not in _PLACE_WORDS_AFTER and "place" in gaz.name_summary_normalized(following)[0]
    )


def place_pair(gaz: Gazetteer, norm: str, following: str) -> bool:
    """Whether a large town's name that is also a given name, before ``following``,
    names a place with it: before a common word ("Paris police"; not a surname towns
    bear: "Paul Taylor", :func:`_town_surname`), or before a region's
    or country's name when the town lies there ("Austin Texas", "Paris Texas"); not a
    person named like a large town and a state ("George Washington": George, South
    Africa is large, George, Washington a village)."""
    if not is_region_name(gaz, following):
        return is_common(gaz, following, 3_000) and not _town_surname(gaz, following)
    if is_region_name(gaz, norm):
        return True
    areas: set[tuple[str, str]] = set()
    for c in gaz.lookup_normalized(following)[:MAX_CANDIDATES]:
        if not gaz.is_place(c.record):
            code = gaz.country_code(c.record)
            country = gaz.kind(c.record) == "country"
            areas.add((code, "") if country else (code, gaz.admin1(c.record)[0]))
    for c in gaz.lookup_normalized(norm)[:MAX_CANDIDATES]:
        r = c.record
        if gaz.is_place(r) and gaz.population(r) >= _TOWN_IN_REGION:
            code = gaz.country_code(r)
            if (code, "") in areas or (code, gaz.admin1(r)[0]) in areas:
                return True
    return False


def word_rank(gaz: Gazetteer, word: str) -> int | None:
    """The word's rank among the commonest words (0 the commonest), or None."""
    return gaz.common_rank(word)


def is_common(gaz: Gazetteer, word: str, top: int) -> bool:
    """Is the word among the ``top`` commonest words?"""
    rank = gaz.common_rank(word)
    return rank is not None and rank < top


#: A city this large is known by its own name even where the name is an everyday word.
CITY_NAME_POPULATION = 300_000
#: ... in a country whose news is written in English; elsewhere only a city this large.
WORLD_CITY_POPULATION = 1_000_000
#: Countries whose own news is mostly written in English.
ENGLISH_NEWS_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})


def is_city_name(gaz: Gazetteer, key: str) -> bool:
    """Is ``key`` (normalised) the own name or official alias of a populated place of
    :data:`CITY_NAME_POPULATION` or more in a country of :data:`ENGLISH_NEWS_COUNTRIES`,
    or of :data:`WORLD_CITY_POPULATION` or more anywhere ("atlanta", "miami", "boston")?

    Word lists count such names among the commonest words ("Atlanta" ranks near
    "Reading" and "Nice"); what tells them apart is that a large city bears the name
    itself, not as a foreign or historical alternate name ("sale" for Salé is not one),
    and that English text speaks of it often enough for that to make the word common:
    a mid-sized city abroad whose name is a common English word ranks so for the word's
    own sense ("Oral arguments", Kazakhstan's Oral; "Toyota recalled", Japan's Toyota).
    """
    memo = gaz.memo("geoparse.city_name")
    found = memo.get(key)
    if found is None:
        found = memo[key] = gaz.name_summary_normalized(key)[1] >= CITY_NAME_POPULATION and any(
            c.quality <= QUALITY_ALIAS
            and gaz.is_place(c.record)
            and _known_in_english(gaz.population(c.record), gaz.country_code(c.record))
            for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        )
    return found


def _known_in_english(population: int, country_code: str) -> bool:
    if population >= WORLD_CITY_POPULATION:
        return True
    return population >= CITY_NAME_POPULATION and country_code in ENGLISH_NEWS_COUNTRIES


#: Weather patterns named like places ("El Niño", "La Niña", either spelling): no places,
#: nor is either of their words ("La" is no Los Angeles, "Niña" no Neenah).
_WEATHER_PATTERNS = frozenset({("el", "nino"), ("la", "nina")})
#: Their first words (normalised), asked before the pair.
WEATHER_HEADS = frozenset(first for first, _ in _WEATHER_PATTERNS)


def weather_pattern(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens[i] opens a weather pattern's name ("El Niño", "La Nina").

    >>> from geo.text.tokens import tokenize
    >>> text = "as La Niña returns"
    >>> weather_pattern(text, tokenize(text), 1), weather_pattern(text, tokenize(text), 2)
    (True, False)
    """
    if i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] != " ":
        return False
    return (tokens[i].norm, tokens[i + 1].norm) in _WEATHER_PATTERNS
