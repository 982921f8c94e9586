"""Claims stage 3c, reactions (continued): a reaction naming the owner of what it answers.

"It disputed the ministry's toll" after the ministry's count and the disputer's own words
answers the ministry's claim: the latest recent one whose speaker holds the owner's word.
An owner that is a body of a side ("the army's account", "the military's statement",
"the government's figures") stands for the whole side: a spokesman, a defence ministry
or a commander of that side speak its account too, so the answered claim is the latest
recent one of the side of the speaker named by the owner ("The RSF rejected the army's
account" after "Sudan's army said ..." and an army spokesman's words: the spokesman's),
or, when no recent speaker holds the word, of the latest recent claim of a side
("Sudan's Ministry of Defence said ... The RSF dismissed the army's statement as 'lies'").
The side's account is its run: the claims of that side just before the reaction, back
to the first claim of another side ("Sudan's army said ... Army spokesman Nabil Abdallah
said ... The RSF rejected the army's account": both, :func:`side_account`).
A reaction naming places answers only a claim naming one of them or none (no claim about
another place). Linear: one regex search of the sentence, a bounded look back.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .same_places import _place_keys, _span_place_keys
from .sides import INDEPENDENT
from .silences import _recent

__all__ = ["owned_claim", "side_account"]

#: A reaction naming its speaker's words by their owner: "disputed the ministry's toll",
#: "rejected the army's figures".
_OWNED_CLAIM = re.compile(
    r"\b(?:denied|denies|disputed|disputes|rejected|rejects|dismissed|dismisses|questioned|"
    r"challenged|contradicted|confirmed|confirms)\s+the\s+(?P<owner>[a-z]+)[’']s\s+(?:(?:death|"
    r"casualty|initial|latest)\s+)?(?:toll|figures?|counts?|claims?|reports?|accounts?|"
    r"statements?|numbers?|version)\b"
)

#: Owners that stand for a side as a whole, not for one speaker.
_SIDE_BODIES = frozenset("army military government junta regime authorities".split())


def owned_claim(
    ctx: _Context, drafts: list[_Draft], idx: int, start: int, stop: int
) -> _Draft | None:
    """The recent claim a reaction in sentence ``idx`` (``text[start:stop]``) answers when
    it names the claim's owner (see the module docstring); None when it names none, or
    none that spoke recently."""
    m = _OWNED_CLAIM.search(ctx.text, start, stop)
    if m is None:
        return None
    owner = m.group("owner")
    recent = [d for d in _recent(drafts, idx) if d.last < idx or d.end <= start]
    named = next((d for d in recent if owner in (d.source or "").lower().split()), None)
    if owner not in _SIDE_BODIES:
        return named
    side = named.side if named is not None else None
    if side is None or side == INDEPENDENT:
        if named is not None:
            return named
        sided = (d for d in recent if d.side is not None and d.side != INDEPENDENT)
        side = next((d.side for d in sided), None)
        if side is None:
            return None
    ours = set(_span_place_keys(ctx, start, stop))
    for d in recent:
        if d.side != side:
            continue
        theirs = set(_place_keys(ctx, d))
        if not ours or not theirs or ours & theirs:
            return d
    return named


def side_account(
    ctx: _Context, drafts: list[_Draft], about: _Draft, idx: int, start: int, stop: int
) -> list[_Draft]:
    """The claims of ``about``'s side just before it, latest first, when the reaction in
    ``text[start:stop]`` names a side's body as their owner ("rejected the army's
    account"): the run back to the first claim of another side (see the module
    docstring); empty otherwise."""
    m = _OWNED_CLAIM.search(ctx.text, start, stop)
    if m is None or m.group("owner") not in _SIDE_BODIES or about.side in (None, INDEPENDENT):
        return []
    run: list[_Draft] = []
    ours = set(_span_place_keys(ctx, start, stop))
    for d in _recent(drafts, idx):
        if d.last >= idx and d.end > start:
            continue  # the reaction's own sentence
        if d is about:
            continue
        if d.start > about.start:
            continue
        if d.side != about.side:
            break
        theirs = set(_place_keys(ctx, d))
        if not ours or not theirs or ours & theirs:
            run.append(d)
    return run
