"""Recognition: a political party's word before a word of politics is no place.

"the federal Liberal government", "a former Liberal cabinet minister", "the Reform
candidate": a party's name used as an adjective, not Liberal, Kansas or Reform,
Alabama.  :func:`party_word` tells the context rules (:mod:`geo.text.context_rules`);
the place keeps its name elsewhere ("in Liberal, Kansas", "Liberal police").
"""

from __future__ import annotations

__all__ = ["party_word"]

#: Parties' names (normalised) that are also towns' names somewhere.
_PARTIES = frozenset(
    """
    liberal liberals conservative labour labor reform democrat republican green socialist
    communist progressive unionist nationalist libertarian tory whig
    """.split()
)
#: Words of politics after a party's name (normalised).
_POLITICS = frozenset(
    """
    government governments cabinet minister ministers party parties leader leaders
    leadership mp mps mla mlas mpp mpps senator senators candidate candidates nominee caucus
    member members voters politician politicians backbencher backbenchers premier
    stronghold seat seats majority minority lawmaker lawmakers legislator legislators
    delegate delegates administration opposition campaign convention platform donors
    activists strategist strategists riding ridings
    """.split()
)


def party_word(key: str, after: str) -> bool:
    """Is the one-word name ``key`` a party's name because ``after``, the normalised
    word right after it, is a word of politics?

    >>> party_word("liberal", "government"), party_word("reform", "candidate")
    (True, True)
    >>> party_word("liberal", "police"), party_word("paris", "government")
    (False, False)
    """
    return key in _PARTIES and after in _POLITICS
