"""Claims stage 4, a verdict opening the sentence of the claim it rates: "Rating: Mostly
false — a viral video claiming to show soldiers burning ballots was filmed in Colombia in
2022, our fact-check team found." The labelled verdict (:mod:`~geo.text.claims.verdicts`)
before a dash rates the claim of its own sentence, not the claim before. Linear: one
match at each claim's start.
"""

from __future__ import annotations

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .verdicts import _LABELLED

__all__ = ["opening_verdict", "rated_openings"]


def opening_verdict(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """A labelled verdict opening a sentence that goes on after a dash with the claim it
    rates ("Rating: Mostly false — a viral video claiming to show ... was filmed in 2022"):
    (start, end, rank, status) of the verdict, for the sentence's own claim; else none."""
    if text.find(":", start, min(end, start + 40)) < 0:
        return []
    m = _LABELLED.match(text, start, end)
    if m is None or m.end() >= end or text[m.end() : m.end() + 1] in ".!":
        return []
    status = next(k for k in ("denied", "disputed", "unverified", "confirmed") if m.group(k))
    return [(start, m.end(), _STATUS_RANK[status], status)]


def rated_openings(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts``, each claim opened by a labelled verdict and a dash rated by it (see
    :func:`opening_verdict`)."""
    text = ctx.text
    for d in drafts:
        for _, _, rank, status in opening_verdict(text, d.start, d.end):
            cue = text[d.start : d.end].split("—")[0].split("–")[0].split(" - ")[0]
            d.statuses.append((rank, status, cue.strip()))
    return drafts
