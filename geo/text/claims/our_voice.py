"""Claims stage 4, a body's own voice: a sentence in the first person plural of its forces.

A unit's or an army's report tells its own acts as "ours" ("Our drone operators hit an
enemy group trying to sneak into Kostiantynivka.", "Our defenders repelled two assaults
near Toretsk.", "Our air defence shot down four drones."); when the next sentence of the
paragraph closes with the speaker ("3 occupiers eliminated, 2 wounded, the brigade
said."), that sentence is the speaker's too, whether or not it counts or names a place
(:func:`~geo.text.claims.bulletin_lines.counted_lead`). :func:`our_forces` tells whether a
sentence opens so. A text with no title that opens straight with a counted line and tells
its forces' acts as "ours" and its foe by a side's words ("the occupiers", "the invaders":
Ukraine's; "the AFU", "the Kiev regime": Russia's) is that side's bulletin, its issuer
unnamed (:func:`untitled_side`). Linear: one anchored match per sentence before a closing
speaker, and one pass over the text for an untitled bulletin.
"""

from __future__ import annotations

import re

__all__ = ["our_forces", "untitled_side"]

#: "Our" and up to three words, then a fighting body's noun and a past verb.
_OUR_FORCES = re.compile(
    r"[^\w]{0,4}(?:[A-Z][\w ,-]{0,40}?,\s+)?(?i:our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:units?|forces|troops|defenders|soldiers|fighters|warriors|operators|pilots|gunners|"
    r"artillery(?:men)?|brigades?|battalions?|crews?|scouts|paratroopers|marines|servicemen|"
    r"air\s+defen[cs]e|sappers|snipers|infantry)\s+(?:\w+\s+)?"
    r"(?:[a-z]+ed|hit|shot|struck|took|held|drove|threw|knocked|brought|caught|beat)\b"
)


def our_forces(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a body's forces in the first person
    ("Our drone operators hit ...", "Overnight, our defenders repelled ...").

    >>> our_forces("Our drone operators destroyed a tank.", 0, 37)
    True
    >>> our_forces("Our correspondent visited the town.", 0, 35)
    False
    """
    return _OUR_FORCES.match(text, start, end) is not None


#: A side's words for its foe: Ukraine's ("the occupiers", "the invaders", "ruscists")
#: and Russia's ("the AFU", "the Kiev regime", "Ukrainian formations").
_UA_FOE = re.compile(r"\b(?:occupiers?|invaders?|ruscists?|rashists?)\b", re.IGNORECASE)
_RU_FOE = re.compile(
    r"\b(?:AFU|Kiev\s+regime|Ukrainian\s+(?:formations|nationalists)|neo-?Nazis?)\b"
)
_FOE_WORDS = (("UA", _UA_FOE), ("RU", _RU_FOE))
#: A cue verb or an agency's tag in the first line: a report of a bulletin, not one.
_REPORTED = re.compile(
    r"\b(?:said|says|reported|reports|told|according|claimed|stated)\b|\((?:Reuters|AP|AFP)\)"
)
_QUOTES = frozenset("\"“‘'«")
#: Where a sentence may open: a line's start or after a sentence's end.
_OPENINGS = re.compile(r"(?m)^[ \t]*|(?<=[.!?])[ \t]+(?=[A-Z])")


def untitled_side(text: str) -> str | None:
    """The side (an ISO code) whose bulletin ``text`` is when it has no title: its first
    line is a sentence that counts ("Over the past day, 118 combat clashes took place
    along the front line."), a sentence opens with its forces in the first person
    ("In the Kharkiv direction, our defenders repelled 4 enemy attacks ...", not inside a
    quotation) and it names its foe in one side's words only ("the occupiers": UA); not
    when its first line reports someone's words ("..., the General Staff said."); else
    None.

    >>> untitled_side("Over the past day, 90 clashes took place. Our defenders repelled "
    ...               "5 attacks.\\nThe occupiers lost 800 personnel.")
    'UA'
    >>> untitled_side("Kyiv says it repelled attacks\\nOur defenders repelled 5 attacks, "
    ...               "the occupiers lost 800 personnel.") is None
    True
    """
    end = text.find("\n")
    first = text[: len(text) if end < 0 else end].rstrip()
    if not first.endswith((".", "!", "?")) or not any(c.isdigit() for c in first):
        return None  # a headline or a title: not an untitled bulletin
    if _REPORTED.search(first):
        return None  # "KYIV (Reuters) - ..., the General Staff said.": a report of one
    sides = {side for side, words in _FOE_WORDS if words.search(text)}
    if len(sides) != 1:
        return None
    if not any(
        our_forces(text, m.end(), len(text)) and _QUOTES.isdisjoint(text[m.end() : m.end() + 4])
        for m in _OPENINGS.finditer(text)
    ):  # not a quotation: '"Our defenders repelled all attacks," a commander said
        return None
    return sides.pop()
