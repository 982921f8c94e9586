"""Claims stage 5, a party's repelled attack that answers the other party's claimed gain.

"In Myanmar, the Arakan Army said it had seized the outer defences of Kyaukphyu. The junta
said it had repelled the attack." The second claim names the first one's action by a
definite noun ("the attack", "the assault", "the offensive") and says it failed: it is the
other side's version, and the claim of a seizure, capture or advance just before it, by
another speaker, is disputed. The repelling claim itself stays asserted. Only the claim
just before is read (same or previous paragraph, the sentence before), so the pass is
linear.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["repelled_answers"]

#: A failed attack named by a definite noun: "repelled the attack", "beat back that assault".
_REPELLED = re.compile(
    r"\b(?:repelled|repulsed|repelling|repulsing|beat\s+back|beaten\s+back|fended\s+off|"
    r"thwarted|foiled)\s+(?:the|that|this|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:attack|assault|offensive|raid|incursion|advance|push)\b",
    re.IGNORECASE,
)
#: A gain claimed by the first speaker: "had seized", "captured", "stormed", "advanced".
_GAIN = re.compile(
    r"\b(?:seized|captured|took|taken|stormed|overran|overrun|advanced|entered|broke\s+through|"
    r"liberated|attacked|launched)\b",
    re.IGNORECASE,
)


def repelled_answers(ctx: _Context, drafts: list[_Draft]) -> None:
    """Dispute each claimed gain the next claim says was repelled (see the module
    docstring); in place."""
    text = ctx.text
    for before, d in pairwise(drafts):
        if d.source is None or before.source is None or d.source == before.source:
            continue
        if d.first != before.last + 1 or d.paragraph - before.paragraph > 1:
            continue
        if before.side is not None and before.side == d.side:
            continue  # the same side's words: a second account, no answer
        m = _REPELLED.search(text, d.start, d.end)
        if m is None or _GAIN.search(text, before.start, before.end) is None:
            continue
        cue = " ".join(text[d.start : m.end()].split())
        before.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
