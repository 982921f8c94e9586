"""Resolution, a region's name two entries bear: a Natural Earth polygon no GeoNames
admin-1 code was matched to, and the GeoNames region itself ("Blue Nile": Blue Nile
State, 408654, by Ed Damazin; and a codeless polygon of the same name by Wad Madani, the
old Blue Nile province).

Where both score alike, the coded region is the name's (:func:`coded_twin`): GeoNames
files the region's towns under its code, and the codeless polygon is what the
reconciliation (:mod:`geo.gazetteer.admin1_codes`) could not match.  Only a twin counts:
the coded entry is itself the region its code names (its own name is its region's
name) and bears the very name of the codeless one, in the same country.  A codeless
polygon that groups coded ones ("Piemonte" over the provinces filed under Piedmont's
code, "Bretagne") or one of another country ("Kurdistan", Iraq's, against Iran's
province) keeps its place.

Cost: a few row look-ups, only for a codeless region among a name's readings.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..gazetteer.index import Gazetteer

__all__ = ["coded_twin", "uncoded_twins"]


def coded_twin(gaz: Gazetteer, uncoded: int, other: int) -> bool:
    """Is ``other`` the coded GeoNames twin of the codeless region ``uncoded`` (see the
    module docstring)?"""
    row, twin = gaz.row(uncoded), gaz.row(other)
    if row.kind != "admin1" or row.admin1[0] or twin.kind != "admin1" or not twin.admin1[0]:
        return False
    name = gaz.name(uncoded)
    return (
        twin.country_code == row.country_code
        and gaz.name(other) == name
        and twin.admin1[1] == name
    )


def uncoded_twins(gaz: Gazetteer, records: Iterable[int]) -> frozenset[int]:
    """The codeless regions among ``records`` whose coded twin is among them too."""
    records = list(records)
    row = gaz.row
    uncoded = [r for r in records if row(r).kind == "admin1" and not row(r).admin1[0]]
    if not uncoded:
        return frozenset()
    return frozenset(u for u in uncoded if any(coded_twin(gaz, u, r) for r in records))
