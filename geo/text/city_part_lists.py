"""A city's parts named after its possessive, one or a list: "Kharkiv's Saltivskyi and
Kyivskyi districts", "Kherson City's Dniprovskyi district"; or a list before "districts of
CITY": "the Darnytskyi and Obolonskyi districts of Kyiv".

:mod:`geo.text.city_parts` reads "CITY's X district" as a part of the city; the names of
a list of parts after the possessive ("Kharkiv's Saltivskyi and Kyivskyi districts") are
each a part of it too (else "Kyivskyi" is read as Donetsk's Kyivskyi district, 250 km
off), and analysts write the city with "City" ("Kherson City's Dniprovskyi district", else
Kyiv's Dniprovskyi district, 400 km off).  A list closed by "districts of CITY" ("Zeitoun
and Sabra neighbourhoods of Gaza City") puts each of its names in the city after it (else
Zeitoun is read as Malta's Zejtun, Sabra as Libya's Sabratha).  Cost: a look back and a
look ahead over at most :data:`MAX_PARTS` mentions, for a name with a part word after its
list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .city_openers import PART_LIST_AFTER, PART_WORDS
from .tokens import Mention

__all__ = ["MAX_PARTS", "POSSESSIVE", "listed_parts_city"]

#: A city's possessive before its part: "Dnipro's", and the analysts' "Kherson City's".
POSSESSIVE = ("'s ", "’s ", " City's ", " City’s ", " city's ", " city’s ")
#: The gaps between the names of a list of a city's parts.
_PART_GAPS = frozenset({", ", " and ", ", and "})
#: A list of a city's parts names at most this many.
MAX_PARTS = 8
#: Between the last name of a list of a city's parts and its city: " districts of ".
_PARTS_OF = re.compile(rf"\s+(?i:(?:{PART_WORDS})s?)\s+of\s+(?:the\s+city\s+of\s+)?")


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
    if (city := _city_after(text, gaz, mentions, resolved, k)) is not None:
        return city  # "the Darnytskyi and Obolonskyi districts of Kyiv"
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


def _city_after(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The city (record) named after the list of parts mention ``k`` opens or is in, by
    "districts of CITY" ("the Darnytskyi and Obolonskyi districts of Kyiv": Kyiv for
    either name), if read as a populated place; else None.

    Examples
    --------
    >>> bool(_PARTS_OF.fullmatch(" neighbourhoods of ")), bool(_PARTS_OF.fullmatch(" and "))
    (True, False)
    """
    j = k
    while j + 1 < len(mentions) and j - k < MAX_PARTS:
        gap = text[mentions[j].end : mentions[j + 1].start]
        if _PARTS_OF.fullmatch(gap):
            rec = resolved[j + 1][0]
            return rec if rec is not None and gaz.is_place(rec) else None
        if gap not in _PART_GAPS:
            return None
        j += 1
    return None
