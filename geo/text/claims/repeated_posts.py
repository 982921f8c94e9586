"""Claims stage 5, a post repeating a rated claim shares its verdict.

A fact check that opens with the claim and its rating ("CLAIM: A video ... shows
Ukrainian marines crossing the Dnipro ..." then "VERDICT: False.") goes on to quote the
posts that spread it: "One post says that 'three brigades' took part in the crossing."
Such a later claim whose speaker is a post, an account, a caption or a user, and which
shares a content word with the rated claim ("crossing"), is the same claim told again:
it takes the rated claim's status (``denied`` or ``disputed``) when it has none
stronger. :func:`repeated_posts` does it in place. Linear: one pass, a word set per
rated claim.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["repeated_posts"]

#: Heads of a speaker that is a post spreading a claim.
_POSTERS = frozenset(
    "post posts account accounts caption captions user users tweet tweets message messages".split()
)
_WORD = re.compile(r"[A-Za-z]{5,}")
#: Words too common to tell one claim from another.
_COMMON = frozenset(
    """
    about after against along their there these those which while would could should
    shows show showed shown video footage claim claims said says posted shared times
    ukrainian russian ukraine russia forces troops this week
    """.split()
)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _COMMON


def repeated_posts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Give, in place, a post's later claim repeating a rated claim that claim's status
    (see the module docstring)."""
    rated: _Draft | None = None
    words: set[str] = set()
    for d in drafts:
        top = max(d.statuses, default=None)
        if top is not None and top[1] in ("denied", "disputed") and rated is None:
            rated, words = d, _words(ctx.text[d.start : d.end])
            continue
        if (
            rated is None
            or not d.source
            or (top is not None and top[0] >= _STATUS_RANK["disputed"])
        ):
            continue
        head = d.source.rsplit(None, 1)[-1]  # as written: "One post", not "The Washington Post"
        if head in _POSTERS and words & _words(ctx.text[d.start : d.end]):
            rank, status, cue = max(rated.statuses)
            d.statuses.append((rank, status, cue))
