"""Recognition, a lake's or islands' name read as a town called so: "Lake Lanao" (not
Lanao on Leyte, 370 km off), "the Matsu islands" (not Matsue, Japan).

Two kinds, told by the word next to the name (:func:`feature_namesake`):

- **after "Lake"**: "Lake X" names the lake, never a town X ("Lake Charles" the town is
  read whole, the gazetteer's own name); a name with a water reading stays (the water
  stage reads it).
- **before "islands"** (or "island", "islets", "archipelago"): the islands, not a town
  reached by another name only (an alternate or foreign spelling: Matsu is one of
  Matsue's) far from the text's other places; a town reached so near them lies on the
  islands (Baubau, "Buton island"); a town of the islands' own name lies on them ("the
  Farasan islands": the town of Farasan) and stays, as do regions and countries ("the
  Canary islands", "the Falkland islands").

Such a name stays a name the text calls a place ("Lake Lanao", whole), with no
candidate: unplaced (and warned about) rather than put at a namesake far away.  Cost:
two anchored matches at each mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.distance import nearest_km
from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["feature_namesake"]

_LAKE_BEFORE = re.compile(r"\bLake[ \t]+$")
#: A town reached by the islands' name lies on them when this near the text's other places
#: (Baubau, "Buton"; Jamestown, "Conanicut"), and only the first few readings of each
#: other name are looked at (bounded work).
_ISLAND_TOWN_KM = 300.0
_PER_NAME = 5
_ISLANDS_AFTER = re.compile(r"[ \t]+(?:[Ii]slands?|[Ii]slets?|[Aa]rchipelago)\b")


def feature_namesake(
    text: str, m: Mention, gaz: Gazetteer, others: Sequence[Mention] = ()
) -> int | None:
    """Where the lake's or islands' name starts ("Lake" of "Lake Lanao", the name itself
    before "islands") when mention ``m`` is one read as a namesake town (module
    docstring), else None.  ``others``: the text's mentions, whose candidates a town of
    the islands lies near."""
    if not m.candidates:
        return None
    # the candidates' kinds are read only after "Lake" or before "islands" (most names
    # have neither)
    lake = _LAKE_BEFORE.search(text, max(0, m.start - 8), m.start)
    if lake is not None:
        kinds = [gaz.kind(c.record) for c in m.candidates]
        return lake.start() if "water" not in kinds else None
    if (
        _ISLANDS_AFTER.match(text, m.end)
        and all(
            gaz.kind(c.record) == "place" and c.quality >= QUALITY_ALTERNATE
            for c in m.candidates
        )
        and not _near_others(gaz, m, others)
    ):
        return m.start
    return None


def _near_others(gaz: Gazetteer, m: Mention, others: Sequence[Mention]) -> bool:
    """Does a candidate of ``m`` lie within :data:`_ISLAND_TOWN_KM` of a candidate place
    of another name of the text (Baubau on Buton, by the other places of Sulawesi)?"""
    around = [
        c.record
        for o in others
        if o is not m and o.key != m.key
        for c in o.candidates[:_PER_NAME]
        if gaz.kind(c.record) in ("place", "admin1")
    ]
    if not around:
        return False
    there = gaz.coordinates(around)
    return any(nearest_km(gaz.lat_lon(c.record), there) <= _ISLAND_TOWN_KM for c in m.candidates)
