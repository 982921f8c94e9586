"""Recognition: the words around a name that say which kind of state it names.

A name shared by a country and a US state (Georgia), or by a US state and towns
abroad (Washington), is told apart by the words next to it:

- :func:`sovereign_before`: "the country of", "the nation of", "the Republic of", "the
  kingdom of" before the name: a sovereign state ("the country of Georgia" in a story
  from Atlanta is the Caucasus country, never the US state), and
  :func:`sovereign_named`, that or an apposition after it ("Georgia, the country,");
- :func:`us_state_office`: a US state's office after the name, as American copy writes
  it before its holder's name ("Georgia Gov. Brian Kemp", "Washington state Sen. ...",
  "Texas Lt. Gov. ...", "Ohio Attorney General ..."): the US state, and the official
  speaks for the United States, not for the country of the same name.
- :func:`resident_phrase`: "a X man" ("a Lebanon woman", "a Georgia man", "an Ohio
  teen"): English calls a country's people by its adjective ("a Lebanese woman"), so a
  name used so is a town or a state named like a country (Lebanon, Indiana; Georgia).

Used by :func:`geo.text.context_rules.accept` on the candidates it found.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from .candidates import Candidate
from .tokens import Token

__all__ = [
    "not_countries",
    "resident_phrase",
    "sovereign_before",
    "sovereign_candidates",
    "us_state_office",
]

#: Before "of" and a name: a sovereign state's word.
_STATE_WORDS = frozenset("country nation republic kingdom".split())
#: After a name: a US state's office before its holder's name.
_US_OFFICE_AFTER = re.compile(
    r"[ \t]+(?:[Ss]tate[ \t]+)?(?:(?:Lt\.?|Lieut\.)[ \t]+)?(?:(?:Gov|Sen|Rep|Del|Atty)\.|"
    r"Governor|Senator|Congress(?:man|woman)|Assembly(?:man|woman)|Lieutenant[ \t]+Governor|"
    r"Attorney[ \t]+General|Secretary[ \t]+of[ \t]+State)[ \t]+(?:Gen\.[ \t]+)?[A-Z]"
)

#: Around a name: "a"/"an" before it, a person's noun after it ("a Lebanon woman").
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])[Aa]n?[ \t]+$")
_RESIDENT_AFTER = re.compile(
    r"[ \t]+(?:man|woman|men|women|teen|teenager|boy|girl|couple|resident|native|youth|"
    r"mother|father|motorist|driver|pastor|businessman|businesswoman)\b"
)


def resident_phrase(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` read "a X man" ("a Lebanon woman": a town's
    or a state's resident, never a country's)?

    >>> text = "A Lebanon woman was charged; a Lebanese man was not."
    >>> resident_phrase(text, 2, 9), resident_phrase(text, 30, 38)
    (True, False)
    """
    return bool(
        _RESIDENT_AFTER.match(text, end) and _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    )


def not_countries(gaz: Gazetteer, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that are no countries; all of them when all are."""
    return [c for c in candidates if gaz.kind(c.record) != "country"] or candidates


def sovereign_before(at: list[Token] | tuple[Token, ...], i: int) -> bool:
    """Do the tokens before token ``i`` read "country/nation/republic/kingdom of"?

    >>> from geo.text.tokens import tokenize
    >>> toks = tokenize("the country of Georgia")
    >>> sovereign_before(toks, 3), sovereign_before(tokenize("the state of Georgia"), 3)
    (True, False)
    """
    return i >= 2 and at[i - 1].norm == "of" and at[i - 2].norm in _STATE_WORDS


def sovereign_named(
    text: str, at: list[Token] | tuple[Token, ...], i: int, end: int, prev_gap: str
) -> bool:
    """Is the name of tokens ``i``.. (ending at ``end``) said to be a country: after
    "the country of" (:func:`sovereign_before`), or before an apposition "the country"
    ("Georgia, the country, not the US state"; not "Atlanta, Georgia, the country's
    busiest airport")?

    >>> from geo.text.tokens import tokenize
    >>> text = "It ships from Georgia, the country, not the state."
    >>> sovereign_named(text, tokenize(text), 3, 21, " ")
    True
    """
    if prev_gap == " " and sovereign_before(at, i):
        return True
    return _SOVEREIGN_AFTER.match(text, end) is not None


#: After a name: an apposition that calls it a country ("Georgia, the country,", "Georgia
#: (the country)"), not the country's possessive.
_SOVEREIGN_AFTER = re.compile(
    r"(?:,[ \t]+|[ \t]+\()(?:the|a)[ \t]+(?:country|nation|republic|kingdom)\b(?![’']s)"
)


def sovereign_candidates(gaz: Gazetteer, candidates: list[Candidate]) -> list[Candidate]:
    """The countries among ``candidates``; all of them when none is one."""
    return [c for c in candidates if gaz.kind(c.record) == "country"] or candidates


def us_state_office(
    text: str, end: int, gaz: Gazetteer, candidates: list[Candidate]
) -> list[Candidate] | None:
    """The US states among ``candidates`` when a US state's office follows the name
    ending at ``end`` ("Georgia Gov. Brian Kemp"); None when none follows or no
    candidate is a US state.

    >>> bool(_US_OFFICE_AFTER.match("Georgia Gov. Brian Kemp", 7))
    True
    >>> bool(_US_OFFICE_AFTER.match("Kharkiv Governor Oleh Syniehubov", 7))
    True
    >>> bool(_US_OFFICE_AFTER.match("Georgia Governor's office", 7))
    False
    """
    if not _US_OFFICE_AFTER.match(text, end):
        return None
    states = [
        c
        for c in candidates
        if gaz.kind(c.record) == "admin1" and gaz.country_code(c.record) == "US"
    ]
    return states or None
