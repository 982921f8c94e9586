"""Claims stage 5, the target's side says it came to no harm: a claim of a hit disputed.

"Yemen's Houthi rebels claimed they had hit a Greek-owned oil tanker ..., but the U.S.
military said the vessel had reported no damage."; "An official of the company that
manages the tanker told The Associated Press that the crew of 23 was unharmed and that
there was "no damage at all."": what was struck, or who speaks for it, says it was not
harmed. That disputes the latest claim of a hit (among the last :data:`_REACH`, by
another speaker of another side; not when the answer names other places: "The port of
Odessa reported no damage" after a hit on Melitopol), even past claims between them
that tell no hit (a security firm's assessment of why the ship was targeted), which the
words answered before this stage (:mod:`.answers` reads the claim just before) no longer do.

:func:`unharmed_targets` reads each claim once.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds
from .same_places import _about_the_same_places

__all__ = ["unharmed_targets"]

#: The claims looked back over for the hit an unharmed target answers.
_REACH = 8

#: The target unharmed: "had reported no damage", "was unharmed", "no damage at all".
_UNHARMED = re.compile(
    r"\b(?:(?:had\s+|has\s+)?(?:reported|suffered|sustained)\s+no\s+(?:[\w-]+\s+)?"
    r"(?:damage|injuries|hits?)|(?:was|were|is|are|remained|remains)\s+(?:all\s+)?"
    r"(?:unharmed|undamaged|unscathed)|no\s+damage\s+at\s+all|no\s+fire\s+on\s+board)\b",
    re.IGNORECASE,
)
_UNHARMED_GATE = (
    "no damage", "unharmed", "undamaged", "unscathed", "no injur", "no fire", "no hit"
)  # fmt: skip

#: A claim of a hit: "had hit a tanker", "struck the ship", "the strike had been accurate".
_HIT = re.compile(
    r"\b(?:hit|hits|struck|strike|strikes|ablaze|on\s+fire|damaged|sank|sunk)\b", re.IGNORECASE
)
_INDEPENDENT = "independent"


def unharmed_targets(ctx: _Context, drafts: list[_Draft]) -> None:
    """Dispute the claim of a hit the target's side answers (see the module docstring);
    in place."""
    text = ctx.text
    for k, d in enumerate(drafts):
        if d.source is None or not folded_holds(text, d.start, d.end, _UNHARMED_GATE):
            continue
        m = _UNHARMED.search(text, d.start, d.end)
        if m is None:
            continue
        window = reversed(drafts[max(0, k - _REACH) : k])
        hit = next((b for b in window if _claims_hit(text, b, d)), None)
        if hit is not None and not _about_the_same_places(ctx, d, hit):
            continue  # "The port of Odessa reported no damage" after a hit on Melitopol
        if hit is None:
            continue
        old = d.responds_to
        if old is not None and old is not hit and not _HIT.search(text, old.start, old.end):
            # the words answered a claim of no hit: "the ship had been targeted because ..."
            old.statuses[:] = [s for s in old.statuses if not _words_of(text, d, s[2])]
        if not any(_words_of(text, d, s[2]) for s in hit.statuses):
            cue = f"{d.source}: {m.group()}"
            hit.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
        d.responds_to = hit


def _claims_hit(text: str, b: _Draft, d: _Draft) -> bool:
    """Whether ``b`` is another side's claim of a hit that ``d`` may answer."""
    return (
        b.source is not None
        and b.source != d.source
        and b.side != _INDEPENDENT
        and (b.side is None or b.side != d.side)
        and _HIT.search(text, b.start, b.end) is not None
        and _UNHARMED.search(text, b.start, b.end) is None
    )


def _words_of(text: str, d: _Draft, cue: str) -> bool:
    """Whether the status words ``cue`` came from claim ``d``: its text, or its speaker
    named before them ("an official ...: was unharmed")."""
    if not cue:
        return False
    if d.source and cue.startswith(f"{d.source}:"):
        return True
    start = min(d.start, d.subj_start) if d.subj_start >= 0 else d.start
    return text.find(cue, start, d.end) >= 0
