"""Claims stage 3, "the claim" after a rebuttal: the claim rebutted, not the rebuttal.

"Russia's Defence Ministry said its troops had captured the village of Novopavlivka.
Ukraine's military spokesman Viktor Trehubov called the claim "a lie" and said fighting
was ongoing. The claim could not be independently verified." The outlet's caveat names
"the claim" the debate is about: the ministry's, which the spokesman's words answer, not
the spokesman's rebuttal just before it. :func:`rebutted_claim` reads one claim's link.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft

__all__ = ["rebutted_claim"]

#: A reaction that names one claim by its noun: "The claim", "this report", "the assertion".
_THE_CLAIM = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:claim|report|assertion|account)\b(?!\s+(?:by|of)\b)",
    re.IGNORECASE,
)


def rebutted_claim(
    ctx: _Context, prev: _Draft, speaker: _Attribution | None, start: int, stop: int
) -> _Draft:
    """The claim a reaction in ``text[start:stop]`` with no speaker of its own (``speaker``
    None: the outlet's own words) names as "the claim": the claim ``prev`` answers when
    ``prev`` disputes or denies it (``responds_to``, its status from ``prev``); else
    ``prev``."""
    answered = prev.responds_to
    if speaker is not None or answered is None or answered.start >= prev.start:
        return prev
    if not any(s in ("disputed", "denied") for _, s, _ in answered.statuses):
        return prev
    return answered if _THE_CLAIM.search(ctx.text, start, stop) else prev
