"""The place a border phrase is read by: "near the border" in a sentence that names
Sumy is Ukraine's border nearest Sumy (:func:`context_place`, used by
:func:`.regions.border_line`).

Cost: a sentence's toponyms a phrase (bisection of the toponyms' starts, indexed once a
text), and a bisection for the towns named before it.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ...model import Place, Toponym
from .context import Context
from .vocabulary import _THE_CITY

__all__ = ["context_place", "other_country"]


@dataclass(frozen=True)
class _Index:
    """A text's toponyms indexed once: ``starts`` (None when the toponyms are not in order
    of start); the towns (resolved populated places) by end, ``town_ends``, and for the
    first ``n + 1`` of them, ``one_town[n]``: the last toponym index of their one town
    (None when they are several)."""

    toponyms: Sequence[Toponym]
    starts: list[int] | None
    town_ends: list[int]
    one_town: list[int | None]


_INDEXES: weakref.WeakKeyDictionary[Context, _Index] = weakref.WeakKeyDictionary()


def _index(ctx: Context) -> _Index:
    """``ctx``'s :class:`_Index`, made once (again if its toponyms were replaced)."""
    found = _INDEXES.get(ctx)
    if found is not None and found.toponyms is ctx.toponyms:
        return found
    tops = ctx.toponyms
    starts = [t.start for t in tops]
    ordered = all(a <= b for a, b in pairwise(starts))
    towns = sorted(
        (t.end, i) for i, t in enumerate(tops) if t.place is not None and t.place.kind == "place"
    )
    one: list[int | None] = []
    first_id, last = None, -1
    for n, (_, i) in enumerate(towns):
        gid = tops[i].place.geonameid
        if n == 0:
            first_id = gid
        if (one and one[-1] is None) or gid != first_id:
            one.append(None)
        else:
            last = max(last, i)
            one.append(last)
    found = _Index(tops, starts if ordered else None, [e for e, _ in towns], one)
    _INDEXES[ctx] = found
    return found


def _in_sentence(ctx: Context, s: int, e: int) -> range:
    """Indexes of the toponyms that may lie in ``s:e`` (all, with toponyms out of order)."""
    starts = _index(ctx).starts
    if starts is None:
        return range(len(ctx.toponyms))
    return range(bisect_left(starts, s), bisect_right(starts, e))


def context_place(
    ctx: Context, start: int, end: int, *, exclude: Sequence[str] = (), only: Sequence[str] = ()
) -> int | None:
    """The resolved place or region nearest the phrase in its sentence; in a sentence
    that names none but refers back to one before the phrase ("The city lies about 30 km
    from the Russian border"), the last place named before it in its paragraph, or else
    the one town the text has named before it (none when it named several); failing
    those, when the border's countries are known (``exclude`` or ``only``), the first one
    the phrase itself names ("the Kursk-Sumy border"; not "the Donetsk-Dnipropetrovsk
    border", a boundary of regions whose nearest border is no reading of it).

    Its country is not in ``exclude`` and, when ``only`` is given, is in ``only``.
    """
    s, e = ctx.sentence(start, end)
    best, best_gap = None, None

    def fits(p: Place | None, kinds: tuple[str, ...] = ("place", "admin1")) -> bool:
        return (
            p is not None
            and p.kind in kinds
            and bool(p.country_code)
            and p.country_code not in exclude
            and (not only or p.country_code in only)
        )

    inside = None  # "near the Kursk-Sumy border": its own towns and regions, failing others
    for i in _in_sentence(ctx, s, e):
        t = ctx.toponyms[i]
        if not (s <= t.start and t.end <= e) or not fits(t.place):
            continue
        gap = start - t.end if t.end <= start else t.start - end
        if gap < 0:
            inside = i if inside is None else inside
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = i, gap
    if best is None and _THE_CITY.search(ctx.text, s, start) is not None:
        before = ctx.last_place_before(s)
        if before is None:  # a paragraph or more on: the one town the text named, if one
            index = _index(ctx)
            n = bisect_right(index.town_ends, s)
            before = index.one_town[n - 1] if n else None
        if before is not None and fits(ctx.toponyms[before].place, ("place",)):
            best = before
    return best if best is not None or not (exclude or only) else inside


def other_country(ctx: Context, start: int, end: int, codes: list[str]) -> list[str]:
    """The two countries of a border the phrase ``start:end`` names by one (``codes``)
    when every place its sentence names lies in that one: ``codes`` and the one other
    country the sentence names ("Ukraine's border guard service reinforced its positions
    on the border with Belarus ... near Gomel": BY and UA); naming none or several, []
    (the caller takes the border nearest the sentence's place, which is that country's:
    "a buffer zone along the Ukrainian border in the Sumy region", with Russia)."""
    s, e = ctx.sentence(start, end)
    tops = ctx.toponyms
    others = {t.place.country_code for t in (tops[i] for i in _in_sentence(ctx, s, e))
              if s <= t.start and t.end <= e and t.place is not None and t.place.kind == "country"
              and t.place.country_code and t.place.country_code not in codes}  # fmt: skip
    return [*codes, others.pop()] if len(others) == 1 else []
