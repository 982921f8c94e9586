"""Relative-location hints, a distance with no direction: "Sevare, a few kilometres from
Mopti", "Kalungu, about 10 km from Minova", "Afgooye, a town 30 kilometers (19 miles)
from the capital" read with the anchor named right after the phrase.

Wire copy and situation reports on wars outside Ukraine place a town the reader does not
know by the one they do, often with a distance and no compass point.  The place then lies
on a ring around the anchor: a namesake far off is another place, and a name the
gazetteer lacks is estimated at the anchor, within the ring's outer edge (no bearing is
stated, so no side of the ring is better than another; the anchor is the point nearest
to all of them).  :func:`distance_hints` reads the phrase right after a mention as a
:class:`~geo.text.hints.base.Hint` with no bearing and the band :func:`distance_band`
gives.

Cost: one anchored match after each mention followed by a comma, in a text holding
"from" (a substring test first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..apposition_words import DESCRIBED
from ..tokens import Mention
from .base import _MILE_KM, _NUMBER, _UNITS, Hint, _figure, apposed_matches

__all__ = ["FEW_KM", "distance_band", "distance_follows", "distance_hints"]

_UNIT = _UNITS
#: After the name: ", a few kilometres from ", ", about 10 km (6 miles) away from ",
#: ", a town some 30 kilometers from the city of ".
_DISTANCE_FROM = re.compile(
    r",\s*" + DESCRIBED
    + r"(?:(?:about|some|around|approximately|roughly|nearly|only|just|barely)\s+)?"
    rf"(?:(?P<few>a\s+few|several)\s+(?P<few_unit>{_UNIT})"
    rf"|(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?\s*(?P<unit>{_UNIT}))"
    rf"(?:\s*\((?:about\s+|some\s+|around\s+|approximately\s+|roughly\s+)?{_NUMBER}\s*{_UNIT}\))?"
    r"\s+(?:away\s+)?from\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: "a few kilometres from Y": within this band (km), the estimate at the anchor; "a few
#: miles" reaches a little farther (its figure in km times the mile).
FEW_KM = (0.0, 12.0)
#: A stated distance is a reporter's round figure: the place lies within this share of it
#: either way ("30 km from the capital": 21 to 39 km), and at least this far (km) either
#: way of a small figure ("5 km from Y": up to 10 km).
_SHARE = 0.3
_MARGIN_KM = 5.0
#: A mention ending in one of these words is a region, which no such phrase places.
_REGION_WORDS = frozenset(
    "county oblast region province district raion rayon township parish municipality state".split()
)


def distance_band(match: re.Match[str]) -> tuple[float, float, float]:
    """The band (min km, max km, distance km) a :data:`_DISTANCE_FROM` match allows.

    Examples
    --------
    >>> distance_band(_DISTANCE_FROM.match(", about 30 km from Mogadishu"))
    (21.0, 39.0, 30.0)
    >>> distance_band(_DISTANCE_FROM.match(", a few miles from Mopti"))
    (0.0, 19.31, 8.05)
    >>> distance_band(_DISTANCE_FROM.match(", 1,100 km from Khartoum"))[2]  # thousands
    1100.0
    >>> distance_band(_DISTANCE_FROM.match(", 2,5 km from Goma"))[2]  # a decimal comma
    2.5
    """
    if match.group("few"):
        mile = match.group("few_unit").lower().startswith("mi")
        scale = _MILE_KM if mile else 1.0
        lo_km, hi_km = FEW_KM[0], round(FEW_KM[1] * scale, 2)
        return lo_km, hi_km, round(5.0 * scale, 2)
    scale = _MILE_KM if match.group("unit").lower().startswith("mi") else 1.0
    lo = _figure(match.group("lo")) * scale
    hi = _figure(match.group("hi") or match.group("lo")) * scale
    margin = max(_MARGIN_KM, _SHARE * hi)
    low = max(0.0, lo - max(_MARGIN_KM, _SHARE * lo))
    return round(low, 2), round(hi + margin, 2), round((lo + hi) / 2, 2)


def distance_hints(text: str, mentions: Sequence[Mention], out: dict[int, Hint]) -> dict[int, Hint]:
    """``out``, plus a hint for each mention followed by a distance with no direction
    (", a few kilometres from Y", ", 30 km from Y") whose anchor ``Y`` is the next mention
    (a place, not a region or a people); a mention that already has a hint keeps it.
    ``out`` is updated in place and returned."""
    if "from" not in text:
        return out
    for k, match in apposed_matches(text, mentions, out, _DISTANCE_FROM, _REGION_WORDS):
        m = mentions[k]
        lo_km, hi_km, at_km = distance_band(match)
        out[k] = Hint(k + 1, None, 180.0, lo_km, hi_km, at_km, m.end, match.end())
    return out


def distance_follows(text: str, end: int) -> bool:
    """Does a distance with no direction (", a few kilometres from Y") follow the name
    ending at ``end``?  Recognition takes a name the gazetteer lacks on this evidence, as
    on a directed hint.

    >>> t = "an attack on Sevare, a few kilometres from Mopti"
    >>> distance_follows(t, t.index(",")), distance_follows(t, t.index("Mopti") + 5)
    (True, False)
    """
    return text[end : end + 1] == "," and _DISTANCE_FROM.match(text, end) is not None
