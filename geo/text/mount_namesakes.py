"""A mountain the physical table lacks, named with its word: no town of its name abroad.

"Shepherds from Shebaa and Kfarchouba at the foot of Mount Hermon": the physical table
(:mod:`geo.text.physical_table`, Natural Earth's peaks) has no Hermon, so recognition
leaves the name to the gazetteer, whose only places of the name are hamlets of the
United States called after the mountain.  A text whose other places lie in other
countries speaks of the mountain, not of them; a town of a country the text's other
places lie in ("Mount Vernon" with Virginia's towns) stays the town.
:func:`mount_namesakes` drops such a toponym (a mountain is no place of these maps)
when:

* its text opens with "Mount" or "Mt" (with or without its dot) and it is no physical
  feature nor an estimate;
* it was left without a place while every town of its name lies in a country none of
  the text's other toponyms lie in, or it was read as a town of fewer than
  :data:`~geo.text.physical_places.TOWN_POPULATION` people in a country in which no other
  toponym of the text is read, while some other toponym is read in a country.

Cost: one pass over the toponyms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym
from .physical_places import TOWN_POPULATION

__all__ = ["mount_namesakes"]

#: A mountain's word before its name ("Mount Hermon", "Mt. Hermon", "Mt Hermon").
_MOUNT = re.compile(r"(?:Mount|Mt\.?)\s+[A-Z]")


def mount_namesakes(gaz: Gazetteer, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` without the mountains the gazetteer reads as towns abroad (module
    docstring), in the same order.

    >>> from geo.model import Place
    >>> lb = Toponym(0, 6, "Shebaa", Place(1, "Shebaa", "place", "LB", 33.3, 35.7), 0.9)
    >>> us = Place(2, "Mount Hermon", "place", "US", 36.7, -79.4, population=300)
    >>> mount = Toponym(30, 42, "Mount Hermon", us, 0.7)
    >>> [t.text for t in mount_namesakes(None, [lb, mount])]
    ['Shebaa']
    >>> [t.text for t in mount_namesakes(None, [mount])]  # nothing tells it apart: the town
    ['Mount Hermon']
    """
    held: dict[str, set[str]] = {}  # country code -> the names read in it
    for t in toponyms:
        if t.place is not None and t.place.country_code and not t.fuzzy:
            held.setdefault(t.place.country_code, set()).add(t.text)
    return tuple(t for t in toponyms if not _mountain(gaz, t, held))


def _mountain(gaz: Gazetteer | None, t: Toponym, held: dict[str, set[str]]) -> bool:
    if t.estimated or t.physical or t.water or not _MOUNT.match(t.text):
        return False
    p = t.place
    if p is None:
        # Left unplaced: the mountain when every town of the name lies in a country none
        # of the text's other toponyms lie in ("Mount Pleasant" among Iowa's towns stays).
        others = {cc for cc, names in held.items() if names - {t.text}}
        found = gaz.lookup_normalized(normalize(t.text)) if gaz is not None else []
        return bool(others) and not any(gaz.country_code(c.record) in others for c in found)
    if p.kind != "place" or p.population >= TOWN_POPULATION:
        return False
    others = any(names - {t.text} for names in held.values())
    return others and not held.get(p.country_code, set()) - {t.text}
