"""A hint that locates a name the gazetteer lacks better than the region the text states.

"Novoandriivka (northwest of Robotyne) in Zaporizhia Oblast": the only Novoandriivka
the gazetteer has lies in Crimea, outside the stated oblast, so the name is left without
a place of its own and would be estimated at the oblast's point, 60 km from Robotyne.
The bracketed direction says more: :func:`hint_locates` is true when the hint states a
bearing from an anchor read as a populated place that lies in the stated first-level
region (or within it, for a region held as a polygon), or states an offset
(:func:`geo.text.hinted.offset_located`); the geoparser then estimates the name by its
hint, inside the region, rather than at the region's point.

Cost: one look-up per such name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..gazetteer.index import Gazetteer
from .hinted import offset_located
from .hints import Hint

__all__ = ["hint_locates"]


def hint_locates(
    gaz: Gazetteer, hint: Hint | None, resolved: Sequence[Any], container: int | None
) -> bool:
    """Does ``hint`` locate a name the text states lies in region ``container`` (gazetteer
    record) better than the region's point (module docstring)?"""
    if offset_located(gaz, hint, resolved, container):
        return True
    if hint is None or hint.bearing_deg is None or container is None:
        return False
    anchor = resolved[hint.anchor][0]
    if anchor is None or not gaz.is_place(anchor) or gaz.kind(container) != "admin1":
        return False
    return (gaz.country_code(anchor), gaz.admin1(anchor)[0]) == (
        gaz.country_code(container),
        gaz.admin1(container)[0],
    )
