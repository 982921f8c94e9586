"""Recognition: a town, then its country's name or its US state's code without a comma
("Narvik Norway", "Norwood MA").

Short queries and posts name a town and its country or state with no comma between
("flights to Narvik Norway", "alta norway", "the plant in Norwood MA"). A rare word
before a capitalised name reads like a person's name ("Narvik Norway" as "Ola
Nordmann"), which would drop the country or the state; when the word before is a town
the gazetteer has in the country named after it, or in the US state whose two-letter
postal code follows, both are places.  Cost: two look-ups of the gazetteer, only for a
country's name or a two-letter code after a capitalised word.
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .candidates import MAX_CANDIDATES

__all__ = ["town_of_area", "town_of_country"]


def town_of_area(gaz: Gazetteer, town: str, key: str) -> bool:
    """Is ``key`` (normalised) a country's name or a US state's postal code, and ``town``
    (normalised) a populated place of that country or state ("narvik" before "norway",
    "norwood" before "ma")?"""
    return town_of_country(gaz, town, key) or (len(key) == 2 and _town_of_state(gaz, town, key))


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


def _town_of_state(gaz: Gazetteer, town: str, code: str) -> bool:
    """Is ``code`` a US state's postal code ("ma") and ``town`` a populated place of it?"""
    states = {
        gaz.admin1(c.record)[0]
        for c in gaz.lookup_normalized(code)[:MAX_CANDIDATES]
        if c.quality <= QUALITY_ALIAS
        and gaz.kind(c.record) == "admin1"
        and gaz.country_code(c.record) == "US"
    }
    return bool(states) and any(
        gaz.is_place(c.record)
        and gaz.country_code(c.record) == "US"
        and gaz.admin1(c.record)[0] in states
        for c in gaz.lookup_normalized(town)[:MAX_CANDIDATES]
    )
