"""Claims speakers: a military unit named by its ordinal, left of its noun.

"Ukraine's 2nd Corps", "the 47th Brigade", "Ukraine's 57th brigade" and, with lower-case
words for the unit's kind between the ordinal and the noun, "the 57th separate motorised
infantry brigade", "the 3rd separate assault brigade": the whole name is the speaker,
not "brigade" (:func:`~geo.text.claims.phrases._np_left` asks :func:`unit_left`).
"""

from __future__ import annotations

from .segmentation import _bare, _is_cap, _Tok

__all__ = ["unit_left"]

#: The letters after an ordinal's digits ("2nd", "47th"), a token of their own.
_ORDINAL_ENDS = frozenset("st nd rd th".split())
_UNITS = frozenset("brigade battalion regiment division corps army fleet squadron".split())
#: Lower-case words naming a unit's kind between its ordinal and its noun.
_UNIT_KINDS = frozenset(
    """separate motorised motorized mechanised mechanized infantry assault airborne air tank
    artillery marine mountain jaeger territorial defence defense special operations naval
    rifle guards guard presidential drone unmanned systems coastal border rocket missile
    anti-aircraft reconnaissance combined arms amphibious""".split()
)


def unit_left(toks: list[_Tok], k: int, head: str) -> int | None:
    """The first token of a unit's ordinal and kind words ending at token ``k - 1``
    before the phrase's ``head`` word (lower-cased) at or after ``k``, or None."""
    i = k - 1
    if head in _UNITS:
        while i >= 0 and _bare(toks[i].text).lower() in _UNIT_KINDS:
            i -= 1
    if not (
        i >= 1
        and toks[i].text.lower() in _ORDINAL_ENDS
        and toks[i - 1].text.isdigit()
        and toks[i - 1].end == toks[i].start
    ):
        return None
    if i == k - 1 and not (_is_cap(toks[k]) or head in _UNITS):
        return None  # "the 5th time": no unit
    return i - 1
