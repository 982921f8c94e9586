"""Case-insensitive patterns at case-sensitive speed, with the same matches.

``re.IGNORECASE`` compares every character through its lower case and turns off
the fast scanning ``re`` does for case-sensitive patterns (a first-character set,
a literal prefix). :func:`folded` lower-cases a text one character for one, so
that every character ``re.IGNORECASE`` equates with an ASCII letter ("A"-"Z",
and "İ", "ı", "ſ", the Kelvin sign "K") becomes that letter; letters stay
letters, spaces and digits stay what they are. A pattern whose source has no
upper-case and no non-ASCII letter (so no ``\\S``, ``\\W``, ``\\B``) then matches
the folded copy case-sensitively exactly where it matches the text
case-insensitively: same offsets, same groups' offsets (``\\b``, ``\\w``, ``\\s``
and ``\\d`` read the same).
:class:`FoldedPattern` runs it so and reads each match again on the text, for
its groups' text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = ["FoldedPattern", "ascii_lowered", "folded"]


@functools.lru_cache(maxsize=4)
def folded(text: str) -> str:
    """``text`` lower-cased, with every character ``re.IGNORECASE`` reads as an ASCII
    letter turned into that letter; one character for one.

    ``str.lower`` does most of it (fast); it leaves "ſ" and "ı" alone and makes two
    characters of "İ", which are mapped first or after. Other letters it lowers stay
    letters, so what ``\\w``, ``\\s``, ``\\d`` and ``\\b`` read never changes.
    Cached for the last few texts (the stages of one analysis share it).

    Examples
    --------
    >>> folded("Near KYIV, İzium, Iſtanbul")
    'near kyiv, izium, istanbul'
    >>> len(folded("Ⅻ ß É İ")) == len("Ⅻ ß É İ")
    True
    """
    if text.isascii():
        return text.lower()
    low = (text.replace("\u0130", "i") if "\u0130" in text else text).lower()
    if "\u017f" in low or "\u0131" in low:
        low = low.replace("\u017f", "s").replace("\u0131", "i")
    return low


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@functools.lru_cache(maxsize=4)
def ascii_lowered(text: str) -> str:
    """``text`` as a pattern with ASCII literals reads it once "A"-"Z" are lowered.

    Same length, "A"-"Z" lowered, other ASCII characters unchanged; other letters
    may be lowered too (``str.lower`` is several times faster than
    ``str.translate``) but stay non-ASCII letters, so a case-sensitive pattern
    whose letters are ASCII finds the same offsets as on
    ``text.translate(<A-Z to a-z>)``. The two characters ``str.lower`` would
    turn into ASCII or into two characters ("İ", the Kelvin sign) make it fall
    back on ``translate``. Cached for the last few texts.

    Examples
    --------
    >>> ascii_lowered("Kyiv ÉTÉ")
    'kyiv été'
    >>> ascii_lowered("Kyiv ÉTÉ \u212a") == "kyiv ÉtÉ \u212a"
    True
    """
    if text.isascii():
        return text.lower()
    if "\u0130" in text or "\u212a" in text:
        return text.translate(_ASCII_LOWER)
    return text.lower()


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


class FoldedPattern:
    """A case-insensitive pattern searched on :func:`folded` text.

    Parameters
    ----------
    pattern : str
        Lower-case source: no upper-case letter, no non-ASCII letter and no inline
        flags (``ValueError`` otherwise).
    flags : int
        Flags besides ``re.IGNORECASE`` (which the text search always has).

    Examples
    --------
    >>> near = FoldedPattern(r"\\bnear\\s+(?P<w>\\w+)")
    >>> [m.group("w") for m in near.finditer("NEAR Kyiv and near Sumy")]
    ['Kyiv', 'Sumy']
    """

    __slots__ = ("_fast", "_original", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        probe = pattern.replace("(?P<", "(?<").replace("(?P=", "(?=")  # group names
        caseless = all(c.isascii() or c.lower() == c.upper() == c for c in probe)
        if probe != probe.lower() or not caseless or _INLINE_FLAGS.search(probe):
            raise ValueError(f"FoldedPattern needs a lower-case pattern: {pattern!r}")
        self.pattern, self.flags = pattern, flags & ~re.IGNORECASE
        self._original: re.Pattern[str] | None = None  # both compiled on first use
        self._fast: re.Pattern[str] | None = None

    @property
    def original(self) -> re.Pattern[str]:
        """The case-insensitive pattern, searched on the text."""
        if self._original is None:
            self._original = re.compile(self.pattern, self.flags | re.IGNORECASE)
        return self._original

    @property
    def fast(self) -> re.Pattern[str]:
        """The same pattern, case-sensitive, searched on :func:`folded` text."""
        if self._fast is None:
            self._fast = re.compile(self.pattern, self.flags)
        return self._fast

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each match of ``self.original.finditer(text)``."""
        for m in self.fast.finditer(folded(text)):
            yield m.span()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``self.original.search(text, pos, endpos)``, found on the folded text."""
        end = len(text) if endpos is None else endpos
        m = self.fast.search(folded(text), pos, end)
        return None if m is None else self.original.match(text, m.start(), end)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of ``self.original.finditer(text, pos, endpos)``, found on the
        folded text."""
        end = len(text) if endpos is None else endpos
        match = self.original.match
        for m in self.fast.finditer(folded(text), pos, end):
            found = match(text, m.start(), end)
            if found is not None:  # always: the folded copy matches where the text does
                yield found
