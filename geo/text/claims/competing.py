"""Claims stage 3c, competing claims: two parties' accounts of one fight that cannot both
be true.

"Sudan's army said it had repelled an attack by the RSF on Babanusa, while the RSF said
its fighters had taken the division's headquarters there": one party says it held
(repelled, beat back, thwarted an assault), the other that it took ground (captured,
seized, took control); each account disputes the other, whichever comes first. Both
claims are ``disputed`` (the status cue holds the other's words), and the later answers
the earlier (``responds_to``). Only the clauses of one sentence that the writer sets
against each other (", while", ", but") compete, by speakers of different parties (side
or party), about the same places (or with no place of the later claim's own: "there");
the later one playing down a count the earlier states ("..., while Ukraine's General Staff
said it had launched only a handful at a fuel depot there") disputes it too;
accounts in sentences of their own stand side by side, each as sure as its caveats make
it. Linear: each claim is compared with the one before it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .answers import _captures
from .context import _Context, _Draft
from .same_places import _about_the_same_places
from .status import _STATUS_RANK, _clean

__all__ = ["competing_claims"]

#: The writer's contrast between the two clauses: ", while", ", but", ", whereas".
_CONTRAST = re.compile(r"[\s,;]*(?:while|but|whereas)\s", re.IGNORECASE)
#: A party's account of holding against one attack: "repelled an attack", "beat back the
#: assault", "thwarted an attempt to storm the base" (not a day's tally, "repelled 18
#: assaults in the area", which says nothing of one place's fall).
_HELD = re.compile(
    r"\b(?:repelled|repulsed|repel|repels|thwarted|foiled|beat\s+back|beaten\s+back|"
    r"fought\s+off)\s+(?:an?|the|this|that|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:attack|assault|offensive|advance|incursion|attempt|raid)\b",
    re.IGNORECASE,
)


def competing_claims(ctx: _Context, new: list[_Draft]) -> None:
    """Mark the claims of ``new`` (one sentence's, in order) that compete with the claim
    before them (see the module docstring)."""
    text = ctx.text
    for before, d in pairwise(new):
        if d.source is None or before.source is None:
            continue
        if (d.side, d.party) == (before.side, before.party):
            continue
        if _CONTRAST.match(text, before.end, d.start) is None:
            continue  # accounts in two sentences stand side by side ("unverified" each)
        if _minimised(ctx, before, d):
            continue  # "..., while Y said it had launched only a handful": a count answered
        held_first = _HELD.search(text, before.start, before.end) is not None
        held_then = _HELD.search(text, d.start, d.end) is not None
        if held_first == held_then:
            continue  # both hold, or neither does: no account against the other
        taker = d if held_first else before
        if not _captures(text, taker.start, taker.end):
            continue
        if not _about_the_same_places(ctx, d, before):
            continue
        rank = _STATUS_RANK["disputed"]
        before.statuses.append((rank, "disputed", _answer_words(text, d)))
        d.statuses.append((rank, "disputed", _answer_words(text, before)))
        d.responds_to = d.responds_to or before


#: A count played down: "only a handful", "only two", "just a few".
_MINIMISING = re.compile(
    r"\b(?:only|just|merely)\s+(?:a\s+(?:handful|few|couple)|\d[\d,]*|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)


def _minimised(ctx: _Context, before: _Draft, d: _Draft) -> bool:
    """Whether ``d``, set against ``before`` in one sentence, plays down the count
    ``before`` states ("X said it had shot down 35 drones over Bryansk, while Y said it had
    launched only a handful at a depot there"): ``before`` is disputed and ``d`` answers it."""
    if not ctx.quantities.any_inside(before.start, before.end):
        return False
    m = _MINIMISING.search(ctx.text, d.start, d.end)
    if m is None or not _about_the_same_places(ctx, d, before):
        return False
    before.statuses.append((_STATUS_RANK["disputed"], "disputed", _answer_words(ctx.text, d)))
    d.responds_to = d.responds_to or before
    return True


def _answer_words(text: str, d: _Draft) -> str:
    """The words of claim ``d`` that dispute another: the claim, at most 120 characters."""
    return _clean(text[d.start : min(d.end, d.start + 120)])
