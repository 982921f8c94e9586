"""Cheap tests before costly patterns: a word every match of a pattern holds.

Most sentences hold none of the words a rule's pattern needs ("intercepted", "false",
"years"); a few substring searches in C (``str.find`` within the span) answer for them
where the pattern would be tried at every character. A gate is only ever a necessary
condition: where it holds, the pattern runs as before, so the matches are the same.
Case-insensitive patterns are gated on :func:`~geo.text.fold.folded` text, where every
character ``re.IGNORECASE`` reads as an ASCII letter is that letter (lower case).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..fold import folded

__all__ = ["folded_holds", "holds"]


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
