"""Stage 0 of the geoparser: word tokens, and the records the stages pass along.

:func:`tokenize` gives word tokens with character offsets (:class:`Token`);
:class:`Mention` is a recognised place name, filled in by the later stages
(candidates, containers, list siblings) before resolution.  The text is split into
words (in C) by :mod:`geo.text.word_spans`; :class:`_Tokens` makes a token of a word
only when a stage asks for it.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from ..gazetteer.index import Candidate
from ..gazetteer.normalize import normalize
from .list_siblings import renumber_siblings
from .word_spans import _SPLIT_BELOW, _has_elision, _span_words, _split_words
from .word_spans import _WORD as _WORD  # what the tokenizer tests read

if TYPE_CHECKING:
    from .hints import Negation

__all__ = ["Mention", "Token", "tokenize", "without_mentions"]

_JOIN_GAPS = frozenset({" ", "-", ".", ". ", "‐", "–"})
_SENTENCE_END = frozenset('.!?:;\n"“”«»()[]')
_OPENERS = " \t'\"‘“«("
#: Time zones a live blog's entry time stamp ends with ("10:30 GMT – ...").
_TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST MSK EST EDT ET PST PDT".split())


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
    # Indexes of the other names in its list ("A, B and C"), in order: a view of the list
    # all its names share (:class:`geo.text.list_siblings.Siblings`), or a tuple.
    siblings: Sequence[int] = ()
    # What the words around it say it is: "region" ("Oklahoma lawmakers", "the state's")
    # or "city" ("the city's mayor"), "country" ("the border with Niger"), "home" ("they
    # live in Poltava": the city a region is named after), "" when they say nothing.
    reading: str = ""
    # Candidates spelt like the name, not exactly it ("Hodeidah", "Karkhiv"): taken
    # only where the text's other places support them.
    fuzzy: bool = False
    # A capitalised name the gazetteer lacks: kept only when a hint locates it.
    unknown: bool = False
    # A bare repeat of a name read by its spelling: it takes that name's reading
    # (:func:`geo.text.introduced.as_spelt`), whatever its own words would give.
    repeat: bool = False
    # Where the text says it is not ("not to be confused with the town of the same name
    # north-east of Y": :class:`geo.text.hints.Negation`), set by the hints stage.
    against: tuple[Negation, ...] = ()
    # A namesake named to be told apart from another mention of its name ("..., not to be
    # confused with the town of X"): read on its own, not with that name's other mentions.
    apart: bool = False
    # An agency's or wire's dateline ("MOSCOW, March 3. /TASS/.", "KYIV, Ukraine (AP) —"):
    # where the story was filed, no neighbour of the places it reports.
    dateline: bool = False
    # A country named as a state acting ("Russia said", "Russia's Defense Ministry",
    # "Russia captured"): a party to what happens, no sign of where it happens.
    actor: bool = False
    # Candidates in a region where the war is fought, in a text about fighting
    # (:func:`geo.text.front.mark_front`): a reading the front-line prior favours.
    front: frozenset[int] = frozenset()
    # Its containers are a country a demonym beside it states ("the Lebanese city of
    # Tripoli"): they say where this mention lies, not where the name's repeats do.
    by_demonym: bool = False

    def told_by_words(self) -> bool:
        """Do the words around the name decide its reading (what the rules after
        resolution leave alone)?  Said not to be a place, told apart from a namesake,
        read by its spelling or unknown to the gazetteer, a dateline, a state acting, or a
        region by its cue."""
        return bool(self.against or self.apart or self.fuzzy or self.unknown or self.dateline
                    or self.actor or self.cue == "region")


def without_mentions(mentions: Sequence[Mention], drop: Collection[int]) -> list[Mention]:
    """``mentions`` without those at the indexes in ``drop``, each kept list name's
    :attr:`Mention.siblings` renumbered to the new indexes (a dropped sibling left out).
    The kept mentions are changed in place (their siblings)."""
    if not drop:
        return list(mentions)
    kept = {i: n for n, i in enumerate(i for i in range(len(mentions)) if i not in drop)}
    out = [mentions[i] for i in kept]
    renumber_siblings(out, kept)  # a list's other names, by their new indexes
    return out


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets; a trailing possessive ``'s`` is left out of the token.

    Examples
    --------
    >>> [(t.text, t.initial) for t in tokenize("Troops left Kyiv's suburbs. Then")]
    [('Troops', True), ('left', False), ('Kyiv', False), ('suburbs', False), ('Then', True)]
    """
    return list(_Tokens(text))


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


_first = itemgetter(0)
_new_token = tuple.__new__  # skips the NamedTuple's Python-level __new__


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
                        # a live blog's entry heading: "10:30 GMT – Drone debris falls"
                        or (stripped[-1] in "—–-" and self._words[i - 1] in _TIME_ZONES)
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

    __slots__ = ("at", "capitalized", "ends", "remembered", "runs", "starts", "words")

    def __init__(self, text: str) -> None:
        upper = None
        if len(text) < _SPLIT_BELOW:
            words, starts, ends = _split_words(text)
        else:
            words, starts, ends, upper = _span_words(text)
        self.words = words
        self.starts = starts
        self.ends = ends
        self.runs: dict[int, tuple[int, int]] = {}
        self.remembered: dict[tuple[int, int, int], object] = {}
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
        self.runs, self.remembered = {}, {}
        at = self.at = _Built(enumerate(tokens))
        at._text, at._words, at._starts, at._ends = text, self.words, self.starts, self.ends
        self.capitalized = [k for k, t in enumerate(tokens) if t.capitalized]
        return self

    def __len__(self) -> int:
        return len(self.words)

    def capital_run(self, i: int) -> tuple[int, int]:
        """(a, b): the indexes of the first and last token of the run around token ``i``
        of capitalised words one space apart (``i`` itself need not be capitalised).

        A run of capitalised words is walked once: its bounds are kept for each of its
        words, so asking for every word of a run of N costs N, not N squared.
        """
        run = self.runs.get(i)
        if run is None:
            at, text, n = self.at, self.at._text, len(self.words)
            a = b = i
            while a > 0 and at[a - 1].capitalized and text[at[a - 1].end : at[a].start] == " ":
                a -= 1
            while b + 1 < n and at[b + 1].capitalized and text[at[b].end : at[b + 1].start] == " ":
                b += 1
            run = (a, b)
            # from any capitalised word of it the run is the same; from i only otherwise
            for k in range(a, b + 1) if at[i].capitalized else (i,):
                self.runs[k] = run
        return run

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
