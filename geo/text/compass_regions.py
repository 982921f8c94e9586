"""A region named with a compass word that the gazetteer lacks whole is not the region
of the name without it.

Sudan's Kordofan is three states, North, South and West Kordofan; Natural Earth has the
first two, and the gazetteer also holds "Kordofan", the region they make up.  "Fighting
spread across West Kordofan" is read as that whole region (its point 190 km from West
Kordofan's capital, Al Fulah) unless something says the compass word is the name's.
:func:`sibling_regions` says so where the gazetteer has a region of the same name under
another compass word (North Kordofan, South Kordofan): the text names a sibling of
those, which the gazetteer lacks, and the toponym becomes the whole name with no place.
A compass word before a region with no such sibling ("Southern California", "western
Ukraine") is left alone: there it names a part of that region.

Cost: a look at the characters before each region's name, and, after a capitalised
compass word, one exact look-up per other compass word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym

__all__ = ["sibling_regions"]

_COMPASS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western")
#: A capitalised compass word right before a name ("West Kordofan").
_COMPASS_BEFORE = re.compile(
    r"(?<![\w'’-])(North|South|East|West|Northern|Southern|Eastern|Western) $"
)


def sibling_regions(text: str, gaz: Gazetteer, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """``toponyms`` with each first-level region read by a name after a capitalised
    compass word made that whole name, without a place, where the gazetteer has a
    first-level region of the name under another compass word (module docstring)."""
    out = list(toponyms)
    for k, t in enumerate(toponyms):
        p = t.place
        if p is None or p.kind != "admin1" or t.estimated or text[t.start - 1 : t.start] != " ":
            continue
        before = _COMPASS_BEFORE.search(text, max(0, t.start - 10), t.start)
        if before is None or not _has_sibling(gaz, before.group(1).lower(), normalize(t.text)):
            continue
        start = before.start(1)
        out[k] = replace(
            t, start=start, text=text[start : t.end], place=None, score=0.0,
            uncertainty=None, geometry=None,
        )  # fmt: skip
    return out


def _has_sibling(gaz: Gazetteer, compass: str, name: str) -> bool:
    """Has the gazetteer a first-level region called ``name`` after another compass word
    than ``compass`` ("north kordofan" for "west kordofan")?"""
    return any(
        gaz.kind(c.record) == "admin1"
        for other in _COMPASS
        if other != compass
        for c in gaz.lookup_normalized(f"{other} {name}")
    )
