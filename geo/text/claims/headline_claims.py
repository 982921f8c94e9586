"""Claims stage 5e, a headline's claim told again in the lead: it shares the lead's status.

"Russia says it encircled Ukrainian brigade near Kupiansk" over "Russia's Defence Ministry
said on Monday its forces had encircled units of a Ukrainian mechanised brigade west of
Kupiansk ..." is one claim told twice: whatever answers the lead's ("reports of an
encirclement were 'enemy propaganda'") answers the headline's too. :func:`headline_follows`
gives the headline's claim (the text's first claim, on a line of its own in the first
paragraph, with no status of its own and no other claim in its line: "Russia Says It
Took Village Near Pokrovsk; Kyiv Says Fighting Goes On" is answered there) the statuses
of the first claim after it of the same side that shares a word of its content (a stem of
five letters or more: "encircled", "Kupiansk"), in one of the next two paragraphs.
Linear: reads two claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import _Context, _Draft
from .segmentation import Sentence

__all__ = ["headline_follows"]

_WORD = re.compile(r"[^\W\d_]{5,}")
#: How many claims after the headline's the lead's may be.
_AFTER = 3


def _stems(text: str) -> set[str]:
    return {w.group().lower()[:5] for w in _WORD.finditer(text)}


def headline_follows(ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]) -> None:
    """Give a headline's claim its lead's statuses (see the module docstring)."""
    if len(drafts) < 2:
        return
    head = drafts[0]
    first = sentences[head.first] if head.first < len(sentences) else None
    if first is None or not first.line or first.paragraph != 0 or head.first != 0:
        return
    if head.source is None or head.side is None or head.statuses:
        return
    if drafts[1].first == head.first:
        return  # "Russia Says It Took Village ...; Kyiv Says Fighting Goes On": answered there
    text = ctx.text
    words = _stems(text[head.subj_end if head.subj_end > head.start else head.start : head.end])
    for d in drafts[1 : 1 + _AFTER]:
        if d.paragraph - head.paragraph > 2:
            return
        if d.side != head.side or d.source is None:
            continue
        if words & _stems(text[max(d.start, d.subj_end) : d.end]):
            head.statuses.extend(d.statuses)
        return
