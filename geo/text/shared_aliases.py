"""Resolution, a region's name that several regions share: the city it came from.

A province split into regions leaves its old name to each of them as an alias
("Mahajanga": Sofia, Boeny, Betsiboka and Melaky, the four regions of the former
Mahajanga province; "Antsiranana": Diana and Sava).  A bare name read as one of them
picks one region of several alike, by the smallest index or a neighbour's pull, where
the text means the city the province was named after ("protests spread to Antsiranana
and Mahajanga").  :func:`shared_region_aliases` reads such a name as that city: the
place called exactly so that lies in one of the regions sharing the alias (the capital
the province was named after), when the words around it do not call it a region
("Mahajanga province" stays as it is).

A region's own name (or an alias only it has) is no such case: "Kursk" read as Kursk
Oblast is left to the other stages.  Nor is a name that is the own name of the larger
region its parts carry as an alias ("Andalucía", "Cataluña": each of Spain's provinces
has its autonomous community's name as one): when the whole region is a candidate, a
part read by that alias (Seville province, for "Sevilla, Andalucía", pulled by the
city's own region) is read as the whole (:func:`_whole_region`).  Cost: one look at
each mention's candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .candidates import is_namesake
from .tokens import Mention

__all__ = ["shared_region_aliases"]


def shared_region_aliases(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each bare name read as one of several regions that share it as
    an alias read as the city they were named after (see the module docstring); every
    other reading unchanged."""
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        whole = None if rec is None or m.fuzzy or m.against else _whole_region(gaz, m, rec)
        if whole is not None:
            out[k] = (whole, score)
            continue
        if rec is None or m.reading or m.told_by_words() or m.containers or m.repeat:
            continue
        city = _named_city(gaz, m, rec)
        if city is not None:
            out[k] = (city, score)
    return out


def _named_city(gaz: Gazetteer, m: Mention, rec: int) -> int | None:
    """The city ``m`` names when its reading ``rec`` is one of two or more regions of a
    country that share the name as an alias, else None."""
    if gaz.kind(rec) != "admin1":
        return None
    own = next((c.quality for c in m.candidates if c.record == rec), 0)
    if own == 0:
        return None  # the region's own name
    country = gaz.country_code(rec)
    regions = [
        c.record
        for c in m.candidates
        if c.quality > 0
        and gaz.kind(c.record) == "admin1"
        and gaz.country_code(c.record) == country
    ]
    if len(regions) < 2:
        return None
    return next(
        (
            c.record
            for c in m.candidates
            if c.quality == 0
            and gaz.kind(c.record) == "place"
            and any(is_namesake(gaz, c.record, r, m.key) for r in regions)
        ),
        None,
    )


def _whole_region(gaz: Gazetteer, m: Mention, rec: int) -> int | None:
    """The region ``m`` names by its own name when its reading ``rec`` is a part of it
    (a first-level record of the same country) matched only by an alias that is the
    whole's name, the name of the part's own admin-1 region; else None."""
    if gaz.kind(rec) != "admin1":
        return None
    own = next((c.quality for c in m.candidates if c.record == rec), 0)
    if own == 0:
        return None  # the part's own name
    country, whole_name = gaz.country_code(rec), gaz.admin1(rec)[1]
    return next(
        (
            c.record
            for c in m.candidates
            if c.quality == 0
            and c.record != rec
            and gaz.kind(c.record) == "admin1"
            and gaz.country_code(c.record) == country
            and gaz.name(c.record) == whole_name
        ),
        None,
    )
