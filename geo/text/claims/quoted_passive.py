"""Claims stage 1, a speaker quoted in the passive: "X was quoted as saying ...".

"Pokrovsk Mayor Serhiy Dobriak was quoted as saying the city was without power" reports
Dobriak's words as "State media quoted X as saying" does, with the medium left out or
after "by" ("was quoted by local media as saying"): the subject of the passive speaks,
with the cue "saying". :func:`quoted_matches` yields that match (its ``who``, the
subject from the sentence's start, and its ``cue``) before the active ones
(:data:`~.cue_speaker._QUOTED_AS`), which :func:`~.cue_speaker._quoted_speaker` reads
alike. Reads the sentence's first 200 characters once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .cue_speaker import _QUOTED_AS

__all__ = ["quoted_matches"]

#: "Pokrovsk Mayor Serhiy Dobriak was quoted as saying", "The governor was quoted by Interfax
#: as saying"; the subject opens the sentence (after an optional fronted phrase and comma).
_QUOTED_PASSIVE = re.compile(
    r"(?:[^.;:,“”\"]{1,60},\s+)?(?P<who>[^.;:,“”\"]{2,120}?)\s+(?:was|were|is|has\s+been|had\s+been)"
    r"\s+(?:also\s+)?quoted\s+(?:by\s+[^.;:,“”\"]{2,80}?\s+)?as\s+"
    r"(?P<cue>saying|stating|telling|claiming|writing)\b"
)


def quoted_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of a quoted speaker in the sentence ``text[start:end]``: the passive
    one opening it ("X was quoted as saying"), then each "quoted X as saying"."""
    while start < end and text[start].isspace():
        start += 1
    m = _QUOTED_PASSIVE.match(text, start, min(end, start + 200))
    if m is not None:
        yield m
    yield from _QUOTED_AS.finditer(text, start, end)
