"""The qualifier of a stated number and the range it belongs to: "up to 300 servicemen",
"at least six people", "more than 2 million", "between 1,200 and 1,500 troops".

A casualty count "at least 6" is not "6", nor "up to 300" a figure of 300: an analyst
comparing two sides' claims needs the bound the text gives. :func:`qualify` gives each
:class:`~geo.model.Quantity` its ``qualifier`` and the bounds ``low``/``high`` (the
same unit as ``value``; None where the text gives no bound):

========================================================  ============  ===========
words before the number (or the range)                     qualifier     bounds
========================================================  ============  ===========
up to, as many as, no more than, not more than, at most,   ``up to``     high
a maximum of
at least, no fewer than, no less than, a minimum of        ``at least``  low
more than, over (not "shot down over 8 regions"),          ``more than`` low
upwards of, in excess of
fewer than, less than                                      ``less than`` high
nearly, almost, close to                                   ``nearly``    high
about, around, approximately, roughly, some, an estimated  ``about``     none
"between A and B", "from A to B", "A to B", "A-B"          ``range``     low A, high B
========================================================  ============  ===========

Both numbers of a range ("between 20 and 30 people") carry the range's bounds, so the
two stay linked; a range needs A < B ("3-2" is a score, not a range). Linear: one
anchored look behind each number and one at each gap between neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Quantity
from .range_scales import spread_scales

__all__ = ["QUALIFIERS", "qualify"]

#: The qualifier names, in the order of the table above.
QUALIFIERS: tuple[str, ...] = (
    "up to", "at least", "more than", "less than", "nearly", "about", "range",
)  # fmt: skip

#: Words before a number, each with its qualifier; matched up to the number (an article
#: "a" or "an" allowed between: "up to a dozen").
_BEFORE = re.compile(
    r"\b(?:(?P<up_to>up\s+to|as\s+many\s+as|no\s+more\s+than|not\s+more\s+than|at\s+most|"
    r"a\s+maximum\s+of)"
    r"|(?P<at_least>at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of)"
    r"|(?P<more_than>more\s+than|over|upwards\s+of|in\s+excess\s+of)"
    r"|(?P<less_than>fewer\s+than|less\s+than)"
    r"|(?P<nearly>nearly|almost|close\s+to)"
    r"|(?P<about>about|around|approximately|roughly|some|an\s+estimated))"
    r"\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
#: How far before a number its qualifier may start (characters).
_REACH = 24
#: The gap between the two numbers of a range, and the word that may open it.
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and)\s*")
_RANGE_OPEN = re.compile(r"\b(?P<w>between|from)\s+$", re.IGNORECASE)


#: A verb of air defence or flight just before "over": "shot down over", "were
#: intercepted over", "downed 30 drones over" (then "over" says where, not how many).
_ABOVE_VERB = re.compile(
    r"(?i:\b(?:down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|suppressed|"
    r"flew|flown|flying|spotted|detected|seen|recorded|tracked)(?:\s+[\w,.-]+){0,4}?\s+$)"
)
#: Nouns of an area a number of which something may fly over: "eight regions".
_AREA_NOUNS = frozenset(
    "regions oblasts provinces districts areas territories countries states cities towns "
    "governorates krais republics raions municipalities counties".split()
)


def _above(text: str, over: int, q: Quantity) -> bool:
    """Whether "over" at ``over``, before the number ``q``, places the act above areas
    ("64 drones were shot down over eight regions") rather than bounding the number."""
    return q.unit.lower() in _AREA_NOUNS and (
        _ABOVE_VERB.search(text, max(0, over - 60), over) is not None
    )


def qualify(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """``found`` (in text order, offsets into ``text``) with their qualifiers and bounds
    (see the module docstring); a number the text states plainly is returned as it is.

    >>> from geo.text.numbers import find_quantities
    >>> t = "Kyiv said up to 300 soldiers and between 20 and 30 tanks were lost."
    >>> [(q.value, q.qualifier, q.low, q.high) for q in find_quantities(t)]
    [(300, 'up to', None, 300), (20, 'range', 20, 30), (30, 'range', 20, 30)]
    """
    out = spread_scales(text, found)  # "between two and three hundred": 200 and 300
    ranged: set[int] = set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
        if gap is None or not a.value < b.value:
            continue
        opener = _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
        word = gap.group().strip()
        if word == "and" and (opener is None or opener["w"].lower() != "between"):
            continue  # "20 and 30": two numbers, "between 20 and 30": a range
        out[i] = replace(a, qualifier="range", low=a.value, high=b.value)
        out[i + 1] = replace(b, qualifier="range", low=a.value, high=b.value)
        ranged.update((i, i + 1))
    for i, q in enumerate(out):
        if i in ranged:
            continue
        m = _BEFORE.search(text, max(0, q.start - _REACH), q.start)
        if m is None:
            continue
        kind = next(k for k, v in m.groupdict().items() if v)
        if kind == "more_than" and _above(text, m.start(), q):
            continue  # "shot down over eight regions": above them, not more than eight
        low = q.value if kind in ("at_least", "more_than") else None
        high = q.value if kind in ("up_to", "less_than", "nearly") else None
        out[i] = replace(q, qualifier=kind.replace("_", " "), low=low, high=high)
    return out
