"""Claims stage 3, "the claim" after a rebuttal: the claim rebutted, not the rebuttal.

"Russia's Defence Ministry said its troops had captured the village of Novopavlivka.
Ukraine's military spokesman Viktor Trehubov called the claim "a lie" and said fighting
was ongoing. The claim could not be independently verified." The outlet's caveat names
"the claim" the debate is about: the ministry's, which the spokesman's words answer and
name by the same noun ("called the claim"), not the spokesman's rebuttal just before it.
A rebuttal that names no claim so ("The RSF rejected the army's account, saying its
fighters had seized the headquarters. The claim could not be verified.") is a claim of
its own, the one meant. :func:`rebutted_claim` reads one claim's link.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft

__all__ = ["rebutted_claim"]

#: A reaction that names one claim by its noun: "The claim", "this report", "the assertion".
_THE_CLAIM = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?P<noun>claim|report|assertion|account)\b"
    r"(?!\s+(?:by|of)\b)",
    re.IGNORECASE,
)


def rebutted_claim(
    ctx: _Context, prev: _Draft, speaker: _Attribution | None, start: int, stop: int
) -> _Draft:
    """The claim a reaction in ``text[start:stop]`` with no speaker of its own (``speaker``
    None: the outlet's own words) names as "the claim": the claim ``prev`` answers when
    ``prev`` disputes or denies it (``responds_to``, its status from ``prev``) and names it
    by the same noun; else ``prev``."""
    answered = prev.responds_to
    if speaker is not None or answered is None or answered.start >= prev.start:
        return prev
    if not any(s in ("disputed", "denied") for _, s, _ in answered.statuses):
        return prev
    m = _THE_CLAIM.search(ctx.text, start, stop)
    if m is None:
        return prev
    same = re.compile(rf"\b(?:the|this|that|such)\s+(?:[\w-]+\s+)?{m.group('noun')}\b", re.I)
    return answered if same.search(ctx.text, prev.start, prev.end) else prev
