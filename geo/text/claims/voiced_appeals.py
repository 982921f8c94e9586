"""Claims stage 5, appeals in a post's own voice are no claims.

A governor's or an administration's post ends with advice to the reader: "Residents of
the coastal areas are urged to stay in shelters during air raid alerts.", "Please do
not ignore the alerts." Such a line asserts nothing: given the post's voice by its title
(:func:`~geo.text.claims.bulletin_header.header_voice`) only, it is no claim. An appeal
a speaker is quoted making ("the governor urged residents to leave") stays a claim.
"""

from __future__ import annotations

import re

from .bulletin_header import header_at
from .context import _Context, _Draft

__all__ = ["without_voiced_appeals"]

#: Advice to the reader: "are urged to", "are asked to", "should stay", "Please", "Do not".
_APPEAL = re.compile(
    r"\b(?:(?:are|is)\s+(?:(?:strongly|again|once\s+again)\s+)?(?:urged|asked|advised|"
    r"requested|encouraged|called\s+on)\s+to|(?:should|must)\s+(?:stay|remain|take|keep|"
    r"not\s+ignore|go)\b)",
    re.IGNORECASE,
)
_OPENING_APPEAL = re.compile(r"\s*(?:please\b|do\s+not\b|don[’']t\b)", re.IGNORECASE)


def without_voiced_appeals(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` without the appeals that have only their post's title as speaker."""
    kept = []
    for d in drafts:
        header = header_at(ctx, d.start) if d.source is not None else None
        if (
            header is not None
            and (d.source, d.cue) == (header.source, header.cue)
            and not d.statuses
            and (
                _APPEAL.search(ctx.text, d.start, d.end) is not None
                or _OPENING_APPEAL.match(ctx.text, d.start) is not None
            )
        ):
            continue
        kept.append(d)
    return kept
