"""Cheap tests before costly patterns: a word every match of a pattern holds.

Most sentences hold none of the words a rule's pattern needs ("intercepted", "false",
"years"); a few substring searches in C (``str.find`` within the span) answer for them
where the pattern would be tried at every character. A gate is only ever a necessary
condition: where it holds, the pattern runs as before, so the matches are the same.
Case-insensitive patterns are gated on :func:`~geo.text.fold.folded` text, where every
character ``re.IGNORECASE`` reads as an ASCII letter is that letter (lower case).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..fold import folded
from ..scans import matches_from  # re-exported: the claims rules use it

__all__ = ["folded_holds", "holds", "matches_from", "searched", "tail_search"]


def holds(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` (as written: case-sensitive).

    >>> holds("It was shot down.", 0, 17, ("intercepted", "shot"))
    True
    >>> holds("It was shot down.", 0, 10, ("shot",))
    False
    """
    # The span's copy is as narrow as its widest character (mostly ASCII, where an
    # ASCII word is compared as it is; ``text.find`` would widen the word at every
    # call), and ``map`` over ``__contains__`` runs in C.
    return any(map(text[start:end].__contains__, words))


def folded_holds(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether ``folded(text)[start:end]`` holds one of ``words`` (lower case): the test
    for a case-insensitive pattern whose every match holds one of them.

    >>> folded_holds("The report is FALSE.", 0, 20, ("false", "untrue"))
    True
    """
    return holds(folded(text), start, end, words)


def tail_search(
    pattern: re.Pattern[str], text: str, start: int, end: int, runs: int
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern anchored at the end (``$``)
    whose matches begin with a non-space character and hold at most ``runs`` runs of
    non-space characters ("the state broadcaster "): searched from the ``runs``-th run
    before ``end`` on, where ``re`` would try (and give up) at every character before.

    >>> rx = re.compile(r"(?:\\b[a-z]+\\s+){1,2}$")
    >>> tail_search(rx, "One two three four ", 0, 19, 2).group()
    'three four '
    """
    if start < end:
        parts = text[start:end].rsplit(None, runs)
        if len(parts) > runs:  # the run before the last ``runs`` ends where parts[0] does
            start += len(parts[0])
    return pattern.search(text, start, end)


def searched(
    memo: dict[tuple[Any, int, int], Any], pattern: Any, text: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` (a compiled pattern or a
    :class:`~geo.text.fold.FoldedPattern`), remembered in ``memo`` (one article's: a claim
    is weighed against several claims before it, with the same patterns over its own
    span each time).

    >>> memo = {}
    >>> searched(memo, re.compile(r"\\d+"), "from 12 to 14", 6, 13).group(), len(memo)
    ('2', 1)
    """
    key = (pattern, start, end)
    if key not in memo:
        memo[key] = pattern.search(text, start, end)
    return memo[key]
