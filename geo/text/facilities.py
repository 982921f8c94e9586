"""Stage 4b of the geoparser: a power plant named after a city, read at its site.

"The Zaporizhzhia Nuclear Power Plant" names a city, but the plant stands at Enerhodar,
55 km off.  Recognition keeps such a name with the cue ``"facility"``
(:mod:`geo.text.context_rules`); :func:`locate_facilities` moves the reading of a
plant whose site the table :data:`~geo.text.lexicon.facilities.FACILITY_SITES` knows
from the namesake city (or region) to the town at the site.  Other facilities ("the
Kherson airport") stay where their name is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .lexicon.facilities import FACILITY_KINDS, FACILITY_SITES
from .tokens import Mention

__all__ = ["locate_facilities"]

_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def locate_facilities(
    text: str,
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """The resolution (record, score) of each mention, with a power plant named after
    a city read at the town at its site.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (int or None, float)
        :func:`geo.text.resolution.resolve`'s answer, one per mention (not modified).

    Examples
    --------
    >>> from geo import load_gazetteer                      # doctest: +SKIP
    >>> from geo.text.geoparse import geoparse              # doctest: +SKIP
    >>> [t.place.name for t in geoparse(
    ...     "Shelling near the Zaporizhzhia NPP.", load_gazetteer())]  # doctest: +SKIP
    ['Enerhodar']
    """
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if m.cue != "facility" or rec is None:
            continue
        word = _NEXT_WORD.match(text, m.end)
        kind = FACILITY_KINDS.get(word.group(1).lower()) if word is not None else None
        site = FACILITY_SITES.get((gazetteer.geonameid(rec), kind)) if kind else None
        if site is None:
            continue
        found = _site_record(gazetteer, *site)
        if found is not None:
            out[k] = (found, score)
    return out


def _site_record(gaz: Gazetteer, geonameid: int, name: str) -> int | None:
    """The gazetteer record of a site's town, found by its name and GeoNames id."""
    memo = gaz.memo("facilities.site")
    found = memo.get(geonameid, -1)
    if found == -1:
        found = memo[geonameid] = next(
            (c.record for c in gaz.lookup(name) if gaz.geonameid(c.record) == geonameid), None
        )
    return found
