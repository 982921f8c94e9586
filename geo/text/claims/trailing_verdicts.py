"""Claims stage 5b'', a verdict closing another speaker's claim in the same sentence.

"The Ukrainian General Staff claims the attacks near Avdeevka were repelled; this is a
lie." The clause after the semicolon is no part of what the General Staff says: it is
the voice of the text (an outlet, or the channel whose summary it is) calling that claim
untrue. The claim ends at the semicolon and takes the verdict as its status ("a lie",
"false", "not true": denied; "nonsense", "exaggerated": disputed, as
:func:`.untruth.answer_status` reads them). Only a claim with a speaker of its own is
judged so: the text's own reporting is not called a lie by itself.

:func:`trailing_verdicts` reads each claim's end once.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["trailing_verdicts"]

#: "; this is a lie.", "; that is simply not true", "— this is false".
_VERDICT = re.compile(
    r"\s*[;—–]\s*(?P<cue>(?:this|that|it)(?:\s+is|[’']s)\s+(?:simply\s+|just\s+|also\s+)?"
    r"(?:a\s+(?:lie|fake|fabrication)|lies|false|untrue|not\s+true|fake|nonsense|"
    r"propaganda|exaggerated))\s*[.!]?\s*$",
    re.IGNORECASE,
)


def trailing_verdicts(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the claims a closing verdict calls untrue denied (or disputed) and
    cut before it (see the module docstring)."""
    text = ctx.text
    for d in drafts:
        if d.source is None:
            continue
        cut = max(text.rfind(";", d.start, d.end), text.rfind("—", d.start, d.end))
        if cut <= d.start:
            continue
        m = _VERDICT.match(text, cut, d.end)
        if m is None:
            continue
        d.statuses.append((_STATUS_RANK["disputed"], "disputed", m.group("cue")))
        d.end = cut
    return drafts
