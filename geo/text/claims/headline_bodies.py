"""Claims stage 2c, a national body named bare in a headline: the one the story ties below.

"Israeli strike on Gaza school kills 19, civil defence says; army says it targeted
militants" names the army before the story does ("The Israeli military said ..."): a
headline shortens what the body spells out, so its bare "army", "military" or
"government" is the body of that family the text first ties to a country below it, not the
country of the dateline or of the places the headline names (Gaza). Read by
:func:`~geo.text.claims.allegiance.national_body_side` when nothing before the speaker
tied the body; a constant look at the headline's line.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["headline_tie"]

#: How long a headline's line may be (characters).
_HEADLINE = 300


def headline_tie(text: str, at: int, tied_sets: Sequence[frozenset[str]]) -> frozenset[str]:
    """The countries the text first ties the body to (``tied_sets[0]``, see
    :func:`~geo.text.claims.allegiance._ties`) when the speaker at ``at`` is in the text's
    first line, a headline over more text; else the empty set.

    >>> sorted(headline_tie("Army says it hit camp\\n\\nThe Israeli army said ...", 0, [{"IL"}]))
    ['IL']
    """
    if not tied_sets or at >= _HEADLINE:
        return frozenset()
    line_end = text.find("\n", at, _HEADLINE)
    if line_end < 0 or text.find("\n", 0, at) >= 0 or not text[line_end:].strip():
        return frozenset()
    return frozenset(tied_sets[0])
