"""Evidence for the geoparser: readings that stray from the text's places.

A text about one country, or two (a front, a border), that names a village the
gazetteer lacks gets, for it, a namesake in a country the text never speaks of, far
from all its places (Tawila in a Darfur story: a hamlet of Yemen).  A name of a "near"
list whose partners lie together gets a village of its name across the country
("near Lozova, Kurylivka, Zahryzove and Pishchane": not Poltava's Pishchane).
:func:`stray_candidates` and :func:`lie_together` tell them;
:func:`geo.text.evidence.score_candidates` weighs them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from .candidates import PROMINENT_POPULATION, is_capital
from .context import Context
from .hints import NEAR_KM
from .other_names import _POINT_LIKE, _apart_km
from .tokens import Mention

if TYPE_CHECKING:
    from .resolution import Match
    from .weights import Weights

__all__ = [
    "LIST_KM",
    "alternates_apart",
    "lie_together",
    "stray_candidates",
    "weak_abroad",
    "weak_rivals",
]

_NONE: dict[int, float] = {}  # shared, never written to


def stray_candidates(
    gaz: Gazetteer,
    w: Weights,
    m: Mention,
    ranked: Sequence[Match],
    rows: Sequence[Any],
    ctx: Context,
    countries: Counter[str],
    own_c: dict[str, int],
) -> dict[int, float]:
    """The candidates (record -> 1.0) of a name that stray from a text about one country
    (or two, a front or a border): places and regions in a country the text's other
    names never speak of, farther than ``w.stray_km`` from all its places, when one or
    two countries hold at least ``w.stray_share`` of the votes of its places and regions.

    A capital called so by its own name, or a town of ``w.stray_population``, strays
    only when the name also has a place among the text's (within ``w.stray_home_km``):
    a story from Texas may still send a family to Cancún.  The name's own country or
    region named in the text keeps it home.
    """
    spoken = _spoken(countries, own_c)  # once for both rules
    weak = weak_abroad(gaz, w, m, ranked, rows, ctx, spoken)
    weak.update(weak_rivals(gaz, w, m, ranked, rows, ctx, spoken))
    # One or two countries (a front line, a border) hold most of the votes of the text's
    # places and regions (countries and demonyms named in passing are no such text); a
    # few do when the text names one of them outright ("Tina, on the Chad border, and
    # Adre": not Ecuador's Tina).
    total = sum(countries.values()) - sum(own_c.values())
    # (only for a name the text marks as a place: a cue, a list, a container; a bare
    # word such as "Viktor" is left to the stages that tell names from places)
    placed_by_text = bool(m.cue or m.siblings or m.containers)
    votes = 1 if placed_by_text and _named_home(ctx, spoken) else w.stray_votes
    if (
        total < votes
        or not ctx.concentrated(m.key, votes, w.stray_share)
        or not ctx.has_others(m.key)
    ):
        return weak or _NONE
    far: list[int] = []
    large: set[int] = set()
    for r, rr in zip(ranked, rows, strict=True):
        cc = rr.country_code
        if not cc or rr.kind == "country" or countries.get(cc, 0) - own_c.get(cc, 0) > 0:
            continue
        if ctx.named_in(m.key, cc, rr.admin1[0]):
            continue
        far.append(r.record)
        if rr.kind == "place" and (
            rr.population >= w.stray_population
            or (r.quality <= QUALITY_ALIAS and is_capital(gaz, r.record))
        ):
            large.add(r.record)
    if not far:
        return _NONE
    points = [r.record for r, rr in zip(ranked, rows, strict=True) if rr.kind in _POINT_LIKE]
    km = ctx.nearest_km(sorted({*far, *points}), m.key)
    # A large town strays only from a namesake among the text's places (Konstantinopol
    # by Kurakhove: not Istanbul, once Constantinople).
    home = any(km[p] <= w.stray_home_km for p in points)
    weak.update({r: 1.0 for r in far if km[r] > w.stray_km and (home or r not in large)})
    return weak or _NONE


def _named_home(ctx: Context, spoken: dict[str, int]) -> bool:
    """Is one of the (at most two) countries holding most of the other names' votes
    named outright in the text ("on the Chad border")?"""
    top = sorted(spoken, key=lambda cc: (-spoken[cc], cc))[:2]
    return bool(ctx.named_countries.intersection(top))


def _spoken(countries: Counter[str], own_c: dict[str, int]) -> dict[str, int]:
    """The votes per country of the text's names other than the one asking (> 0 only):
    the ``spoken`` countries :func:`weak_abroad` and :func:`weak_rivals` are given."""
    votes = {cc: v - own_c.get(cc, 0) for cc, v in countries.items()}
    return {cc: v for cc, v in votes.items() if v > 0}


def _weak_abroad_rows(
    gaz: Gazetteer, m: Mention, ranked: Sequence[Match], rows: Sequence[Any], ctx: Context,
    spoken: dict[str, int],
) -> list[int]:  # fmt: skip
    """The candidate places of ``m`` the name reaches only by a spelling or another name
    (a fuzzy mention, an alternate name, another romanisation's letters), in a country
    the text never speaks of nor names around the name; no capital."""
    return [
        r.record
        for r, rr in zip(ranked, rows, strict=True)
        if rr.kind in _POINT_LIKE
        and (m.fuzzy or r.quality >= QUALITY_ALTERNATE)
        and rr.country_code
        and rr.country_code not in spoken
        and not ctx.named_in(m.key, rr.country_code, rr.admin1[0])
        and not is_capital(gaz, r.record)
    ]


def weak_abroad(
    gaz: Gazetteer,
    w: Weights,
    m: Mention,
    ranked: Sequence[Match],
    rows: Sequence[Any],
    ctx: Context,
    spoken: dict[str, int],
) -> dict[int, float]:
    """The candidates (record -> 1.0) of a name that a text about one country (or a
    border pair: two hold ``w.stray_share`` of its country votes, however few) only
    reaches in a third country by a spelling or another name: a place under
    ``w.stray_population`` people, in a country the text never speaks of, farther than
    ``w.stray_home_km`` from all its places.  "Al-Mazraa" in a story of Suwayda is no
    village of Israel's that GeoNames also calls so; "Shebaa in south Lebanon" no
    Tunisian "Chebba" written the French way.  A village across the border, among the
    text's places, or in a country bordering one the text names outright, stays a
    reading."""
    if gaz.common_rank(m.key) is not None:
        return {}  # "a Roman camp", "Angel": geo.text.everyday_strays judges a word
    total = sum(spoken.values())
    top = sorted(spoken, key=lambda cc: (-spoken[cc], cc))[:2]
    if not total or sum(spoken[cc] for cc in top) < w.stray_share * total:
        return {}
    # A few places are no text's country ("Shebaa ... Mount Hermon" read in the US), one
    # of its countries named outright is ("in south Lebanon").
    if total < w.stray_votes and not ctx.named_countries.intersection(top):
        return {}
    # A neighbour of a country the text names outright may be the place's ("Malam Fatori,
    # near the border with Niger": Nigeria's).
    beside = {cc for named in ctx.named_countries for cc in gaz.neighbours(named)}
    weak = [
        r
        for r in _weak_abroad_rows(gaz, m, ranked, rows, ctx, spoken)
        if gaz.population(r) < w.stray_population and gaz.country_code(r) not in beside
    ]
    if not weak:
        return {}
    km = ctx.nearest_km(weak, m.key) if ctx.has_others(m.key) else {}
    return {r: 1.0 for r in weak if km.get(r, math.inf) > w.stray_home_km}


def weak_rivals(
    gaz: Gazetteer,
    w: Weights,
    m: Mention,
    ranked: Sequence[Match],
    rows: Sequence[Any],
    ctx: Context,
    spoken: dict[str, int],
) -> dict[int, float]:
    """The candidates (record -> 1.0) of a name that is only another name or a spelling
    of each of its places, in a country the text never speaks of and farther than
    ``w.stray_km`` from all its places, when another of those places lies in a country
    the text speaks of, within ``w.stray_km`` of its places: the text's country holds
    the name ("Salif" in a story of Yemen's Red Sea ports is Aş Şalīf, not Algeria's
    Chlef, which GeoNames also calls so).  A city of :data:`PROMINENT_POPULATION` or a
    capital is named for its own sake."""
    if not m.fuzzy and any(r.quality < QUALITY_ALTERNATE for r in ranked):
        return {}
    if not spoken or not ctx.has_others(m.key):
        return {}
    home = [r.record for r, rr in zip(ranked, rows, strict=True)
            if rr.kind in _POINT_LIKE and rr.country_code in spoken]  # fmt: skip
    far = [
        r
        for r in _weak_abroad_rows(gaz, m, ranked, rows, ctx, spoken)
        if gaz.population(r) < PROMINENT_POPULATION
    ]
    if not home or not far:
        return {}
    km = ctx.nearest_km(sorted({*home, *far}), m.key)
    if not any(km[r] <= w.stray_km for r in home):
        return {}
    return {r: 1.0 for r in far if km[r] > w.stray_km}


def lie_together(points: Sequence[tuple[float, float]]) -> bool:
    """Do two of a name's list partners ((lat, lon) degrees, a few) lie within
    :data:`LIST_KM` of each other?"""
    return any(_apart_km(p, points[k + 1 :]) <= LIST_KM for k, p in enumerate(points[:-1]))


#: Two names of a "near" list this far apart or less lie together (each within
#: :data:`~geo.text.hints.NEAR_KM` of the place between them).
LIST_KM = 2 * NEAR_KM


def alternates_apart(
    gaz: Gazetteer,
    ranked: Sequence[Match],
    rows: Sequence[Any],
    partners: Sequence[tuple[float, float]],
    km: float,
) -> frozenset[int]:
    """The places a list name is only another (old, foreign) name of, farther than
    ``km`` from all its list ``partners`` ((lat, lon) of their readings), when another
    place of the name lies within ``km`` of one of them ("the ports of Hodeidah, Salif
    and Ras Isa": Aş Şalīf by Hodeidah, not Chlef, which GeoNames also lists as
    "Salif").  The evidence passes ``w.stray_km``: a partner's own first reading may be
    a namesake, so only a place a country away is ruled out.  A capital or a city of
    :data:`PROMINENT_POPULATION` is never one: it is named for its own sake.  Cost: one
    distance per candidate place and partner."""
    if not partners or not any(r.quality >= QUALITY_ALTERNATE for r in ranked):
        return frozenset()
    far: list[int] = []
    near = False
    for r, rr in zip(ranked, rows, strict=True):
        if rr.kind not in _POINT_LIKE:
            continue
        if _apart_km(rr.lat_lon, partners) <= km:
            near = True
        elif (
            r.quality >= QUALITY_ALTERNATE
            and rr.population < PROMINENT_POPULATION
            and not is_capital(gaz, r.record)
        ):
            far.append(r.record)
    return frozenset(far) if near else frozenset()
