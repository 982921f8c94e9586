"""Claims stage 4, a quotation's first-person speaker is the one who closes it.

'"Our military has reported to the president that Kupyansk is liberated. There is
nothing to add," Kremlin spokesman Dmitry Peskov told reporters.': the quotation's first
sentence has a cue of its own ("reported") whose subject is the quoted speaker's own
side ("Our military", "we"), so it was read as a claim of "Our military"; it is Peskov's
words. :func:`quoted_first_person` gives such a claim the speaker, side and party of the
claim that closes the quotation in the same paragraph, right after it. Linear: one look
at each claim opening a quotation.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .context import _Context, _Draft
from .phrases import open_quotation

__all__ = ["quoted_first_person"]

#: A first-person speaker: "Our military", "our forces", "we", "us".
_FIRST_PERSON = re.compile(r"(?:our|we|us)\b", re.IGNORECASE)
#: A quotation closed and its speaker named after it: '," Kremlin spokesman ... told'.
_CLOSED = re.compile(r"[,.!?]?\s*[\"”]\s*,?\s+\S")


def quoted_first_person(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts``, each first-person claim opening a quotation (see the module docstring)
    given its closer's speaker, side and party."""
    text = ctx.text
    for d, e in pairwise(drafts):
        if (
            d.source is None
            or e.source is None
            or text[d.start : d.start + 1] not in ('"', "“")
            or _FIRST_PERSON.match(d.source) is None
            or _FIRST_PERSON.match(e.source) is not None
            or e.paragraph != d.paragraph
            or not open_quotation(text, d.start, d.end)
            or e.subj_start < e.start
        ):
            continue
        a, b = e.start, e.subj_start
        closing = max(text.rfind('"', a, b), text.rfind("”", a, b))
        if closing < 0 or _CLOSED.search(text, max(a, closing - 2), b + 1) is None:
            continue
        d.source, d.side, d.party = e.source, e.side, e.party
    return drafts
