"""Recognition: the place of an office whose holder is named right after it.

News styles an official by the office and its place, then the name: "Mayor of Kharkiv
Ihor Terekhov", "the President of Georgia Mikheil Saakashvili", "Deputy Minister for
Investments and Development of Kazakhstan Arystan Kakikenov".  The capitalised run after
the place is its office holder, not a longer name of which the place is a word (as in
"Kharkiv Terekhov Street"): :func:`office_place` tells the context rules
(:mod:`geo.text.context_rules`) to keep the place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .tokens import Token

__all__ = ["office_place"]

#: Words an office's style may hold between its title and "of": "Minister for
#: Investments and Development of", "Secretary of State of".
_STYLE_JOINERS = frozenset(("of", "for", "and", "the"))
#: At most this many words between the title and the place's "of".
_STYLE_WORDS = 6
#: A place this populous, or a country or a region, has offices of note (not "the
#: president of Stan Winston Studio": a firm named after a person).
_OFFICE_POPULATION = 50_000


def office_place(
    gaz: Gazetteer, text: str, at: Sequence[Token], n: int, i: int, j: int, key: str
) -> bool:
    """Is the name ``key`` (normalised) at tokens ``i``..``j`` of ``at`` (``n`` tokens;
    :attr:`geo.text.tokens._Tokens.at` builds them as asked) the place of an
    office held by the person named after it: a country, a region or a place of 50,000
    (:data:`_OFFICE_POPULATION`), two capitalised words after it (a given name and a
    surname: not "CEO of Frontera Produce"), "of" before it and, over at most six
    capitalised words or joiners ("for", "and", "of", "the") before that, no given name
    among them, a person's title ("Mayor", "president", "Minister")?  Every gap is one
    space (a hyphen may join the holder's given names: "Kassym-Jomart Tokayev").

    >>> from geo.text.tokens import tokenize
    >>> class Gaz:  # a stand-in: kinds and largest population of a name
    ...     def name_summary_normalized(self, key):
    ...         return {"kenya": ({"country"}, 0), "frontera": ({"place"}, 75_000)}.get(
    ...             key, ({"place"}, 1_400_000))
    >>> def office(text, word):
    ...     at = tokenize(text)
    ...     i = [t.text for t in at].index(word)
    ...     return office_place(Gaz(), text, at, len(at), i, i, at[i].norm)
    >>> office("Mayor of Kharkiv Ihor Terekhov said", "Kharkiv")
    True
    >>> office("the Minister for Trade and Industry of Kenya Moses Kuria", "Kenya")
    True
    >>> office("the Bank of Kharkiv Ihor Terekhov", "Kharkiv")
    False
    >>> office("the mayor of Kharkiv Ihor Terekhov", "Kharkiv")
    True
    >>> office("a tour of Kharkiv Ihor Terekhov led", "Kharkiv")
    False
    >>> office("Will Steele, CEO of Frontera Produce, said", "Frontera")
    False
    >>> office("the Prince of Wales-Hyder Census Area", "Wales")
    False
    >>> office("named for Senator John Taylor of Kharkiv Taylor County", "Kharkiv")
    False
    """
    if i < 2 or at[i - 1].norm != "of" or text[at[i - 1].end : at[i].start] != " ":
        return False
    if j + 2 >= n or not all(
        at[k].capitalized and text[at[k - 1].end : at[k].start] in gaps
        for k, gaps in ((j + 1, (" ",)), (j + 2, (" ", "-")))
    ):
        return False  # (not "Prince of Wales-Hyder Census Area": one name)
    kinds, population = gaz.name_summary_normalized(key)
    if "country" not in kinds and "admin1" not in kinds and population < _OFFICE_POPULATION:
        return False
    for k in range(i - 2, max(-1, i - 2 - _STYLE_WORDS), -1):
        word = at[k]
        if text[word.end : at[k + 1].start] != " ":
            return False
        if word.norm in lx.PERSON_TITLES:
            return True
        if word.norm in lx.first_names():
            return False  # "Senator John Taylor of Caroline": a person's home, not an office
        if not word.capitalized and word.norm not in _STYLE_JOINERS:
            return False
    return False
