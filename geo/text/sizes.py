"""Stage 3 of the geoparser, evidence: a name the text calls a village.

"in Blida, a village close to the border", "the village of Khiam", "the villages of
Odaisseh and Kfar Kila": the place meant is a village, not a city of 300,000 or a
province of its name elsewhere (Algeria's Blida), which then is no reading of it.
:func:`mark_villages` sets such a mention's ``reading`` to ``"village"`` (a place
reading, as "city" is); :func:`geo.text.evidence.score_candidates` weighs it.  A
bounded look around each mention: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .tokens import Mention

__all__ = ["VILLAGE", "mark_villages"]

#: The ``reading`` of a mention the text calls a village.
VILLAGE = "village"

_NAME = r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}"
_GAP = r"(?:,\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+)"
# Before the name: "the village of", "the villages of A, B and".
_BEFORE = re.compile(
    rf"\b(?:village|hamlet)\s+of\s+$|\b(?:villages|hamlets)\s+of\s+(?:{_NAME}{_GAP})*$",
    re.IGNORECASE,
)
# After the name: ", a village", ", a small border village", ", the hamlet".
_AFTER = re.compile(
    r",\s+(?:a|the)\s+(?:(?:small|tiny|remote|frontline|front-line|border|nearby|mountain|"
    r"farming|fishing|Christian|Druze|Shiite|Sunni)\s+)*(?:village|hamlet)\b",
    re.IGNORECASE,
)
_REACH = 120  # characters looked at before a name
# Both patterns hold one of these words: a text without any marks no village.
_WORDS = re.compile(r"village|hamlet", re.IGNORECASE)
_TURKISH_I = ("\u0130", "\u0131")  # İ and ı, which the case-blind patterns read as i


def mark_villages(text: str, mentions: Sequence[Mention]) -> None:
    """Set the ``reading`` of each mention the text calls a village to :data:`VILLAGE`.

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> t = "A house was hit in Blida, a village close to the border, and in Tyre."
    >>> ms = [Mention(19, 24, "blida", 0, 0), Mention(66, 70, "tyre", 0, 0)]
    >>> mark_villages(t, ms)
    >>> [m.reading for m in ms]
    ['village', '']
    >>> t = "Shells fell on the villages of Odaisseh, Houla and Kfar Kila."
    >>> ms = [Mention(31, 39, "odaisseh", 0, 0), Mention(41, 46, "houla", 0, 0),
    ...       Mention(51, 60, "kfar kila", 0, 0)]
    >>> mark_villages(t, ms)
    >>> [m.reading for m in ms]
    ['village', 'village', 'village']
    """
    # A text without the words (a plain substring test: the patterns' case-blind
    # letters beyond ASCII are the dotted and dotless i) marks nothing; in one with
    # them, a "villages of" list can end only at a name with one within reach before it.
    if not mentions:
        return
    low = text.lower()
    if "village" not in low and "hamlet" not in low and not any(c in text for c in _TURKISH_I):
        return
    words = [found.start() for found in _WORDS.finditer(text)]
    if not words:
        return
    for m in mentions:
        if m.demonym_country:
            continue
        lo = max(0, m.start - _REACH)
        k = bisect_left(words, lo)
        if _AFTER.match(text, m.end) or (
            k < len(words) and words[k] < m.start and _BEFORE.search(text[lo : m.start])
        ):
            m.reading = VILLAGE
