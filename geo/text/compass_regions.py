"""A region named with a compass word that the gazetteer lacks whole is not the region
of the name without it.

Sudan's Kordofan is three states, North, South and West Kordofan; Natural Earth has the
first two, and the gazetteer also holds "Kordofan", the region they make up.  "Fighting
spread across West Kordofan" is read as that whole region (its point 190 km from West
Kordofan's capital, Al Fulah) unless something says the compass word is the name's.
:func:`sibling_regions` says so where the gazetteer has regions of the same name, in the same
country, under two other compass words at least (North Kordofan, South Kordofan): the
text names a sibling of those, which the gazetteer lacks, and the toponym becomes the
whole name with no place.  A compass word before a region with fewer such siblings
("Northern Virginia" beside West Virginia, "South Wales", "western Ukraine") is left
alone: there it names a part of that region.

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

#: Compass-named siblings a region needs to be a set of units ("North Kordofan", "South
#: Kordofan").
_MIN_SIBLINGS = 2
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
        compass = before.group(1).lower() if before is not None else ""
        if not compass or not _has_siblings(gaz, compass, normalize(t.text), p.country_code):
            continue
        start = before.start(1)
        out[k] = replace(
            t, start=start, text=text[start : t.end], place=None, score=0.0,
            uncertainty=None, geometry=None,
        )  # fmt: skip
    return out


def _has_siblings(gaz: Gazetteer, compass: str, name: str, country: str) -> bool:
    """Has the gazetteer first-level regions of ``country`` called ``name`` after two other
    compass words than ``compass`` at least, each a GeoNames unit ("north kordofan" and
    "south kordofan" for "west kordofan")?  One is not enough: West Virginia makes no
    "Northern Virginia" a state, nor East Wales a "South Wales"."""
    found = {
        other.removesuffix("ern")
        for other in _COMPASS
        if other.removesuffix("ern") != compass.removesuffix("ern")
        for c in gaz.lookup_normalized(f"{other} {name}")
        if gaz.kind(c.record) == "admin1"
        and gaz.country_code(c.record) == country
        and gaz.geonameid(c.record)
    }
    return len(found) >= _MIN_SIBLINGS
