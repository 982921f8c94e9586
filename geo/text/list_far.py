"""A village of a tight "near" list read far from all its partners is not the one meant.

"In the Lyman direction, the occupiers attacked near Novoiehorivka, Hrekivka, Zarichne
and Torske": Zarichne and Torske lie 3 km apart by Lyman, and the only Novoiehorivka
the gazetteer has lies 90 km north of them (the one meant, by Hrekivka, it lacks).
:func:`geo.text.anchors.settle_lists` reads such a name back near its partners only
when it lies more than :data:`~geo.text.list_reach.ASTRAY_KM` off; nearer, a village
the list's partners never come near stays a namesake on the map.

:func:`far_from_partners` leaves such a name without a place, so the geoparser
estimates it by its partners as it does a name the gazetteer lacks
(:func:`geo.text.list_reach.partner_reach_km`), when: the list is tight (its other
names' places all lie within :data:`~geo.text.list_reach.TIGHT_KM` of the anchor's,
at least two of them), the name is read as a village (under
:data:`~geo.text.list_towns.TOWN_POPULATION`) and none of the name's place candidates
lies within ``TIGHT_KM`` of any partner.  A town (under :data:`CITY_POPULATION`) read
over twice that from every partner is read as its namesake nearest them, within that
reach ("near Gulyaipole, Velikaya Novoselka and Kamenskoye": not Kamianske city, 130 km
from both, but the village by Orikhiv).

Cost: for each name of a "near" list, its list's names (bounded) and its candidates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint
from .list_reach import TIGHT_KM, is_partner_hint, list_spread
from .list_towns import TOWN_POPULATION
from .tokens import Mention

__all__ = ["far_from_partners"]

#: A tight list locates a name only with this many of its other names placed near.
MIN_PARTNERS = 2
#: A city this large keeps its reading in any list (a town above
#: :data:`~geo.text.list_towns.TOWN_POPULATION` yields to a namesake near the partners).
CITY_POPULATION = 500_000


def far_from_partners(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each village read far from every partner of its tight "near"
    list left without a place, its score kept (module docstring)."""
    out = list(resolved)
    for j, hint in hints.items():
        rec, score = resolved[j]
        m = mentions[j]
        if rec is None or m.fuzzy or m.unknown or not is_partner_hint(hint, mentions):
            continue
        if not gaz.is_place(rec) or gaz.population(rec) >= CITY_POPULATION:
            continue
        town = gaz.population(rec) >= TOWN_POPULATION
        anchor = resolved[hint.anchor][0]
        if anchor is None or anchor == rec or not gaz.is_place(anchor):
            continue
        spread = list_spread(gaz, mentions, resolved, j, hint)
        if spread is None:
            continue
        near, far, _ = spread
        if far or near + 1 < MIN_PARTNERS:
            continue  # a loose list, or too few partners placed to say
        partners = [gaz.lat_lon(anchor)] + [
            gaz.lat_lon(r)
            for i in m.siblings
            if i != j and (r := resolved[i][0]) is not None and gaz.is_place(r)
        ]
        places = [c.record for c in m.candidates if gaz.is_place(c.record)]
        if town:
            # A town is astray only twice as far off, and then its namesake nearest the
            # partners is meant ("near Gulyaipole, Velikaya Novoselka and Kamenskoye":
            # not Kamianske city, 130 km from both, but the village by Orikhiv).
            out[j] = (_nearer_namesake(gaz, rec, places, partners), score)
        elif all(distance_km(gaz.lat_lon(p), at) > TIGHT_KM for p in places for at in partners):
            out[j] = (None, score)
    return out


def _nearer_namesake(
    gaz: Gazetteer, rec: int, places: Sequence[int], partners: Sequence[tuple[float, float]]
) -> int:
    """``rec``, or where it lies over ``2 * TIGHT_KM`` from every partner, the namesake
    in ``places`` nearest a partner within that reach (``rec`` when none is)."""
    def off(p: int) -> float:
        return min(distance_km(gaz.lat_lon(p), at) for at in partners)

    if off(rec) <= 2 * TIGHT_KM:
        return rec
    best = min(places, key=lambda p: (off(p), p), default=rec)
    return best if off(best) <= 2 * TIGHT_KM else rec
