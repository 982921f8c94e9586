"""Claims stage 2, speakers: a speaker "on the ground" is the noun before it.

"Partners on the ground report that families are collecting water", "Aid workers on the
ground say ...", "Volunteers in the field said ...": the phrase "on the ground" (or "in
the field"; not "at the scene", an observer's place) places the speaker and ends its
phrase, but names no place or noun of its own; the speaker is the phrase before it.
:func:`before_ground` steps back over it. O(1).

So does a reduced relative clause naming who installed the speaker: "The governor the
rebels appointed for North Kivu province said", "the official Moscow installed in Kherson
said": the speaker is the noun before the clause ("the governor"), not the last noun of its
prepositional phrase; the clause stays in the speaker's phrase (:func:`ground_span`).
A few tokens back at most.
"""

from __future__ import annotations

from .phrases import _np_left
from .segmentation import _bare, _Tok
from .vocab import _SOURCE_NOUNS

__all__ = ["before_ground", "ground_span"]

#: Placing phrases that end a speaker's phrase: (preposition, noun).
_PLACING = frozenset({("on", "ground"), ("in", "field")})


def before_ground(toks: list[_Tok], j: int) -> int:
    """The index of the token before "on the ground" when tokens ``j-2..j`` are that phrase
    ("Partners on the ground": "Partners"), else :func:`before_relative`'s."""
    if j >= 3 and toks[j - 1].text.lower() == "the" and (
        (toks[j - 2].text.lower(), toks[j].text.lower()) in _PLACING
    ):
        return j - 3
    return before_relative(toks, j)


#: Participles of a reduced relative naming who put the speaker in place.
_INSTALLED = frozenset("appointed installed named backed".split())
#: What may follow the participle: a short prepositional phrase ("for North Kivu province").
_AFTER = frozenset("for in of to over at".split())


def before_relative(toks: list[_Tok], j: int) -> int:
    """The index of the speaker's noun before a reduced relative clause that ends at token
    ``j`` ("The governor the rebels appointed for North Kivu province": "governor"), else
    ``j``: a participle of :data:`_INSTALLED` within six tokens back, at most a short
    prepositional phrase after it, one to three words of its agent before it and a
    speaker's noun before them."""
    for p in range(j, max(-1, j - 7), -1):
        if toks[p].text.lower() in _INSTALLED:
            break
    else:
        return j
    if p < j and toks[p + 1].text.lower() not in _AFTER:
        return j
    for h in range(p - 2, max(-1, p - 5), -1):
        if _bare(toks[h].text).lower() in _SOURCE_NOUNS and toks[h + 1].text[:1] != ",":
            agent = [t.text for t in toks[h + 1 : p]]
            if agent and (agent[0].lower() in ("the", "its") or agent[0][:1].isupper()):
                return h
            return j
    return j


def ground_span(toks: list[_Tok], j: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """The speaker's noun phrase ending at token ``j`` (:func:`.phrases._np_left`), read
    from the noun before "on the ground" ("Partners on the ground": "Partners") or before
    a reduced relative clause, which stays in the phrase ("the governor the rebels
    appointed for North Kivu province": who installed them tells their side)."""
    h = before_ground(toks, j)
    span = _np_left(toks, h, date_tokens)
    if span is None or h == j or h == j - 3:
        return span  # "Partners on the ground": the partners
    return span[0], j
