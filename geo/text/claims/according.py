"""Claims stage 2, "according to": where such a cue is, and whose record "its" is.

:func:`_according_matches` finds "according to" and a clause's "per" ("..., per its
Telegram channel"; not "20 bombs per day"). :func:`record_owner` reads the owner of a
record named with a possessive pronoun: "Oryx documented the loss of 41 vehicles,
according to its running list of visually confirmed losses" and "The Air Force shot
down 41 drones overnight, per its Telegram channel" are the claims of the sentence's
subject (Oryx, the Air Force), not of "its running list". Linear: the cue's sentence
once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import _Context
from .phrases import _sentence_subject
from .speakers import _canonical
from .tokens import _Tok

__all__ = ["_ACCORDING", "_according_matches", "record_owner"]


_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+|"
    # "Per the regional governor, ...", "..., per its Telegram channel": a sentence's or a
    # clause's first word ("20 bombs per day" is no attribution)
    r"(?:\A|(?<=\n)|(?<=[.,;:—–] ))[Pp]er\s+(?=(?:the|its|their|his|her)\s|[A-Z])"
)
#: What every ``_ACCORDING`` match opens with: ``re`` skips to these in C, where the
#: pattern itself (a word boundary, look-behinds) is tried at every character.
_ACCORDING_START = re.compile(r"[Aa]ccording|[Pp]er")


def _according_matches(text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """``_ACCORDING.finditer(text, pos, end)``, the pattern tried only where a match may
    start (``_ACCORDING_START``; a match is never empty, its look-behinds read the
    text before ``pos`` as ``finditer`` does)."""
    find, match = _ACCORDING_START.search, _ACCORDING.match
    while (c := find(text, pos, end)) is not None:
        m = match(text, c.start(), end)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()




#: A record named by its owner's pronoun: "its running list", "their daily tally".
_OWN_RECORD = re.compile(r"(?:its|their)\s+\S", re.IGNORECASE)


def record_owner(
    ctx: _Context, toks: list[_Tok], date_tokens: set[int], raw: str, at: int
) -> tuple[str, str, str, int, int] | None:
    """The speaker of an "according to" cue at ``at`` whose object ``raw`` is a record
    named with "its" or "their": the subject that opens the sentence of ``toks``, as
    ``(source, kind, descriptor, start, end)``; None for any other object, or when the
    sentence opens with no named subject before the cue (the pronoun then goes to the
    speaker of the sentences before, as it did)."""
    if not _OWN_RECORD.match(raw):
        return None
    upto = next((i for i, t in enumerate(toks) if t.start >= at), len(toks))
    span = _sentence_subject(toks, upto, date_tokens)
    if span is None:
        return None
    start, end = toks[span[0]].start, toks[span[1]].end
    source, kind, descriptor = _canonical(ctx, ctx.text[start:end], start)
    if source is None or kind == "none":
        return None
    return source, kind, descriptor, start, end
