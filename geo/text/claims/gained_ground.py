"""Claims stage 2c helper, a national body named bare reporting its forces' gains.

"The Defense Ministry reported that Russian forces liberated Sosnovka": a ministry or
military named without its country that reports a capture by one nation's forces is that
nation's; armies announce their own gains, not the other side's. Read by
:func:`~geo.text.claims.scene.attacked_country` (the country a bare body defends) before
the places of the claim; linear in the claim.
"""

from __future__ import annotations

import re

from .. import lexicon as lx

__all__ = ["gaining_country"]

#: "<Demonym> forces/troops/units ... liberated/captured/took control of/seized".
_GAINED = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:forces|troops|units|servicemen|army)\s+(?:\w+\s+){0,2}?"
    r"(?:liberated|captured|seized|took\s+(?:full\s+)?control\s+of)\b"
)


#: A state's military body: "the Defense Ministry", "the General Staff", "the military".
_MILITARY_BODY = re.compile(
    r"(?i:\b(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|"
    r"military|army|armed\s+forces)\b)"
)


def gaining_country(text: str, words: str, start: int, end: int) -> str | None:
    """The country whose forces the claim ``text[start:end]`` says took a place
    ("Russian forces liberated Sosnovka" -> ``RU``), by the first demonym doing so, when
    ``words`` (the speaker's phrase, naming no country) is a military body ("the Defense
    Ministry"); else None."""
    if _MILITARY_BODY.search(words) is None:
        return None
    m = _GAINED.search(text, start, end)
    return lx.DEMONYMS.get(m.group("who").lower()) if m is not None else None
