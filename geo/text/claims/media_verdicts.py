"""Claims stage 5, a fact-check's short verdict on a medium named before.

"A video shared widely on TikTok claims to show streets in Kherson flooded after Russian
strikes this week. The video is old." The second sentence is the checker's verdict on
what the video claims to show: old footage does not show this week's events, nor does a
fake or doctored image show anything; the medium's claim is denied ("old", "fake",
"false", "doctored", "fabricated", "not genuine") or disputed ("misleading", "taken out
of context"). :func:`media_verdicts` gives that status to the latest claim (a few back)
whose speaker is the medium the verdict names ("the video", "the image", "the photo",
"the clip", "the footage"). Linear: the pattern tried only where "The" or "This" starts,
a few claims back each.
"""

from __future__ import annotations

import re

from ..scans import matches_from
from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["media_verdicts"]

#: "The video is old.", "The image was doctored.", "The photo is misleading."
_VERDICT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<cue>(?:The|This)\s+(?P<medium>video|clip|image|photo|"
    r"photograph|picture|footage)\s+(?:is|was)\s+(?:(?P<denied>old|fake|false|doctored|"
    r"fabricated|manipulated|not\s+(?:new|recent|genuine|authentic))|(?P<disputed>misleading|"
    r"(?:taken\s+)?out\s+of\s+context)))\s*\.",
    re.MULTILINE,
)
#: How many claims back the medium's claim may be.
_BACK = 4


def media_verdicts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Give the claims of media a short verdict names their status (see the module
    docstring); in place."""
    text = ctx.text
    k = 0
    for m in matches_from(_VERDICT, text, ("The", "This")):
        while k < len(drafts) and drafts[k].start < m.start():
            k += 1
        medium = m.group("medium")
        owner = next(
            (d for d in reversed(drafts[max(0, k - _BACK) : k])
             if d.source and re.search(rf"\b{medium}\b", d.source, re.IGNORECASE)),
            None,
        )
        if owner is None:
            continue
        status = "denied" if m.group("denied") else "disputed"
        owner.statuses.append((_STATUS_RANK[status], status, m.group("cue")))
