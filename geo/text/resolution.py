"""Stage 4 of the geoparser, resolution: a ranked choice or "no confident match".

Pass 1 ranks each mention's candidates without context (:mod:`geo.text.ranking`,
:func:`rank_candidates`: name-match quality, importance, the namesake rule); pass 2
adds the text's evidence (:func:`geo.text.evidence.score_candidates`) and picks one
reading per name, or none below ``Weights.min_score``.  The offline geocoder
(:class:`geo.geocoders.GazetteerGeocoder`) ranks with the same pass 1.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .candidates import PROMINENT_POPULATION, is_capital
from .coded_regions import coded_twin
from .colocation import partnered_points
from .evidence import _NO_SIBLINGS, DEFAULT_WEIGHTS, Context, Weights, score_candidates
from .focus import refocus
from .hints import Hint
from .introduced import as_introduced, stated_candidates
from .local_namesakes import local_namesake
from .local_neighbours import near_neighbour
from .ranking import Match, _Ranking, _reading, first_readings, rank_candidates
from .tokens import Mention
from .town_rereads import towns_not_regions

__all__ = [
    "Match",
    "first_readings",
    "rank_candidates",
    "resolve",
]

_UNKNOWN = object()  # not yet in the memo
#: The kind a list partner the gazetteer lacks counts as (a place of no country).
_UNKNOWN_PLACE = ("place", "")
#: A namesake of a city this large needs the text's own words ("London, Ontario") ...
WORLD_CITY_POPULATION = 5_000_000
#: ... or a place of the text this near it (the next town of local news; Toronto lies
#: 170 km from London, Ontario, Bristol 190 km from Melbourne, Derbyshire).
WORLD_CITY_LOCAL_KM = 150.0
#: A city this large keeps its name, like a city of a million, against a namesake abroad
#: this many times smaller ("from Heidelberg to Portland, Oregon": Heidelberg, Texas, of
#: 1,725 people, is in no story of Oregon); in its own country the text's small towns
#: read together tell ("from Plainview to Elgin": Elgin, Minnesota, not Illinois).
NOTED_CITY_POPULATION = 100_000
NOTED_CITY_RATIO = 50
_RECORD = itemgetter(0)  # Candidate.record


def _prominent_rival(
    gaz: Gazetteer, ranked: Sequence[Match], rows: Sequence[Any], chosen: int
) -> int | None:
    """The capital or city of a million among ``ranked`` (gazetteer ``rows`` alongside)
    that a small ``chosen`` place shares its name with (ten times its population at
    least), or a city of :data:`NOTED_CITY_POPULATION` in another country,
    :data:`NOTED_CITY_RATIO` times its population at least, or None."""
    if not gaz.is_place(chosen):
        return None
    population = gaz.population(chosen)
    for match, rr in zip(ranked, rows, strict=True):
        rec = match.record
        if rec == chosen or match.quality > QUALITY_ALIAS or rr.kind != "place":
            continue
        big = rr.population
        noted = (
            big >= NOTED_CITY_POPULATION
            and population * NOTED_CITY_RATIO <= big
            and rr.country_code != gaz.country_code(chosen)
        )
        if population * 10 > big or not (
            big >= PROMINENT_POPULATION or noted or is_capital(gaz, rec)
        ):
            continue
        return rec
    return None


def _keep_prominent(gaz: Gazetteer, ctx: Context, key: str, chosen: int, rival: int | None) -> int:
    """A capital or a city of a million (``rival``, from :func:`_prominent_rival`) loses
    to a small namesake only on strong evidence.

    Strong evidence is explicit: a container given with the name somewhere in the text
    ("Moscow, Idaho") or the namesake's own region named outright ("Idaho").  The
    countries and places around a name alone ("Washington and Moscow") never do it;
    places of the text near the namesake do (within :data:`~geo.text.context.LOCAL_KM`,
    a large city only within :data:`~geo.text.local_neighbours.LARGE_NEIGHBOUR_KM`:
    "Boston and Chicago ... Paris" is Paris, France; for a rival of
    :data:`WORLD_CITY_POPULATION`, within :data:`WORLD_CITY_LOCAL_KM`: "born in Toronto
    and grew up in London" is London, England).
    """
    if rival is None:
        return chosen
    against = gaz.country_code(rival)
    if gaz.population(rival) >= WORLD_CITY_POPULATION:
        # A world city ("London", "Melbourne"): its namesake needs the text's own words
        # ("London, Ontario") or a place of the text right next to it (local news), not
        # a city a region away ("born in Toronto and grew up in London", "Melbourne and
        # Bristol").
        if ctx.named_around(key, chosen, against):
            return chosen
        near = ctx.has_others(key) and ctx.nearest_km([chosen], key)[chosen] <= WORLD_CITY_LOCAL_KM
        return chosen if near else rival
    if ctx.named_around(key, chosen, against) or near_neighbour(gaz, ctx, key, chosen):
        return chosen  # "Paris and Roxton"; not "Boston and Chicago ... Paris"
    return rival


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

    A name whose namesakes tie without context ("Butler County": eight counties alike)
    has no first reading to lend the text's other names: the one pass 1 takes is the
    first in the index, and Hamilton, Alabama would win by its region.  Where pass 2
    reads such a name otherwise (the county of Ohio that holds Hamilton), the others are
    read once more with that reading as its context (:func:`_reread_ties`).
    """
    # A name's small namesake in the region the text states for it is a candidate of
    # every mention of the name, however far down the look-up it ranks.
    mentions = stated_candidates(mentions, gazetteer)
    hints = hints or {}
    out, scores, rankings, first_choice = _resolve_once(mentions, gazetteer, weights, hints)
    tied = _reread_ties(rankings, first_choice, out)
    tied |= towns_not_regions(gazetteer, first_choice, out)  # "a house in Delaware" (Ohio)
    if tied:
        out, scores, _, _ = _resolve_once(mentions, gazetteer, weights, hints, tied)
    as_introduced(mentions, scores, out, gazetteer)
    return refocus(gazetteer, mentions, out, hints)


def _reread_ties(
    rankings: Sequence[Sequence[Match]],
    first_choice: Sequence[int | None],
    out: Sequence[tuple[int | None, float]],
) -> dict[int, int]:
    """The mentions whose pass-1 reading was a tie (the first two candidates alike)
    that pass 2 read as another candidate: index -> that reading."""
    return {
        k: rec
        for k, (ranked, (rec, _)) in enumerate(zip(rankings, out, strict=True))
        if len(ranked) > 1
        and ranked[0].score == ranked[1].score
        and rec is not None
        and rec != first_choice[k]
    }


def _resolve_once(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    weights: Weights,
    hints: Mapping[int, Hint] | None,
    given: Mapping[int, int] | None = None,
) -> tuple[
    list[tuple[int | None, float]], list[dict[int, float]], list[list[Match]], list[int | None]
]:
    """Passes 1 and 2 of :func:`resolve` (``mentions`` with their stated candidates):
    (readings, each mention's candidate scores, its ranked candidates, its pass-1
    reading); ``given`` overrides the pass-1 reading of the mentions it holds (the
    context the others are read in)."""
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
        first = ranked[0].record if ranked else None
        if m.front and first not in m.front:
            # The front-line prior reads the text's context too (geo.text.front).
            first = next((r.record for r in ranked if r.record in m.front), first)
        first_choice.append(first)
    if given:
        for k, rec in given.items():
            first_choice[k] = rec

    # Names read by spelling alone are no context for the others.
    ctx = Context(
        gaz,
        mentions,
        [None if m.fuzzy else r for m, r in zip(mentions, first_choice, strict=True)],
        candidates=list(
            chain.from_iterable(points for ranked, _, points in readings if len(ranked) > 1)
        ),
        name_points=partnered_points(  # nor governments acting, nor far from a partner
            gazetteer, mentions, [r[2] for r in readings], first_choice, hints
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
                if rec is None and mentions[k].unknown:
                    # A name the gazetteer lacks is a settlement (it has every region):
                    # "toward Hsipaw and Mandalay" lists towns.
                    sibling_kinds[_UNKNOWN_PLACE] = sibling_kinds.get(_UNKNOWN_PLACE, 0) + 1
                elif rec is not None and mentions[k].key != m.key:
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
                gaz,
                w,
                m,
                ranked,
                sibling_kinds,
                ctx,
                hint,
                hint_anchor,
                against,
                rows,
                points,
                first_choice[hint.anchor] if hint_anchor is not None else None,
                partners,
            )
        scores.append(cand_scores)
        # A namesake named to be told apart ("not to be confused with the town of X") is
        # read on its own; a mention the words around it read as the region ("Kharkiv
        # Gov.") with the name's other such mentions, never outvoting the town its
        # dateline and offsets name ("KHARKIV ... 130 km southeast of Kharkiv"); every
        # other mention with the name's other mentions.
        group = (m.key, m.cue, idx) if m.apart else (m.key, m.cue, m.reading == "region")
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
        rec = _coded_on_tie(
            gaz, cand_scores, agg, max(cand_scores, key=lambda r: (agg[r], cand_scores[r], -r))
        )
        if m.against or m.apart:  # the text itself tells the namesakes apart
            s = max(0.0, min(1.0, cand_scores[rec]))
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
            kept = _keep_prominent(gaz, ctx, m.key, rec, rival)
            if rival is None:  # a capital chosen: a namesake the text's places crowd round
                kept = local_namesake(gaz, ctx, m.key, rec, reading[0], reading[1], agg)
            prominent[memo_key] = kept
        rec = kept
        s = max(0.0, min(1.0, cand_scores[rec]))
        out.append(decided.setdefault(same, (rec, s) if s >= w.min_score else (None, s)))
    return out, scores, rankings, first_choice



def _coded_on_tie(
    gaz: Gazetteer, cand_scores: dict[int, float], agg: dict[int, float], rec: int
) -> int:
    """``rec``, or on an exact tie with it its coded GeoNames twin where ``rec`` is a
    codeless Natural Earth polygon (:mod:`geo.text.coded_regions`: Blue Nile State, not
    an old province's polygon of that name by Wad Madani)."""
    row = gaz.row(rec)
    if row.kind != "admin1" or row.admin1[0]:
        return rec
    top = (agg[rec], cand_scores[rec])
    for r in cand_scores:
        if r != rec and (agg[r], cand_scores[r]) == top and coded_twin(gaz, rec, r):
            return r
    return rec
