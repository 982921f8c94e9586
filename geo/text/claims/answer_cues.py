"""Claims stage 3 helper, the words of an answer: what a contesting claim's status cue
holds (:mod:`.answers`)."""

from __future__ import annotations

import re

from .context import _Draft
from .status import _clean

__all__ = ["_cue_text"]


def _cue_text(text: str, d: _Draft, m: re.Match[str]) -> str:
    """The speaker and the contesting words: "Ukraine's military said fighting continued";
    when far apart or the speaker after ("..., ISW said"): "Ukraine's General Staff: ..."."""
    start = d.subj_start if d.subj_start >= 0 else d.start
    if m.start() - start > 60 or start > m.start():  # far, or after ("..., ISW said")
        return _clean(f"{d.source}: {m.group()}" if d.source else m.group())
    return _clean(text[start : m.end()])
