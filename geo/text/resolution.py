"""Stage 4 of the geoparser, resolution: a ranked choice or "no confident match".

Pass 1 ranks each mention's candidates without context (:func:`rank_candidates`:
name-match quality, importance, the namesake rule); pass 2 adds the text's
evidence (:func:`geo.text.evidence.score_candidates`) and picks one reading per
name, or none below ``Weights.min_score``.  The offline geocoder
(:class:`geo.geocoders.GazetteerGeocoder`) ranks with the same pass 1.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any, NamedTuple

from ..gazetteer.build import QUALITY_ALIAS, QUALITY_PRIMARY
from ..gazetteer.index import Candidate, Gazetteer
from .candidates import (
    PROMINENT_POPULATION,
    candidate_pool,
    is_capital,
    is_namesake,
    is_other_name,
)
from .evidence import _NO_SIBLINGS, _POINT_LIKE, DEFAULT_WEIGHTS, Context, Weights, score_candidates
from .focus import refocus
from .hints import Hint
from .tokens import Mention

__all__ = ["Match", "first_readings", "rank_candidates", "resolve"]

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
        candidates = [
            c
            for c in candidates
            if c.quality <= QUALITY_ALIAS
            or any(is_namesake(gazetteer, c.record, r, query) for r in regions)
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
        _keep_own_name(gazetteer, candidates, kinds, scored, query)
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
    order = sorted(
        scored,
        key=lambda r: (
            -(prefer_admin1 and kinds[r] == "admin1"),
            -scored[r],
            quality[r],
            r,
        ),
    )
    new = tuple.__new__  # skips the NamedTuple's Python-level __new__: parsers rank a lot
    return [new(Match, (r, quality[r], round(min(1.0, max(0.0, scored[r])), 4))) for r in order]


#: A place listing a name among its alternates outranks a place called so only when it
#: is this many times as populous ...
_OWN_NAME_RATIO = 10
#: ... or a town this large.
_OWN_NAME_TOWN = 50_000


def _keep_own_name(
    gazetteer: Gazetteer,
    candidates: Sequence[Candidate],
    kinds: Mapping[int, str],
    scored: dict[int, float],
    query: str,
) -> None:
    """Rank a place called by the name itself above the places that list it among their
    alternates as an unrelated (old, other) name, unless one of those is a town of note
    or far larger (``scored`` is changed in place).

    "Chornobyl" is the town of Chornobyl, not Lazurnyi (13,000 people), which GeoNames
    also lists under that name; "Artemovsk" stays Bakhmut (80,000), the town's old name,
    against the village of Artemovsk in Siberia (2,000).  An alternate spelt like its
    place's own name ("Vasilyevka" for Vasylivka) is that place's: left alone.
    """
    row = gazetteer.row
    own = [
        c.record for c in candidates if c.quality <= QUALITY_ALIAS and kinds[c.record] == "place"
    ]
    if not own:
        return
    top = max(own, key=lambda r: (scored[r], -r))
    bar = min(_OWN_NAME_RATIO * row(top).population, _OWN_NAME_TOWN)
    below = scored[top] - 0.001
    for c in candidates:
        rec = c.record
        if (
            c.quality > QUALITY_ALIAS
            and kinds[rec] == "place"
            and scored[rec] > below
            and row(rec).population < bar
            and is_other_name(gazetteer, c, query)
        ):
            scored[rec] = below


def _rank_mention(gaz: Gazetteer, m: Mention) -> list[Match]:
    """Pass 1 of :func:`resolve` for one mention: its candidates ranked without context."""
    pool = candidate_pool(gaz, m)
    if m.demonym_country:
        return rank_candidates(gaz, pool)
    return rank_candidates(gaz, pool, prefer_admin1=m.cue == "region", query=m.key)


_UNKNOWN = object()  # not yet in the memo
_RECORD = itemgetter(0)  # Candidate.record


def _prominent_rival(
    gaz: Gazetteer, ranked: Sequence[Match], rows: Sequence[Any], chosen: int
) -> int | None:
    """The capital or city of a million among ``ranked`` (gazetteer ``rows`` alongside)
    that a small ``chosen`` place shares its name with (ten times its population at
    least), or None."""
    if not gaz.is_place(chosen):
        return None
    population = gaz.population(chosen)
    for match, rr in zip(ranked, rows, strict=True):
        rec = match.record
        if rec == chosen or match.quality > QUALITY_ALIAS or rr.kind != "place":
            continue
        big = rr.population
        if population * 10 > big or not (big >= PROMINENT_POPULATION or is_capital(gaz, rec)):
            continue
        return rec
    return None


def _keep_prominent(gaz: Gazetteer, ctx: Context, key: str, chosen: int, rival: int | None) -> int:
    """A capital or a city of a million (``rival``, from :func:`_prominent_rival`) loses
    to a small namesake only on strong evidence.

    Strong evidence is explicit: a container given with the name somewhere in the text
    ("Moscow, Idaho") or the namesake's own region named outright ("Idaho").  The
    countries and places around a name alone ("Washington and Moscow") never do it.
    """
    if rival is None or ctx.strongly_located(key, chosen, gaz.country_code(rival)):
        return chosen
    return rival


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


_NOT_AGAINST: tuple[tuple[object, ...], tuple[object, ...]] = ((), ())


def _against(
    gaz: Gazetteer, m: Mention, first_choice: Sequence[int | None]
) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """A mention's negative hints as read in pass 1: ((hint, anchor (lat, lon)), ...) for
    "not the X north-east of / near Y", and ((country, admin-1 code or ""), ...) for "not
    the X in Donetsk Oblast"."""
    located: list[tuple[Hint, tuple[float, float]]] = []
    inside: list[tuple[str, str]] = []
    for negation in m.against:
        if negation.where is not None:
            anchor = first_choice[negation.where.anchor]
            if anchor is not None and gaz.is_place(anchor):
                located.append((negation.where, gaz.lat_lon(anchor)))
        elif negation.container >= 0:
            region = first_choice[negation.container]
            if region is not None:
                r = gaz.row(region)
                if r.kind == "admin1":
                    inside.append((r.country_code, r.admin1[0]))
                elif r.kind == "country":
                    inside.append((r.country_code, ""))
    return tuple(located), tuple(inside)


