"""Claims stage 3b, what a denied hit answers: "the carrier strike group had not been
hit", said by a U.S. official after a Houthi claim to have targeted the carrier and a
health ministry's toll, answers the claim that names the carrier, not the toll just
before it.

The subject of the negated hit (up to five words before "had not been hit", "was not
damaged", or "no Pakistani post" before "had been damaged") is read by its content words
(:func:`targets._content_words`, event words left out, singular and plural alike); of
the last few claims by another side, the one sharing the most of them
(more than the claim just before) is the one answered. Bounded: a few claims back.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .gates import folded_holds
from .sides import INDEPENDENT

__all__ = ["negated_hit_target"]

#: A negated hit and the words before it: "the carrier strike group had not been hit".
_NEGATED_HIT = re.compile(
    r"(?:had|has|have|was|were)\s+not\s+(?:been\s+)?(?:hit|damaged|struck|sunk|destroyed)\b",
    re.IGNORECASE,
)
#: A hit denied by its object: "no Pakistani post had been damaged" (the words after "no").
_NO_HIT = re.compile(
    r"\bno\s+(?:[\w’'-]+\s+){1,3}?(?P<verb>(?:had|has|have|was|were)\s+(?:been\s+)?"
    r"(?:hit|damaged|struck|sunk|destroyed))\b",
    re.IGNORECASE,
)
#: Words one of which every match of the two patterns above holds (lower case).
_HIT_GATE = ("hit", "damaged", "struck", "sunk", "destroyed")
#: The last words before the negation, its subject: up to five, after a cue or "that".
_SUBJECT = re.compile(r"(?:[\w’'.-]+\s+){1,5}$")
_CUE_WORDS = re.compile(r"^.*\b(?:said|says|told|that|stated|added)\s+", re.IGNORECASE | re.DOTALL)
#: Content classes of the act itself, no part of what was hit.
_ACTS = frozenset({"attack", "fire", "kill"})
#: How many claims back the claim naming what was hit may be.
_BACK = 6


def negated_hit_target(
    ctx: _Context, d: _Draft, before: _Draft | None, drafts: list[_Draft]
) -> _Draft | None:
    """The claim ``d``'s negated hit answers: ``before`` unless a recent claim of another
    side names what was hit and ``before`` does not (see the module docstring)."""
    text = ctx.text
    if not folded_holds(text, d.start, d.end, _HIT_GATE):
        return before  # no hit word: no negated hit
    from .targets import _content_words  # targets imports answers, which imports this
    m = _NEGATED_HIT.search(text, d.start, d.end)
    at = m.start() if m is not None else -1
    if m is None and (no := _NO_HIT.search(text, d.start, d.end)) is not None:
        at = no.start("verb")
    if at < 0 or before is None:
        return before
    lo = max(d.start, d.subj_end if d.subj_end > d.start else d.start)
    window = _CUE_WORDS.sub("", text[lo:at])
    s = _SUBJECT.search(window)
    if s is None:
        return before
    words = _singular(_content_words(window, s.start(), s.end()) - _ACTS)
    if not words:
        return before
    best, best_score = (
        before,
        len(words & _singular(_content_words(text, before.start, before.end))),
    )
    for n, c in enumerate(reversed(drafts)):
        if n >= _BACK:
            break
        if (
            c is d
            or c.source == d.source
            or (c.side is not None and c.side == d.side != INDEPENDENT)
        ):
            continue
        score = len(words & _singular(_content_words(text, c.start, c.end)))
        if score > best_score:
            best, best_score = c, score
    return best


def _singular(words: set[str]) -> set[str]:
    """The words without a plural "s": "posts" and "post" are one word here."""
    return {w.removesuffix("s") for w in words}
