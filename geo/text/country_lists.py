"""A first-level region listed with countries or regions: "firefighters from Oregon,
Mexico and Canada", "teams from Bavaria, Austria and Switzerland", "fires in Alaska and
the Yukon".

A list names things of one scale.  A name of the list whose partners are all read as
countries or first-level regions, and which names a state or province by its own name, is
that region, never a town called after it in another region (Oregon, Ohio; Yukon,
Oklahoma beside Alaska) however the text's other places favour the town; a city
(:data:`CITY_POPULATION`) stays the city.  Listed with regions only, the region is one
of their countries or a neighbour's, and no town of theirs is moved ("Berea and
Kentucky": the town and its state, not Lesotho's Berea district).
The list's own regions of one country ("Georgia, Oklahoma and Ohio") are read by
resolution (:mod:`geo.text.evidence`).  Linear in the mentions and their siblings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["CITY_POPULATION", "regions_among_countries"]

#: A place this populous, listed with countries, is the city ("from Kyiv, Poland and
#: Germany"), not a region of its name.
CITY_POPULATION = 100_000
#: What a list's other names must all be read as for a place among them to be a region.
_SCALES = frozenset({"country", "admin1"})


def regions_among_countries(
    gaz: Gazetteer, mentions: Sequence[Mention], resolved: Sequence[tuple[int | None, float]]
) -> list[tuple[int | None, float]]:
    """Resolution with each place of a list of countries or first-level regions read as
    the first-level region of its name, where it names one (module docstring)."""
    out = list(resolved)
    for k, m in enumerate(mentions):
        rec = out[k][0]
        if not m.siblings or rec is None or not gaz.is_place(rec) or m.containers:
            continue
        partners = [out[j][0] for j in m.siblings if 0 <= j < len(out)]
        if not partners or any(p is None or gaz.kind(p) not in _SCALES for p in partners):
            continue
        region = next(
            (
                c.record
                for c in m.candidates
                if c.quality == QUALITY_PRIMARY and gaz.kind(c.record) == "admin1"
            ),
            None,
        )
        if region is None or gaz.population(rec) >= CITY_POPULATION:
            continue  # "Paris, France and Germany": the city
        if (gaz.country_code(rec), gaz.admin1(rec)[0]) == (
            gaz.country_code(region),
            gaz.admin1(region)[0],
        ):
            continue  # a town of the region named after it: the city-or-region question
        if not _beside_regions(gaz, rec, region, partners):
            continue
        out[k] = (region, out[k][1])
    return out


def _beside_regions(gaz: Gazetteer, town: int, region: int, partners: Sequence[int]) -> bool:
    """May the list's first-level regions stand beside ``region`` rather than ``town``?
    Not where the town lies in one of them ("Berea and Kentucky": the town and its state),
    nor where the region's country is none of theirs and borders none ("Berea and
    Kentucky" is no region of Lesotho; "Alaska and the Yukon" share a border)."""
    states = [p for p in partners if gaz.kind(p) == "admin1"]
    home = (gaz.country_code(town), gaz.admin1(town)[0])
    if any((gaz.country_code(p), gaz.admin1(p)[0]) == home for p in states):
        return False
    if len(states) < len(partners):
        return True  # countries among the partners: "Oregon, Mexico and Canada"
    cc = gaz.country_code(region)
    return any(
        cc == gaz.country_code(p) or cc in gaz.neighbours(gaz.country_code(p)) for p in states
    )
