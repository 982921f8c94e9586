"""Claims stage 5d, a party's account named by its owner only: ", contradicting the
Ukrainian claim", "which confirms Moscow's account".

Evidence or a second report may judge a claim made earlier without restating it:
"Footage geolocated by ... shows Russian soldiers raising a flag over the same positions,
contradicting the Ukrainian claim." names the claim by its owner ("the Ukrainian claim",
"Kyiv's account", "the army's statement") and nothing after it (with "that ..." the claim
is restated, :mod:`.judged_claims`). The judged claim is the latest one before the
sentence, a few claims back, whose speaker is of the owner's side ("Ukrainian", "Kyiv's")
or whose speaker's name holds the owner ("the army's"): it takes ``disputed``
(contradicting, refuting, undermining) or ``confirmed`` (confirming, corroborating,
backing up), the judging words as its cue, and the claim holding them answers it.
Linear: one search of the text, a bounded look back per match.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .. import lexicon as lx
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import matches_from

__all__ = ["named_accounts"]

#: How many claims back the judged claim may be.
_BACK = 6
_NAMED = re.compile(
    r"\b(?:(?P<no>contradicting|contradicts|contradicted|refuting|refutes|refuted|"
    r"undermining|undermines|undermined|disproving|disproves|disproved)|"
    r"(?P<yes>confirming|confirms|confirmed|corroborating|corroborates|corroborated|"
    r"backing\s+up|backs\s+up|supporting|supports))\s+"
    r"(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|[a-z]+)(?:[’']s)?\s+"
    r"(?:(?:earlier|initial|official|own)\s+)?"
    r"(?:claims?|accounts?|statements?|assertions?|version)(?P<end>\s*[.;]|\s*$)"
)
#: The words every match of :data:`_NAMED` begins with: it is tried only where one does.
_NAMED_STARTS = ("contradict", "refut", "undermin", "disprov", "confirm", "corroborat", "back",
                 "support")


def named_accounts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Mark the claims named by their owner only (see the module docstring)."""
    text = ctx.text
    if "claim" not in text and "account" not in text and "statement" not in text:
        return
    starts = [d.start for d in drafts]
    for m in matches_from(_NAMED, text, _NAMED_STARTS):
        owner = m.group("owner")
        code = lx.DEMONYMS.get(owner.lower()) or _CAPITALS.get(owner)
        if owner[:1].islower() and owner not in _BODIES:
            continue  # "contradicting the earlier claim": no owner named
        at = bisect_right(starts, m.start())  # the drafts starting before the words
        holder = next((d for d in drafts[max(0, at - 2) : at] if m.start() < d.end), None)
        before = [d for d in drafts[max(0, at - 3 * _BACK) : at] if d.end <= m.start() and d.source]
        judged = None
        for d in reversed(before[-_BACK:]):
            if code is not None and d.side == code:
                judged = d
                break
            if code is None and re.search(rf"\b{re.escape(owner)}\b", d.source or "", re.I):
                judged = d
                break
        if judged is None:
            continue
        status = "confirmed" if m.group("yes") else "disputed"
        cue = text[m.start() : m.start("end")].strip()
        judged.statuses.append((_STATUS_RANK[status], status, cue))
        if holder is not None and holder.responds_to is None:
            holder.responds_to = judged


#: Capitals standing for their governments: "Kyiv's account".
_CAPITALS = {"Kyiv": "UA", "Kiev": "UA", "Moscow": "RU", "Khartoum": "SD", "Kinshasa": "CD",
             "Jerusalem": "IL", "Tehran": "IR", "Beirut": "LB", "Washington": "US"}  # fmt: skip
#: Lower-case owners that name a speaker: "the army's claim".
_BODIES = frozenset("army military ministry government kremlin police rebels militia".split())
