"""A "near" phrase after a name: "Klishchiivka near Bakhmut", "Berdychi on the outskirts
of Avdiivka", "Pisky, not far from the town of Avdiivka".

:data:`NEAR_AFTER` is the gap between a name (or a list's last name) and the anchor the
phrase names, read by :func:`geo.text.anchors.anchor_after`; :func:`near_follows` tells
whether such a phrase and a capitalised name follow, for a name the gazetteer lacks
(:mod:`geo.text.spellings`). One anchored match: constant work per name.
"""

from __future__ import annotations

import re

__all__ = ["NEAR_AFTER", "near_follows"]

#: The gap between a list's last name and the anchor a "near" phrase names after it.
NEAR_AFTER = re.compile(
    r"\s+(?:near|outside|around|close\s+to|not\s+far\s+from|(?:in\s+the\s+)?vicinity\s+of"
    r"|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?",
    re.IGNORECASE,
)


def near_follows(text: str, end: int) -> bool:
    """Does a "near" phrase and a capitalised name follow ``text[:end]`` ("Klishchiivka
    near Bakhmut", "Berdychi on the outskirts of Avdiivka")?

    >>> near_follows("captured Klishchiivka near Bakhmut", 21)
    True
    >>> near_follows("fighters near the front", 8)
    False
    """
    m = NEAR_AFTER.match(text, end)
    return m is not None and text[m.end() : m.end() + 1].isupper()
