"""Defence lines named after people: "the so-called Surovikin line" is no village.

A capitalised name the gazetteer lacks (:attr:`~geo.text.tokens.Mention.unknown`, or has
only by a close spelling, :attr:`~geo.text.tokens.Mention.fuzzy`: "Surovikin") right
before "line" ("the Surovikin line", "the Mannerheim Line", "the 'Wagner line'") names a
line of fortifications, after a commander or an old state, not a settlement: estimating
it at the place the text named before ("west of Verbove") would put a village on the map
that does not exist.  :func:`drop_named_lines` leaves such mentions out; a name the
gazetteer has ("the Kupiansk line") is left to the other stages.

Cost: one anchored match per unknown mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .tokens import Mention, without_mentions

__all__ = ["drop_named_lines"]

#: Right after the name: "line" or "Line", a closing quotation mark allowed either side.
_LINE_AFTER = re.compile(r"[\"'’”]?[ \t]+[Ll]ines?\b")


def drop_named_lines(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the unknown names of defence lines (module docstring); the
    kept mentions' lists renumbered.

    Examples
    --------
    >>> text = "west of Verbove, before the so-called Surovikin line."
    >>> verbove = Mention(8, 15, "verbove", 2, 2, cue="in")
    >>> line = Mention(38, 47, "surovikin", 7, 7, unknown=True)
    >>> [m.key for m in drop_named_lines(text, [verbove, line])]
    ['verbove']
    """
    drop = {
        k
        for k, m in enumerate(mentions)
        if (m.unknown or m.fuzzy) and _LINE_AFTER.match(text, m.end) is not None
    }
    return without_mentions(mentions, drop)
