"""Claims stage 5, a post rated in the sentence that names it: "A widely shared post
claiming that Ukrainian forces had withdrawn from Kostiantynivka is false".

The participle ("claiming", "alleging", "saying") makes the post the speaker of what
follows it; the sentence's own verb, "is false", is the outlet's verdict on that claim,
not part of it. The claim takes the verdict's status, as a fact check's labelled verdict
does (:mod:`.verdicts`): "false", "fake", "fabricated" deny it; "misleading",
"exaggerated" dispute it; "unverified", "unproven" leave it unverified; "accurate",
"genuine" confirm it.

:func:`rated_posts` reads each claim's opening once.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .verdicts import _WORD

__all__ = ["rated_posts"]

#: "A widely shared post claiming that ... is false", "Videos alleging ... are fake".
_RATED = re.compile(
    r"(?:(?:A|An|The|One|Another|Several|Many|Some|Two|Three)\s+)?[^.;:“”\"]{0,60}?\b"
    r"(?:posts?|videos?|clips?|messages?|tweets?|images?|photos?|claims?|reports?)\s+"
    r"(?:(?:widely\s+)?(?:shared|circulating|posted|published|spread)\s+"
    r"[^.;:“”\"]{0,50}?)?(?P<cue>claiming|alleging|saying|suggesting|purporting)\s+"
    r"(?:to\s+show\s+)?(?:that\s+)?[^.;:]{3,240}?\s+(?P<verdict>(?:is|are|was|were)\s+"
    rf"(?:also\s+)?(?:(?:likely|probably|almost\s+certainly)\s+)?{_WORD})(?=[\s.,;:—–-]|$)"
)
_STATUSES = ("denied", "disputed", "unverified", "confirmed")


def rated_posts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Give each claim made by a post its verdict from the sentence that names the post
    (see the module docstring); in place."""
    text = ctx.text
    for d in drafts:
        cue = (d.cue or "").lower()
        if d.source is None or not cue.endswith("ing") or d.subj_start < d.start:
            continue
        m = _RATED.match(text, d.start, d.end)
        if m is None or m.group("cue").lower() != cue or m.start("cue") < d.subj_end:
            continue
        status = next(k for k in _STATUSES if m.group(k))
        d.statuses.append((_STATUS_RANK[status], status, m.group("verdict")))
