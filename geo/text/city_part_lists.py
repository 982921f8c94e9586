"""A city's parts named after its possessive, one or a list: "Kharkiv's Saltivskyi and
Kyivskyi districts", "Kherson City's Dniprovskyi district".

:mod:`geo.text.city_parts` reads "CITY's X district" as a part of the city; the names of
a list of parts after the possessive ("Kharkiv's Saltivskyi and Kyivskyi districts") are
each a part of it too (else "Kyivskyi" is read as Donetsk's Kyivskyi district, 250 km
off), and analysts write the city with "City" ("Kherson City's Dniprovskyi district", else
Kyiv's Dniprovskyi district, 400 km off).  Cost: a look back over at most
:data:`MAX_PARTS` mentions, for a name with a part word after its list.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .city_openers import PART_LIST_AFTER
from .tokens import Mention

__all__ = ["MAX_PARTS", "POSSESSIVE", "listed_parts_city"]

#: A city's possessive before its part: "Dnipro's", and the analysts' "Kherson City's".
POSSESSIVE = ("'s ", "’s ", " City's ", " City’s ", " city's ", " city’s ")
#: The gaps between the names of a list of a city's parts.
_PART_GAPS = frozenset({", ", " and ", ", and "})
#: A list of a city's parts names at most this many.
MAX_PARTS = 8


def listed_parts_city(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The city (record) whose possessive opens the list of its parts that mention ``k``
    is in ("Kharkiv's Saltivskyi and Kyivskyi districts": Kharkiv for either name), if
    read as a populated place; else None."""
    if not PART_LIST_AFTER.match(text, mentions[k].end):
        return None
    j = k
    while j > 0 and k - j < MAX_PARTS:
        gap = text[mentions[j - 1].end : mentions[j].start]
        if gap in POSSESSIVE:
            rec = resolved[j - 1][0]
            return rec if rec is not None and gaz.is_place(rec) else None
        if gap not in _PART_GAPS:
            return None
        j -= 1
    return None
