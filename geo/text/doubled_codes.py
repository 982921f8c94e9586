"""A state's code written twice, "NY, NY": the state's city of its name, then the state.

US addresses and datelines write New York City as "NY, NY" ("210 W 57th St, NY, NY
10019"): the city's name abbreviated like its state's, then the state's code as after
any town.  Both codes are read as the state (its point 277 km from the city).
:func:`doubled_codes` reads the first of two equal codes joined by a comma as the
state's largest town named like the state, in that state, where it has
:data:`_CITY_PEOPLE` people or more (New York City, 8.8 million); a state with no such
namesake keeps both codes as they are.

Cost: one look at the characters after each toponym of two capitals read as a
first-level region, and one look-up of that region's name where the next repeats it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..model import Toponym

__all__ = ["doubled_codes"]

#: People a state's namesake town needs to be what its doubled code names.
_CITY_PEOPLE = 100_000


def doubled_codes(gaz: Gazetteer, text: str, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` with the first of two equal state codes joined by ", " ("NY, NY")
    read as the state's namesake city (module docstring); the rest unchanged.

    ``text``: the analysed text; ``toponyms`` in text order.
    """
    out = list(toponyms)
    for k, (t, after) in enumerate(itertools.pairwise(toponyms)):
        p = t.place
        if (
            p is None
            or p.kind != "admin1"
            or not (len(t.text) == 2 and t.text.isupper())
            or after.text != t.text
            or after.place != p
            or text[t.end : after.start] != ", "
        ):
            continue
        towns = [
            c.record
            for c in gaz.lookup(p.name)
            if gaz.is_place(c.record)
            and gaz.country_code(c.record) == p.country_code
            and gaz.admin1(c.record)[0] == p.admin1_code
            and gaz.population(c.record) >= _CITY_PEOPLE
        ]
        if towns:
            city = gaz.place(max(towns, key=lambda r: (gaz.population(r), -r)))
            out[k] = replace(t, place=city)
    return tuple(out)
