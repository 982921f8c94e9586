"""Claims stage 2, the teller of "told X": the one who tells speaks, the one told does not.

"An official of the shipping company that manages the tanker, speaking on condition of
anonymity because he was not authorized to talk to reporters, told The Associated Press
that ...": the phrase after "told" is the addressee (an outlet, reporters), never an
inverted speaker as after "said" ("..., said Ihor Prokudin"). When the aside before the
verb is too long or too unlike an apposition for the apposition rules, the speaker is
the noun phrase that opens the sentence, before its first comma; before a short aside
("Moore, 19, told the judge"), the name before it.

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

#: Prepositions that make a capitalised opening a place or a time, not a speaker.
_OPENING_PREPOSITIONS = frozenset("in on at from near for by after before during since".split())


def opening_teller(
    ctx: _Context, toks: list[_Tok], v: int, sent: Sentence, *, after_content: bool
) -> _Attribution | None:
    """The speaker of the addressee verb at token ``v`` whose subject is set off from it
    by an aside: the noun phrase from the sentence's first token to its first comma,
    when it opens with a determiner or a capital and holds a speaker noun or an
    organisation word ("An official of the Greek shipping company", "A member of the
    local emergency response room"); None when there is no such phrase (the addressee
    after the verb is never the speaker)."""
    aged = _before_aside(ctx, toks, v, after_content)
    if aged is not None:
        return aged  # "Moore, 19, told the judge": Moore
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


def _before_aside(
    ctx: _Context, toks: list[_Tok], v: int, after_content: bool
) -> _Attribution | None:
    """The name that opens a chain of short asides closing before the verb at ``v``:
    "Moore, 19, told" (an age), "Representative Thomas Washburne, Republican, Evansville,
    told" (a party, a home town): each part at most four capitalised words or a number,
    set off by commas; None when there is no such chain of two parts or more."""
    parts: list[tuple[int, int]] = []
    end = v - 1
    while end >= 1 and toks[end].text == "," and len(parts) < 4:
        c = next((k for k in range(end - 1, max(-1, end - 6), -1) if toks[k].text == ","), -1)
        if c < 0 and end > 4:
            break  # a long opening: no part of the chain
        part = toks[c + 1 : end]
        if not part or not all(_is_cap(t) or t.text.isdigit() for t in part):
            break
        parts.append((c + 1, end - 1))
        end = c
    if len(parts) < 2 or not _is_cap(toks[parts[-1][0]]):
        return None
    if _bare(toks[parts[-1][0]].text).lower() in _OPENING_PREPOSITIONS:
        return None  # "In Kyiv, Ukraine, told": a place opening the sentence
    a, b = parts[-1]
    start, stop = toks[a].start, toks[b].end
    source, kind, descriptor = _canonical(ctx, ctx.text[start:stop], start)
    if source is None:
        return None
    return _Attribution(
        v, toks[v].text.lower(), start, stop, source, kind, descriptor, after_content=after_content
    )
