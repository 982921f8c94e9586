"""Claims stage 2b helper, a body named again by its kind: "the court" after "judges of the
International Criminal Court", "the tribunal" after "the Special Tribunal for Lebanon".

A speaker given only as "the court" (or commission, tribunal, inquiry, panel) after the
text has named such a body in capitals speaks for that body: :func:`named_before` finds
the latest capitalised name ending in (or headed by, "Commission of Inquiry") the same
word within a few sentences before the speaker, whose side is then read as that name's.
Linear: one bounded search back.
"""

from __future__ import annotations

import re

__all__ = ["named_before"]

#: A body named by its kind alone.
_KIND = re.compile(r"(?i:the)\s+(court|commission|tribunal|inquiry|panel)")
#: How far back the name may be.
_REACH = 600


def named_before(text: str, subj_start: int, source: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the body "the court" (``source``, its phrase at
    ``subj_start``) names again, or None (see the module docstring)."""
    kind = _KIND.fullmatch(source)
    if kind is None or subj_start < 0:
        return None
    word = kind.group(1).capitalize()
    name = re.compile(
        rf"(?:[A-Z][\w.’'-]*\s+){{0,4}}{word}\b(?:\s+(?:of|for|on)(?:\s+[A-Z][\w-]*)+)?"
    )
    last = None
    for m in name.finditer(text, max(0, subj_start - _REACH), subj_start):
        if m.group() != word:
            last = m
    return (last.start(), last.end(), last.group()) if last is not None else None
