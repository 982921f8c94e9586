"""Claims stage 4, a body's own voice: a sentence in the first person plural of its forces.

A unit's or an army's report tells its own acts as "ours" ("Our drone operators hit an
enemy group trying to sneak into Kostiantynivka.", "Our defenders repelled two assaults
near Toretsk.", "Our air defence shot down four drones."); when the next sentence of the
paragraph closes with the speaker ("3 occupiers eliminated, 2 wounded, the brigade
said."), that sentence is the speaker's too, whether or not it counts or names a place
(:func:`~geo.text.claims.bulletin_lines.counted_lead`). :func:`our_forces` tells whether a
sentence opens so. Linear: one anchored match per sentence before a closing speaker.
"""

from __future__ import annotations

import re

__all__ = ["our_forces"]

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
