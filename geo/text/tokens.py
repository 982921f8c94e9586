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
_CLASSES: dict[int, int] = {}  # other code points met so far -> class bits


def _char_classes(text: str) -> np.ndarray:
    """The class bits of every character of ``text``: uint8, shape (len(text),)."""
    if text.isascii():
        return _ASCII_CLASSES[np.frombuffer(text.encode("ascii"), dtype=np.uint8)]
    # One 32-bit unit per character (a lone surrogate too: it is kept, not paired).
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    small = codes < 128
    classes = np.zeros(codes.shape[0], dtype=np.uint8)
    classes[small] = _ASCII_CLASSES[codes[small]]
    other = np.flatnonzero(~small)
    distinct, where = np.unique(codes[other], return_inverse=True)
    memo = _CLASSES
    if len(memo) >= 100_000:
        memo.clear()
    bits = []
    for code in distinct.tolist():
        found = memo.get(code)
        if found is None:
            found = memo[code] = _char_class(code)
        bits.append(found)
    classes[other] = np.array(bits, dtype=np.uint8)[where]
    return classes


def _word_spans(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(character classes, word starts, word ends) of ``text``: the matches of
    :data:`_WORD`, found from the character classes instead of by the pattern.

    A word is a run of letters and of the marks that join two letters: an apostrophe
    (not one before an "s" that ends a word: "Kyiv's" is "Kyiv" and "s") and a run of
    invisible characters.
    """
    classes = _char_classes(text)
    n = classes.shape[0]
    inside = (classes & _LETTER).astype(bool)
    marks = np.flatnonzero(classes & _APOSTROPHE)
    if marks.shape[0]:
        padded = np.concatenate((classes, np.zeros(2, dtype=np.uint8)))
        before = np.where(marks > 0, padded[marks - 1], 0)
        after, then = padded[marks + 1], padded[marks + 2]
        joins = (before & after & _LETTER).astype(bool) & ~(
            (after & _S).astype(bool) & ~(then & _WORDCHAR).astype(bool)
        )
        inside[marks[joins]] = True
    hidden = np.flatnonzero(classes & _INVISIBLE)
    if hidden.shape[0]:  # rare: runs of invisible characters between two letters
        runs = np.split(hidden, np.flatnonzero(np.diff(hidden) != 1) + 1)
        for run in runs:
            a, b = int(run[0]), int(run[-1]) + 1
            if a > 0 and b < n and classes[a - 1] & _LETTER and classes[b] & _LETTER:
                inside[a:b] = True
    edges = np.flatnonzero(np.diff(inside, prepend=False, append=False))
    return classes, edges[0::2], edges[1::2]


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


def _span_words(text: str) -> tuple[list[str], Sequence[int], Sequence[int], np.ndarray]:
    """Words and offsets of a longer text, from its character classes (:func:`_word_spans`),
    and the indexes of the words that start with an upper-case letter."""
    classes, starts, ends = _word_spans(text)
    ones = np.flatnonzero(ends - starts == 1)
    if ones.shape[0]:  # possessives: "Kyiv's" is the token "Kyiv"
        at = starts[ones]
        before = np.where(at > 0, classes[at - 1], 0)
        drop = ones[((classes[at] & _S) != 0) & ((before & _APOSTROPHE) != 0)]
        if drop.shape[0]:
            keep = np.ones(starts.shape[0], dtype=bool)
            keep[drop] = False
            starts, ends = starts[keep], ends[keep]
    upper = np.flatnonzero(classes[starts] & _UPPER)
    s, e = starts.tolist(), ends.tolist()
    words = [text[a:b] for a, b in zip(s, e, strict=True)]
    if 2 * len(words) + 1 <= _ARRAY_PARTS:
        return words, s, e, upper
    # A long text's offsets as machine integers (8 bytes each, not a Python int and a list
    # slot: a 5 MB text has 800,000 words).
    del s, e
    return words, array("q", starts.astype(np.int64)), array("q", ends.astype(np.int64)), upper


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
    starts = tokens.starts
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        sentence_like = line.rstrip().endswith((".", "?", "!")) or ". " in line
        if not sentence_like and line.strip():
            a = bisect.bisect_left(starts, line_start)
            b = bisect.bisect_left(starts, line_end)
            words = [w for w in tokens.words[a:b] if len(w) >= 3]
            if len(words) >= 2 and sum(map(_is_capitalized, words)) >= 0.7 * len(words):
                out.update(range(a, b))
        line_start = line_end + 1
    return out


def _joinable(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] in _JOIN_GAPS
