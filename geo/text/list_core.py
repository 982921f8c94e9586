"""Listed namesake villages astray from their list's core (for
:func:`geo.text.list_partners.anchor_partners`).

"on Yunakivka, Andriivka, Oleksiivka and Basivka": a name of several villages
(:func:`namesake_villages`) none of which lies by the places its partners name together
(:func:`astray_from_core`) is one more village the gazetteer lacks, by those partners.

Cost: the products of a list's partners' candidates (a list's few names).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .front import FRONT_REGIONS
from .hints import NEAR_KM
from .list_towns import TOWN_POPULATION
from .strays import LIST_KM
from .tokens import Mention

__all__ = ["astray_from_core", "namesake_villages"]


def namesake_villages(gaz: Gazetteer, m: Mention) -> bool:
    """Is ``m`` the own name (or an alias) of several places, all smaller than a town
    (:data:`~geo.text.list_towns.TOWN_POPULATION` people): an Andriivka, which may be
    one more the gazetteer lacks?  (A town's old name among them is no such place.)"""
    places = [
        c.record for c in m.candidates if c.quality <= QUALITY_ALIAS and gaz.is_place(c.record)
    ]
    return len(places) > 1 and all(gaz.population(r) < TOWN_POPULATION for r in places)


def astray_from_core(gaz: Gazetteer, mentions: Sequence[Mention], j: int) -> bool:
    """Does name ``j`` name no place within :data:`~geo.text.strays.LIST_KM` of its list's
    core, whichever namesake it is read as?  The core: the front-line places its
    partners name (own names or aliases) within :data:`~geo.text.hints.NEAR_KM` of a
    place another partner names ("Yunakivka ... Basivka", Sumy Oblast; not a namesake
    of one of them 200 km off); every partner but a name of several villages names a
    place of the core.
    Cost: the products of the partners' candidates (a list's few names)."""
    partners = [i for i in mentions[j].siblings if not (mentions[i].unknown or mentions[i].fuzzy)]
    own = [_front_points(gaz, mentions[i]) for i in partners]
    core, apart = [], False
    for a, points in enumerate(own):
        near = [p for p in points if any(
            distance_km(p, q) <= NEAR_KM for b, qs in enumerate(own) if b != a for q in qs
        )]  # fmt: skip
        core.extend(near)
        # A partner of one place (or a town) off the core: the list spans a region
        # ("Kupiansk, Zolochiv, Kozacha Lopan and Borova"), not a few villages.
        apart = apart or (not near and not namesake_villages(gaz, mentions[partners[a]]))
    if not core or apart:
        return False
    places = [c.record for c in mentions[j].candidates if gaz.is_place(c.record)]
    return not any(distance_km(gaz.lat_lon(r), p) <= LIST_KM for r in places for p in core)


def _front_points(gaz: Gazetteer, m: Mention) -> list[tuple[float, float]]:
    """Where the places of the front's regions ``m`` names (own name or alias) lie."""
    return [
        gaz.lat_lon(c.record) for c in m.candidates
        if c.quality <= QUALITY_ALIAS and gaz.is_place(c.record)
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in FRONT_REGIONS
    ]  # fmt: skip
