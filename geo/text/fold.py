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

__all__ = ["FoldedPattern", "ascii_lowered", "folded", "required_words"]


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

    __slots__ = ("_fast", "_needs", "_original", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        probe = pattern.replace("(?P<", "(?<").replace("(?P=", "(?=")  # group names
        caseless = probe.isascii() or all(c.isascii() or c.lower() == c.upper() == c
                                          for c in probe)
        if probe != probe.lower() or not caseless or _INLINE_FLAGS.search(probe):
            raise ValueError(f"FoldedPattern needs a lower-case pattern: {pattern!r}")
        self.pattern, self.flags = pattern, flags & ~re.IGNORECASE
        self._original: re.Pattern[str] | None = None  # both compiled on first use
        self._fast: re.Pattern[str] | None = None
        self._needs: tuple[str, ...] | None = None  # required_words, read on first use

    @property
    def needs(self) -> tuple[str, ...]:
        """:func:`required_words` of the pattern: a text whose folded copy holds none of
        them has no match (``()``: none could be derived, every text is searched)."""
        if self._needs is None:
            self._needs = required_words(self.pattern, self.flags)
        return self._needs

    def occurs_in(self, text: str) -> bool:
        """``self.original.search(text) is not None``, answered on the folded text: a
        substring test of :attr:`needs` first (a few C scans), then the case-sensitive
        search only when one of them is there."""
        low = folded(text)
        needs = self.needs
        if needs and not any(map(low.__contains__, needs)):
            return False
        return self.fast.search(low) is not None

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


#: Shortest literal :func:`required_words` takes (shorter ones are in most texts).
_MIN_WORD = 3
_REPEATS = tuple(
    getattr(re._constants, name)  # type: ignore[attr-defined]
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(re._constants, name)  # type: ignore[attr-defined]
)


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...]:
    r"""Literal strings one of which every match of ``pattern`` holds, or ``()``.

    Read from the parsed pattern (:mod:`re`'s own parser): a run of literal
    characters outside any repeat, alternation or look-around is in every match of
    its sequence; an alternation needs one word of each branch; a group or a
    repeat of at least once needs what its body needs. Of a sequence's options the
    longest single literal is taken, else the fewest words. ``()`` when some
    branch has no literal of :data:`_MIN_WORD` characters: nothing to test first.
    With ``re.IGNORECASE`` the words are what the pattern spells: test them on
    :func:`folded` text (as :class:`FoldedPattern` does), with lower-case patterns.

    Examples
    --------
    >>> required_words(r"\b(?:troops|shell(?:ed|ing)|(?:counter)?offensive)\b")
    ('troops', 'shell', 'offensive')
    >>> required_words(r"\b(?:army|\w+s)\b")
    ()
    """
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags & ~re.IGNORECASE)
    except re.error:
        return ()
    words = _sequence_needs(list(parsed))
    return tuple(dict.fromkeys(words)) if words else ()


def _sequence_needs(items: list) -> list[str] | None:
    """The words one of which a match of the sequence ``items`` holds, or None."""
    from re import _constants as c  # type: ignore[attr-defined]

    options: list[list[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= _MIN_WORD:
            options.append(["".join(run)])
        run = []
        inner = None
        if op is c.SUBPATTERN and not (av[1] or av[2]):  # not one with flags of its own
            inner = _sequence_needs(list(av[-1]))
        elif op is c.BRANCH:
            branches = [_sequence_needs(list(b)) for b in av[1]]
            if all(branches):
                inner = [w for b in branches for w in b]  # type: ignore[union-attr]
        elif op in _REPEATS and av[0] >= 1:
            inner = _sequence_needs(list(av[2]))
        if inner:
            options.append(inner)
    if not options:
        return None
    return min(options, key=lambda o: (len(o), -len(o[0])))
