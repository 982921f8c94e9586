"""Claims stage 2a, phrases (joined speakers): two speakers of one statement.

"The European Union and the United States said in a joint statement ...": both speak,
the phrase of the second (after its determiner) joined to the name before "and" when
that name opens the sentence or a clause; "attacked Kharkiv and the governor said"
joins nothing. A helper of :func:`~geo.text.claims.phrases._np_left`.
"""

from __future__ import annotations

from .segmentation import _is_cap, _Tok

__all__ = ["joined_name"]


def joined_name(toks: list[_Tok], k: int, inner: tuple[int, int] | None) -> int | None:
    """The first token of two speakers joined by "and" before a determiner at ``k`` ("The
    European Union and the United States said"), ``inner`` being the phrase ending two
    tokens before it; None unless that phrase is a name opening the sentence or a clause
    ("attacked Kharkiv and the governor said" joins nothing)."""
    if k < 2 or toks[k - 1].text.lower() not in ("and", "&") or not _is_cap(toks[k - 2]):
        return None
    if inner is None or not (inner[0] == 0 or toks[inner[0] - 1].text in (",", ";")):
        return None
    return inner[0]


def joined_or_listed(toks: list[_Tok], joint: int, j: int, date_tokens: set[int], np_left) -> int:
    """The first token of two joined speakers starting at ``joint`` ("Estonia and the
    United Kingdom said"), or of the list they close after a comma ("France, Germany and
    the United Kingdom said": :func:`listed_name`)."""
    if joint and toks[joint - 1].text == ",":
        listed = listed_name(toks, joint, j, date_tokens, np_left)
        return joint if listed is None else listed
    return joint


#: Heads a list of countries may follow with "of": "The governments of A, B and C".
_LIST_HOLDERS = frozenset(
    "governments leaders ministers ministries presidents heads foreign defence defense".split()
)


def listed_name(toks: list[_Tok], k: int, j: int, date_tokens: set[int], np_left) -> int | None:
    """The first token of a list of names speaking together whose last two, "Estonia and
    Poland", are tokens ``k``..``j`` after a comma at ``k - 1``: "Lithuania, Latvia,
    Estonia and Poland said", or "The governments of Lithuania, Latvia, ... said" (the
    phrase before "of" taken whole by ``np_left``); None unless the names (one
    capitalised word or two each) open the sentence or a clause, or follow "of" after a
    head such as "governments"."""
    if not any(toks[m].text.lower() in ("and", "&") for m in range(k, j)):
        return None
    s = k
    while s >= 2 and toks[s - 1].text == ",":
        a = s - 2
        for _ in range(2):  # "the United Kingdom", "the United Arab Emirates"
            if a >= 1 and _is_cap(toks[a - 1]) and toks[a - 1].text[:1].isalpha():
                a -= 1
        if not (_is_cap(toks[a]) and toks[a].text[:1].isalpha()):
            return None
        s = a - 1 if a >= 1 and toks[a - 1].text.lower() == "the" else a
    if s == k:
        return None
    if s == 0 or toks[s - 1].text in (",", ";", "—", "“", '"'):
        return s
    if s >= 2 and toks[s - 1].text.lower() == "of" and toks[s - 2].text.lower() in _LIST_HOLDERS:
        inner = np_left(toks, s - 2, date_tokens)
        return inner[0] if inner is not None else None
    return None
