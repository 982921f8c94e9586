"""Recognition, caseless text: the names inside a hyphened word ("the ukraine-russia
border", "kyiv-based groups"), for :func:`geo.text.casing.restore_case`.

A lower-case text's words are capitalised where they are well-known names; a hyphened
word is one word there, and "ukraine-russia" is no name, so neither country was read.
:func:`hyphened_parts` capitalises the names it is made of when each of its parts is
one, or a word such compounds are made with (:data:`COMPOUND_WORDS`): a street's or a
person's double name ("rene-levesque", "jean-pierre") is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["COMPOUND_WORDS", "hyphened_parts"]

#: Words compounded with a place's name by a hyphen: "kyiv-based", "russia-backed".
COMPOUND_WORDS = frozenset(
    "based born bound led backed held controlled occupied run area wide style made".split()
)


def hyphened_parts(
    part: str, word: tuple[int, int, str], chars: list[str], known: Callable[[str], bool]
) -> None:
    """Capitalise, in ``chars`` (one per character of ``part``), the first letters of the
    parts of the hyphened ``word`` (start, end, lower-cased text) that ``known`` takes for
    well-known names, when every part is one or a word of :data:`COMPOUND_WORDS`:
    "ukraine-russia" -> "Ukraine-Russia", "kyiv-based" -> "Kyiv-based"."""
    at, _, lowered = word
    pieces = lowered.split("-")
    names = [bool(p) and known(p) for p in pieces]
    pairs = list(zip(pieces, names, strict=True))
    if not any(names) or not all(n or p in COMPOUND_WORDS for p, n in pairs):
        return
    for piece, name in pairs:
        if name:
            up = part[at].upper()
            if len(up) == 1:
                chars[at] = up
        at += len(piece) + 1
