"""A river named bare after its whole name: "the Guadalupe River ... along the Guadalupe".

A text that writes "the Guadalupe River" and then "along the Guadalupe" (a headline, a
later paragraph) names the river both times; the bare name is no town of it (Guadalupe,
Nuevo León, 500 km from the Texas river).  :func:`rivers_named_again` reads each bare
"the X" whose "X River" the text writes as that river, a water body (``water``
"river") with no place: the rivers of the water table are read by
:mod:`geo.text.water` already.  A name without "the" ("in Guadalupe") stays the place,
and so does "the X" heading a noun ("the Sacramento metropolitan area").

Cost: one scan of the text for "X River", one look behind each toponym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Toponym

__all__ = ["rivers_named_again"]

_WORD = r"[A-ZÀ-Þ][\w'’\-]*"
_RIVER = re.compile(rf"(?<![\w'’\-])(?P<name>{_WORD}(?: {_WORD}){{0,2}})\s+River\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: What may follow the bare river's name: the sentence's end or a word of a clause ("along
#: the Guadalupe on Friday", "the Guadalupe crested"), not a noun it would head ("the
#: Sacramento metropolitan area", "the San Diego church": the place).
_AFTER_RIVER = re.compile(
    r"[ \t]*(?:[.,;:!?)\]\"”'’—–\n-]|$)|\s+(?:and|or|but|on|in|at|near|to|from|for|by|with|as|"
    r"was|is|were|are|has|had|have|will|would|could|can|may|\w+ed|\w+s)\b"
)


def _river_names(text: str) -> frozenset[str]:
    """The names the text writes before "River", each with its shorter tails ("The
    Guadalupe" gives "Guadalupe" too)."""
    out: set[str] = set()
    for m in _RIVER.finditer(text):
        words = m.group("name").split(" ")
        out.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(out)


def rivers_named_again(text: str, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """The toponyms, each bare "the X" of a river the text names "X River" left without a
    land place (module docstring)."""
    if " River" not in text:
        return list(toponyms)
    names = _river_names(text)
    out = []
    for t in toponyms:
        if (
            t.place is not None
            and not t.water
            and t.text in names
            and text[t.end : t.end + 6] != " River"
            and _THE_BEFORE.search(text, max(0, t.start - 5), t.start)
            and _AFTER_RIVER.match(text, t.end)
        ):
            t = replace(t, place=None, score=0.0, cue="water", water="river", estimated=False)
        out.append(t)
    return out
