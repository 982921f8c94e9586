"""Claims stage 3, a loss conceded: the other side acknowledging what the claim says it hit.

"Russia's Black Sea Fleet said it had sunk a Ukrainian patrol boat. Ukraine's navy
acknowledged the loss of the boat but said its crew had been rescued": the navy, of
another country than the fleet, concedes what the fleet claims to have sunk, so the
fleet's claim is ``confirmed`` (the conceding side's word outranks all else, as a
retreat confirms a claim of capture, :mod:`~geo.text.claims.answers`). The conceded
thing must be the one the claim hit: the last word of what was lost ("the boat") is in
the claim, and the claim says it was hit ("sunk", "destroyed", "shot down", "struck").
The claim answered is one of the last few claims, at most three sentences before, of a
speaker of another country. Linear: a bounded look back from each new claim.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .sides import INDEPENDENT

__all__ = ["conceded_losses"]

#: "acknowledged the loss of the boat", "admitted losing a Su-25", "confirmed the loss of
#: two tanks": the thing lost, its last word in ``noun``.
_LOSS = re.compile(
    r"\b(?:acknowledg\w*|admitt\w*|admits?|confirm\w*|conced\w*)\s+(?:that\s+it\s+had\s+lost\s+|"
    r"(?:the\s+)?loss(?:es)?\s+of\s+|losing\s+)(?:(?:the|a|an|its|their|one|two|three|[\d,]+)\s+)?"
    r"(?:[\w.-]+\s+){0,3}?(?P<noun>(?-i:[a-z])[\w-]*|[A-Z][\w-]*\d[\w-]*)\b",
    re.IGNORECASE,
)
#: What a claim of a hit says.
_HIT = re.compile(
    r"\b(?:sank|sunk|sinking|destroy\w*|shot\s+down|downed|hit|struck|strike|eliminated|"
    r"knocked\s+out)\b",
    re.IGNORECASE,
)
#: How many sentences back the claim answered may be.
_REACH = 3
#: How many claims back are read.
_LOOK_BACK = 4


def conceded_losses(ctx: _Context, new: list[_Draft], drafts: list[_Draft]) -> None:
    """Confirm the recent claim of another country's speaker whose hit ``new``'s claims
    concede (see the module docstring)."""
    text = ctx.text
    for d in new:
        if d.side in (None, INDEPENDENT):
            continue
        m = _LOSS.search(text, d.start, d.end)
        if m is None:
            continue
        noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.IGNORECASE)
        for before in reversed(drafts[-_LOOK_BACK:]):
            if d.first - before.last > _REACH:
                break
            if before.side in (None, INDEPENDENT, d.side) or before.source is None:
                continue
            if noun.search(text, before.start, before.end) and _HIT.search(
                text, before.start, before.end
            ):
                cue = text[d.subj_start if d.subj_start >= 0 else d.start : m.end()]
                before.statuses.append((_STATUS_RANK["conceded"], "confirmed", cue.strip()))
                d.responds_to = d.responds_to or before
                break
