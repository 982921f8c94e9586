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

__all__ = ["LIST_KM", "alternates_apart", "lie_together", "stray_candidates"]

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
    # One or two countries (a front line, a border) hold most of the votes of the text's
    # places and regions (countries and demonyms named in passing are no such text).
    if not ctx.concentrated(m.key, w.stray_votes, w.stray_share):
        return _NONE
    if not ctx.has_others(m.key):
        return _NONE
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
    return {r: 1.0 for r in far if km[r] > w.stray_km and (home or r not in large)}


def lie_together(points: Sequence[tuple[float, float]]) -> bool:
    """Do two of a name's list partners ((lat, lon) degrees, a few) lie within
    :data:`LIST_KM` of each other?"""
    return any(
        _apart_km(p, points[k + 1 :]) <= LIST_KM for k, p in enumerate(points[:-1])
    )


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
