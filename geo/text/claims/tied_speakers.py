"""Claims stage 2, speakers tied to a body described by adjectives.

"a military official loyal to the internationally recognised government said": the
official speaks, the government only ties them to a side; "A member of the local
emergency response room, a volunteer group ..., told": the member speaks, the room places
them. The noun phrase walk of
:func:`~geo.text.claims.phrases._np_left` stops at the first lower-case word it does
not know ("recognised"); :func:`tied_speaker_start` steps over a few such words, the
determiner and the tie ("loyal to", "close to", "affiliated with") to the person before.
"""

from __future__ import annotations

from collections.abc import Callable

from .segmentation import _bare, _Tok
from .vocab import _DETERMINERS, _SOURCE_NOUNS

__all__ = ["tied_speaker_start"]

#: Words tying a speaker to a body: "loyal to", "close to", "familiar with".
_TIES = frozenset(
    "familiar close knowledgeable loyal allied aligned affiliated attached linked tied".split()
)
#: Bodies and people sent to a country or a body: "The OSCE Special Monitoring Mission to
#: Ukraine", "the US ambassador to Ukraine", "Russia's envoy to the UN".
_ENVOYS = frozenset(
    """mission missions ambassador ambassadors envoy envoys delegation delegations embassy
    representative representatives emissary attache attaché""".split()
)
#: How many describing words may stand between the determiner and the body.
_DESCRIBING = 3


def tied_speaker_start(
    toks: list[_Tok],
    k: int,
    date_tokens: set[int],
    np_left: Callable[[list[_Tok], int, set[int]], tuple[int, int] | None],
) -> int:
    """The first token of the speaker when the body phrase starting at token ``k`` is
    preceded by describing words, a determiner and a tie after a speaker's noun ("an
    official loyal to the internationally recognised | government"); else ``k``."""
    if k >= 2 and toks[k - 1].text == "to" and _bare(toks[k - 2].text).lower() in _ENVOYS:
        inner = np_left(toks, k - 2, date_tokens)  # "The OSCE ... Mission to Ukraine said"
        return inner[0] if inner and (k - 2) not in date_tokens else k
    i = k - 1
    skipped = 0
    while (
        i >= 0
        and skipped < _DESCRIBING
        and toks[i].text.isalpha()
        and toks[i].text.islower()
        and toks[i].text not in _DETERMINERS
        and toks[i].text not in ("to", "with")
    ):
        i -= 1
        skipped += 1
    if not skipped:
        return k
    if i >= 0 and toks[i].text.lower() in _DETERMINERS:
        i -= 1
    if i >= 1 and toks[i].text.lower() in ("of", "for") and (i - 1) not in date_tokens:
        return _holder_start(toks, i - 1, date_tokens, np_left, k)  # "A member of the local
        # emergency response room", "a spokesman for the port operator": the person
    if i < 2 or toks[i].text.lower() not in ("to", "with") or toks[i - 1].text.lower() not in _TIES:
        return k
    if _bare(toks[i - 2].text).lower() not in _SOURCE_NOUNS or (i - 2) in date_tokens:
        return k
    inner = np_left(toks, i - 2, date_tokens)
    return inner[0] if inner else k


#: Words before "member(s) of" that belong to the speaker: "a member of", "two members of".
_MEMBER_COUNTS = _DETERMINERS | frozenset("one two three four several some many".split())


def _holder_start(
    toks: list[_Tok],
    h: int,
    date_tokens: set[int],
    np_left: Callable[[list[_Tok], int, set[int]], tuple[int, int] | None],
    k: int,
) -> int:
    """The first token of the person at token ``h`` who holds a place in the body that
    starts at ``k`` ("A member of | the local emergency response room"), or ``k`` when
    the word at ``h`` is no person's."""
    holder = _bare(toks[h].text).lower()
    if holder in ("member", "members"):
        return h - 1 if h and toks[h - 1].text.lower() in _MEMBER_COUNTS else h
    if holder not in _SOURCE_NOUNS:
        return k
    inner = np_left(toks, h, date_tokens)
    return inner[0] if inner else k
