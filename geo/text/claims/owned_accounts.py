"""Claims stage 3c, silences (continued): a caveat naming whose accounts it cannot check.

"Neither Rybar's nor the brigade's account could be verified.", "The ministry's and the
governor's claims could not be independently confirmed.", "DeepState's report could not
be verified": the caveat is about the recent claims of the owners it names, each found
by a word of its name in the phrase of a speaker of the last dozen sentences ("the
brigade's" → "the 28th Mechanised Brigade"), not about the claims just before it (a
battalion commander's words between them keep their status); one owner's "account of
the drone downings or the deaths" reaches every recent speaker with the owner's word
("the rebels", "the governor the rebels appointed"). :func:`owned_targets`
finds them; a caveat naming no owner, or none that spoke recently, gives nothing and
the other readings apply (:func:`~geo.text.claims.figures.figure_targets`). Linear: one
bounded regex pass over the sentence, a few recent claims per owner.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft

__all__ = ["owned_targets"]

#: How far back a named owner's claims may be: claims, sentences.
_CLAIMS_BACK, _SENTENCES_BACK = 16, 12

#: "X's account", "X's and Y's claims", "Neither X's nor Y's version": the owners before
#: an account noun (a chain of possessives joined by "and", "nor", "or", commas).
_OWNED = re.compile(
    r"((?:(?:the\s+)?[\w-]+(?:\s+[\w-]+)?[’']s?\s*(?:,|\band\b|\bnor\b|\bor\b)?\s*){1,4})"
    r"(?:[a-z-]+\s+)?(?:accounts?|claims?|reports?|versions?|statements?)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:the\s+)?([\w-]+)[’']s?(?=\s|,|$)", re.IGNORECASE)
#: Possessives that name no speaker: "either side's", "the two sides'".
_NO_OWNER = frozenset("side sides either neither both each other party parties its their".split())


def owned_targets(
    ctx: _Context, drafts: list[_Draft], idx: int, start: int, end: int
) -> list[_Draft]:
    """The recent claims of the owners a caveat sentence ``text[start:end]`` names ("Neither
    Rybar's nor the brigade's account could be verified": Rybar's latest claims and the
    brigade's), latest first; empty when it names no owner that spoke recently."""
    text = ctx.text
    if "'" not in text[start:end] and "’" not in text[start:end]:
        return []  # cheap gate: no possessive at all
    m = _OWNED.search(text, start, end)
    if m is None:
        return []
    owners = [
        w.group(1).lower()
        for w in _POSSESSIVE.finditer(m.group(1))
        if w.group(1).lower() not in _NO_OWNER
    ]
    if not owners:
        return []
    # a named owner reaches further back than an unnamed caveat (a dozen sentences)
    recent = [d for d in reversed(drafts[-_CLAIMS_BACK:]) if idx - d.last <= _SENTENCES_BACK]
    found: list[_Draft] = []
    for owner in owners:
        word = re.compile(rf"\b{re.escape(owner)}\b", re.IGNORECASE)
        theirs = [d for d in recent if d.source and word.search(d.source)]
        if not theirs:
            return []  # an owner that did not speak: not this reading
        if len(owners) == 1 and _TWO_THINGS.match(text, m.end(), end):
            # "the rebels' account of the drone downings or the deaths": each of their
            # speakers' claims (the rebels', and the governor the rebels appointed)
            found += [d for d in theirs if d not in found]
        else:
            found += [d for d in theirs if d.source == theirs[0].source and d not in found]
    return found


#: An account of two things: "account of the drone downings or the deaths".
_TWO_THINGS = re.compile(r"\s+of\s+[^.;,]{1,60}?\s(?:or|and)\s+(?:the\s+)?[\w-]+")
