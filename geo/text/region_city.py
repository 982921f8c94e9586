"""The city a region read by its bare name is named after: "the Kharkiv Regional Military
Administration ... the city's Industrialnyi district" (Kharkiv, not a town named before).

A name read as a first-level region ("Kharkiv", by its regional administration) still
brings its namesake city to a reader's mind: "the city" that follows is that city.
:func:`region_city` gives it, for :func:`geo.text.city_parts.city_parts`.  Constant work
per mention (its candidates).
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from .hints.base import CITY_POPULATION
from .tokens import Mention

__all__ = ["region_city"]

#: After the name: the region called so ("Ukraine's northeastern Kharkiv region", "the
#: Kharkov Region"), which names the region, not its city (not "Kharkiv Regional ...").
_REGION_WORD = re.compile(r"\s+(?:region|oblast|province)\b", re.IGNORECASE)


def region_city(gaz: Gazetteer, m: Mention, rec: int | None, text: str = "") -> int | None:
    """The gazetteer record of the city of :data:`~geo.text.hints.base.CITY_POPULATION`
    or more among ``m``'s candidates that lies in the first-level region ``rec`` the
    mention was read as (Kharkiv Oblast: Kharkiv), else None (``rec`` None or no region;
    a region named after no city of its own, "Donetsk Oblast" read with Donetsk still is;
    the name followed in ``text`` by "region"/"oblast"/"province": the region called so)."""
    if rec is None or gaz.kind(rec) != "admin1" or _REGION_WORD.match(text, m.end):
        return None
    cc, admin1 = gaz.country_code(rec), gaz.admin1(rec)[0]
    for c in m.candidates:
        r = c.record
        if (
            gaz.kind(r) == "place"
            and gaz.population(r) >= CITY_POPULATION
            and gaz.country_code(r) == cc
            and gaz.admin1(r)[0] == admin1
        ):
            return r
    return None
