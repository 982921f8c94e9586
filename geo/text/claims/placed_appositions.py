"""Claims stage 2b, a place in apposition is no speaker: the people placed there are.

"Ukrainian volunteer battalions trapped in the town of Ilovaisk, east of Donetsk, said
they had run out of ammunition." The phrase before the cue's comma is a description of
the town ("east of Donetsk"), so the speaker's finder of appositions takes the name
before it, "Ilovaisk", for the speaker. :func:`placed_apposition` gives the people the
sentence places there instead: the speaker's noun phrase ("Ukrainian volunteer
battalions", "Fighters") before the participle or preposition that places them
("trapped in", "holed up in", "stationed near", "in"), a dozen words back at most with no
punctuation between. Bounded: a look at a dozen tokens before the place.
"""

from __future__ import annotations

from bisect import bisect_left

from .context import _Attribution, _Context
from .phrases import _np_left
from .segmentation import _bare, _Tok
from .speakers import _canonical
from .vocab import _SOURCE_NOUNS

__all__ = ["placed_apposition"]

#: Prepositions placing people: "in", "near", "outside".
_PLACING = frozenset("in at near outside inside around from on".split())
#: How many tokens back the people's phrase may end.
_REACH = 12


def placed_apposition(
    ctx: _Context, toks: list[_Tok], found: _Attribution | None, date_tokens: set[int]
) -> _Attribution | None:
    """The attribution to the people placed at ``found``'s phrase when that phrase is a
    place of the analysis (see the module docstring); else ``found`` unchanged."""
    if found is None or found.subj_start < 0 or not _is_place(ctx, found):
        return found
    k = bisect_left(toks, found.subj_start, key=lambda t: t.start)
    for w in range(k - 1, max(0, k - _REACH), -1):
        low = toks[w].text.lower()
        if not low[:1].isalpha():
            return found
        placing = low in _PLACING or low.endswith(("ed", "ing")) or low == "up"
        held = _bare(toks[w - 1].text).lower()
        if placing and (held in _SOURCE_NOUNS or held.removesuffix("s") in _SOURCE_NOUNS):
            inner = _np_left(toks, w - 1, date_tokens)
            first = inner[0] if inner is not None else _words_left(toks, w - 1)
            a, b = toks[first].start, toks[w - 1].end
            source, kind, descriptor = _canonical(ctx, ctx.text[a:b], a)
            if source is None:
                return found
            return _Attribution(found.verb, found.cue, a, b, source, kind, descriptor)
    return found


def _is_place(ctx: _Context, found: _Attribution) -> bool:
    """Whether ``found``'s phrase is a toponym of the analysis ("Ilovaisk")."""
    spans = ctx.toponym_spans
    k = bisect_left(spans, (found.subj_start, found.subj_start))
    return k < len(spans) and spans[k][0] <= found.subj_start and spans[k][1] >= found.subj_end - 1


def _words_left(toks: list[_Tok], k: int) -> int:
    """The first of the (at most four) words ending at token ``k`` with no punctuation
    between: "Ukrainian volunteer battalions", whose modifier no list holds."""
    first = k
    while first > 0 and k - first < 3 and toks[first - 1].text[:1].isalpha():
        first -= 1
    return first
