"""Claims stage 3b, a speaker's run of claims of one capture, answered together.

"Russian troops have liberated Novopavlovka, the Russian Defence Ministry said" then
"'Units of the Tsentr group ... liberated the community of Novopavlovka,' the ministry's
statement reads": when the General Staff later calls "the Russian claim about
Novopavlovka" false, both of the ministry's claims of it are answered, not only the
latest. Per place, the last few capture claims of the last one's speaker (or party) are kept
(:attr:`_Context.capture_runs`); an answer to the latest copies its status to them.
"""

from __future__ import annotations

from .context import _Context, _Draft
from .sides import INDEPENDENT

__all__ = ["answer_run", "remember_capture"]

#: How many of a speaker's claims of one capture are kept per place.
_RUN = 3


def remember_capture(ctx: _Context, key: object, d: _Draft) -> None:
    """Record ``d`` as the latest claim of the capture of place ``key``."""
    run = ctx.capture_runs.get(key, [])
    if run and not _same_speaker(run[-1], d):
        run = []
    ctx.capture_runs[key] = [*run[-(_RUN - 1) :], d]
    ctx.captures[key] = d


def _same_speaker(a: _Draft, b: _Draft) -> bool:
    """One speaker, or one party's ("the Russian Defence Ministry", "the ministry's
    statement")."""
    if a.side is None and b.side is None and a.party is not None:
        return a.party == b.party  # "M23 rebels said", then "M23 spokesman Lawrence Kanyuka"
    return a.source == b.source or (a.side is not None and a.side == b.side != INDEPENDENT)


def answer_run(ctx: _Context, key: object, answered: _Draft) -> None:
    """Give the status just set on ``answered`` (the latest claim of capturing ``key``)
    to the same speaker's earlier claims of it."""
    run = ctx.capture_runs.get(key, [])
    if not run or run[-1] is not answered or not answered.statuses:
        return
    status = answered.statuses[-1]
    for d in run[:-1]:
        if status not in d.statuses:
            d.statuses.append(status)
