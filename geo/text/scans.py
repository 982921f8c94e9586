"""Pattern scans started only where their words begin.

``re`` tries a pattern opening with ``\\b`` or with common letters at nearly every
character; when every match begins with one of a few words, a few ``str.find`` scans in
C list the only places one can begin (used by the claims stage's bylines and the dates
stage's feasts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["matches_from"]


def matches_from(
    pattern: re.Pattern[str],
    text: str,
    starts: Iterable[str],
    spelled: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, tried only where one of ``starts`` begins.

    For a pattern every match of which begins with one of the words ``starts`` as
    ``spelled`` writes it (a copy of ``text`` of its length, such as its
    :func:`~geo.text.fold.ascii_lowered` copy; ``text`` itself by default) and is never
    empty: ``re`` tries a pattern opening with ``\\b`` or with common letters at nearly
    every character, where a few ``str.find`` scans in C list the only places a match
    can begin. The matches are those of ``finditer``: the leftmost place a match begins,
    then the leftmost from its end.

    >>> rx = re.compile(r"\\b(?:[Pp]ost|[Cc]hannel)\\s+of\\b")
    >>> [m.group() for m in matches_from(rx, "A post of X, Post of Y, apost of", ("post",),
    ...                                  "a post of x, post of y, apost of")]
    ['post of', 'Post of']
    """
    end = len(text) if end is None else min(end, len(text))
    where = text if spelled is None else spelled
    found: set[int] = set()
    for word in starts:
        k = where.find(word, start, end)
        while k >= 0:
            found.add(k)
            k = where.find(word, k + 1, end)
    last = start
    match = pattern.match
    for k in sorted(found):
        if k < last:
            continue  # inside the match before
        m = match(text, k, end)
        if m is not None:
            yield m
            last = m.end()
