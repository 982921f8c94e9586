"""Where spatial phrases can be: cheap windows in which the large patterns run.

Every distance phrase holds a unit, every offset a direction, every outskirts
phrase one of a few words: finding those is cheap, and the large patterns of
:mod:`.vocabulary` then run only in windows around them, with the same matches
as a whole-text search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..fold import FoldedPattern, folded
from .vocabulary import _UNIT, _LazyPattern

__all__ = [
    "OUTSKIRTS_HIT",
    "UNIT_HIT",
    "direction_windows",
    "qty_matches",
    "unit_windows",
]

# Every distance phrase holds a quantity, and every quantity ends in a unit that
# follows a digit, a space or a hyphen ("10 km", "10-mile", "10km"). Finding
# those units is cheap; the large patterns then run only in windows around them
# (a few hundred characters a unit) instead of at every position of the text.
UNIT_HIT = FoldedPattern(rf"(?<=[\d\s-]){_UNIT}")
_QTY_BEFORE, _QTY_AFTER = 400, 400  # window around a unit: wider than any phrase
# Likewise the outskirts phrases all hold one of these words.
OUTSKIRTS_HIT = FoldedPattern(r"outskirts|suburbs|edge|fringe|approaches|environs")


def unit_windows(
    text: str,
    hits: FoldedPattern = UNIT_HIT,
    before: int = _QTY_BEFORE,
    after: int = _QTY_AFTER,
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around the distance units (or other ``hits``)."""
    windows: list[tuple[int, int]] = []
    for m_start, m_end in hits.spans(text):
        lo, hi = max(0, m_start - before), min(len(text), m_end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def qty_matches(
    pattern: re.Pattern[str] | _LazyPattern,
    text: str,
    windows: Sequence[tuple[int, int]],
    need: tuple[str, ...] = (),
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that holds a quantity (or the hits of
    other windows), searched only in ``windows`` (:func:`unit_windows`); each match is
    read again on the whole text, so groups and ends are those of a whole-text search.
    A case-insensitive ``pattern`` every match of which holds one of the lower-case
    words ``need`` skips the windows without any (same matches, less searching)."""
    pos = 0
    low = folded(text) if need else text
    for lo, hi in windows:
        if need and all(low.find(word, lo, hi) < 0 for word in need):
            continue
        if isinstance(pattern, _LazyPattern):  # compiled only when a window may match
            pattern = pattern.compiled()
        pos = max(pos, lo)
        while pos < hi:
            found = pattern.search(text, pos, hi)
            if found is None:
                break
            m = pattern.match(text, found.start())
            if m is None:  # pragma: no cover - only when a phrase outruns its window
                pos = found.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


# Every offset phrase holds a direction: a word with one of these (any case), or a
# compass abbreviation after a space ("55 km NE of"). Windows without either are
# skipped (same matches, less searching).
_DIRECTION_WORDS = ("north", "south", "east", "west")
_COMPASS_AFTER_SPACE = re.compile(r"\s[NESW]{1,3}(?![\w-])")


def direction_windows(text: str, windows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``windows`` of ``text`` that hold a direction (where an offset may be)."""
    low = folded(text)
    return [
        (lo, hi)
        for lo, hi in windows
        if any(low.find(w, lo, hi) >= 0 for w in _DIRECTION_WORDS)
        or _COMPASS_AFTER_SPACE.search(text, lo, hi)
    ]
