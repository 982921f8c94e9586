"""Numbers, stage 2b: a number added to an earlier one counts what that one counts.

"At least 3,000 bodies were returned ... Medinsky said Russia would hand over another
6,000": "another 6,000" names no noun of its own, and counts bodies, as the number it adds
to does. :func:`added_units` gives a number with no unit after "another", "a further" or
"an additional" the unit of the latest number before it with one, a few sentences back
(:data:`_REACH` characters), never a measure's ("km") nor across a paragraph.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..model import Quantity

__all__ = ["added_units"]

#: Words that add a number to an earlier one, right before it.
_ADDED = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
#: How far back the number added to may be (characters).
_REACH = 600
#: Units of measure: a distance or a time is not what "another" counts.
_MEASURES = frozenset(
    """km kilometers kilometres mi miles m meters metres hours minutes days weeks months years
    percent""".split()
)


def added_units(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """``found`` (in text order) with each number added to an earlier one given that one's
    unit (see the module docstring); the rest as they are.

    >>> t = "Ukraine said 3,000 bodies were returned. Russia would hand over another 6,000."
    >>> a, b = t.index("3,000"), t.index("6,000")
    >>> qs = [Quantity(3000, "bodies", "3,000", a, a + 5), Quantity(6000, "", "6,000", b, b + 5)]
    >>> [q.unit for q in added_units(t, qs)]
    ['bodies', 'bodies']
    """
    out = list(found)
    last: Quantity | None = None  # the latest number with a unit counted
    for i, q in enumerate(out):
        if q.unit:
            last = q if q.unit.lower() not in _MEASURES else last
            continue
        if (
            last is None
            or q.start - last.end > _REACH
            or "\n\n" in text[last.end : q.start]
            or _ADDED.search(text, max(0, q.start - 20), q.start) is None
        ):
            continue
        out[i] = dataclasses.replace(q, unit=last.unit)
    return out
