"""Recognition, a Russian town "X-on-Y" named in English for the river it stands on.

Russian names a town after its river with "на" and the river in the prepositional
case: Славянск-на-Кубани, Николаевск-на-Амуре, Ростов-на-Дону.  English copy
translates the preposition and keeps the river's own name: "Slavyansk-on-Kuban",
"Nikolayevsk-on-Amur".  GeoNames holds a few such English forms (Rostov-on-Don) and
otherwise the transliteration ("Slavyansk-na-Kubani"), so recognition reads the
English form's words apart: "Slavyansk" (an alternate name of Sloviansk in Donetsk
Oblast, 400 km off) and "Kuban" (a village of the Krasnodar region).

:func:`on_river_towns` reads two names joined by "-on-" as one, when the gazetteer has
a place named "X na Y" with the river's name in a prepositional ending
(:func:`river_locatives`: "Kubani", "Amure", "Donu", "Volge") as its own, everyday or
alternate name; else both names stay as they were.

Cost: a substring gate ("-on-"), then one look between each mention and the next and,
for a pair so joined, a handful of exact look-ups.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.lookups import Candidate
from .tokens import Mention, without_mentions

__all__ = ["on_river_towns", "river_locatives"]

_JOIN = "-on-"
#: Shorter river names are not varied (no river of the gazetteer's towns is shorter
#: than "Don", "Oka").
_MIN_RIVER = 3


def river_locatives(river: str) -> list[str]:
    """The (normalised) river name in the Russian prepositional endings a town's name
    gives it after "на": a consonant takes "-i", "-e" or "-u" ("Kubani", "Amure",
    "Donu"); an "-a" becomes "-e" ("Volge", "Oke").  Empty for a short name.

    >>> river_locatives("kuban")
    ['kubani', 'kubane', 'kubanu']
    >>> river_locatives("volga")
    ['volge', 'volgi']
    """
    if len(river) < _MIN_RIVER or not river.isalpha():
        return []
    if river.endswith(("a", "ya")):
        return [river[:-1] + "e", river[:-1] + "i"]
    if river.endswith(("e", "o", "i", "y")):
        return []
    return [river + "i", river + "e", river + "u"]


def on_river_towns(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each pair "X-on-Y" the gazetteer has as a place "X na Y-" read as
    one mention of that place (see the module docstring)."""
    if _JOIN not in text:
        return list(mentions)
    drop: set[int] = set()
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if k in drop or text[a.end : b.start] != _JOIN:
            continue
        found: dict[int, int] = {}
        for river in river_locatives(b.key):
            for c in gaz.lookup_normalized(f"{a.key} na {river}"):
                if c.quality <= QUALITY_ALTERNATE and gaz.is_place(c.record):
                    found.setdefault(c.record, c.quality)
        if not found:
            continue
        a.end, a.last = b.end, b.last
        a.key = f"{a.key} on {b.key}"
        a.candidates = [Candidate(rec, quality) for rec, quality in sorted(found.items())]
        a.containers, a.fuzzy, a.unknown, a.reading = b.containers, False, False, ""
        drop.add(k + 1)
    return without_mentions(mentions, drop)
