"""Claims stage 2, the teller of "told X": the one who tells speaks, the one told does not.

"An official of the shipping company that manages the tanker, speaking on condition of
anonymity because he was not authorized to talk to reporters, told The Associated Press
that ...": the phrase after "told" is the addressee (an outlet, reporters), never an
inverted speaker as after "said" ("..., said Ihor Prokudin"). When the aside before the
verb is too long or too unlike an apposition for the apposition rules, the speaker is
the noun phrase that opens the sentence, before its first comma.

Linear in the sentence.
"""

from __future__ import annotations

from .context import _Attribution, _Context
from .segmentation import Sentence, _bare, _is_cap, _Tok
from .speakers import _canonical
from .vocab import _DETERMINERS, _ORG_WORDS, _SOURCE_NOUNS

__all__ = ["ADDRESSEE_VERBS", "opening_teller"]

#: Cue verbs whose object is the one spoken to: "told Reuters", "tells AFP".
ADDRESSEE_VERBS = frozenset("told tells".split())

#: Words that open an aside between a speaker and "told", not a speaker's phrase.
_ASIDE_OPENERS = frozenset(
    "speaking who which asking declining requesting citing insisting according".split()
)


def opening_teller(
    ctx: _Context, toks: list[_Tok], v: int, sent: Sentence, *, after_content: bool
) -> _Attribution | None:
    """The speaker of the addressee verb at token ``v`` whose subject is set off from it
    by an aside: the noun phrase from the sentence's first token to its first comma,
    when it opens with a determiner or a capital and holds a speaker noun or an
    organisation word ("An official of the Greek shipping company", "A member of the
    local emergency response room"); None when there is no such phrase (the addressee
    after the verb is never the speaker)."""
    comma = next((k for k in range(v) if toks[k].text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= v:
        return None
    if _bare(toks[comma + 1].text).lower() not in _ASIDE_OPENERS:
        return None  # "Reuters, citing ..." keeps its own rules; "X, Y and Z told" too
    first = toks[0]
    if not (_bare(first.text).lower() in _DETERMINERS or _is_cap(first)):
        return None
    words = {_bare(t.text).lower() for t in toks[:comma]}
    if words.isdisjoint(_SOURCE_NOUNS) and words.isdisjoint(_ORG_WORDS):
        return None
    start, end = toks[0].start, toks[comma - 1].end
    source, kind, descriptor = _canonical(ctx, ctx.text[start:end], start)
    if source is None:
        return None
    return _Attribution(
        v, toks[v].text.lower(), start, end, source, kind, descriptor, after_content=after_content
    )
