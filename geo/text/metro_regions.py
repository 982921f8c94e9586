"""Candidates, "the X region" named after a large city: the city's own region.

"The Kharkiv region" is Kharkiv Oblast: the "region" cue keeps a mention's first-level
regions (:func:`geo.text.candidates.candidate_pool`). But "the Charlotte region" and "the
Portland region" speak of a large city's metropolitan area, while the only first-level
regions of those names are parishes of small island states (Charlotte, Saint Vincent;
Portland, Jamaica): a region abroad is no reading of the city's region.
:func:`metro_city` tells such a mention's city, which then stands for it; where a town
of the name lies in a region's own country ("the Donetsk region", "the Lagos region",
"the province of Valencia", "San José Province") the cue keeps the regions.

A large city is one whose own name English news knows as a city
(:func:`geo.text.name_words.is_city_name`: 300,000 people in an English-speaking
country, a million elsewhere), so "the Victoria region" stays the Australian state
(Victoria, British Columbia, and Victoria, Hong Kong, are smaller).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Candidate, Gazetteer

__all__ = ["REGION_TOWN", "metro_city"]

#: A town of the name this large in a region's own country makes the region its region
#: ("the province of Valencia", "San José Province"), whatever city abroad is larger.
REGION_TOWN = 10_000


def metro_city(gaz: Gazetteer, pool: Sequence[Candidate], key: str) -> Candidate | None:
    """The large city a "the X region" mention names, or None.

    ``pool``: the mention's candidates; ``key``: its normalised name. The city is the
    most populous populated place bearing the name (own name or official alias) when
    the name is a large city's (:func:`~geo.text.name_words.is_city_name`) and no town
    of the name of :data:`REGION_TOWN` people or more lies in the country of one of the
    pool's first-level regions; otherwise None (the cue's regions stand).
    """
    regions = [c for c in pool if gaz.kind(c.record) == "admin1"]
    if not regions:
        return None
    places = [c for c in pool if c.quality <= QUALITY_ALIAS and gaz.is_place(c.record)]
    if not places:
        return None
    from .name_words import is_city_name  # name_words imports the candidates stage

    if not is_city_name(gaz, key):
        return None
    countries = {gaz.country_code(c.record) for c in regions}
    if any(
        gaz.country_code(c.record) in countries and gaz.population(c.record) >= REGION_TOWN
        for c in places
    ):
        return None  # a town of the name in a region's country: its region ("Valencia")
    return max(places, key=lambda c: (gaz.population(c.record), -c.record))
