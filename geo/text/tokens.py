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
from itertools import chain, compress, count
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

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
# Above this many possessives the token lists are rebuilt once instead of deleted from
# one at a time (each deletion moves the rest of the list: quadratic in a long text).
_DELETE_ONE_BY_ONE = 32
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


_first = itemgetter(0)
_new_token = tuple.__new__  # skips the NamedTuple's Python-level __new__


class _Tokens(Sequence[Token]):
    """The tokens of a text, each built when first asked for.

    Splitting the text is done in C; a parser then asks only for the capitalised
    words (:attr:`capitalized`) and their neighbours, so most lowercase words never
    become :class:`Token` objects.
    """

    __slots__ = ("_built", "_text", "capitalized", "ends", "starts", "words")

    def __init__(self, text: str) -> None:
        parts = _SPLIT.split(text)
        # Offsets of a long text as machine integers (8 bytes each, not a Python int and
        # a list slot: a 5 MB text has 1.6 million parts); a news article's as a list,
        # quicker to build and read.
        lengths = itertools.accumulate(map(len, parts))
        offsets = array("q", lengths) if len(parts) > _ARRAY_PARTS else list(lengths)
        words = parts[1::2]
        del parts  # the gaps (most are shared one-character strings) go now
        starts = offsets[0::2][: len(words)]
        ends = offsets[1::2]
        del offsets
        # Possessives: "Kyiv's" is the token "Kyiv".
        drop: list[int] = []
        k = -1
        while True:  # list.index scans at C speed; a text has few "s" words
            try:
                k = words.index("s", k + 1)
            except ValueError:
                break
            if starts[k] and text[starts[k] - 1] in "'’":
                drop.append(k)
        if len(drop) <= _DELETE_ONE_BY_ONE:
            for k in reversed(drop):  # a few: each deletion one move at C speed
                del words[k], starts[k], ends[k]
        else:  # many (a long text): keep the runs between them, sliced at C speed
            bounds = list(zip([-1, *drop], [*drop, len(words)], strict=True))
            words = list(chain.from_iterable(words[a + 1 : b] for a, b in bounds))
            starts = array("q", chain.from_iterable(starts[a + 1 : b] for a, b in bounds))
            ends = array("q", chain.from_iterable(ends[a + 1 : b] for a, b in bounds))
        self._text = text
        self.words = words
        self.starts = starts
        self.ends = ends
        self._built: list[Token | None] = [None] * len(words)
        # The capitalised words, found at C speed (a text is mostly lowercase words);
        # a French elision before a capital ("d'Ivoire") only where the text has one.
        if not _has_elision(text):
            self.capitalized = list(compress(count(), map(str.isupper, map(_first, words))))
        else:
            self.capitalized = [
                k
                for k, w in enumerate(words)
                if w[0].isupper() or (w[1:2] in ("'", "’") and _is_capitalized(w))
            ]

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token]) -> _Tokens:
        """Wrap tokens already made (by :func:`tokenize`)."""
        self = cls.__new__(cls)
        self._text = text
        self.words = [t.text for t in tokens]
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        self._built = list(tokens)
        self.capitalized = [k for k, t in enumerate(tokens) if t.capitalized]
        return self

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i):  # type: ignore[override]
        if type(i) is slice:
            return [self[k] for k in range(*i.indices(len(self.words)))]
        token = self._built[i]
        if token is None:
            token = self._built[i] = self._build(i if i >= 0 else i + len(self.words))
        return token

    def _build(self, i: int) -> Token:
        word, start = self.words[i], self.starts[i]
        if word[0].isupper() or _is_capitalized(word):
            capitalized = True
            if i == 0:
                initial = True
            else:
                gap = self._text[self.ends[i - 1] : start]
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
        return _new_token(Token, (start, self.ends[i], word, _norm(word), capitalized, initial))


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
            words = [tokens[k] for k in range(a, b) if len(tokens[k].text) >= 3]
            if len(words) >= 2 and sum(t.capitalized for t in words) >= 0.7 * len(words):
                out.update(range(a, b))
        line_start = line_end + 1
    return out


def _joinable(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] in _JOIN_GAPS
