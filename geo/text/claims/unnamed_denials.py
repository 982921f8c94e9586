"""Claims stage 3 (status), a denial of a capture that names the place only as "the town".

"Russian assault units have entered the outskirts of Huliaipole, the news site
reported. ... A spokesman said the situation was difficult and denied that Russian
troops had gained a foothold in the town." The denial names no place of its own (so
:func:`~.answers.deny_captures` finds no capture claim by its places), but "the town"
points back to the place of the claim just before, which claims that capture: that
claim, by another party, is denied (or the latest capture claim, when the claim just
before claims none). Cost: one look over the places' capture claims a denial.
"""

from __future__ import annotations

import re
from operator import attrgetter

from .answers import _captures
from .context import _Context, _Draft
from .same_places import _span_place_keys
from .status import _STATUS_RANK

__all__ = ["deny_the_town"]

_START = attrgetter("start")

#: The place named again by its kind alone: "the town", "the city", "the village".
_THE_PLACE = re.compile(r"\bthe\s+(?:town|city|village|settlement)\b(?!\s+of\b)", re.IGNORECASE)


def deny_the_town(
    ctx: _Context,
    speaker: tuple[str | None, str | None],
    source: str | None,
    span: tuple[int, int],
    prev: _Draft | None,
    cue: str,
) -> bool:
    """Deny ``prev`` when the denial ``text[span[0]:span[1]]`` by ``source``, of (side,
    party) ``speaker``, denies a capture of "the town" and names no place, and ``prev``
    is another speaker's claim of a capture, of another side when both are known; True
    when it did."""
    text = ctx.text
    start, stop = span
    if prev is not None and not _captures(text, prev.start, prev.end):
        # the capture claim a paragraph or so back: "..., the news site reported. The news
        # site said the soldiers described ... . A spokesman denied ... in the town."
        latest = max(ctx.captures.values(), key=_START, default=None)
        near = latest is not None and latest.end <= start
        prev = latest if near and prev.paragraph - latest.paragraph <= 1 else None
    if (
        prev is None
        or source is None
        or prev.source in (None, source)
        or (speaker[0] is not None and prev.side is not None and prev.side == speaker[0])
        or _THE_PLACE.search(text, start, stop) is None
        or not _captures(text, start, stop)
        or not _captures(text, prev.start, prev.end)
        or _span_place_keys(ctx, start, stop)
    ):
        return False
    prev.statuses.append((_STATUS_RANK["denied"], "denied", cue))
    return True
