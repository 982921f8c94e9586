"""Claims stage 2c, an unnamed member of a unit after its army spoke: the army's side.

"Ukraine's Khortytsia Group of Forces said ... A brigade spokesman said ...", "Russia's
defence ministry said ... A regiment commander told state television ...": a speaker
named only by a unit and a role ("a brigade spokesman", "a battalion commander", "the
battalion's deputy commander") has no country of its own; right after a claim of a
state's military body (an army, a general staff, a group of forces, a defence ministry)
it is one of that body's men and speaks for the same side. An independent speaker
before ("DeepState said ... A brigade spokesman said") gives nothing
(:func:`~geo.text.claims.draft_sides.draft_side` reads only a state's side).

:func:`unit_member_after` tells it from the two speakers' phrases alone. Linear: two
short phrases.
"""

from __future__ import annotations

import re

__all__ = ["unit_member_after"]

_UNIT = r"(?:brigade|battalion|regiment|company|platoon|division|unit|squad|detachment)"
_ROLE = (
    r"(?:spokes(?:man|woman|person)|press\s+(?:officer|secretary|service)|commander|"
    r"deputy\s+commander|officer|chief\s+of\s+staff|soldier|sergeant|medic|drone\s+operator)"
)
#: "a brigade spokesman", "the battalion's deputy commander", "one company commander".
_MEMBER = re.compile(
    rf"(?:a|an|the|one|another)\s+(?:[a-z-]+\s+)?{_UNIT}(?:['’]s)?\s+{_ROLE}", re.IGNORECASE
)
#: A state's military body: "Ukraine's army", "the General Staff", "the Khortytsia Group of
#: Forces", "Russia's defence ministry".
_MILITARY_BODY = re.compile(
    r"\b(?:army|military|armed\s+forces|general\s+staff|group\s+of\s+forces|"
    r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|mod|forces|command)$",
    re.IGNORECASE,
)


def unit_member_after(source: str | None, prev_source: str | None) -> bool:
    """Whether ``source`` names an unnamed member of a unit ("a brigade spokesman") and
    ``prev_source`` a state's military body, whose side it then shares.

    >>> unit_member_after("a brigade spokesman", "Ukraine's Khortytsia Group of Forces")
    True
    >>> unit_member_after("a regiment commander", "Russia's defence ministry")
    True
    >>> unit_member_after("a brigade spokesman", "DeepState")
    False
    >>> unit_member_after("Oleh Kiper", "Ukraine's army")
    False
    >>> unit_member_after("a drone unit commander", "Ukrainian military bloggers")
    False
    """
    if not source or not prev_source:
        return False
    return bool(_MEMBER.fullmatch(source.strip())) and bool(
        _MILITARY_BODY.search(prev_source.strip())
    )  # the body's phrase ends with it: not "Ukrainian military bloggers"
