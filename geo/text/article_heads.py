"""A town's name opening with an article, its next word typed small: "La rochelle", "Le
havre", "El fasher", "Al hudaydah", "Den haag".

A name typed with its last word small is read whole where the gazetteer knows it
(:func:`geo.text.casing.lower_name_end`: "New delhi"), but not after an article, where a
Spanish or French noun follows as often ("la paz" is also "the peace").  The capitalised
article alone was then read as a place of its own, an abbreviation or a near spelling:
"La" as Los Angeles, "Le" as Leh, "El" as Yale, "Al" as Alabama, "Den" as Denver.
:func:`article_heads` reads such a toponym (an article in title case, one space, then a
word in lower case) as the town the two words name, where the gazetteer has one of
:data:`_TOWN_PEOPLE` people or more ("La rochelle": La Rochelle), and drops it where it
has none (the article of some other name: "La casa", "Le monde").  An article the
reader capitalised alone ("the band La Roux") is left to recognition.

Cost: one look at the characters after each toponym of two or three letters, one
look-up where the next word is small.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym

__all__ = ["article_heads"]

#: Articles that open town names, in title case (Romance, Arabic, Dutch, German).
_ARTICLES = frozenset("La Le Les El Al Il Lo Los Las Den De Der Die Het".split())
#: One space, then a word in lower case: the name's next word typed small.
_SMALL_NEXT = re.compile(r" (?P<word>[^\W\d_A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*)(?![\w-])")
#: People of the town the two words must name.
_TOWN_PEOPLE = 50_000


def article_heads(text: str, gaz: Gazetteer, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` with each title-case article read alone before a small word made the
    town of both words, or dropped where there is none (module docstring).

    ``text``: the analysed text; ``toponyms`` in text order.
    """
    out: list[Toponym] = []
    for t in toponyms:
        nxt = _SMALL_NEXT.match(text, t.end) if t.text in _ARTICLES else None
        if nxt is None or not nxt.group("word").islower():
            out.append(t)
            continue
        end = nxt.end("word")
        towns = [
            c.record
            for c in gaz.lookup_normalized(normalize(text[t.start : end]))
            if gaz.is_place(c.record) and gaz.population(c.record) >= _TOWN_PEOPLE
        ]
        if towns:
            town = gaz.place(max(towns, key=lambda r: (gaz.population(r), -r)))
            out.append(replace(t, end=end, text=text[t.start : end], place=town, fuzzy=False))
    return tuple(out)
