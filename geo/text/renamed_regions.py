"""Candidates, a region called after its seat's new name: "the Dnipro region" is
Dnipropetrovsk Oblast, "the Kropyvnytskyi region" Kirovohrad Oblast, "the Yekaterinburg
region" Sverdlovsk Oblast.

A seat renamed while its region kept the old name leaves the gazetteer's region without
the city's new name, so "the X region" finds only the city.  :func:`add_renamed_regions`
gives such a mention (the "region" cue, no region among its candidates) the region its
city lies in when the gazetteer also calls that city by the region's name (Dnipro was
Dnipropetrovsk): the region's name is the city's old one, which is what makes it the
region's seat, not merely a city inside it ("the Chicago region" is no Illinois; Chicago
was never called so).  One look-up of each region's name per such name (memoised):
linear in the mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Candidate, Gazetteer
from .tokens import Mention

__all__ = ["add_renamed_regions"]


def add_renamed_regions(gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Give each "X region" mention whose candidates hold no region the region of the
    city whose old name the region bears (module docstring); ``mentions`` are changed in
    place, the regions put first."""
    memo = gaz.memo("renamed_regions")
    for m in mentions:
        if m.cue != "region" or m.demonym_country or m.fuzzy or not m.candidates:
            continue
        key = (m.key, tuple(c.record for c in m.candidates))
        added = memo.get(key)
        if added is None:
            added = memo[key] = _renamed(gaz, m.key, m.candidates)
        if added:
            m.candidates = [*added, *m.candidates]


def _renamed(gaz: Gazetteer, query: str, candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    if any(gaz.kind(c.record) == "admin1" for c in candidates):
        return ()
    found: list[Candidate] = []
    for c in candidates:
        if gaz.kind(c.record) != "place":
            continue
        code, _ = gaz.admin1(c.record)
        for region in gaz.regions(gaz.country_code(c.record), code):
            old = gaz.name_key(region)
            if old == query or any(r.record == region for r in found):
                continue
            if any(r.record == c.record for r in gaz.lookup_normalized(old)):
                found.append(Candidate(region, c.quality))
    return tuple(found)
