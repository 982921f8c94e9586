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
