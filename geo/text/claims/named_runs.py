"""Claims stage 3, the claims a reaction names besides the one it answers.

A reaction that names its claims in the plural answers more than the claim just
before it: "Hamas rejected the military's claims" every claim of the military's run
in the paragraph (:func:`~geo.text.claims.silences.speaker_run`); "ISW has not
observed confirmation of either claim", "both claims", "neither of these accounts"
the claim it answers and the claim just before that one in the same paragraph,
whoever made it ("A Russian milblogger claimed that ... Another milblogger claimed
that ... ISW has not observed confirmation of either claim"). "Kyiv has rejected such
accusations" names a kind, the answered claim's, not a run. Linear: one search in
the reaction's sentence, one step back among the claims.
"""

from __future__ import annotations

import re

from .context import _Draft
from .sides import INDEPENDENT
from .silences import speaker_run

__all__ = ["named_runs"]


#: A reaction to several claims: "the military's claims", "these allegations" (not "such
#: accusations": a kind, the one of the claim it answers).
_PLURAL_BACKREF = re.compile(
    r"\b(?:the|these|those|their|its|[\w-]+[’']s)\s+(?:[\w-]+\s+)?"
    r"(?:claims|accounts|allegations|accusations|reports|statements|assertions)\b"
)
#: A reaction to a pair of claims: "either claim", "both reports", "neither of the
#: accounts" (not "either side's claims": the sides' figures, :mod:`.figures`).
_PAIR_BACKREF = re.compile(
    r"\b(?:either|both|neither)\s+(?:of\s+(?:the|these|those|their)\s+)?"
    r"(?:claims?|accounts?|reports?|statements?|assertions?|versions?)\b",
    re.IGNORECASE,
)


def named_runs(
    text: str, start: int, end: int, drafts: list[_Draft], about: _Draft
) -> list[_Draft]:
    """The claims besides ``about`` that the reaction in ``text[start:end]`` names (see
    the module docstring), latest first; empty when it names one claim."""
    if _PAIR_BACKREF.search(text, start, end):
        at = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i] is about), None)
        before = drafts[at - 1] if at else None
        if before is not None and before.paragraph == about.paragraph:
            return [before]
        return []
    if _PLURAL_BACKREF.search(text, start, end):
        return speaker_run(drafts, about, across=True)[1:] + _run_after(drafts, about, start)
    return []


def _run_after(drafts: list[_Draft], about: _Draft, start: int) -> list[_Draft]:
    """The claims after ``about`` and before the reaction (which starts at ``start``) of
    its speaker or known side, while they last, in its paragraph or the next: "Rybar
    claimed ... Another milblogger claimed ... Rybar also claimed ... The 'Khortytsia'
    group called the claims 'fantasy'" reaches Rybar's last claim too when it answers
    the one before."""
    at = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i] is about), None)
    out: list[_Draft] = []
    for d in drafts[at + 1 :] if at is not None else ():
        same = d.source == about.source or (
            about.side not in (None, INDEPENDENT) and d.side == about.side
        )
        if d.end > start or d.source is None or not same or d.paragraph - about.paragraph > 1:
            break
        out.append(d)
    return out
