"""A direction whose town its own list does not confirm: the list's villages lie by the
list's known place, not by the namesake town resolution may take.

"Oleksandrivka direction: 12 attacks near Sosnivka, Vorone, Ostapivske, Berezove,
Sichneve and Danylivka": the General Staff's Oleksandrivka is a village by the
Dnipropetrovsk-Donetsk border the gazetteer (``cities500``) lacks; it has a dozen other
Oleksandrivkas, two of them in Donetsk Oblast, 80 km and more from the list.  Villages
of the list the gazetteer lacks were estimated at whichever of those resolution took,
85-92 km off, though a village of the same list (Berezove) the gazetteer has lies a few
km from them.  :func:`list_partner` gives such a village the list's nearest name with a
front-line place among its candidates, when the direction's name has several front-line
namesakes and no front-line candidate of the list's names lies near any of them (a list near one of
them confirms that town: "In the Kupiansk direction ... near Pishchane and Kucherivka"
keeps Kupiansk).  Asked by :func:`geo.text.direction_partners.scope_partner` once the
paragraph offers no partner near the town.  Bounded work: a few mentions each way.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .front import FRONT_REGIONS
from .hints import NEAR_KM
from .other_names import _apart_km
from .tokens import Mention

__all__ = ["list_partner"]

#: The list's names looked at each way from the name (bounded work).
_REACH = 8


def list_partner(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    k: int,
    j: int,
    end: int,
    heres: Sequence[tuple[float, float]],
) -> int | None:
    """The name of ``j``'s "near" list (its siblings, after direction mention ``k`` and
    before character ``end``, nearest first, those after it first) to estimate ``j``
    around, when direction ``k`` is unconfirmed (module docstring): the first with a
    place of the front's regions among its candidates; None when fewer than two of
    ``k``'s candidates are places of the front's regions, when a front-line candidate of
    a name of the list lies within :data:`~geo.text.hints.NEAR_KM` of a place of the
    direction's name (``heres``, (lat, lon) degrees), or when none qualifies."""
    if len(_front_places(gaz, mentions[k])) < 2:
        return None  # one front-line town of the name: the direction's, as before
    siblings = mentions[j].siblings
    found = None
    for step in range(1, _REACH + 1):
        for i in (j + step, j - step):
            if i <= k or i >= len(mentions) or not _has(siblings, i):
                continue
            p = mentions[i]
            if p.start >= end or p.unknown or p.fuzzy or p.key == mentions[k].key:
                continue
            front = _front_places(gaz, p)
            if any(_apart_km(gaz.lat_lon(rec), heres) <= NEAR_KM for rec in front):
                return None  # the list confirms a town of the direction's name
            if found is None and front:
                found = i
    return found


def _front_places(gaz: Gazetteer, m: Mention) -> list[int]:
    """The records of ``m``'s first candidates that are places of the front's regions."""
    return [
        c.record
        for c in m.candidates[:_CANDIDATES]
        if gaz.is_place(c.record)
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in FRONT_REGIONS
    ]


#: The candidates of a name looked at (as many as a direction's places are).
_CANDIDATES = 8


def _has(siblings: Sequence[int], i: int) -> bool:
    """Is mention ``i`` among ``siblings`` (sorted indexes)?  A bisection."""
    at = bisect_left(siblings, i)
    return at < len(siblings) and siblings[at] == i
