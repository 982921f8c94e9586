"""Stage 0 of the geoparser: word tokens, and the records the stages pass along.

:func:`tokenize` gives word tokens with character offsets (:class:`Token`);
:class:`Mention` is a recognised place name, filled in by the later stages
(candidates, containers, list siblings) before resolution.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from ..gazetteer.index import Candidate
from ..gazetteer.normalize import normalize

if TYPE_CHECKING:
    from .hints import Negation

__all__ = ["Mention", "Token", "tokenize"]

# Words, with inner apostrophes ("Vinnyts'ka") but not a possessive "'s" ("Kyiv's").
# Invisible characters inside a word (zero-width space/joiners, word joiner, soft
# hyphen: "Ky\u200biv") keep it one word; normalisation drops them.
_WORD = re.compile(r"[^\W\d_]+(?:(?:['’](?!s\b)|[\u200b-\u200d\u2060\u00ad]+)[^\W\d_]+)*")
_JOIN_GAPS = frozenset({" ", "-", ".", ". ", "‐", "–"})
_SENTENCE_END = frozenset('.!?:;\n"“”«»()[]')
_OPENERS = " \t'\"‘“«("


class Token(NamedTuple):
    """A word of the text: offsets, normalised form, capitalisation, sentence start."""

    start: int
    end: int
    text: str
    norm: str
    capitalized: bool
    initial: bool  # a capitalised first word of a sentence, line or quotation


@dataclass(slots=True)
class Mention:
    """A recognised place name before resolution."""

    start: int
    end: int
    key: str  # normalised name looked up in the gazetteer
    first: int  # token indexes
    last: int
    cue: str = ""  # "region", "city", "in", "demonym", "container"
    # An explicit container, as (country code, admin-1 code or ""): "Alexandria, La." ->
    # (("US", "LA"),); every reading of an ambiguous one ("Athens, Georgia").
    containers: tuple[tuple[str, str], ...] = ()
    demonym_country: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    siblings: tuple[int, ...] = ()  # indexes of the other names in its list ("A, B and C")
    # What the words around it say it is: "region" ("Oklahoma lawmakers", "the state's")
    # or "city" ("the city's mayor"), "" when they say nothing.
    reading: str = ""
    # Candidates spelt like the name, not exactly it ("Hodeidah", "Karkhiv"): taken
    # only where the text's other places support them.
    fuzzy: bool = False
    # A capitalised name the gazetteer lacks: kept only when a hint locates it.
    unknown: bool = False
    # Where the text says it is not ("not to be confused with the town of the same name
    # north-east of Y": :class:`geo.text.hints.Negation`), set by the hints stage.
    against: tuple[Negation, ...] = ()
    # A namesake named to be told apart from another mention of its name ("..., not to be
    # confused with the town of X"): read on its own, not with that name's other mentions.
    apart: bool = False


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets; a trailing possessive ``'s`` is left out of the token.

    Examples
    --------
    >>> [(t.text, t.initial) for t in tokenize("Troops left Kyiv's suburbs. Then")]
    [('Troops', True), ('left', False), ('Kyiv', False), ('suburbs', False), ('Then', True)]
    """
    return list(_Tokens(text))


# The word pattern as a capturing group: re.split() returns the gaps and the words.
_SPLIT = re.compile(f"({_WORD.pattern})")


_NORMS: dict[str, str] = {}  # word -> normalised form: texts repeat their words


def _norm(word: str) -> str:
    norm = _NORMS.get(word)
    if norm is None:
        if len(_NORMS) >= 200_000:
            _NORMS.clear()
        if word.isascii():
            norm = word.lower().replace("'", "") if "'" in word else word.lower()
        else:
            norm = normalize(word)
        _NORMS[word] = norm
    return norm


def _is_capitalized(word: str) -> bool:
    return word[0].isupper() or (
        # a French elision before a capitalised name: "Côte d'Ivoire", "Val-d'Oise"
        word[0] in "dlDL" and len(word) > 2 and word[1] in "'’" and word[2].isupper()
    )


_ARRAY_PARTS = 1 << 16  # above: offsets in an array (long texts)
# Below this many characters a text is split by the word pattern; above, by the character
# classes (:func:`_word_spans`): a few array operations, then one slice per word.
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


_first = itemgetter(0)
_new_token = tuple.__new__  # skips the NamedTuple's Python-level __new__


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


