"""Evidence for the geoparser from the regions a text names.

A region named after a city that is a candidate too (Zaporizhzhia Oblast and the city:
:func:`regions_named_after_a_candidate`, :func:`city_near_others`), and a candidate
place in a region the text names outright ("Huntsville ... Texas": :func:`named_home`).
:func:`geo.text.evidence.score_candidates` weighs them.  Before them,
:func:`add_region_cities` gives a name spelt as only its region is ("Zaporizhia City",
"Zaporizhia Oblast") the city the region is named after as a candidate too.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from ..gazetteer.codes import QUALITY_PRIMARY
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from ..geometry import distance_km
from .candidates import MAX_CANDIDATES, is_namesake
from .context import Context
from .other_names import _POINT_LIKE, _prominent_among
from .tokens import Mention
from .variants import foreign_english_forms

if TYPE_CHECKING:
    from .resolution import Match

__all__ = [
    "NAMESAKE_NEAR_KM",
    "add_region_cities",
    "city_near_others",
    "named_after_own_city",
    "named_home",
    "namesake_reach_km",
    "regions_named_after_a_candidate",
]

_NONE: dict = {}  # shared, never written to


def named_home(
    gaz: Gazetteer,
    ranked: Sequence[Match],
    rows: Sequence[Any],
    ctx: Context,
    regions: Counter[tuple[str, str]],
    own_r: dict[tuple[str, str], int],
    query: str,
) -> dict[int, float]:
    """The candidate places (record -> 1.0) in an admin-1 region the text names outright
    ("Huntsville ... Texas"), when no other candidate place lies in a region the text
    speaks of (Lyman with Kharkiv Oblast named, in a text on Donetsk Oblast's front: no
    help), no capital or city of a million is among them (Washington, London) and no
    region is (California, Pa., against the state)."""
    home: dict[int, float] = {}
    elsewhere = False
    for r, rr in zip(ranked, rows, strict=True):
        if rr.kind == "admin1" or rr.kind == "country":
            return _NONE  # a region's name ("California"): the region's evidence decides
        if rr.kind not in _POINT_LIKE:
            continue
        region = (rr.country_code, rr.admin1[0])
        if region in ctx.named_regions and regions.get(region, 0) - own_r.get(region, 0) > 0:
            home[r.record] = 1.0
        elif regions.get(region, 0) - own_r.get(region, 0) > 0:
            elsewhere = True
    if not home or elsewhere or _prominent_among(gaz, ranked, rows, query):
        return _NONE
    if _city_by_its_own_name(ranked, rows, home):
        return _NONE
    return home


#: A city bearing the name as its own, this many times as populous as the candidates in
#: the named region and at least :data:`_OWN_NAME_CITY` people, is the place meant.
_OWN_NAME_SHARE = 10
_OWN_NAME_CITY = 100_000


def _city_by_its_own_name(
    ranked: Sequence[Match], rows: Sequence[Any], home: dict[int, float]
) -> bool:
    """Is a city whose own name this is far larger than the candidates ``home`` in the
    named region, which bear it only as an alternate name ("Kremenchuk", with Vinnytsia
    Oblast named: the city of 220,000 on the Dnieper, not Yampil, once so called)?"""
    if any(r.quality == QUALITY_PRIMARY for r in ranked if r.record in home):
        return False
    top_home = max(rr.population for r, rr in zip(ranked, rows, strict=True) if r.record in home)
    return any(
        r.quality == QUALITY_PRIMARY
        and r.record not in home
        and rr.kind in _POINT_LIKE
        and rr.population >= max(_OWN_NAME_CITY, _OWN_NAME_SHARE * top_home)
        for r, rr in zip(ranked, rows, strict=True)
    )


def regions_named_after_a_candidate(
    gaz: Gazetteer, ranked: Sequence[Match], rows: Sequence[Any], query: str | None = None
) -> dict[int, tuple[int, ...]]:
    """The admin-1 candidates whose namesake city is also a candidate, with those cities
    (Zaporizhzhia Oblast: Zaporizhzhia; with the name asked, ``query``, normalised, a
    city called so in a region that only lists it: Timbuktu in Tombouctou); ``rows`` are
    the candidates' rows.  The same for every text: memoised in the gazetteer per list
    of candidates and query (do not modify)."""
    regions = [r.record for r, rr in zip(ranked, rows, strict=True) if rr.kind == "admin1"]
    if not regions:
        return _NONE
    places = [r.record for r, rr in zip(ranked, rows, strict=True) if rr.kind == "place"]
    memo = gaz.memo("geoparse.named_after")
    memo_key = (tuple(regions), tuple(places), query)
    named = memo.get(memo_key)
    if named is None:
        found = {g: tuple(p for p in places if is_namesake(gaz, p, g, query)) for g in regions}
        named = memo[memo_key] = {g: cities for g, cities in found.items() if cities}
    return named


def named_after_own_city(gaz: Gazetteer, named_after: Mapping[int, Sequence[int]]) -> bool:
    """Is a region of ``named_after`` (:func:`regions_named_after_a_candidate`) named
    after a city inside it (Poltava Oblast and Poltava; not Washington State and
    Washington, D.C.)?"""
    return any(
        gaz.country_code(c) == gaz.country_code(g) and gaz.admin1(c)[0] == gaz.admin1(g)[0]
        for g, cities in named_after.items()
        for c in cities
    )


#: The text's other places this near a region's namesake city read a bare name as it ...
NAMESAKE_NEAR_KM = 100.0


def city_near_others(
    cities: Sequence[int], near_km: dict[int, float] | None, reach_km: float = NAMESAKE_NEAR_KM
) -> bool:
    """Does one of ``cities`` lie within ``reach_km`` of the text's other places?"""
    return bool(near_km) and any(
        near_km.get(c, math.inf) <= reach_km
        for c in cities  # type: ignore[union-attr]
    )


