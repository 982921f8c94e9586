"""Names in a list a place cue opens: "near Kleshcheyevka, Kurdyumovka and Andreyevka"
(or a strike's verb: "strikes hit Tyre, Bint Jbeil and Marjayoun").

Recognition keeps a hamlet's name (fewer than 1,000 people in the gazetteer) only where
the text points at a place: a cue right before it ("near X", "in X") or a container
after it.  In a list the cue stands once, before the first name; the names after it
are places for the same reason.  :func:`after_place_cue` reads that back from a name
over the list before it (a bounded look: linear in the text).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon as lx
from .tokens import Token

__all__ = ["ROUTE_WORDS", "after_place_cue", "in_route_chain"]

#: What may stand between two words of a list ("and" and "or" are tokens of their own).
_GAPS = frozenset({", ", " ", "-"})
_JOINERS = frozenset({"and", "or"})
#: How many tokens back a list is read (about five names of up to two words).
_MAX_BACK = 16
#: Words of settlements a list of names follows with "of": "the towns of A, B and C".
#: Verbs of a strike before a list of its targets: "strikes hit Tyre, Bint Jbeil and
#: Marjayoun", "shelled Nikopol and Marhanets".
_STRUCK = frozenset("hit struck shelled bombed bombarded pounded targeted".split())
_SETTLEMENTS_OF = frozenset(
    "town towns village villages city cities settlement settlements hamlet hamlets "
    "community communities municipality municipalities".split()
)


def after_place_cue(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Is tokens[i] a later name of a list that a place cue opens ("near A, B and C",
    "in A or B", "between A and B")?

    Walks back over capitalised words, commas, "and" and "or" to the word before the
    list's first name, and asks whether it is a place cue.  The name must follow a
    comma, "and" or "or": a name right after its cue is not "later".

    Examples
    --------
    >>> from geo.text.tokens import tokenize
    >>> t = "Fighting went on near Kleshcheyevka, Kurdyumovka and Andreyevka."
    >>> toks = tokenize(t)
    >>> [after_place_cue(t, toks, k) for k in (4, 5, 7)]
    [False, True, True]
    >>> t = "Ivan Petrov, Kurdyumovka and Andreyevka"
    >>> after_place_cue(t, tokenize(t), 2)
    False
    >>> t = "near Pokrovsk itself, Lysivka and Kotlyne"
    >>> [after_place_cue(t, tokenize(t), k) for k in (3, 5)]
    [True, True]
    >>> t = "the towns of Bint Jbeil, Marjayoun and Khiam"
    >>> [after_place_cue(t, tokenize(t), k) for k in (5, 7)]
    [True, True]
    >>> t = "Israeli strikes hit Tyre, Bint Jbeil and Marjayoun"
    >>> [after_place_cue(t, tokenize(t), k) for k in (4, 7)]
    [True, True]
    >>> t = "the leaders of Texas and Ohio"
    >>> after_place_cue(t, tokenize(t), 5)
    False
    >>> t = "gains in BOV and MIDI"
    >>> after_place_cue(t, tokenize(t), 4)
    False
    """
    if i == 0 or tokens[i].text.isupper():  # "in BOV and MIDI": tickers, abbreviations
        return False
    before = tokens[i - 1]
    if not (before.norm in _JOINERS or text[before.end : tokens[i].start] == ", "):
        return False
    k = i - 1
    while k >= 0 and i - k <= _MAX_BACK:
        tok = tokens[k]
        if text[tok.end : tokens[k + 1].start] not in _GAPS:
            return False
        if tok.norm in _JOINERS or (tok.norm == "itself" and k > 0 and tokens[k - 1].capitalized):
            k -= 1  # "near Pokrovsk itself, Lysivka and Kotlyne": the list goes on
            continue
        if not tok.capitalized:
            if tok.norm == "of":
                # "the towns of A, B and C", "Settlements of A and B were shelled".
                return k > 0 and tokens[k - 1].norm in _SETTLEMENTS_OF
            return tok.norm in lx.HAMLET_CUES or tok.norm in _STRUCK
        if tok.text.isupper():
            return False
        k -= 1
    return False


#: Words after a chain of names joined by hyphens that make each name a place: "the
#: Borova-Lyman line", "the Pokrovsk-Kostiantynivka highway".
ROUTE_WORDS = frozenset(
    "line road highway motorway railway route axis direction front frontline sector "
    "corridor border boundary pocket salient".split()
)
_DASHES = frozenset({"-", "–", "—"})


def in_route_chain(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Is tokens[k] one of two or more names joined by hyphens before a route word ("the
    Borova-Lyman line")?  Such a pair is two places, not a double-barrelled name.

    Examples
    --------
    >>> from geo.text.tokens import tokenize
    >>> t = "along the Borova-Lyman line and the Kupiansk-Svatove-Kreminna road"
    >>> toks = tokenize(t)
    >>> [tok.text for k, tok in enumerate(toks) if in_route_chain(t, toks, k)]
    ['Borova', 'Lyman', 'Kupiansk', 'Svatove', 'Kreminna']
    >>> t = "Anna Lee-Smith said the line was cut"
    >>> any(in_route_chain(t, tokenize(t), k) for k in range(len(tokenize(t))))
    False
    """
    if not tokens[k].capitalized:
        return False
    first = last = k
    while first > 0 and text[tokens[first - 1].end : tokens[first].start] in _DASHES:
        if not tokens[first - 1].capitalized or k - first >= 4:
            return False
        first -= 1
    while last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] in _DASHES:
        if not tokens[last + 1].capitalized or last - k >= 4:
            return False
        last += 1
    if first == last or last + 1 >= len(tokens):
        return False
    after = tokens[last + 1]
    return text[tokens[last].end : after.start] == " " and after.norm in ROUTE_WORDS