class _Built(dict):
    """The tokens of a text built so far, by index; one not yet built is built when first
    asked for.  ``tokens.at[k]`` (``0 <= k < len(tokens)``) is a dictionary look-up at C
    speed: the recogniser asks for the same few tokens around each capitalised word."""

    __slots__ = ("_ends", "_starts", "_text", "_words")

    def __missing__(self, i: int) -> Token:
        word, start, ends = self._words[i], self._starts[i], self._ends
        first = word[0]
        # Token.capitalized: _is_capitalized(word), inlined (most words are not).
        if first.isupper() or (
            first in "dlDL" and len(word) > 2 and word[1] in "'’" and word[2].isupper()
        ):
            capitalized = True
            if i == 0:
                initial = True
            else:
                gap = self._text[ends[i - 1] : start]
                if "\n" in gap:
                    initial = True
                else:
                    stripped = gap.rstrip(_OPENERS)
                    initial = bool(stripped) and (
                        stripped[-1] in _SENTENCE_END
                        # after an AP or agency dateline: "BANGOR, Maine (AP) — Snow ..."
                        or (stripped[-1] in "—–-" and ")" in stripped)
                    )
        else:
            capitalized = initial = False  # initial is only asked of capitalised words
        norm = _NORMS.get(word) or _norm(word)
        token = self[i] = _new_token(Token, (start, ends[i], word, norm, capitalized, initial))
        return token


class _Tokens(Sequence[Token]):
    """The tokens of a text, each built when first asked for.

    Splitting the text is done in C (a short text by the word pattern, a longer one from
    its character classes); a parser then asks only for the capitalised words
    (:attr:`capitalized`) and their neighbours (:attr:`at`), so most lowercase words
    never become :class:`Token` objects.
    """

    __slots__ = ("at", "capitalized", "ends", "starts", "words")

    def __init__(self, text: str) -> None:
        upper = None
        if len(text) < _SPLIT_BELOW:
            words, starts, ends = _split_words(text)
        else:
            words, starts, ends, upper = _span_words(text)
        self.words = words
        self.starts = starts
        self.ends = ends
        at = self.at = _Built()
        at._text, at._words, at._starts, at._ends = text, words, starts, ends
        # The capitalised words, found at C speed (a text is mostly lowercase words);
        # a French elision before a capital ("d'Ivoire") only where the text has one.
        if _has_elision(text):
            self.capitalized = [
                k
                for k, w in enumerate(words)
                if w[0].isupper() or (w[1:2] in ("'", "’") and _is_capitalized(w))
            ]
        elif upper is not None:
            self.capitalized = upper.tolist()
        else:
            self.capitalized = list(compress(count(), map(str.isupper, map(_first, words))))

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token]) -> _Tokens:
        """Wrap tokens already made (by :func:`tokenize`)."""
        self = cls.__new__(cls)
        self.words = [t.text for t in tokens]
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        at = self.at = _Built(enumerate(tokens))
        at._text, at._words, at._starts, at._ends = text, self.words, self.starts, self.ends
        self.capitalized = [k for k, t in enumerate(tokens) if t.capitalized]
        return self

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i):  # type: ignore[override]
        if type(i) is slice:
            return [self.at[k] for k in range(*i.indices(len(self.words)))]
        if i < 0:
            i += len(self.words)
            if i < 0:
                raise IndexError("token index out of range")
        return self.at[i]


def _title_case_lines(text: str, tokens: _Tokens) -> set[int]:
    """Indexes of tokens on headline-like lines.

    A headline has most words of 3+ letters capitalised and no sentence punctuation.
    """
    out: set[int] = set()
    starts, words, capitalized = tokens.starts, tokens.words, tokens.capitalized
    long_enough = (3).__le__  # counted in C: map(long_enough, map(len, ...))
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        sentence_like = line.rstrip().endswith((".", "?", "!")) or ". " in line
        if not sentence_like and line.strip():
            a = bisect.bisect_left(starts, line_start)
            b = bisect.bisect_left(starts, line_end)
            n_long = sum(map(long_enough, map(len, words[a:b])))
            if n_long >= 2:
                # The capitalised words of 3+ letters among them (capitalized: the indexes
                # of the tokens that are, in order).
                ca = bisect.bisect_left(capitalized, a)
                cb = bisect.bisect_left(capitalized, b)
                caps = capitalized[ca:cb]
                n_caps = sum(map(long_enough, map(len, map(words.__getitem__, caps))))
                if n_caps >= 0.7 * n_long:
                    out.update(range(a, b))
        line_start = line_end + 1
    return out


def _joinable(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] in _JOIN_GAPS
