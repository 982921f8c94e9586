"""Resolution, a town's own name over another city's old name where the text's other
places lie by the town: "England beat France at Twickenham" (Twickenham of London, not
Huntsville, Alabama, once called Twickenham).

Resolution weighs a large city read by an alternate (historical or foreign-language)
name against a small town read by its own name, and the city's size can win with little
said for either.  A name read by an alternate name only, among whose candidates a place
bears the name as its own, is that place when the text's other names are read in its
first-level region and none in the alternate reading's country: the text speaks of where
the town is (its country alone is too wide a hint: "Río de la Plata" in a text of
American places is no town of Rio, Wisconsin).

A name the text's own words place (a container, a cue of kind, a fuzzy spelling) is
left, and so is a reading by an alias or an own name.  Several own-name towns fit: the
first candidate (the gazetteer's order, most populous first) in the region.

Cost: one pass over the mentions for the regions and countries read, then a look at each
alternate-name reading's candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE, QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["own_name_towns"]

_KINDS = frozenset({"place", "admin1", "country"})


def own_name_towns(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each alternate-name reading moved to a town of that name whose
    region the text's other names are read in (module docstring)."""
    out = list(resolved)
    regions: dict[tuple[str, str], set[str]] = {}  # (country, admin1) -> names read there
    countries: dict[str, set[str]] = {}
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or gaz.kind(rec) not in _KINDS:
            continue
        cc = gaz.country_code(rec)
        countries.setdefault(cc, set()).add(m.key)
        for region in _region_keys(gaz, rec):
            regions.setdefault(region, set()).add(m.key)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or m.told_by_words() or m.containers:
            continue
        if m.fuzzy or m.unknown or m.cue not in ("", "in"):
            continue
        if min((c.quality for c in m.candidates if c.record == rec), default=0) < QUALITY_ALTERNATE:
            continue  # read by a name of its own, or an alias
        if _others(countries.get(gaz.country_code(rec)), m.key):
            continue  # the text speaks of the alternate reading's country too
        towns = [
            c.record
            for c in m.candidates
            if c.quality == QUALITY_PRIMARY and gaz.kind(c.record) == "place"
        ]
        home = next(
            (t for t in towns if any(_others(regions.get(r), m.key) for r in _region_keys(gaz, t))),
            None,
        )
        if home is not None:
            out[k] = (home, score)
    return out


def _region_keys(gaz: Gazetteer, rec: int) -> set[tuple[str, str]]:
    """The first-level regions a place or region lies in (itself too), by GeoNames code
    and by name: England's record has no code, its towns name it ("#England")."""
    if gaz.kind(rec) == "country":
        return set()
    cc = gaz.country_code(rec)
    code, name = gaz.admin1(rec)
    keys = {(cc, code)} if code else set()
    if name:
        keys.add((cc, "#" + name))
    if gaz.kind(rec) == "admin1":
        keys.add((cc, "#" + gaz.name(rec)))
    return keys


def _others(keys: set[str] | None, key: str) -> bool:
    """Does a name other than ``key`` read a place there?"""
    return bool(keys) and any(k != key for k in keys)  # type: ignore[union-attr]