def namesake_reach_km(gaz: Gazetteer, region: int, cities: Sequence[int]) -> float:
    """How near the text's other places must lie to a region's namesake ``cities`` for a
    bare name to be the city: :data:`NAMESAKE_NEAR_KM`, or, for a town (under
    :data:`_SPARSE_TOWN_POPULATION` people) named with a larger region, half the shorter
    side of the region's bounding box: a sparse region's towns lie far apart ("Kidal ...
    Tessalit", 200 km apart in a Malian region 470 km across: the town, not the region;
    New York's other places lie around the state, not the city).  Memoised per region."""
    if not cities or any(gaz.population(c) >= _SPARSE_TOWN_POPULATION for c in cities):
        return NAMESAKE_NEAR_KM
    memo = gaz.memo("regions_named.reach")
    found = memo.get(region)
    if found is None:
        west, south, east, north = gaz.bounds(region)
        mid = (south + north) / 2
        across = min(
            distance_km((mid, west), (mid, east)), distance_km((south, west), (north, west))
        )
        found = memo[region] = max(NAMESAKE_NEAR_KM, across / 2)
    return found


#: A namesake town under this many people is read at its region's scale.
_SPARSE_TOWN_POPULATION = 100_000


def add_region_cities(gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Give each mention whose candidates hold a region named after a city, but not that
    city, the city as a candidate too (``mentions`` are changed in place).

    Natural Earth lists spellings of a region's name that GeoNames lacks for its city
    ("Zaporizhia" for Zaporizhzhia Oblast, ISW's spelling of both): "Zaporizhia City"
    is the city, and resolution weighs it against the region as for any region named
    after a city.  The city comes with the region's match quality, and a city that is a
    candidate already by a worse one takes the region's: "Kharkov", Natural Earth's
    alias of Kharkiv Oblast and only an alternate name of the city, names the city as
    well as "Kharkiv" does ("from Kharkov to Lozovaya": not the oblast around both).
    One look-up of the region's own name per such name of the text (memoised): linear
    in the mentions.
    """
    memo = gaz.memo("regions_named.cities")
    for m in mentions:
        if m.demonym_country or not m.candidates or m.fuzzy:
            continue
        key = (m.key, tuple(c.record for c in m.candidates))
        added = memo.get(key)
        if added is None:
            added = memo[key] = _region_cities(gaz, m.key, m.candidates)
        if added:
            better = {c.record: c for c in added}
            kept = [better.pop(c.record, c) for c in m.candidates]
            m.candidates = [*kept, *better.values()][: MAX_CANDIDATES + len(better)]


def _region_cities(
    gaz: Gazetteer, query: str, candidates: Sequence[Candidate]
) -> tuple[Candidate, ...]:
    """The city each region among ``candidates`` is named after (its most populous
    namesake place), when ``query`` (normalised) is another spelling of the region's
    name and of the city's (not an abbreviation, "NY", nor the region's own name,
    "Lancashire") and the city is not a candidate already; and a namesake city that is a
    candidate by a worse match than its region's alias ("Nikolayev": an alias of Mykolaiv
    Oblast, an alternate name of the city), when the two are named alike (not Mexico City
    and the Distrito Federal, also "Mexico"), with the region's quality."""
    have = {c.record: c.quality for c in candidates}
    found: list[Candidate] = []
    for c in candidates:
        if gaz.kind(c.record) != "admin1":
            continue
        region_name = gaz.name_key(c.record)
        if query == region_name or len(query) < _SHORTEST_SHARED:
            continue
        worse = (
            [
                r
                for r, q in have.items()
                if q > c.quality
                and is_namesake(gaz, r, c.record)
                and (gaz.name_key(r) == region_name or _spelt_alike(gaz.name_key(r), region_name))
            ]
            if c.quality > QUALITY_PRIMARY  # an alias: not Şirvan's own name (Iran's Shirvan)
            else ()
        )
        if worse:  # the name both bear, the region's by the better match: its city's too
            r = max(worse, key=lambda p: (gaz.population(p), -p))
            have[r] = c.quality
            found.append(Candidate(r, c.quality))
        cities = [
            city.record
            for city in gaz.lookup_normalized(region_name)[:MAX_CANDIDATES]
            if is_namesake(gaz, city.record, c.record)
        ]
        if cities:
            r = max(cities, key=lambda p: (gaz.population(p), -p))
            if (
                have.get(r, c.quality + 1) > c.quality
                and _spelling_of(query, region_name)
                and _spelling_of(query, gaz.name_key(r))
            ) or (r not in have and _spelling_of_other_name(gaz, query, r)):
                have[r] = c.quality
                found.append(Candidate(r, c.quality))
    return tuple(found)


