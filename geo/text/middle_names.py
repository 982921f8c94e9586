"""Recognition, a month's name as a person's middle name: "Georgia May Jagger".

A given name that is also a place ("Georgia", "Jordan") before a capitalised word is a
person's (:func:`geo.text.context_rules.accept`), unless that word is one that never
names a place's neighbour in a person's name: a month ("in Georgia May 2024") or the
modal verb ("Georgia May Join NATO" on a title-case line). Some months are given names
too ("May", "June", "April", "August"); such a word, capitalised inside a sentence,
right between the given name and a capitalised surname ("Georgia May Jagger walked"),
is the middle name (:func:`month_middle_name`), and the three words a person's name.
Not a date ("Georgia May 5", "Georgia May 2024": a digit follows) nor an all-caps line.
"""

from __future__ import annotations

from collections.abc import Sequence

from .tokens import Token

__all__ = ["MONTH_GIVEN_NAMES", "month_middle_name"]

#: Months that are also given names.
MONTH_GIVEN_NAMES = frozenset({"may", "june", "april", "august"})
#: Words after a month that name a day or an event of it, no surname ("May Day rallies").
_OF_THE_MONTH = frozenset(
    "day days holiday holidays bank election elections offensive revolution uprising".split()
)


def month_middle_name(text: str, at: Sequence[Token], k: int, n: int) -> bool:
    """Is token ``k`` (of ``n``) a month's name as a middle name: one of
    :data:`MONTH_GIVEN_NAMES`, capitalised but not all capitals, not opening a sentence,
    one space before a capitalised word of letters that is not all capitals either (the
    surname: "Georgia May Jagger")?

    >>> from geo.text.tokens import _Tokens
    >>> s = "Georgia May Jagger walked in Milan."
    >>> month_middle_name(s, _Tokens(s).at, 1, 6)
    True
    >>> s = "In Georgia May 2024 was warm."
    >>> month_middle_name(s, _Tokens(s).at, 2, 6)
    False
    >>> s = "Rallies across Georgia May Day drew crowds."
    >>> month_middle_name(s, _Tokens(s).at, 3, 8)
    False
    """
    if k + 1 >= n:
        return False
    word, nxt = at[k], at[k + 1]
    return (
        word.norm in MONTH_GIVEN_NAMES
        and word.capitalized
        and not word.initial
        and not word.text.isupper()
        and text[word.end : nxt.start] == " "
        and nxt.capitalized
        and nxt.text.isalpha()
        and not nxt.text.isupper()
        and nxt.norm not in _OF_THE_MONTH
    )
