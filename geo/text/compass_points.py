"""Recognition: a compass point in capitals is a bearing, not a region's postal code.

"10 km NE of Ridgecrest", "23km SSW of", "from the E and NE": "NE" is Nebraska's code,
"SE" no state's, but in a bearing it names a direction.  :func:`is_compass_point`
tells a one-word mention in capitals among the compass points ("N" .. "NNW") that
stands in a bearing: after a distance, before "of", or paired with another compass
point ("the E and NE", "N/NE", "E or SE").  Split out of :mod:`geo.text.name_context`.

Cost: a few anchored regular-expression matches around the mention.
"""

from __future__ import annotations

import re

from .tokens import Mention

__all__ = ["COMPASS_ABBREVIATIONS", "is_compass_point"]

#: Compass points written as capitals ("NE", "SSW").
COMPASS_ABBREVIATIONS = frozenset("n s e w ne nw se sw nne ene ese sse ssw wsw wnw nnw".split())
_DISTANCE_BEFORE = re.compile(
    r"\d\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?|m|nm|nmi|nautical\s+miles?)\s+$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b")
_POINT = r"(?:[NS]{1,2}[EW]?|[EW][NS]?[EW]?)"
#: Another compass point joined to it: "the E and NE", "N/NE", "NE or E".
_POINT_BEFORE = re.compile(rf"(?<![\w-]){_POINT}(?:\s*/\s*|,\s*|\s+(?:and|or|to)\s+)$")
_POINT_AFTER = re.compile(rf"(?:\s*/\s*|,\s*|\s+(?:and|or|to)\s+){_POINT}(?![\w-])")


def is_compass_point(text: str, mention: Mention) -> bool:
    """Is the mention a compass point in capitals in a bearing: after a distance ("10 km
    NE of Ridgecrest", "23km SSW of"), before "of", or paired with another compass point
    ("from the E and NE", "N/NE")?

    >>> from geo.text.tokens import Mention
    >>> t = "inside the town from the E and NE. Voters in NE and IA."
    >>> pair, state = Mention(31, 33, "ne", 6, 6), Mention(44, 46, "ne", 10, 10)
    >>> is_compass_point(t, pair), is_compass_point(t, state)
    (True, False)
    """
    if mention.first != mention.last or mention.key not in COMPASS_ABBREVIATIONS:
        return False
    if not text[mention.start : mention.end].isupper():
        return False
    before = text[max(0, mention.start - 24) : mention.start]
    return (
        _DISTANCE_BEFORE.search(before) is not None
        or _OF_AFTER.match(text, mention.end) is not None
        or _POINT_BEFORE.search(before) is not None
        or _POINT_AFTER.match(text, mention.end) is not None
    )
