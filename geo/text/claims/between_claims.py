"""Claims stage 4, a line between two of a speaker's: a sentence with no speaker of its own
between two sentences of the same speaker, in one paragraph, goes on with that speaker.

"Units of the Battlegroup South improved their position near Artemovsk, the Russian
Defense Ministry said. Artillery hit enemy positions near Artemovsk, Chasov Yar and
Seversk. The enemy lost up to 210 servicemen in that area, the ministry said." The middle
sentence is the ministry's: copy retelling a bulletin drops the attribution between two of
its lines, and the bulletin's own words ("enemy positions") show whose voice it is. The
two claims around it are the same speaker's when they have one source, or when the later
one names the earlier by its head noun ("the ministry" after "the Russian Defense
Ministry") on the same side.

The sentence stays the outlet's own when anything else stands around it: claims by two
speakers, a person's words (an interview, not a bulletin), a paragraph break, a status
of its own ("reportedly"), or an outlet's finding ("Our analysis shows ..."), or when it
speaks in the outlet's voice ("we", "our", "this outlet"). Linear: one pass over the
claims.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .findings import own_finding

__all__ = ["between_same_speaker"]

#: The outlet's own voice: "we", "our", "this outlet", "this newspaper".
_OUTLET_VOICE = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Tt]his\s+(?:outlet|newspaper|agency|reporter|correspondent))\b"
)


def _same_speaker(first: _Draft, then: _Draft) -> bool:
    """Whether ``then`` is a claim of ``first``'s speaker (see the module docstring)."""
    if first.source is None or then.source is None or first.kind != "org":
        return False  # a body's bulletin, not a person's interview
    if first.source == then.source:
        return True
    if first.side is None or first.side != then.side or len(first.side) != 2:
        return False  # "the ministry" is the Russian Defense Ministry on its side only
    words = then.source.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in first.source.lower().split()


def between_same_speaker(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts``, each unattributed claim between two of one speaker's given to that
    speaker (see the module docstring); changed in place."""
    text = ctx.text
    for before, d, after in zip(drafts, drafts[1:], drafts[2:], strict=False):
        if d.source is not None or d.cue is not None or d.statuses:
            continue
        if not (before.paragraph == d.paragraph == after.paragraph):
            continue
        if before.last != d.first - 1 or after.first != d.last + 1:
            continue
        if not _same_speaker(before, after):
            continue
        if _OUTLET_VOICE.search(text, d.start, d.end) or own_finding(text, d.start, d.end):
            continue
        d.source, d.cue, d.kind, d.side = before.source, before.cue, before.kind, before.side
        d.descriptor, d.party = before.descriptor, before.party
        d.subj_start, d.subj_end = before.subj_start, before.subj_end
    return drafts
