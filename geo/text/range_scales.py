"""A scale word said once for both ends of a range: "between two and three hundred
people" is 200 to 300, "two to three thousand" 2,000 to 3,000, "4-5 million" 4 to 5
million, "between one and two dozen" 12 to 24.

Speech drops the scale word of a range's first number; :func:`spread_scales` gives it
back. The first number must be stated without a scale ("two", "4"), the second must end
in one ("three hundred", "5 million") and the first must be below the second's
multiplier ("two" < "three"): "between 2 and 300 people" keeps its 2. The gap is a
range's ("-", "–", "—", "to", or "and" after "between"). One look at each gap between
neighbouring numbers: linear in their count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Quantity

__all__ = ["spread_scales"]

#: The scale word ending a number's text, with its value.
_SCALE_END = re.compile(
    r"(?:^|[\s-])(?P<w>dozen|hundred|thousand|million|billion)$", re.IGNORECASE
)
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
           "billion": 1_000_000_000}  # fmt: skip
_GAP = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
#: Scale words (and their short forms) a number's text may hold anywhere.
_ANY_SCALE = re.compile(
    r"dozen|hundred|thousand|million|billion|\d\s*(?:bn|mn|m|k)\b", re.IGNORECASE
)


def spread_scales(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """``found`` (in text order, offsets into ``text``) with the first number of each
    range whose scale word the second alone states multiplied by that scale (see the
    module docstring).

    >>> from geo.text.numbers import find_quantities
    >>> t = "between two and three hundred soldiers, 4 to 5 million dollars"
    >>> [q.value for q in find_quantities(t)]
    [200, 300, 4000000, 5000000]
    """
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = _GAP.fullmatch(text, a.end, b.start)
        scale = _SCALE_END.search(b.text)
        if gap is None or scale is None or _ANY_SCALE.search(a.text):
            continue
        if gap.group().strip().lower() == "and" and not _BETWEEN.search(
            text, max(0, a.start - 10), a.start
        ):
            continue  # "two and three hundred": "and" makes a range only after "between"
        size = _SCALES[scale["w"].lower()]
        if not 0 < a.value < b.value / size:
            continue  # "between 2 and 300": its own first number
        out[i] = replace(a, value=a.value * size)
    return out
