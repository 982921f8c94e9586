"""A name after "the border with" is the country across the border, not a place of the
region stated after it.

"a village near the border with Russia in the Kharkiv region": the Kharkiv region holds
the village and the border's Ukrainian side; Russia is the country across it.  Read as a
container (:func:`~geo.text.definitions.read_definition`), the region would make Russia
a place of the Kharkiv region (estimated at the region's point when none is named so).
The border zone itself is drawn by :mod:`geo.text.spatial.regions` ("near the border
with Russia" plus the region: the band along the shared boundary).
"""

from __future__ import annotations

import re

__all__ = ["after_border"]

#: Before the name: "the border with", "the frontier with", "its border with", "the
#: 1,200-km border with", "the borders of", "the state border with".
_BORDER_BEFORE = re.compile(
    r"\b(?:borders?|frontiers?|boundary|boundaries)\s+(?:with|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LOOK_BEHIND = 30


def after_border(text: str, s: int) -> bool:
    """Whether the name starting at ``s`` follows "border with" / "border of".

    >>> after_border("near the border with Russia in the Kharkiv region", 21)
    True
    >>> after_border("near the frontier with the Russian Federation", 27)
    True
    >>> after_border("near Russia in the Kharkiv region", 5)
    False
    >>> after_border("the bordering village of Lyptsi", 25)
    False
    """
    if s < 5 or text[s - 1] not in " \t\n":
        return False
    return _BORDER_BEFORE.search(text, max(0, s - _LOOK_BEHIND), s) is not None
