"""Claims stage 3, reactions: a checker's caveat joined to a claim is no claim of its own.

"Mashovets stated that Russian forces hold only a foothold in the village, and ISW has
not observed footage indicating that Russian forces control it", "Russian milbloggers
claimed that Russian forces seized Udachne, and ISW has not observed confirmation of
this claim": the second clause's verb ("observed") sits inside the status words ("has
not observed footage", "has not observed confirmation") and says nothing but that
status; it is no speaker of a clause of its own, and its status stays with the
sentence's claim (as after ", but ISW has not observed ..."). Linear: reads the
sentence's few attributions and status spans.
"""

from __future__ import annotations

from .context import _Attribution
from .segmentation import _Tok
from .vocab import _STATUS_VERBS

__all__ = ["drop_status_speakers"]


def drop_status_speakers(
    toks: list[_Tok], attributions: list[_Attribution], loose: list[tuple[int, int, int, str]]
) -> None:
    """Remove, in place, from ``attributions`` (a sentence's, in order) each one whose cue
    verb lies inside an ``unverified`` status span of ``loose`` (``(start, end, rank,
    status)``, text offsets) when an earlier attribution of the sentence speaks (its cue
    no status verb, outside every status span)."""
    spans = [(a, b) for a, b, _, status in loose if status == "unverified"]
    if not spans or len(attributions) < 2:
        return

    def inside(a: _Attribution) -> bool:
        at = toks[a.verb].start
        return any(s <= at < e for s, e in spans)

    first = attributions[0]
    if first.cue in _STATUS_VERBS or inside(first):
        return
    attributions[1:] = [a for a in attributions[1:] if not inside(a)]