#: The names either side of a name in its list read as its partners.
_LIST_WINDOW = 4


def _partners(
    gaz: Gazetteer,
    k: int,
    mentions: Sequence[Mention],
    first_choice: Sequence[int | None],
) -> tuple[tuple[float, float], ...]:
    """(lat, lon) degrees of the places that mention ``k``'s list partners (a few either
    side of it, read by their names, not by spelling) were read as in pass 1."""
    siblings = mentions[k].siblings
    at = bisect_left(siblings, k)
    out = []
    for j in siblings[max(0, at - _LIST_WINDOW) : at + _LIST_WINDOW]:
        rec = first_choice[j]
        if rec is not None and not mentions[j].fuzzy and gaz.is_place(rec):
            out.append(gaz.row(rec).lat_lon)
    return tuple(out)


def resolve(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    hints: Mapping[int, Hint] | None = None,
) -> list[tuple[int | None, float]]:
    """Choose a record (or None) for each mention; returns (record, score) per mention.

    ``hints`` maps a mention's index to the relative-location hint stated with it
    (:func:`geo.text.hints.read_hints`): evidence for the namesake that lies there.
    """
    hints = hints or {}
    w = weights
    gaz = gazetteer
    row = gaz.row
    # Pass 1: context-free choice (name quality, importance, namesake rule), the same for
    # every text: memoised in the gazetteer per name, cue and container.
    ranking_memo = gaz.memo("geoparse.rank")
    # One read, not one each (the candidates' records, gathered in C).
    gaz.rows_many(map(_RECORD, chain.from_iterable([m.candidates for m in mentions])))
    first_choice: list[int | None] = []
    rankings: list[list[Match]] = []
    readings: list[_Ranking] = []
    memo_keys: list[tuple[object, ...]] = []
    for m in mentions:
        memo_key, reading = _reading(gaz, ranking_memo, m)
        memo_keys.append(memo_key)
        readings.append(reading)
        ranked = reading[0]
        rankings.append(ranked)
        first_choice.append(ranked[0].record if ranked else None)

    # Names read by spelling alone are no context for the others.
    ctx = Context(
        gaz,
        mentions,
        [None if m.fuzzy else r for m, r in zip(mentions, first_choice, strict=True)],
        candidates=list(
            chain.from_iterable(points for ranked, _, points in readings if len(ranked) > 1)
        ),
    )

    by_key: dict[tuple[object, ...], dict[int, float]] = defaultdict(dict)
    groups: list[tuple[object, ...]] = []  # the mentions read as one: a name and its cue
    scores: list[dict[int, float]] = []
    # Mentions of one name with the same cue, container and list read alike.
    scored: dict[tuple[object, ...], dict[int, float]] = {}
    for idx, (m, (ranked, rows, points)) in enumerate(zip(mentions, readings, strict=True)):
        hint = hints.get(idx) if hints else None
        hint_anchor = None
        if hint is not None:
            anchor = first_choice[hint.anchor]
            if anchor is not None and gaz.is_place(anchor):
                hint_anchor = row(anchor).lat_lon
            else:
                hint = None
        # The kinds (and countries) its list siblings were read as in pass 1.
        sibling_kinds: Counter[tuple[str, str]] = _NO_SIBLINGS
        if m.siblings:
            sibling_kinds = Counter()
            for k in m.siblings:
                rec = first_choice[k]
                if rec is not None and mentions[k].key != m.key:
                    r = row(rec)
                    kind = (r.kind, r.country_code)
                    sibling_kinds[kind] = sibling_kinds.get(kind, 0) + 1
        # Where its list partners were read in pass 1 (a name spelt otherwise, or
        # another name of a place, must lie near one of them).
        partners = _partners(gaz, idx, mentions, first_choice) if m.siblings else ()
        signature = (
            partners,
            m.key,
            m.cue,
            m.containers,
            m.demonym_country,
            m.reading,
            m.fuzzy,
            hint,
            hint_anchor,
            tuple(sorted(sibling_kinds.items())) if sibling_kinds else (),
        )
        against = _against(gaz, m, first_choice) if m.against else _NOT_AGAINST
        if m.against:
            signature += against
        cand_scores = scored.get(signature)
        if cand_scores is None:
            cand_scores = scored[signature] = score_candidates(
                gaz, w, m, ranked, sibling_kinds, ctx, hint, hint_anchor, against, rows, points,
                first_choice[hint.anchor] if hint_anchor is not None else None,
                partners,
            )
        scores.append(cand_scores)
        # A namesake named to be told apart ("not to be confused with the town of X") is
        # read on its own; every other mention with the name's other mentions.
        group = (m.key, m.cue, idx) if m.apart else (m.key, m.cue)
        groups.append(group)
        agg = by_key[group]
        for rec, s in cand_scores.items():
            agg[rec] = agg.get(rec, 0.0) + s

    out: list[tuple[int | None, float]] = []
    prominent: dict[tuple[object, ...], int] = {}  # one decision per name and reading
    rivals = gaz.memo("geoparse.rival")
    # Mentions of one group with the same scores (one dict, shared through ``scored``)
    # are decided alike: each decision is made once.
    decided: dict[tuple[object, int], tuple[int | None, float]] = {}
    for m, reading, cand_scores, group, reading_key in zip(
        mentions, readings, scores, groups, memo_keys, strict=True
    ):
        if not cand_scores:
            out.append((None, 0.0))
            continue
        same = (group, id(cand_scores))  # the dicts live as long as ``scores``
        found = decided.get(same)
        if found is not None:
            out.append(found)
            continue
        agg = by_key[group]
        rec = max(cand_scores, key=lambda r: (agg[r], cand_scores[r], -r))
        if m.against or m.apart:  # the text itself tells the namesakes apart
            s = min(1.0, cand_scores[rec])
            out.append(decided.setdefault(same, (rec, s) if s >= w.min_score else (None, s)))
            continue
        memo_key = (*reading_key, rec)
        kept = prominent.get(memo_key)
        if kept is None:
            # The rival is the same for every text (memoised in the gazetteer, like the
            # ranking it is read from); the evidence against it is the text's.
            rival = rivals.get(memo_key, _UNKNOWN)
            if rival is _UNKNOWN:
                rival = rivals[memo_key] = _prominent_rival(gaz, reading[0], reading[1], rec)
            kept = prominent[memo_key] = _keep_prominent(gaz, ctx, m.key, rec, rival)
        rec = kept
        s = min(1.0, cand_scores[rec])
        out.append(decided.setdefault(same, (rec, s) if s >= w.min_score else (None, s)))
    return refocus(gaz, mentions, out, hints)
