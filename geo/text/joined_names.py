"""Recognition, a name of two words the gazetteer lacks, read word by word: one name.

"aid reached Mazar Dara village in Nurgal": the gazetteer has no "Mazar Dara", so
recognition reads "Mazar" (an alias of Balkh province, 400 km off) and "Dara" (Daraa,
Syria) as two names.  Two names side by side, a space apart, that the text then calls
one settlement ("X Y village", "X Y district", "the village of X Y") are the words of
one name: :func:`joined_names` reads them as one name the gazetteer lacks (placed, if
at all, by what the text says of it: "in Kunar province").  A country is never such a
word ("Russia Ukraine war"), nor is a first word with a container of its own.

Cost: one look between each mention and the next, linear in the mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .tokens import Mention, without_mentions

__all__ = ["joined_names"]

#: After a name: the word of a settlement or a district, in lower case.
#: Not "area": "the Portland Bay area" is Portland's bay, no village of two words.
_CLASS_AFTER = re.compile(r"[ \t]+(?:village|town|hamlet|settlement|district)\b")
#: Before a name: "the village of".
_CLASS_BEFORE = re.compile(r"\b(?:village|town|hamlet|settlement)[ \t]+of[ \t]+$", re.IGNORECASE)
_LOOK_BEHIND = 30


def joined_names(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each pair of side-by-side names the text calls one settlement
    read as one name the gazetteer lacks (see the module docstring)."""
    drop: set[int] = set()
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if k in drop or text[a.end : b.start] not in (" ", "\t") or a.last + 1 != b.first:
            continue
        if not (
            _CLASS_AFTER.match(text, b.end)
            or _CLASS_BEFORE.search(text, max(0, a.start - _LOOK_BEHIND), a.start)
        ):
            continue
        if a.containers or any(_stands_alone(gaz, m) for m in (a, b)):
            continue  # "Kherson, Ukraine"-like: its own container; a country's name
        a.end, a.last, a.containers = b.end, b.last, b.containers  # "... in Kunar province"
        a.key = normalize(text[a.start : a.end])
        a.candidates, a.unknown, a.fuzzy, a.reading = [], True, False, ""
        drop.add(k + 1)
    return without_mentions(mentions, drop)


def _stands_alone(gaz: Gazetteer, m: Mention) -> bool:
    """Is ``m`` a name of its own, whatever is next to it: a country's or a demonym?"""
    if m.demonym_country:
        return True
    return any(gaz.kind(c.record) == "country" for c in m.candidates)
