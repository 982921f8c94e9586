"""Recognition: a town, then its country's name without a comma ("Narvik Norway").

Short queries and posts name a town and its country with no comma between ("flights to
Narvik Norway", "alta norway"). A rare word before a capitalised name reads like a
person's name ("Narvik Norway" as "Ola Nordmann"), which would drop the country; when
the word before is a town the gazetteer has in the country named after it, both are
places.  Cost: two look-ups of the gazetteer, only for a country's name after a
capitalised word.
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .candidates import MAX_CANDIDATES

__all__ = ["town_of_country"]


def town_of_country(gaz: Gazetteer, town: str, key: str) -> bool:
    """Is ``key`` (normalised) a country's name and ``town`` (normalised) a populated
    place of that country?"""
    codes = {
        gaz.country_code(c.record)
        for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        if c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "country"
    }
    if not codes:
        return False
    return any(  # any spelling of the town's: "Tromso Norway" (Tromsø)
        gaz.is_place(c.record) and gaz.country_code(c.record) in codes
        for c in gaz.lookup_normalized(town)[:MAX_CANDIDATES]
    )
