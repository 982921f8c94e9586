"""Claims stage 3, a loss conceded: the other side acknowledging what the claim says it hit.

"Russia's Black Sea Fleet said it had sunk a Ukrainian patrol boat. Ukraine's navy
acknowledged the loss of the boat but said its crew had been rescued": the navy, of
another country than the fleet, concedes what the fleet claims to have sunk, so the
fleet's claim is ``confirmed`` (the conceding side's word outranks all else, as a
retreat confirms a claim of capture, :mod:`~geo.text.claims.answers`). The conceded
thing must be the one the claim hit: a word of what was lost ("the boat", "its Su-25
jets") is in the claim, and the claim says it was hit ("sunk", "destroyed", "shot down", "struck").
The claim answered is one of the last few claims, at most three sentences before, of a
speaker of another country or a party ("The Houthis said they had shot down a U.S. MQ-9
Reaper drone ... A U.S. official acknowledged the loss of a Reaper"). Linear: a bounded
look back from each new claim.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds
from .sides import INDEPENDENT

__all__ = ["conceded_losses"]

#: "acknowledged the loss of the boat", "admitted losing a Su-25", "confirmed that one of
#: its Su-25 jets had been lost": the thing lost, in ``thing``.
_LOSS = re.compile(
    r"\b(?:acknowledg\w*|admitt\w*|admits?|confirm\w*|conced\w*)\s+(?:(?:the\s+)?loss(?:es)?\s+of\s+|"
    r"losing\s+)(?P<thing>(?:[\w.-]+\s+){0,3}?[\w.-]+)(?=\s+(?:in|near|over|off|on|at|during|but|and|"
    r"to|after|when|while|without)\b|[,.;]|$)|"
    r"\b(?:acknowledg\w*|admitt\w*|admits?|confirm\w*|conced\w*)\s+that\s+(?P<thing2>(?:[\w.-]+\s+)"
    r"{1,5}?)(?:had\s+been|has\s+been|was|were)\s+(?:lost|downed|shot\s+down|destroyed|sunk|sank|"
    r"hit|struck|damaged)\b|"
    # "confirmed that it had lost a Su-27 jet", "admitted they lost two tanks"
    r"\b(?:acknowledg\w*|admitt\w*|admits?|confirm\w*|conced\w*)\s+(?:that\s+)?(?:it|they|we)\s+"
    r"(?:had\s+|has\s+|have\s+)?lost\s+(?P<thing3>(?:[\w.-]+\s+){0,3}?[\w-]+)"
    r"(?=\s+(?:in|near|over|off|on|at|during|but|and|to|after|when|while)\b|[,.;]|$)",
    re.IGNORECASE,
)
#: The stems one of which opens every ``_LOSS`` match, lower case.
_CONCEDING = ("acknowledg", "admit", "confirm", "conced")
#: Words of the thing lost that name nothing: "one of its", "the".
_VAGUE = frozenset(
    "the a an its their his her our one two three of some several more jets jet aircraft".split()
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
        if d.side == INDEPENDENT or (d.side is None and not d.source):
            continue
        # a verb of conceding opens every match (case-insensitive: on the folded text)
        conceding = folded_holds(text, d.start, d.end, _CONCEDING)
        m = _LOSS.search(text, d.start, d.end) if conceding else None
        if m is None:
            continue
        thing = m.group("thing") or m.group("thing2") or m.group("thing3") or ""
        words = [w.rstrip(".") for w in thing.split() if w.lower() not in _VAGUE and len(w) > 2]
        if not words:
            continue
        noun = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
        for before in reversed(drafts[-_LOOK_BACK:]):
            if d.first - before.last > _REACH:
                break
            if before.side == INDEPENDENT or before.source is None:
                continue
            if before.side == d.side and (d.side is not None or before.party == d.party):
                continue  # the same side (or, with none, the same party)
            if before.side is None and before.party is None:
                continue  # a speaker of no known side or party
            if d.side is None and not _named_as_owner(text, d, before, noun):
                continue  # "The army confirmed losing a drone" answers "an army drone" only
            if noun.search(text, before.start, before.end) and _HIT.search(
                text, before.start, before.end
            ):
                cue = text[d.subj_start if d.subj_start >= 0 else d.start : m.end()].rstrip(".")
                before.statuses.append((_STATUS_RANK["conceded"], "confirmed", cue.strip()))
                d.responds_to = d.responds_to or before
                break


def _named_as_owner(text: str, d: _Draft, before: _Draft, noun: re.Pattern[str]) -> bool:
    """Whether ``before`` names the conceding speaker of no side, by its last word, as the
    owner of the thing lost: "The RSF claimed it shot down an army drone" and "The army
    confirmed losing a drone"."""
    head = (d.source or "").split()[-1:]
    if not head:
        return False
    owner = re.compile(rf"\b{re.escape(head[0])}\s+(?:[\w-]+\s+)?(?={noun.pattern})", re.I)
    return owner.search(text, before.start, before.end) is not None
