"""Recognition, a lake's or islands' name read as a town called so: "Lake Lanao" (not
Lanao on Leyte, 370 km off), "the Matsu islands" (not Matsue, Japan).

Two kinds, told by the word next to the name (:func:`feature_namesake`):

- **after "Lake"**: "Lake X" names the lake, never a town X ("Lake Charles" the town is
  read whole, the gazetteer's own name); a name with a water reading stays (the water
  stage reads it).
- **before "islands"** (or "island", "islets", "archipelago"): the islands, not a town
  reached by another name only (an alternate or foreign spelling: Matsu is one of
  Matsue's); a town of the islands' own name lies on them ("the Farasan islands": the
  town of Farasan) and stays, as do regions and countries ("the Canary islands", "the
  Falkland islands").

Such a name stays a name the text calls a place ("Lake Lanao", whole), with no
candidate: unplaced (and warned about) rather than put at a namesake far away.  Cost:
two anchored matches at each mention.
"""

from __future__ import annotations

import re

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["feature_namesake"]

_LAKE_BEFORE = re.compile(r"\bLake[ \t]+$")
_ISLANDS_AFTER = re.compile(r"[ \t]+(?:[Ii]slands?|[Ii]slets?|[Aa]rchipelago)\b")


def feature_namesake(text: str, m: Mention, gaz: Gazetteer) -> int | None:
    """Where the lake's or islands' name starts ("Lake" of "Lake Lanao", the name itself
    before "islands") when mention ``m`` is one read as a namesake town (module
    docstring), else None."""
    if not m.candidates:
        return None
    kinds = [gaz.kind(c.record) for c in m.candidates]
    lake = _LAKE_BEFORE.search(text, max(0, m.start - 8), m.start)
    if lake is not None:
        return lake.start() if "water" not in kinds else None
    if _ISLANDS_AFTER.match(text, m.end) and all(
        kind == "place" and c.quality >= QUALITY_ALTERNATE
        for kind, c in zip(kinds, m.candidates, strict=True)
    ):
        return m.start
    return None