#: A name this short that a region and its city share may be an abbreviation ("NY").
_SHORTEST_SHARED = 6
#: Two names are spellings of one name when they share their first letters and this
#: much of their letters in order.
_SPELLING_RATIO = 0.8
_SAME_START = 4


def _spelling_of(query: str, name: str) -> bool:
    """Is ``query`` another spelling of ``name`` (both normalised): the same first four
    letters and a close ordered match?

    >>> _spelling_of("zaporizhia", "zaporizhzhya"), _spelling_of("aragon", "zaragoza")
    (True, False)
    >>> _spelling_of("mykolajiw", "mykolayiv"), _spelling_of("tscherniwzi", "chernivtsi")
    (True, True)
    """
    # A German, Polish or French form in its English letters too ("Mykolajiw": Mykolayiv,
    # "Tscherniwzi": Chernivtsi; GeoNames lists these forms for some regions only).
    return any(_spelt_alike(form, name) for form in (query, *foreign_english_forms(query)))


def _spelt_alike(query: str, name: str) -> bool:
    if query[:_SAME_START] != name[:_SAME_START]:
        return False
    if SequenceMatcher(None, query, name).ratio() >= _SPELLING_RATIO:
        return True
    # French and German letters for one sound: "Zaporijia" is "Zaporizhzhia".
    folded, name_folded = _fold_sounds(query), _fold_sounds(name)
    return (folded, name_folded) != (query, name) and (
        SequenceMatcher(None, folded, name_folded).ratio() >= _SPELLING_RATIO
    )


def _spelling_of_other_name(gaz: Gazetteer, query: str, city: int) -> bool:
    """Is ``query`` (normalised) another spelling of one of ``city``'s other names in
    the gazetteer?  A region's French name from Natural Earth ("Zaporojie") spells the
    Russian name of its city ("Zaporozhye"), not the Ukrainian one GeoNames gives it."""
    if len(query) < _OTHER_NAME_LETTERS:
        return False  # "NY": an abbreviation, no spelling
    return any(
        _spelling_of(query, normalize(alt))
        for alt in gaz.place(city).alternatives
        if alt[:1].isascii() and alt[:1].isalpha()
    )


#: A name this short is compared with the city's own names only.
_OTHER_NAME_LETTERS = 6


#: Letters European languages write for one sound of a transliterated name: French
#: "j" and German "sch" for English "zh" and "sh" ("Zaporijia", "Saporischschja").
_SOUNDS = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("tsch", "ch"), ("sch", "sh"))


def _fold_sounds(name: str) -> str:
    """``name`` with the letters of :data:`_SOUNDS` written alike.

    >>> _fold_sounds("zaporizhzhia"), _fold_sounds("zaporijia")
    ('zaporijjia', 'zaporijia')
    """
    for letters, sound in _SOUNDS:
        name = name.replace(letters, sound)
    return name
