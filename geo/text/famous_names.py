"""Pass 1 of resolution: a place known the world over by the name itself keeps it
against a place that only lists the name among its other names.

"Bethlehem" is the town of Bethlehem (44 names in the gazetteer, one in every
language), not Belém, Brazil, whose name is the Portuguese for it and which lists
"Bethlehem" among its alternates; "Nazareth" is Nazareth, not Nazrēt (Adama),
Ethiopia, once called so.  Population alone ranks the larger city first, and the
alternate's spelling is close enough to read as a transliteration.  The number of names
the gazetteer holds for a place (:meth:`~geo.gazetteer.lookups.RecordSearch.name_count`)
tells how widely it is known: a place called by the name itself with at least
:data:`FAMOUS_NAMES` names, more than the alternate's own place has, ranks above it.
A small place called so ("Artemovsk", a Siberian village of 9 names) never displaces
the town the name once was (Bakhmut): only well-known places are read this way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Candidate, Gazetteer

__all__ = ["FAMOUS_NAMES", "keep_famous_name"]

#: A place the gazetteer holds this many names for is known the world over.
FAMOUS_NAMES = 30


def keep_famous_name(
    gazetteer: Gazetteer,
    candidates: Sequence[Candidate],
    kinds: Mapping[int, str],
    scored: dict[int, float],
) -> None:
    """Rank the best-known place called by the name itself (module docstring) above the
    places that carry the name only among their alternates and are less widely known
    (``scored`` is changed in place)."""
    alternates = [
        c.record
        for c in candidates
        if c.quality == QUALITY_ALTERNATE and kinds[c.record] == "place"
    ]
    if not alternates:
        return
    own = [
        c.record for c in candidates if c.quality <= QUALITY_ALIAS and kinds[c.record] == "place"
    ]
    if not own:
        return
    lead = max(scored[r] for r in own)
    ahead = [r for r in alternates if scored[r] > lead]
    if not ahead:
        return  # no alternate outranks the places called so: nothing to decide
    count = gazetteer.name_count
    famous = [r for r in own if count(r) >= FAMOUS_NAMES]
    if not famous:
        return
    best = max(famous, key=lambda r: (count(r), scored[r], -r))
    below = scored[best] - 0.001
    for rec in ahead:
        if count(rec) < count(best) and scored[rec] > below:
            scored[rec] = below
