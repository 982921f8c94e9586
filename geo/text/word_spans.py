"""Stage 0 of the geoparser, splitting: a text's words and their character offsets.

The word pattern (:data:`_WORD`: letters joined by inner apostrophes or invisible
characters, not a possessive "'s") is applied in C: a short text is split by the
pattern itself (:func:`_split_words`), a longer one from its characters' classes, read
with NumPy (:func:`_span_words`); both give the same words.  :mod:`geo.text.tokens`
makes tokens of them.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Sequence

import numpy as np

__all__: list[str] = []

# Words, with inner apostrophes ("Vinnyts'ka") but not a possessive "'s" ("Kyiv's").
# Invisible characters inside a word (zero-width space/joiners, word joiner, soft
# hyphen: "Ky\u200biv") keep it one word; normalisation drops them.
_WORD = re.compile(r"[^\W\d_]+(?:(?:['’](?!s\b)|[\u200b-\u200d\u2060\u00ad]+)[^\W\d_]+)*")

# The word pattern as a capturing group: re.split() returns the gaps and the words.
_SPLIT = re.compile(f"({_WORD.pattern})")


_ARRAY_PARTS = 1 << 16  # above: offsets in an array (long texts)
# Below this many characters a text is split by the word pattern; above, by the character
# classes (:func:`_span_words`): a few array operations, then one slice per word.
_SPLIT_BELOW = 400


def _has_elision(text: str) -> bool:
    """May a word of the text start with a lowercase elision before a capital ("d'Ivoire",
    "l'Aquila")?  A superset, read at each apostrophe (found at C speed)."""
    for mark in ("'", "’"):
        at = text.find(mark, 1)
        while at >= 0:
            if text[at - 1] in "dlDL" and text[at + 1 : at + 2].isupper():
                return True
            at = text.find(mark, at + 1)
    return False


# Character classes of the word pattern, as bits: a letter (``[^\W\d_]``), the letter "s",
# a word character (``\w``), an apostrophe, an invisible joiner, an upper-case letter.
_LETTER, _S, _WORDCHAR, _APOSTROPHE, _INVISIBLE, _UPPER = 1, 2, 4, 8, 16, 32


def _char_class(code: int) -> int:
    r"""The class bits of one character, by the definitions ``re`` uses (``\w``: alphanumeric
    or "_"; ``\d``: decimal)."""
    c = chr(code)
    bits = 0
    if c.isalnum() or c == "_":
        bits |= _WORDCHAR
        if not c.isdecimal() and c != "_":
            bits |= _LETTER
    if c == "s":
        bits |= _S
    if c in "'’":
        bits |= _APOSTROPHE
    if c in "\u200b\u200c\u200d\u2060\u00ad":
        bits |= _INVISIBLE
    if c.isupper():
        bits |= _UPPER
    return bits


_ASCII_CLASSES = np.array([_char_class(k) for k in range(128)], dtype=np.uint8)
# The classes of the Basic Multilingual Plane, filled in as its characters are met
# (``_BMP_KNOWN``); the other planes' (rare: emoji, mathematical letters) in a dict.
_BMP_CLASSES = np.zeros(1 << 16, dtype=np.uint8)
_BMP_KNOWN = np.zeros(1 << 16, dtype=bool)
_BMP_CLASSES[:128], _BMP_KNOWN[:128] = _ASCII_CLASSES, True
_ASTRAL_CLASSES: dict[int, int] = {}
_NO_MARKS = np.zeros(0, dtype=np.intp)


def _codes_and_classes(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The code point (uint8 for an ASCII text, else uint32) and the class bits (uint8) of
    every character of ``text``, each of shape (len(text),)."""
    if text.isascii():
        codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
        return codes, _ASCII_CLASSES[codes]
    # One 32-bit unit per character (a lone surrogate too: it is kept, not paired).
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() >= 1 << 16:
        astral = codes >= 1 << 16
        bmp = np.where(astral, 0, codes)
    else:
        astral, bmp = None, codes
    fresh = bmp[~_BMP_KNOWN[bmp]]
    if fresh.shape[0]:  # characters not met before: classified once each
        for code in set(fresh.tolist()):
            _BMP_CLASSES[code] = _char_class(code)
            _BMP_KNOWN[code] = True
    classes = _BMP_CLASSES[bmp]
    if astral is not None:
        where = astral.nonzero()[0]
        memo = _ASTRAL_CLASSES
        if len(memo) >= 100_000:
            memo.clear()
        for k, code in zip(where.tolist(), codes[where].tolist(), strict=True):
            found = memo.get(code)
            if found is None:
                found = memo[code] = _char_class(code)
            classes[k] = found
    return codes, classes


