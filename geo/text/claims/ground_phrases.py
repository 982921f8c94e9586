"""Claims stage 2, speakers: a speaker "on the ground" is the noun before it.

"Partners on the ground report that families are collecting water", "Aid workers on the
ground say ...", "Volunteers in the field said ...": the phrase "on the ground" (or "in
the field"; not "at the scene", an observer's place) places the speaker and ends its
phrase, but names no place or noun of its own; the speaker is the phrase before it.
:func:`before_ground` steps back over it. O(1).
"""

from __future__ import annotations

from .segmentation import _Tok

__all__ = ["before_ground"]

#: Placing phrases that end a speaker's phrase: (preposition, noun).
_PLACING = frozenset({("on", "ground"), ("in", "field")})


def before_ground(toks: list[_Tok], j: int) -> int:
    """The index of the token before "on the ground" when tokens ``j-2..j`` are that phrase
    ("Partners on the ground": "Partners"), else ``j``."""
    if j < 3 or toks[j - 1].text.lower() != "the":
        return j
    if (toks[j - 2].text.lower(), toks[j].text.lower()) in _PLACING:
        return j - 3
    return j
