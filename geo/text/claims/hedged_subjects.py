"""Claims stage 2d, a hedge between a speaker and its verb is not part of the speaker.

"Imagery from Planet Labs appears to show a large scorch mark": the evidence speaking is
"Imagery from Planet Labs"; "appears to", "seems to", "appeared to" between the phrase
and the verb of showing is the hedge, not the name. :func:`unhedged` cuts it from the
end of an attribution's speaker. Reads each speaker's last words.
"""

from __future__ import annotations

import re

from .context import _Attribution

__all__ = ["unhedged"]

_HEDGE = re.compile(r"\s+(?:appears?|appeared|seems?|seemed)\s+to\s*$", re.IGNORECASE)


def unhedged(text: str, out: list[_Attribution]) -> list[_Attribution]:
    """``out`` with each speaker's closing hedge cut (see the module docstring); changed in
    place and returned.

    >>> a = _Attribution(0, "show", 0, 35, "imagery from Planet Labs appears to", "org")
    >>> unhedged("Imagery from Planet Labs appears to show", [a])[0].source
    'imagery from Planet Labs'
    """
    for a in out:
        if a.source is None or (m := _HEDGE.search(a.source)) is None or m.start() == 0:
            continue
        a.source = a.source[: m.start()]
        if a.subj_start >= 0:
            cut = _HEDGE.search(text, a.subj_start, a.subj_end)
            a.subj_end = cut.start() if cut is not None else a.subj_end
    return out
