"""Where spatial phrases can be: cheap look-ups before the large patterns run.

Every distance phrase holds a unit followed by the word its pattern needs next
("from", "of", a direction, "radius"), every outskirts phrase one of a few
words, every near phrase starts with one of a few words. Finding those on the
folded text (:func:`geo.text.fold.folded`) with patterns that start with a
literal (which ``re`` skips to) or ``str.find`` is cheap; the large patterns of
:mod:`.vocabulary` then run only in windows around them (:func:`qty_matches`)
or only at the places a phrase can start (:func:`matches_at`), with the same
matches as a whole-text search (tests compare them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..fold import FoldedPattern, folded
from .vocabulary import _OUTSKIRTS_WORDS, _UNIT, _UNIT_END, _UNIT_WORDS, _LazyPattern

__all__ = [
    "OUTSKIRTS_HIT",
    "UNIT_HIT",
    "direction_windows",
    "matches_at",
    "qty_matches",
    "tail_windows",
    "unit_spans",
    "unit_windows",
    "word_windows",
]

# Every distance phrase holds a quantity, and every quantity ends in a unit that
# follows a digit, a space or a hyphen ("10 km", "10-mile", "10km"). Finding
# those units is cheap; the large patterns then run only in windows around them
# (a few hundred characters a unit) instead of at every position of the text.
UNIT_HIT = FoldedPattern(rf"(?<=[\d\s-]){_UNIT}")
_QTY_BEFORE, _QTY_AFTER = 400, 400  # window around a unit: wider than any phrase
_TAIL_AFTER = 100  # window after the word a tail ends on
# Likewise the outskirts phrases all hold one of these words.
OUTSKIRTS_HIT = FoldedPattern("|".join(_OUTSKIRTS_WORDS))


def _unit_starts() -> tuple[re.Pattern[str], ...]:
    """:data:`UNIT_HIT` as one pattern per first letter of the units, each starting
    with that letter (``re`` skips ahead to a literal, not to an alternation)."""
    rests: dict[str, list[str]] = {}
    for word in _UNIT_WORDS:
        rests.setdefault(word[0], []).append(word[1:])
    return tuple(
        re.compile(rf"{c}(?<=[\d\s-]{c})(?:{'|'.join(r)}){_UNIT_END}") for c, r in rests.items()
    )


_UNIT_STARTS = _unit_starts()


def unit_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the distance units of ``text``: ``list(UNIT_HIT.spans(text))``,
    about five times faster."""
    low = folded(text)
    found = sorted(m.span() for p in _UNIT_STARTS for m in p.finditer(low))
    spans: list[tuple[int, int]] = []
    for span in found:  # "nautical miles" also holds "miles": keep the first, as finditer
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans


def _merged(
    spans: Sequence[tuple[int, int]], before: int, after: int, size: int
) -> list[tuple[int, int]]:
    """Windows ``before`` and ``after`` each span (sorted by start), merged, within 0-size."""
    windows: list[tuple[int, int]] = []
    for m_start, m_end in spans:
        lo, hi = max(0, m_start - before), min(size, m_end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def unit_windows(
    text: str,
    hits: FoldedPattern = UNIT_HIT,
    before: int = _QTY_BEFORE,
    after: int = _QTY_AFTER,
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around the distance units (or other ``hits``)."""
    spans = unit_spans(text) if hits is UNIT_HIT else list(hits.spans(text))
    return _merged(spans, before, after, len(text))


def tail_windows(
    text: str, units: Sequence[tuple[int, int]], tail: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Windows around the ``units`` (:func:`unit_spans`) that ``tail`` follows.

    ``tail`` matches, on the folded text, what a pattern needs after the last unit
    of its quantity (``vocabulary._TAIL_*``): "10 km from" for a bare distance, "10
    km north of" for an offset. Every match of the pattern lies in these windows: from
    400 characters before the unit to 100 after the tail (what a phrase still needs
    there: "-north-west of", "around").
    """
    low = folded(text)
    spans = []
    for start, end in units:
        m = tail.match(low, end)
        if m is not None:
            spans.append((start, m.end()))
    return _merged(spans, _QTY_BEFORE, _TAIL_AFTER, len(text))


def word_windows(text: str, words: Sequence[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged windows around every occurrence of the lower-case ``words`` in the folded
    text (``str.find``: at least the windows of a pattern alternating them)."""
    low = folded(text)
    spans = []
    for word in words:
        i = low.find(word)
        while i >= 0:
            spans.append((i, i + len(word)))
            i = low.find(word, i + 1)
    spans.sort()
    return _merged(spans, before, after, len(text))


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (sorted).

    Tries ``pattern.match`` at each start past the end of the last match, as
    ``finditer`` does at every position: the same matches, if ``starts`` holds every
    position where ``pattern`` matches.
    """
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end() if m.end() > start else start + 1


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
    """The ``windows`` of ``text`` that hold a direction (where an offset may be).

    The offsets builder now uses the narrower :func:`tail_windows`; kept for the
    tests and benchmarks that compare windowed with whole-text searches.
    """
    low = folded(text)
    return [
        (lo, hi)
        for lo, hi in windows
        if any(low.find(w, lo, hi) >= 0 for w in _DIRECTION_WORDS)
        or _COMPASS_AFTER_SPACE.search(text, lo, hi)
    ]
