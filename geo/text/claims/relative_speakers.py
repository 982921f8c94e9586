"""Claims stage 2, speakers: a relative clause's cue speaks for the phrase before it.

"..., according to the International Organization for Migration, which said its teams
had registered new arrivals every day", "..., as reported by the Red Cross, which added
that ...": a cue whose subject is "which" or "who" right after a comma is said by the body
cited before that comma ("according to", "reported by", "cited by"): a claim of its
own, after the clause break, not nobody's. "Moscow, which says ..., denied" is left to
the main verb.
:func:`relative_speaker` finds it. O(1): a few tokens back.
"""

from __future__ import annotations

from .context import _Attribution, _Context
from .phrases import _np_left
from .segmentation import Sentence, _Tok
from .speakers import _canonical

__all__ = ["relative_speaker"]

#: The words before a body cited at a sentence's end: "according to", "reported by".
_CITING = frozenset(
    {("according", "to"), ("reported", "by"), ("cited", "by"), ("quoted", "by"), ("data", "from")}
)
#: Heads of a document, not a speaker: its owner speaks (:mod:`.retractions`).
_DOCUMENTS = frozenset(
    "post posts statement statements report reports video videos message messages bulletin "
    "article update tweet footage letter document release".split()
)


def relative_speaker(
    ctx: _Context, toks: list[_Tok], v: int, j: int, date_tokens: set[int], sent: Sentence
) -> _Attribution | None:
    """The speaker of the cue at token ``v`` when token ``j`` before it is "which" or
    "who" after a comma: the noun phrase before the comma, as an attribution of that
    cue; else None."""
    if j < 2 or toks[j].text.lower() not in ("which", "who") or toks[j - 1].text != ",":
        return None
    span = _np_left(toks, j - 2, date_tokens)
    if span is None or toks[span[0]].start < sent.start:
        return None
    a, b = span
    if a < 2 or (toks[a - 2].text.lower(), toks[a - 1].text.lower()) not in _CITING:
        return None  # "Moscow, which says ..., denied the attack": the main verb's subject
    if toks[b].text.lower() in _DOCUMENTS:
        return None  # "The ministry's post, which said ..., was deleted": the post's owner's
    raw = ctx.text[toks[a].start : toks[b].end]
    source, kind, descriptor = _canonical(ctx, raw, toks[a].start)
    if source is None:
        return None
    return _Attribution(v, toks[v].text.lower(), toks[a].start, toks[b].end, source, kind,
                        descriptor)  # fmt: skip
