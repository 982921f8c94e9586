"""Pass 1 of resolution: each mention's candidates ranked without context.

:func:`rank_candidates` orders a name's gazetteer matches by name-match quality and
importance, with the namesake rules (a city before the region named after it, a place
called by the name before one that only lists it); :func:`first_readings` gives the
first choice of chosen mentions, memoised per name in the gazetteer as
:func:`geo.text.resolution.resolve` reads them.  The offline geocoder
(:class:`geo.geocoders.GazetteerGeocoder`) ranks with :func:`rank_candidates` too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_PRIMARY
from ..gazetteer.index import Candidate, Gazetteer
from .candidates import candidate_pool, is_namesake
from .coded_regions import uncoded_twins
from .famous_names import keep_famous_name
from .other_names import _POINT_LIKE, keep_own_name
from .tokens import Mention

__all__ = ["Match", "first_readings", "rank_candidates"]

_NAME_SCORE = {QUALITY_PRIMARY: 1.0, QUALITY_ALIAS: 0.95}


class Match(NamedTuple):
    """A ranked candidate: the record, how well its name matched and its score in [0, 1]."""

    record: int
    quality: int
    score: float


def _alternate_score(query: str, primary: str) -> float:
    """Name score of a match on an alternate name: spelling variants of the primary
    name (Sloviansk for Slovyansk) score above unrelated or historical names
    (Sloviansk listed under Nikopol)."""
    # Shared letters, counted with repeats (difflib's quick_ratio): as telling as the full
    # ratio for telling spellings from other names, at a fraction of its cost.
    shared = sum(min(query.count(ch), primary.count(ch)) for ch in set(query))
    similarity = 2 * shared / (len(query) + len(primary)) if query or primary else 1.0
    return 0.875 + 0.05 * similarity


#: Population of a place too large to lose its own name to an alternate's spelling.
_LARGE = 100_000
#: What a city gets for sharing its name with the region it is in: a tie-breaker.
_CO_NAMED = 0.005
#: A place this large that lists a region's name among its other names stays a candidate.
_RENAMED_TOWN = 50_000


def rank_candidates(
    gazetteer: Gazetteer,
    candidates: Sequence[Candidate],
    *,
    prefer_admin1: bool = False,
    query: str | None = None,
) -> list[Match]:
    """Rank name matches without context: name-match quality, then importance.

    A city that shares its name with its own region (Sumy in Sumy Oblast)
    wins a bare-name query; ``prefer_admin1`` (the query said "region",
    "oblast", ...) puts the regions first instead. With the normalised
    ``query``, a match on an alternate name that is a spelling of the
    record's own name counts more than one on an unrelated alternate.  The
    geoparser weighs a place's own name against its other (old, foreign) names in
    pass 2 (:func:`geo.text.evidence.score_candidates`).
    """
    # A country or region called exactly this outranks places named otherwise that
    # merely list the name among their alternates (Mexico, not Mexico City; Minnesota,
    # not Minneota), but not its namesake city (Odesa in the oblast Natural Earth
    # calls "Odessa").
    row = gazetteer.row
    kinds = {c.record: row(c.record).kind for c in candidates}
    regions = [
        c.record
        for c in candidates
        if c.quality == QUALITY_PRIMARY
        and not gazetteer.is_place(c.record)
        and kinds[c.record] in ("country", "admin1")
    ]
    if regions:
        # A town of note called so once stays a candidate of a region's name, for the
        # text to choose (Dovzhansk, Sverdlovsk until 2016, among Luhansk's towns).
        only_admin1 = all(kinds[r] == "admin1" for r in regions)
        candidates = [
            c
            for c in candidates
            if c.quality <= QUALITY_ALIAS
            or any(is_namesake(gazetteer, c.record, r, query) for r in regions)
            or (
                only_admin1
                and kinds[c.record] == "place"
                and row(c.record).population >= _RENAMED_TOWN
            )
        ]
        if any(kinds[r] == "country" for r in regions):
            # Nor does a region that lists a country's own name among its aliases stand
            # for it: "Mexico" is the country, not the Distrito Federal (also "Mexico").
            candidates = [
                c
                for c in candidates
                if not (kinds[c.record] == "admin1" and c.quality > QUALITY_PRIMARY)
            ]
    scored: dict[int, float] = {}
    # A large place called exactly this (Cancún) keeps its name against a larger one
    # that lists it among alternates (Changchun lists "Cancun"): no spelling bonus then.
    spelled = query is not None and not any(
        c.quality == QUALITY_PRIMARY and row(c.record).population >= _LARGE
        for c in candidates
    )
    for c in candidates:
        name_score = _NAME_SCORE.get(c.quality)
        if name_score is None:
            name_score = (
                (_alternate_score(query, gazetteer.name_key(c.record)) if spelled else 0.875)
                if query
                else 0.9
            )
        scored[c.record] = 0.5 * name_score + 0.5 * row(c.record).importance
    if query is not None:
        keep_own_name(gazetteer, candidates, kinds, scored, query)
        keep_famous_name(gazetteer, candidates, kinds, scored)  # Bethlehem, not Belém
    if not prefer_admin1:
        # A region ranks below its namesake city (Sumy in Sumy Oblast).
        places = [c.record for c in candidates if kinds[c.record] == "place"]
        for c in candidates:
            if kinds[c.record] != "admin1":
                continue
            cities = [p for p in places if is_namesake(gazetteer, p, c.record, query)]
            namesakes = [scored[p] for p in cities]
            if namesakes and max(namesakes) <= scored[c.record]:
                scored[c.record] = max(namesakes) - 0.01
            for p in cities:
                # A city named with its own region is the name's best-known bearer
                # against a lone region elsewhere (Gaza, not Gaza province in Mozambique).
                scored[p] += _CO_NAMED
    quality = {c.record: c.quality for c in candidates}
    # "Blue Nile": the coded region before its codeless twin polygon
    twins = uncoded_twins(gazetteer, scored) if "admin1" in kinds.values() else frozenset()
    order = sorted(
        scored,
        key=lambda r: (
            -(prefer_admin1 and kinds[r] == "admin1"),
            -scored[r],
            quality[r],
            r in twins,
            r,
        ),
    )
    new = tuple.__new__  # skips the NamedTuple's Python-level __new__: parsers rank a lot
    return [new(Match, (r, quality[r], round(min(1.0, max(0.0, scored[r])), 4))) for r in order]


def _rank_mention(gaz: Gazetteer, m: Mention) -> list[Match]:
    """Pass 1 of :func:`resolve` for one mention: its candidates ranked without context."""
    pool = candidate_pool(gaz, m)
    if m.demonym_country:
        return rank_candidates(gaz, pool)
    return rank_candidates(gaz, pool, prefer_admin1=m.cue == "region", query=m.key)


# A mention's context-free reading, memoised per name: its ranked candidates, their
# gazetteer rows, and the records of those that are places or counties.
_Ranking = tuple[list[Match], tuple[Any, ...], tuple[int, ...]]


def _ranking(gaz: Gazetteer, ranked: list[Match]) -> _Ranking:
    rows = tuple(gaz.row(r.record) for r in ranked)
    points = tuple(r.record for r, rr in zip(ranked, rows, strict=True) if rr.kind in _POINT_LIKE)
    return ranked, rows, points


def _reading(
    gaz: Gazetteer, memo: dict, m: Mention
) -> tuple[tuple[object, ...], _Ranking]:
    """A mention's memo key and context-free reading (pass 1), from ``memo`` or made."""
    # The candidates too: recognition may have narrowed them for this text (a wide area
    # without a container, a spelling read fuzzily), and a reading kept for another
    # text's candidates would make the output depend on what came before.
    memo_key = (m.key, m.cue, m.containers, m.demonym_country, tuple(m.candidates))
    reading = memo.get(memo_key)
    if reading is None:
        reading = memo[memo_key] = _ranking(gaz, _rank_mention(gaz, m))
    return memo_key, reading


def first_readings(
    gazetteer: Gazetteer, mentions: Sequence[Mention], indexes: Sequence[int]
) -> dict[int, int | None]:
    """Pass 1 of :func:`resolve` for the mentions at ``indexes``: each one's
    context-free first choice (a record, or None when it has no candidate)."""
    memo = gazetteer.memo("geoparse.rank")
    out: dict[int, int | None] = {}
    for j in indexes:
        ranked = _reading(gazetteer, memo, mentions[j])[1][0]
        out[j] = ranked[0].record if ranked else None
    return out
