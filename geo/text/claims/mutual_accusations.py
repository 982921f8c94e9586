"""Claims stage 5f, a mutual accusation: "Each side accused the other of shelling the plant."

Both parties speak, each against the other: the claim's speaker is "each side" (or "both
sides", "the two sides"; not the bare "side" the phrase's head would give), of no one
side, and the claim is ``disputed``, each account answered by the other's in the same
breath (the words "accused the other" its cue). :func:`mutual_accusations` reads the
words around each claim's cue: linear.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["mutual_accusations"]

#: The speakers of a mutual accusation before its verb: "Each side", "both sides".
_EACH = re.compile(
    r"(?:\b(?P<who>(?:[Ee]ach|[Bb]oth|[Tt]he\s+two)\s+(?:sides?|parties|party|countries|"
    r"armies|governments|camps))|\b(?P<each>each|both))\s+(?:(?:have|has|had|again|also|"
    r"repeatedly)\s+)*$"
)
#: The other party as the accused, right after the verb: "accused the other".
_OTHER = re.compile(
    r"(?P<verb>accused|accuse|accuses|blamed|blame|blames)\s+(?:the\s+other(?:\s+side)?|"
    r"each\s+other|one\s+another)\b"
)


def mutual_accusations(ctx: _Context, drafts: list[_Draft]) -> None:
    """Give each mutual accusation both sides as its speaker, no side, ``disputed``."""
    text = ctx.text
    for d in drafts:
        if d.source is None or d.cue is None or d.subj_end < 0:
            continue
        at = text.find(d.cue, d.subj_end, d.end)
        other = _OTHER.match(text, at) if at >= 0 else None
        if other is None or other.group("verb") != d.cue:
            continue
        each = _EACH.search(text, max(d.start, d.subj_start - 40), other.start())
        if each is None:
            continue
        if each.group("who"):
            d.source = each.group("who")[0].lower() + each.group("who")[1:]
            d.descriptor = ""
        d.side = d.party = None
        d.statuses.append((_STATUS_RANK["disputed"], "disputed", other.group()))
