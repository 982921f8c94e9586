"""A batch says once that a name is not in the gazetteer, then counts it.

Over an archive, the same few names the shipped index lacks ("Buner", "Swat") come back
in line after line, and their warnings ("'Buner' (characters 10-15) reads as a place
but is not in the gazetteer ...") bury the few that matter (a duplicate id, a line
refused). :class:`RepeatFilter`, on the command line's log handlers for a corpus run,
lets the first warning of each name through (named after its line, as every warning of
a batch) and counts the others; :meth:`RepeatFilter.summary` is the one line said at
the end. The warnings reach the handlers in input order whatever the number of
processes (:mod:`geo.batch_log`), so what is said is the same for ``-j 1`` and ``-j N``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

__all__ = ["RepeatFilter"]

#: The logger of the "reads as a place but is not in the gazetteer" warnings.
UNPLACED_LOGGER = "geo.text.unplaced"
#: The quoted name of such a warning ('Buner', or "Kam'yanka" when it holds a quote).
_NAME = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*") \(characters \d+-\d+\) reads as""")
#: Names listed in the summary line, the most repeated first.
SUMMARY_NAMES = 8


class RepeatFilter(logging.Filter):
    """A handler filter: False for a repeated warning of a name not in the gazetteer.

    Examples
    --------
    >>> f = RepeatFilter()
    >>> def rec(msg):
    ...     return logging.LogRecord(UNPLACED_LOGGER, 30, "", 0, msg, None, None)
    >>> said = "warning: c.jsonl:%d: 'Buner' (characters 3-8) reads as a place but ..."
    >>> [f.filter(rec(said % n)) for n in (1, 2, 3)]
    [True, False, False]
    >>> f.summary()
    "2 more warnings of names not in the gazetteer were not repeated: 'Buner' (2)"
    """

    def __init__(self) -> None:
        super().__init__()
        self.said: set[str] = set()
        self.repeats: Counter[str] = Counter()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name != UNPLACED_LOGGER:
            return True
        match = _NAME.search(record.getMessage())
        if match is None:
            return True
        name = match.group(1)
        if name in self.said:
            self.repeats[name] += 1
            return False
        self.said.add(name)
        return True

    def summary(self) -> str | None:
        """The closing line (None when nothing was held back): how many warnings, and
        the names most held back with their counts."""
        if not self.repeats:
            return None
        ranked = sorted(self.repeats.items(), key=lambda kv: (-kv[1], kv[0]))
        names = ", ".join(f"{name} ({n})" for name, n in ranked[:SUMMARY_NAMES])
        left = len(ranked) - SUMMARY_NAMES
        more = f" and {left} more name{'s' if left != 1 else ''}" if left > 0 else ""
        total = sum(self.repeats.values())
        return (f"{total} more warning{'s' if total != 1 else ''} of names not in the gazetteer "
                f"were not repeated: {names}{more}")