def _span_words(text: str) -> tuple[list[str], Sequence[int], Sequence[int], np.ndarray]:
    """The matches of :data:`_WORD` but possessives, found from the character classes
    instead of by the pattern: (words, starts, ends, indexes of the words that start with
    an upper-case letter).

    A word is a run of letters and of the marks that join two letters: an apostrophe
    (not one before an "s" that ends a word) and a run of invisible characters.  A
    possessive "s" ("Kyiv's") is no word.  The words themselves are cut by one
    ``str.split`` of the text with every other character made a space.  (Array methods,
    not NumPy's Python-level helpers: a news article is a few thousand characters.)
    """
    codes, classes = _codes_and_classes(text)
    n = classes.shape[0]
    # Padded with a non-word character at each end: index k + 1 is character k.
    inside = np.zeros(n + 2, dtype=bool)
    inside[1:-1] = classes & _LETTER
    ascii_text = codes.dtype == np.uint8
    apostrophes = "'" in text or (not ascii_text and "’" in text)  # found in C first
    marks = (classes & _APOSTROPHE).nonzero()[0] if apostrophes else _NO_MARKS
    if marks.shape[0]:
        padded = np.zeros(n + 3, dtype=np.uint8)  # index k + 1 is character k
        padded[1:-2] = classes
        before, after, then = padded[marks], padded[marks + 2], padded[marks + 3]
        s_ends = ((after & _S) != 0) & ((then & _WORDCHAR) == 0)  # "'s" and no more
        inside[marks[((before & after & _LETTER) != 0) & ~s_ends] + 1] = True
    hidden = _NO_MARKS if ascii_text else (classes & _INVISIBLE).nonzero()[0]
    if hidden.shape[0]:  # rare: runs of invisible characters between two letters
        for run in np.split(hidden, (np.diff(hidden) != 1).nonzero()[0] + 1):
            a, b = int(run[0]), int(run[-1]) + 1
            if a > 0 and b < n and classes[a - 1] & _LETTER and classes[b] & _LETTER:
                inside[a + 1 : b + 1] = True
    if marks.shape[0]:
        # Possessives: a word "s" right after an apostrophe is none ("Kyiv's").
        marks = marks[marks + 1 < n]
        alone = ((classes[marks + 1] & _S) != 0) & ~inside[marks + 1] & ~inside[marks + 3]
        inside[marks[alone] + 2] = False
    edges = (inside[1:] != inside[:-1]).nonzero()[0]
    starts, ends = edges[0::2], edges[1::2]
    upper = (classes[starts] & _UPPER).nonzero()[0]
    # No character of a word is a space (letters, apostrophes, invisible joiners).
    blanked = np.where(inside[1:-1], codes, codes.dtype.type(32)).tobytes()
    words = blanked.decode("ascii" if ascii_text else "utf-32-le").split()
    if 2 * len(words) + 1 <= _ARRAY_PARTS:
        return words, starts.tolist(), ends.tolist(), upper
    # A long text's offsets as machine integers (8 bytes each, not a Python int and a list
    # slot: a 5 MB text has 800,000 words).
    return words, array("q", starts.astype(np.int64)), array("q", ends.astype(np.int64)), upper



def _split_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """Words and offsets of a short text, by the word pattern (split in C)."""
    parts = _SPLIT.split(text)
    offsets = list(itertools.accumulate(map(len, parts)))
    words = parts[1::2]
    starts = offsets[0::2][: len(words)]
    ends = offsets[1::2]
    # Possessives: "Kyiv's" is the token "Kyiv" (a short text has few: deleted in place).
    k = -1
    drop: list[int] = []
    while True:  # list.index scans at C speed; a text has few "s" words
        try:
            k = words.index("s", k + 1)
        except ValueError:
            break
        if starts[k] and text[starts[k] - 1] in "'’":
            drop.append(k)
    for k in reversed(drop):
        del words[k], starts[k], ends[k]
    return words, starts, ends
