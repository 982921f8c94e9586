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
:data:`~geo.text.list_towns.TOWN_POPULATION`: a known town keeps its name), and none
of the name's place candidates lies within ``TIGHT_KM`` of any partner.

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
        if not gaz.is_place(rec) or gaz.population(rec) >= TOWN_POPULATION:
            continue
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
        if all(
            distance_km(gaz.lat_lon(p), at) > TIGHT_KM for p in places for at in partners
        ):
            out[j] = (None, score)
    return out
