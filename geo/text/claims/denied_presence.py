"""Claims stage 5, a denial of presence answers the claim of presence, not the toll.

"..., killing four members of one family, the Lebanese Red Cross reported. The Israeli
military said the building was used by Hezbollah to store weapons; Hezbollah denied that
it had any presence in the building.": the denial negates what the army said of the
building (its use by the group), not the Red Cross's toll of the strike, which the
reading of a denial as an answer to the claim before its sentence gave it to. A denial
whose words deny presence or use ("had any presence in", "used the building", "stored
weapons there") of a building or site answers the latest claim (among the last
:data:`_BACK`, of another speaker) that tells presence or use in one
(:mod:`.negated_acts` reads the same presence words); the denial's status moves there.

:func:`denied_presence` reads each claim once and a few claims back.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .negated_acts import _PLACED, _PRESENCE

__all__ = ["denied_presence"]

#: How many claims back the claim of presence may be.
_BACK = 4

#: A denial of presence or use: "denied that it had any presence in the building",
#: "denies using the school", "denied that weapons were stored there".
_DENIED_PRESENCE = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:presence|present|used|using|use|stored|storing|kept|keeping|hid|hiding|"
    r"fighters|weapons|militants|positions)\b",
    re.IGNORECASE,
)


def denied_presence(ctx: _Context, drafts: list[_Draft]) -> None:
    """Move a denial of presence to the claim of presence it answers (see the module
    docstring); in place."""
    text = ctx.text
    for n, d in enumerate(drafts):
        if d.source is None or text.find("den", d.start, d.end) < 0:
            continue
        m = _DENIED_PRESENCE.search(text, d.start, d.end)
        if m is None or not _PLACED.search(text, m.end(), d.end):
            continue
        back = reversed(drafts[max(0, n - _BACK) : n])
        target = next((e for e in back if _told(text, e, d)), None)
        if target is None or target is d.responds_to:
            continue
        old = d.responds_to
        start = min(d.start, d.subj_start) if d.subj_start >= 0 else d.start
        moved = [s for s in (old.statuses if old else ()) if _words_of(text, s[2], start, d.end)]
        if old is not None and moved:
            old.statuses[:] = [s for s in old.statuses if s not in moved]
        target.statuses.extend(moved or [(_STATUS_RANK["denied"], "denied", m.group())])
        d.responds_to = target


def _told(text: str, e: _Draft, d: _Draft) -> bool:
    """Whether ``e`` is another speaker's claim of presence or use in a building."""
    return (
        e.source is not None
        and e.source != d.source
        and _PRESENCE.search(text, e.start, e.end) is not None
        and _PLACED.search(text, e.start, e.end) is not None
    )


def _words_of(text: str, cue: str, start: int, end: int) -> bool:
    """Whether the status words ``cue`` are words of ``text[start:end]``."""
    return bool(cue) and text.find(cue, start, end) >= 0
