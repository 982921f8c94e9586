"""Claims stage 3b, a denial of "the enemy's claims": the other side's claims, past one's own.

"Russia's Defence Ministry said its forces captured Novopavlivka. ... Ukraine's General
Staff said its troops repelled 14 assaults near the village. "The claims of the enemy are
false," said Viktor Trehubov": the quote answers the Russian claims, not the General
Staff's claim just before it (which is his own side's). A claim whose words name the other
side's claims ("the claims of the enemy", "the enemy's reports", "the occupiers'
statements", "Russian claims") answers, when the claim just before is of its own side, the
latest claims of another side within a few sentences: the latest one and the same
speaker's claims just before it (:func:`enemy_claim_targets`). Read by
:func:`~geo.text.claims.answers._answers`; bounded: a few drafts back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .context import _Context, _Draft

__all__ = ["answer_enemy_claims", "enemy_claim_targets"]

#: Words naming the other side's claims: "the claims of the enemy", "the enemy's
#: reports", "enemy statements", "Russian claims", "Moscow's assertions".
_CLAIM_NOUN = r"(?:claims?|reports?|statements?|assertions?|allegations?|reporting)"
_ENEMY = r"(?:enemy|occupiers?|invaders?|adversary|aggressor|opponents?|other\s+side)"
_NAMES_ENEMY_CLAIMS = re.compile(
    rf"(?i:\b{_CLAIM_NOUN}\s+(?:of|by|from)\s+the\s+{_ENEMY}\b|"
    rf"\b{_ENEMY}(?:[’']s?)?\s+(?:\w+\s+)?{_CLAIM_NOUN}\b)"
    rf"|\b[A-Z][a-z]+(?:[’']s)?\s+(?i:{_CLAIM_NOUN})\b"
)
#: How many drafts, and sentences, back the other side's claims may be.
_BACK_DRAFTS, _BACK_SENTENCES = 8, 6


def enemy_claim_targets(
    ctx: _Context, d: _Draft, before: _Draft | None, drafts: list[_Draft]
) -> list[_Draft]:
    """The other side's claims ``d`` answers by naming them (see the module docstring),
    latest first; empty unless ``before`` (the claim just before ``d``) is of ``d``'s own
    side, or none, and ``d`` names the other side's claims."""
    side = d.side
    if side is None or side == "independent" or (before is not None and before.side != side):
        return []
    if _NAMES_ENEMY_CLAIMS.search(ctx.text, d.start, d.end) is None:
        return []
    found: list[_Draft] = []
    for n, c in enumerate(reversed(drafts)):
        if n >= _BACK_DRAFTS or d.first - c.last > _BACK_SENTENCES:
            break
        if c is d or c.source is None or c.side in (None, "independent", side):
            continue
        if found and c.source != found[0].source:
            break  # the latest speaker's run of claims only
        found.append(c)
    return found


def answer_enemy_claims(
    ctx: _Context,
    d: _Draft,
    before: _Draft | None,
    drafts: list[_Draft],
    answer: Callable[[_Context, _Draft, _Draft], bool],
) -> bool:
    """Whether ``d`` answers the other side's claims it names (:func:`enemy_claim_targets`),
    each recorded by ``answer`` (:func:`~geo.text.claims.answers._answer`)."""
    answered = False
    for enemy in enemy_claim_targets(ctx, d, before, drafts):
        answered = answer(ctx, d, enemy) or answered
    return answered
