"""Relative-location hints, vicinity: "Mykolaivka, on the western approaches to Chasiv
Yar", "Kalynivka, a village on the approaches to Chasiv Yar", "X, on the outskirts of
Y", "X, just outside Y", "X, on the edge of Y".

Front-line reporting places a village by the town it lies by, with no distance: the
village of the name by that town is the one meant (not its namesake 30 km off), and a
village the gazetteer lacks is estimated there.  :func:`vicinity_hints` reads such a
phrase right after a mention, its anchor the mention right after the phrase, as a
:class:`~geo.text.hints.base.Hint` with a small distance band (:data:`VICINITY_KM`): in
the side's sector where the phrase names one ("western approaches": bearings 225-315),
else in any direction.

Cost: one anchored match after each mention followed by a comma, in a text holding one
of the phrases' words (a substring test first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..spatial import compass_bearing
from ..tokens import Mention
from .base import _AFTER_RELATION, Hint, apposed_matches

__all__ = ["VICINITY_KM", "vicinity_hints"]

#: The phrase's words; a text with none of them is not scanned.
_WORDS = ("approaches", "outskirts", "outside", "edge of", "fringe")
_SIDE = r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?"
#: After the name: ", on the western approaches to ", ", just outside ", ", near the town of ".
_VICINITY = re.compile(
    r",\s+(?:(?:which|that)\s+(?:lies|is)\s+)?"
    r"(?:(?:a|the)\s+(?:(?:small|tiny|front-?line|border)\s+)?(?:village|town|settlement|hamlet)\s+)?"
    r"(?:(?:just|right|immediately|very)\s+)?"
    rf"(?:on\s+the\s+(?:(?P<side>{_SIDE})(?:ern)?\s+)?"
    r"(?P<what>approaches|outskirts|edge|fringes?)\s+(?:to|of)"
    r"|(?P<out>outside))"
    r"\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
#: The distance band (km) around the anchor each phrase allows, and the distance an
#: estimate is put at: the outskirts or edge of a town lie within a few km of its point,
#: its approaches within a short drive, "(just) outside" a little farther (a town's
#: suburbs: "Bucha, outside Kyiv", 25 km).  "near" is read by
#: :func:`geo.text.anchors.anchor_after` (within :data:`~geo.text.hints.NEAR_KM`).
VICINITY_KM = {
    "outskirts": (15.0, 5.0),
    "edge": (15.0, 5.0),
    "fringe": (15.0, 5.0),
    "approaches": (20.0, 8.0),
    "outside": (25.0, 10.0),
}
#: A mention ending in one of these words is a region, which no such phrase places
#: ("Branch County, on the southern edge of California Township").
_REGION_WORDS = frozenset(
    "county oblast region province district raion rayon township parish municipality".split()
)
#: A side's sector is this wide either way of its bearing ("western approaches": all
#: the town's west, not a compass point).
_SIDE_HALF_DEG = 45.0


def vicinity_hints(text: str, mentions: Sequence[Mention], out: dict[int, Hint]) -> dict[int, Hint]:
    """``out``, plus a hint for each mention followed by a vicinity phrase (", on the
    western approaches to Y") whose anchor ``Y`` is the next mention (a place, not a
    region or a people); a mention that already has a hint keeps it.  ``out`` is updated
    in place and returned."""
    if not any(word in text for word in _WORDS):
        return out
    for k, match in apposed_matches(text, mentions, out, _VICINITY, _REGION_WORDS):
        m = mentions[k]
        if _AFTER_RELATION.search(text, max(0, m.start - 40), m.start):
            continue  # "west of Orikhiv, near ...": the name anchors a relation itself
        word = (match.group("what") or match.group("out")).lower()
        what = next(w for w in VICINITY_KM if w.rstrip("s") == word.rstrip("s"))
        max_km, at_km = VICINITY_KM[what]
        side = compass_bearing(match.group("side")) if match.group("side") else None
        bearing, half = (side[0], _SIDE_HALF_DEG) if side else (0.0, 180.0)
        out[k] = Hint(k + 1, bearing, half, 0.0, max_km, at_km, m.end, match.end())
    return out
