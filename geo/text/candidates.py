"""Stage 2 of the geoparser, candidates: the gazetteer entries a mention may name.

A recognised name's candidates are its gazetteer look-up (at most
:data:`MAX_CANDIDATES`); :func:`candidate_pool` narrows them by what the
mention itself says (a demonym's country, "the X region", "the city of X", an
explicit container) before resolution ranks them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE, QUALITY_PRIMARY
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from ..gazetteer.transliterate import russian_romanizations
from .metro_regions import metro_city
from .tokens import Mention

__all__ = [
    "MAX_CANDIDATES",
    "PROMINENT_POPULATION",
    "SPELLING_SIMILARITY",
    "VILLAGE_NAME_PLACES",
    "candidate_pool",
    "country_record",
    "is_capital",
    "is_namesake",
    "is_other_name",
    "name_similarity",
    "own_population",
    "own_regions",
    "village_name_holders",
]

MAX_CANDIDATES = 25


# Letters romanisations of one name swap (Russian g, e, i for Ukrainian h, i, y).
_FOLD = str.maketrans("hyje", "giii")


def name_similarity(query: str, name: str) -> float:
    """Share of letters two (normalised) names have in common, in [0, 1].

    Counted with repeats (difflib's ``quick_ratio``): as telling as the full
    ratio for telling a spelling of a name (Liman for Lyman, Kremennaya for
    Kreminna) from another name (Pokrovsk for Engels), at a fraction of its cost.

    >>> name_similarity("kremennaya", "kreminna") >= 0.7
    True
    >>> round(name_similarity("pokrovsk", "engels"), 2)
    0.14
    >>> name_similarity("knyaginin", "knyahynyn")  # Russian g, Ukrainian h
    1.0
    """
    query, name = query.translate(_FOLD), name.translate(_FOLD)
    shared = sum(min(query.count(ch), name.count(ch)) for ch in set(query))
    return 2 * shared / (len(query) + len(name)) if query or name else 1.0


#: An alternate name at least this like the record's own name is a spelling of it.
SPELLING_SIMILARITY = 0.7


def is_other_name(gaz: Gazetteer, match: Candidate, query: str) -> bool:
    """Does ``match`` carry the (normalised) ``query`` only as another name, historical
    or foreign (Engels, once Pokrovsk; Lazurnyi listing "Chornobyl"), rather than as a
    spelling of its own name (Lyman for "Liman") or its first words (Krems an der Donau
    for "Krems")?  Fuzzy matches are not counted here."""
    if match.quality != QUALITY_ALTERNATE:
        return False
    query = latin_key(query)  # "николаев" as "nikolayev": Mykolaiv's own name, spelt
    own = gaz.name_key(match.record)
    # A short form of the own name is no other name: "Krems" for Krems an der Donau.
    if own.startswith(query + " "):
        return False
    return name_similarity(query, own) < SPELLING_SIMILARITY or _diminutive_apart(query, own)


@functools.lru_cache(maxsize=4096)
def latin_key(query: str) -> str:
    """A normalised Russian Cyrillic name as its first Latin romanisation
    (:func:`geo.gazetteer.transliterate.russian_romanizations`), so that it compares
    with the gazetteer's Latin names as the press spelling does; any other name as it is.

    >>> latin_key("николаев"), latin_key("kharkiv"), latin_key("миколаїв")
    ('nikolayev', 'kharkiv', 'миколаїв')
    """
    if not query or not "\u0400" <= query[0] <= "\u04ff":
        return query
    spellings = russian_romanizations(query)
    return normalize(spellings[0]) if spellings else query


def _diminutive_apart(query: str, own: str) -> bool:
    """Does one of two Slavic names end in the suffix "-ka" that makes a place name of
    another ("Nikolayevka", Mykolaivka, is named after "Nikolayev", Mykolaiv) and the
    other not?  Then a spelling alike in its letters is still another name: GeoNames
    lists "Nikolayev" among Mykolaivka's (Donetsk Oblast) names.

    >>> _diminutive_apart("nikolayev", "mykolaivka"), _diminutive_apart("avdeyevka", "avdiivka")
    (True, False)
    """
    return query.endswith("ka") != own.endswith("ka")


def country_record(gaz: Gazetteer, code: str) -> int | None:
    """The record of a country given its ISO alpha-2 code, or None."""
    name = gaz.country_name(code)
    for c in gaz.lookup(name):
        if gaz.kind(c.record) == "country" and gaz.country_code(c.record) == code:
            return c.record
    return None


def candidate_pool(gaz: Gazetteer, m: Mention) -> list[Candidate]:
    """The candidates of a mention, narrowed by what the mention itself says.

    A demonym names its country; "the X region" keeps the regions and "the city of
    X" the places when there are any; an explicit container keeps the candidates
    inside it (its region when it names one).
    """
    if m.demonym_country:
        rec = country_record(gaz, m.demonym_country)
        return [Candidate(rec, 0)] if rec is not None else []
    pool = m.candidates
    if m.cue == "region":
        city = metro_city(gaz, pool, m.key)  # "the Charlotte region": the city's own
        pool = [city] if city else [c for c in pool if gaz.kind(c.record) == "admin1"] or pool
        pool = _without_city_regions(gaz, pool)
    else:
        pool = _without_country_regions(gaz, pool)
        if " " in m.key:
            pool = without_qualified_namesakes(gaz, pool, m.key)
        if m.cue == "city":
            pool = [c for c in pool if gaz.kind(c.record) == "place"] or pool
    if m.containers:
        countries = {cc for cc, _ in m.containers}
        inside = [c for c in pool if gaz.country_code(c.record) in countries]
        regions = {reading for reading in m.containers if reading[1]}
        if regions:
            inside = [
                c
                for c in inside
                if (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in regions
            ] or inside
            # "New York, NY": a name is not its own container; the city, not the state.
            inside = [
                c
                for c in inside
                if not (
                    gaz.kind(c.record) == "admin1"
                    and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in regions
                )
            ] or inside
        if inside and borrowed_name_elsewhere(gaz, inside, pool, m.key):
            return []  # "Moscow, Ohio": not Dalton, once called so
        pool = inside or pool
    return pool


def borrowed_name_elsewhere(
    gaz: Gazetteer, inside: list[Candidate], pool: list[Candidate], key: str
) -> bool:
    """Do the candidates ``inside`` a container the text gives ("Moscow, Ohio") carry the
    (normalised) name ``key`` only as another, older name (:func:`is_other_name`: Dalton,
    Ohio, once Moscow), while a capital or a city of :data:`PROMINENT_POPULATION` in
    ``pool`` is called so by its own name?  A town named after a world city bears the
    name as its own: one the gazetteer lacks is no other town that was once called so.
    """
    if not all(is_other_name(gaz, c, key) for c in inside):
        return False
    return any(
        c.quality <= QUALITY_ALIAS
        and gaz.kind(c.record) == "place"
        and (gaz.population(c.record) >= PROMINENT_POPULATION or is_capital(gaz, c.record))
        for c in pool
    )


def without_qualified_namesakes(gaz: Gazetteer, pool: list[Candidate], key: str) -> list[Candidate]:
    """The candidates less the places that carry the (normalised) name ``key`` only as an
    alternate made of another name of theirs and a qualifier, while a place is called
    ``key`` by its own name: "Bilhorod-Dnistrovskyi" (Bilhorod on the Dniester) is the
    town of that name, though GeoNames lists it among the names of Belgorod, "Bilhorod"
    in Ukrainian; the qualifier is there to tell the two apart.

    Cost: one look-up of the name's head, for a name of several words with both kinds of
    match only.
    """
    head = key.rpartition(" ")[0]
    if not head or not any(c.quality == QUALITY_PRIMARY for c in pool):
        return pool
    alternates = {c.record for c in pool if c.quality == QUALITY_ALTERNATE}
    if not alternates:
        return pool
    # the head an alternate name of theirs too ("Bilhorod" of Belgorod), not their own:
    # "Hamilton City" is a name of Hamilton, "Franklin Furnace" a village of Franklin
    named = alternates.intersection(
        c.record for c in gaz.lookup_normalized(head) if c.quality == QUALITY_ALTERNATE
    )
    return [c for c in pool if c.record not in named] if named else pool


def _without_country_regions(gaz: Gazetteer, pool: list[Candidate]) -> list[Candidate]:
    """A country's name is the country, not a region of it that bears the same name
    (Natural Earth's grouping of Iraq's provinces outside Kurdistan, "Serbia" without
    Vojvodina, mainland "Tanzania", the State of "Mexico"): such a region is dropped
    when the country itself is a candidate; "the Mexico region" (cue ``region``) keeps it."""
    countries = {
        gaz.country_code(c.record): gaz.name_key(c.record)
        for c in pool
        if gaz.kind(c.record) == "country"
    }
    if not countries:
        return pool
    return [
        c
        for c in pool
        if gaz.kind(c.record) != "admin1"
        or countries.get(gaz.country_code(c.record)) != gaz.name_key(c.record)
    ]


def _without_city_regions(gaz: Gazetteer, pool: list[Candidate]) -> list[Candidate]:
    """ "The Moscow region" is Moscow Oblast, not the federal city: of two regions of one
    name in one country, the one a tenth the size of the other is the city's own."""
    regions = [c for c in pool if gaz.kind(c.record) == "admin1"]
    if len(regions) < 2:
        return pool
    bounds = gaz.bounds_many([c.record for c in regions])
    area = {
        c.record: (b[2] - b[0]) * (b[3] - b[1]) if b[0] == b[0] else 0.0  # NaN: no polygon
        for c, b in zip(regions, bounds.tolist(), strict=True)
    }
    largest: dict[tuple[str, str], float] = {}
    for c in regions:
        group = (gaz.country_code(c.record), gaz.name_key(c.record))
        largest[group] = max(largest.get(group, 0.0), area[c.record])
    return [
        c
        for c in pool
        if c.record not in area
        or area[c.record] * 10 >= largest[(gaz.country_code(c.record), gaz.name_key(c.record))]
    ]


#: A city this large (or a national capital) keeps its name against small namesakes.
PROMINENT_POPULATION = 1_000_000


def is_capital(gaz: Gazetteer, record: int) -> bool:
    """Is the place its country's national capital (GeoNames' capital of the country)?"""
    capital = gaz.capital(gaz.country_code(record))
    return capital is not None and capital == record


#: A city this large inside a region is what the region is named after ("Odessa" Oblast).
_NAMESAKE_MIN_POPULATION = 100_000


def is_namesake(gazetteer: Gazetteer, place: int, region: int, query: str | None = None) -> bool:
    """Is ``place`` the city a region (or country) is named after?

    Same country, and either the same name while lying in the region or being
    large (Kyiv, a city region of its own inside Kyiv Oblast), or lying in the
    region while large (Odesa in "Odessa" Oblast), or lying in it and called exactly
    what was asked (``query``, normalised) while the region only lists it (Timbuktu
    in Tombouctou).
    """
    p = gazetteer.row(place)  # one memoised row each, not a call per field
    if p.kind != "place":
        return False
    r = gazetteer.row(region)
    if p.country_code != r.country_code:
        return False
    large = p.population >= _NAMESAKE_MIN_POPULATION
    inside = r.kind == "admin1" and p.admin1[0] == r.admin1[0]
    name, region_name = gazetteer.name_key(place), gazetteer.name_key(region)
    if name.startswith(region_name + " ") and p.population < 10**6:
        return False  # "Oklahoma City" is not what "Oklahoma" names (New York City is)
    return (
        (name == region_name and (inside or large))
        or (inside and large)
        or (inside and query is not None and name == query != region_name)
    )


#: A name this many places of one country carry as their own is a village name there
#: ("Novooleksandrivka", "Oleksandrivka"): a city of that country once called so
#: (Melitopol, Donetsk) is no longer the name's best-known bearer ...
VILLAGE_NAME_PLACES = 3
#: ... a city this large (smaller towns are weighed against the villages by size).
_VILLAGE_NAME_CITY = 50_000


def village_name_holders(
    gaz: Gazetteer, ranked: Sequence[Candidate], rows: Sequence[Any], query: str
) -> frozenset[int]:
    """The cities (``ranked`` candidates, gazetteer ``rows`` alongside) that carry the
    normalised ``query`` only as an old or foreign name in a country where
    :data:`VILLAGE_NAME_PLACES` places carry it as their own (Donetsk, once
    Oleksandrivka): record numbers."""
    own_in: dict[str, int] = {}
    other = []
    for r, rr in zip(ranked, rows, strict=True):
        if rr.kind not in ("place", "admin2"):
            continue
        if is_other_name(gaz, r, query):
            if rr.population >= _VILLAGE_NAME_CITY:
                other.append((r.record, rr.country_code))
        elif r.quality <= QUALITY_ALTERNATE:
            own_in[rr.country_code] = own_in.get(rr.country_code, 0) + 1
    return frozenset(rec for rec, cc in other if own_in.get(cc, 0) >= VILLAGE_NAME_PLACES)


def own_population(gaz: Gazetteer, candidates: Sequence[Candidate]) -> int:
    """The largest population among the ``candidates`` named so by their own name or an
    everyday alias: an everyday word is no large city's for an alternate name of it
    ("Can", "Got", "Ask": Guangzhou, Gothenburg and Yamoussoukro in other languages)."""
    return max(
        (gaz.population(c.record) for c in candidates if c.quality <= QUALITY_ALIAS),
        default=0,
    )


#: A city a word of its initials in capitals may name ("NYC"): this many people or more.
_INITIALS_POPULATION = 1_000_000


def own_regions(
    gaz: Gazetteer, candidates: Sequence[Candidate], word: str = ""
) -> list[Candidate]:
    """The ``candidates`` that are a country or a first-level region by their own name or
    an alias: what a short word in capitals may name ("US", "UK", "UAE"; "ER", "CEO" and
    "HUD" none); and, for a ``word`` of three capitals, a city of a million people or more
    whose name's words it spells the initials of ("NYC": New York City; not Manhattan,
    which GeoNames also calls so)."""
    return [
        c
        for c in candidates
        if (c.quality <= QUALITY_ALIAS and gaz.kind(c.record) in ("country", "admin1"))
        or (len(word) == 3 and _initials_city(gaz, c.record, word))
    ]


def _initials_city(gaz: Gazetteer, record: int, word: str) -> bool:
    """Is ``record`` a city of :data:`_INITIALS_POPULATION` or more whose name's words'
    initials are ``word``?"""
    if gaz.kind(record) != "place" or gaz.population(record) < _INITIALS_POPULATION:
        return False
    words = gaz.name(record).split()
    return len(words) == len(word) and "".join(w[0] for w in words).upper() == word
