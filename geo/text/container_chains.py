"""A name, its region and the region's country, joined by commas: one place.

"Bagdad, Tamaulipas, Mexico", "Cordoba, Veracruz, Mexico", "Perth, Ontario, Canada":
three names joined by commas alone, the last a country and the middle one a first-level
region of that country, are a town, its state and its state's country, as a reader
takes them, not a list of three places. :func:`is_container_chain` tells
:func:`geo.text.containers.link_lists` so; the town then keeps the container read
after it (:func:`geo.text.containers.read_container`), as "Bagdad, Tamaulipas" does.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from .definitions import region_readings
from .tokens import Mention

__all__ = ["is_container_chain"]

#: What may follow the country of a chain: punctuation, the end of the text, or a
#: word in lower case ("..., Mexico, on Tuesday", "..., Mexico."), not another name of
#: a list ("..., Mexico, Peru and Chile") or a verb of the country as an actor
#: ("..., Mexico said").
_AFTER = re.compile(
    r"(?:\s*$|\s*[.;:!?)\]—–]"
    r"|,\s+(?:on|in|at|last|this|where|when|and\s+[a-z])\b"
    r"|\s+(?:on|in|at|last|this)\b)"
)


def is_container_chain(
    text: str, mentions: list[Mention], group: list[int], gaz: Gazetteer
) -> bool:
    """Are the names of ``group`` (indexes into ``mentions``, joined in the text by
    ``", "`` alone) a place, its region and the region's country ("Bagdad, Tamaulipas,
    Mexico")?  Three names; the last a country's name, the middle one's readings
    include a first-level region of that country, the first neither a region of that
    country nor called a region ("the province of X"); and no further name follows the
    country."""
    if len(group) != 3:
        return False
    town, region, country = (mentions[k] for k in group)
    if any(text[a.end : b.start] != ", " for a, b in ((town, region), (region, country))):
        return False
    codes = {cc for kind, cc, _ in region_readings(gaz, country.key) if kind == "country"}
    if not codes:
        return False
    regions = region_readings(gaz, region.key)
    if not any(kind == "admin1" and cc in codes for kind, cc, _ in regions):
        return False
    if town.cue == "region" or any(cc in codes for _, cc, _ in region_readings(gaz, town.key)):
        # "Sonora, Chihuahua, Mexico": three regions, a list; "the province of Trujillo,
        # La Libertad Region, Peru": a region first, read as a list of regions reads it.
        return False
    return _AFTER.match(text, country.end) is not None
