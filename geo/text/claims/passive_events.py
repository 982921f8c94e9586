"""Claims stage 1, an event told in the passive at a place, with no actor and no speaker.

"Another person was killed in the Zolochiv hromada.", "In Kherson Oblast, the village of
Antonivka came under artillery fire.": what happened to whom or where, the outlet's own
report (like "Russian forces shelled Nikopol", :mod:`~geo.text.claims.linking`), when
the sentence names a place that is no speaker's or a settlement by its kind; the caller
checks that it describes none.
Linear: a substring gate, then one search in the sentence.
"""

from __future__ import annotations

import re

from .context import _Context
from .segmentation import Sentence

__all__ = ["passive_event"]

#: Substrings every match of ``_PASSIVE_EVENT`` holds.
_GATE = (" was ", " were ", " been ", "came under", "come under", "comes under")
#: An event with no actor: "was killed", "were wounded", "has been shelled", "came under
#: artillery fire" (not "was built", "were expected").
_PASSIVE_EVENT = re.compile(
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+|reportedly\s+|again\s+)?"
    r"(?:killed|wounded|injured|shelled|struck|hit|bombed|attacked|targeted|damaged|"
    r"destroyed)\b(?!\s+by\b)|"
    r"\b(?:came|comes|come)\s+under\s+(?:heavy\s+|renewed\s+)?(?:[a-z]+\s+)?"
    r"(?:fire|attack|shelling|bombardment)\b",
    re.IGNORECASE,
)


#: A year the event is placed in: history, not a report ("was destroyed in 2022").
_IN_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b")
#: A settlement named by its kind, which the index may lack: "the town of Dolow".
_SETTLEMENT = re.compile(r"\b(?:town|village|city|settlement)\s+of\s+[A-Z][a-z]")


def passive_event(ctx: _Context, sent: Sentence) -> bool:
    """Whether ``sent`` (not a bulletin's line) tells an event in the passive ("was
    killed", "came under artillery fire") and names a place that is no speaker's, or a
    settlement by its kind ("the town of Dolow", which the index may lack).

    An agent after "by" ("was hit by a Russian drone") is left to the actor's rules;
    so is a year ("was destroyed in 2022"): history, not a report."""
    text, s, e = ctx.text, sent.start, sent.end
    if sent.line or not any(text.find(g, s, e) >= 0 for g in _GATE):
        return False
    if _PASSIVE_EVENT.search(text, s, e) is None or _IN_YEAR.search(text, s, e):
        return False
    return bool(ctx.literal_places(s, e)) or _SETTLEMENT.search(text, s, e) is not None
