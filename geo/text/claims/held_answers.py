"""Claims stage 3b, answers (continued): a holding answer naming no place reaches the
claim of capture a few claims back.

"The Arakan Army said it had overrun a command headquarters ... The group said its
fighters had captured more than 300 soldiers ... A junta spokesman said the headquarters
had not fallen": the answer says the place still stands, so it answers the speaker's
latest claim of a capture, not the count just before it (which states none). Only a
holding answer ("had not fallen", "no soldier has entered", "were still in", "remained
under ... control", "is ours") reaches back, only past claims of the same speaker's side
and party ("The group said ..." after "The Arakan Army said ..."), and only to a claim
naming places, one of the answer's when it names any.
Linear: a bounded look back of a few claims.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .same_places import _place_keys

__all__ = ["HELD", "held_target"]

#: How many claims back the claim of capture may be.
_BACK = 4

#: An answer saying a place still stands or is held: "had not fallen", "no Russian
#: soldier has entered", "the rebels' fighters were still in Minova", "The village is ours".
HELD = re.compile(
    r"\b(?:(?:had|has|have)\s+not\s+(?:yet\s+)?fallen|"
    r"no\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops|fighters?|units?)\s+(?:has|have|had)\s+"
    r"(?:entered|set\s+foot\s+in)|"
    r"(?:still|remains?|remained)\s+(?:in|inside|under\s+(?:\w+\s+)?control|held\s+by)\b|"
    r"(?:town|village|city|settlement|base|position)\s+(?:is|remains|was)\s+(?:still\s+)?ours)\b",
    re.IGNORECASE,
)


def held_target(
    ctx: _Context, d: _Draft, before: _Draft, drafts: list[_Draft], captures
) -> _Draft | None:
    """The claim of capture a holding answer ``d`` reaches past ``before`` (see the module
    docstring), or None. ``captures(start, end)`` tells whether a span states a capture."""
    text = ctx.text
    if HELD.search(text, d.start, d.end) is None:
        return None
    if captures(before.start, before.end) and _place_keys(ctx, before):
        return None  # "Russia said it took Kupiansk": the place's own claim, answered
    ours = set(_place_keys(ctx, d))
    seen = 0
    for e in reversed(drafts):
        if e is before or e.start >= before.start:
            continue
        seen += 1
        # two named parties differ; "the rebels" after "The M23" is no other party
        other_party = _named(e.party) and _named(before.party) and e.party != before.party
        if seen > _BACK or e.side != before.side or other_party:
            return None
        if e.source is None or e.source == d.source or not captures(e.start, e.end):
            continue
        theirs = set(_place_keys(ctx, e))
        if theirs and (not ours or ours & theirs):
            return e
    return None


def _named(party: str | None) -> bool:
    """Whether ``party`` is a name ("M23", "Arakan Army"), not a common noun ("rebels")."""
    return party is not None and party[:1].isupper()
