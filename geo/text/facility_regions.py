"""The region stated after a facility named after a place: "the Marinovka airbase in the
Volgograd region".

Recognition reads a first-level region stated right after a name as its container
("Marinovka in the Volgograd region": :func:`geo.text.definitions.read_definition`).
Reports of strikes on airbases, refineries and plants name the facility by its place,
with the facility's word between the name and the region: "Drones struck the Shaykovka
airbase in the Kaluga region, the Marinovka airbase in the Volgograd region ...", and
the region was not read: "Marinovka", an alternate name of villages in Ukraine's
Mykolaiv and Odesa oblasts, was read there, 1,000 km off.

:func:`facility_containers` reads the region after the facility's words (one to three of
:data:`geo.text.lexicon.FACILITY_WORDS`: "airbase", "oil refinery", "nuclear power
plant") as the container of a name that has none, and keeps its candidates inside it
(none when none lies there: the name is then located in the region).  Cost: one anchored
pattern a mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .definitions import _keep_inside, region_after_name
from .tokens import Mention

__all__ = ["facility_containers"]

#: The facility's words right after a name ("airbase", "oil refinery", "air base").
_WORDS = re.compile(
    r"\s+(?:oil\s+|military\s+|naval\s+)?([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?"
)


def facility_containers(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Set the container of each name followed by a facility's words and "in the X
    region" (module docstring); in place."""
    for m in mentions:
        if m.containers or m.cue == "region":
            continue
        found = _WORDS.match(text, m.end)
        if found is None:
            continue
        end = 0
        for k in (1, 2, 3):
            word = found.group(k)
            if word is None or word not in lx.FACILITY_WORDS:
                break
            end = found.end(k)
        if not end:
            continue
        regions = region_after_name(text, end, gaz)
        if regions:
            m.containers = regions
            _keep_inside(m, gaz)
