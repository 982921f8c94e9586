"""Claims stage 3, answers past an ally: a contradiction answers the other side's claim
before the answerer's own side's.

:func:`~geo.text.claims.answers._answers` lets a claim answer the claim just before it.
When that claim is of the answerer's own side, no contradiction is meant for it (speakers
of one side rarely contradict each other): "Russia's Defence Ministry said its forces had
encircled units of a Ukrainian brigade. A Ukrainian soldier ... said his unit had been
without food for five days. Ukraine's Joint Forces Task Force said ... that reports of an
encirclement were 'enemy propaganda'." answers the ministry. :func:`past_allies` looks a
few claims back, past the answerer's side's, for the latest claim of another side (a
party's, not an independent one's), in the same or the paragraph before, and lets the
answer rule judge it; not when the answer goes on in the ally's paragraph ("Ukrainska
Pravda reported that Ukrainian units had pulled back ... The southern command said fighting
was continuing in the area": the ally's area). Linear: a bounded look back per claim.
"""

from __future__ import annotations

from .answers import _answer, _answers
from .capture_runs import answer_run
from .context import _Context, _Draft
from .same_places import _place_keys
from .sides import INDEPENDENT

__all__ = ["answers_and_past_allies", "past_allies"]

#: How many claims of the answerer's side may stand between it and the claim it answers.
_BACK = 2


def answers_and_past_allies(
    ctx: _Context, new: list[_Draft], prev: _Draft | None, drafts: list[_Draft]
) -> None:
    """:func:`~geo.text.claims.answers._answers`, then :func:`past_allies`."""
    _answers(ctx, new, prev, drafts)
    past_allies(ctx, new, prev, drafts)
    for d in new:
        # "M23 rebels said they had taken Pinga. 'Our forces have liberated Pinga,' M23's
        # spokesman said. The army said the rebels had been pushed back from the town.":
        # the answer to the spokesman's capture claim reaches the party's earlier one (an
        # analyst's "the MoD's claim is premature" judges the ministry's alone).
        answered = d.responds_to
        if (
            answered is not None
            and answered.statuses
            and answered.statuses[-1][1] in ("disputed", "denied")  # not a concession
            and d.side not in (None, INDEPENDENT)
        ):
            for key in _place_keys(ctx, answered):
                answer_run(ctx, key, answered)


def past_allies(
    ctx: _Context, new: list[_Draft], prev: _Draft | None, drafts: list[_Draft]
) -> None:
    """Let the first claim of ``new`` (the sentence's), when ``prev`` (the claim before
    it) is of its own side, answer the latest claim of another side a few claims back
    (see the module docstring)."""
    if not new or prev is None or not drafts or drafts[-1] is not prev:
        return
    d = new[0]
    if d.responds_to is not None or d.source is None or d.side in (None, INDEPENDENT):
        return
    if prev.side != d.side or prev.source == d.source or prev.paragraph == d.paragraph:
        return  # "... pulled back from two positions near Huliaipole. The southern command
        # said fighting was continuing in the area.": the ally's paragraph goes on
    skipped = 0
    for k in range(len(drafts) - 2, -1, -1):  # no copy of the list: a bounded look back
        e = drafts[k]
        if e.source is None or e.side == d.side:
            skipped += 1
            if skipped >= _BACK:
                return
            continue
        if e.side in (None, INDEPENDENT) or d.paragraph - e.paragraph > 2:
            return
        _answer(ctx, d, e)
        return
