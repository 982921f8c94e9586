"""Seas, gulfs and straits: water bodies the gazetteer does not hold.

"Shipping in the Red Sea and the Gulf of Aden": the offline gazetteer has populated
places and land regions only, so a water body's name would otherwise resolve to a
land namesake, Egypt's Red Sea governorate or the city of Aden.  :func:`water_bodies`
finds the names of water bodies among the mentions and leaves them without a place
(kept in the analysis with the cue ``"water"``, never drawn as land or a city):

1. a name ending in a water word ("Red Sea", "Black Sea", "Persian Gulf", "Arabian
   Sea"), unless a region's word follows it ("the Red Sea governorate", "Red Sea
   State": the land region so named);
2. a name after "Gulf of", "Sea of", "Strait(s) of", "Bay of" ("the Gulf of Aden",
   "the Sea of Azov", "the Strait of Hormuz"), or before a capitalised water word
   ("the Azov Sea"): the mention is widened to the water body's whole name.

Cost: one anchored match on each side of each mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .tokens import Mention

__all__ = ["water_bodies"]

_WATER = r"Sea|Ocean|Gulf|Strait|Straits"
#: A name ending in a water word (the mention's own text).
_ENDS_IN_WATER = re.compile(rf"\s(?:{_WATER})$")
#: Before the name: the head of a water body's name ("Gulf of", "Sea of").
_HEAD_BEFORE = re.compile(r"\b(?:Gulf|Sea|Strait|Straits|Bay)\s+of\s+(?:the\s+)?$")
#: After the name: a capitalised water word ("the Azov Sea", "the Caspian Sea").
_WATER_AFTER = re.compile(rf"\s+(?:{_WATER})\b")
#: After the name: a region's word, the land region so named ("Red Sea governorate").
_REGION_AFTER = re.compile(
    r"\s+(?i:governorate|state|province|region|oblast|krai|district|county|prefecture)\b"
)
_LOOK_BEHIND = 24


def water_bodies(
    text: str,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """Leave the names of water bodies without a place (see the module docstring).

    Parameters
    ----------
    text : str
    mentions : sequence of Mention
        Widened in place to the water body's whole name ("Gulf of Aden"), their cue
        set to ``"water"``.
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.

    Returns
    -------
    list of (record or None, score)
        ``(None, score)`` for the water bodies, the choice unchanged otherwise.
    """
    out = list(resolved)
    for k, m in enumerate(mentions):
        surface = text[m.start : m.end]
        if _ENDS_IN_WATER.search(surface):
            if _REGION_AFTER.match(text, m.end):
                continue
        else:
            head = _HEAD_BEFORE.search(text[max(0, m.start - _LOOK_BEHIND) : m.start])
            after = _WATER_AFTER.match(text, m.end)
            if head is not None:
                m.start -= len(head.group(0))
            elif after is not None and not _REGION_AFTER.match(text, after.end()):
                m.end = after.end()
            else:
                continue
        m.cue = "water"
        out[k] = (None, resolved[k][1])
    return out
