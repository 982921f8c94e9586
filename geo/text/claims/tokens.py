"""Claims stage 1b, tokens: the words, numbers and punctuation of a sentence.

:func:`tokenize` gives the tokens of a text, :func:`tokenize_between` those of a
sentence (a sentence at a time: memory stays flat), both linear in what they read.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate
from typing import NamedTuple

__all__ = ["RUN_LIMIT", "_TOKEN", "_Tok", "tokenize", "tokenize_between"]


#: Initials ("U.S."), words with their joined parts and a closing apostrophe ("rebels'"),
#: numbers ("5,000"), any other character. Written for ``re``'s speed, with the
#: matches of ``(?:[A-Z]\.){2,}|[^\W\d_]+(?:[’'\-][^\W\d_]+)*(?:[’'](?=...))?|
#: \d[\d,.]*\d|\d|[^\s]``: the initials start with their capital (no group set up at
#: every token), the word's runs are possessive (what follows them is optional, so
#: they are never given back) and a number is a digit and an optional tail.
_TOKEN = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+|[^\W\d_]++(?:[’'\-][^\W\d_]+)*+(?:[’'](?=\s|$|[,.;:!?—–)]))?"
    r"|\d(?:[\d,.]*\d)?|[^\s]"
)


class _Tok(NamedTuple):
    start: int
    end: int
    text: str


def tokenize(text: str, offset: int = 0) -> list[_Tok]:
    """Word, number and punctuation tokens of ``text`` with offsets (plus ``offset``).

    Examples
    --------
    >>> [t.text for t in tokenize("Russia's army said 3,000 U.S. troops—")]
    ["Russia's", 'army', 'said', '3,000', 'U.S.', 'troops', '—']
    """
    # See ``tokenize_between``: no Python code runs per token.
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=offset))
    return list(map(_new_tok, zip(offsets[1:-1:2], offsets[2::2], parts[1::2], strict=True)))


def tokenize_between(text: str, start: int, end: int) -> list[_Tok]:
    """The tokens of ``text`` that lie within ``start``..``end`` (offsets into ``text``),
    the same as :func:`tokenize` of the whole text would give there when ``start`` is
    not inside a token (a sentence's start): a sentence at a time, memory stays flat.

    Examples
    --------
    >>> [t.text for t in tokenize_between("Kyiv said. Moscow denied it.", 11, 28)]
    ['Moscow', 'denied', 'it', '.']
    >>> [t.text for t in tokenize_between("It cost 5,000 rebels' lives", 0, 10)]
    ['It', 'cost']
    """
    # The window is cut at its spaces (a token never holds one, and no match attempt of
    # ``_TOKEN`` reads past the first space after where it starts, a piece's end reads
    # as a space or as the window's end): most pieces are one word of letters, a token
    # as it stands ("said"); the pattern reads only the others ("Kyiv.", "5,000", "").
    out: list[_Tok] = []
    append, split, new = out.append, _TOKEN_SPLIT.split, tuple.__new__
    pos = start
    for part in text[start:end].split(" "):
        n = len(part)
        if part.isalpha():  # letters only: what ``[^\W\d_]++`` reads, a token of its own
            append(new(_Tok, (pos, pos + n, part)))
        elif part[:-1].isalpha() and part[-1] in _AROUND_WORDS:
            # A word and one mark ("said,", "Kyiv."), the commonest of the pieces below.
            append(new(_Tok, (pos, pos + n - 1, part[:-1])))
            append(new(_Tok, (pos + n - 1, pos + n, part[-1])))
        elif (core := part.strip(_AROUND_WORDS)).isalpha():
            # A word between punctuation ("Kyiv.", "“Russia", "(AP),"): each mark is a
            # token of its own, and none joins the word (no apostrophe, no hyphen).
            a = part.index(core)
            b = a + len(core)
            for k in range(a):
                append(new(_Tok, (pos + k, pos + k + 1, part[k])))
            append(new(_Tok, (pos + a, pos + b, core)))
            for k in range(b, n):
                append(new(_Tok, (pos + k, pos + k + 1, part[k])))
        elif part:
            # ``split`` with the pattern as a group gives the runs between the tokens and
            # the tokens, alternately: their offsets are the running sums of their lengths.
            parts = split(part)
            offsets = list(accumulate(map(len, parts), initial=pos))
            out += map(_new_tok, zip(offsets[1:-1:2], offsets[2::2], parts[1::2], strict=True))
        pos += n + 1
    if out and out[-1].end == end and end < len(text) and not text[end].isspace():
        # A token never holds a space, and no match attempt reads past the first space
        # after where it starts: only the last run of non-space characters may differ
        # from what the whole text gives ("5,000" cut at ``end``, "rebels'" before a
        # letter), and only when that run goes on after ``end`` (a sentence ends at a
        # space or at the end of the text, where nothing differs). That run is read
        # again on the whole text, up to the space that ends it (the matches are the
        # same there), or up to :data:`RUN_LIMIT` characters past ``end`` when it goes
        # on further (hostile input, a sentence cut inside a run: reading the whole run
        # for every cut would be quadratic in its length).
        k = len(out) - 1
        while k and out[k - 1].end == out[k].start:
            k -= 1
        pos = out[k].start
        del out[k:]
        space = _SPACE.search(text, end, end + RUN_LIMIT)
        stop = space.end() if space else min(len(text), end + RUN_LIMIT)
        for m in _TOKEN.finditer(text, pos, stop):
            if m.start() >= end:
                break
            if m.end() <= end:
                out.append(new(_Tok, (m.start(), m.end(), m.group())))
    return out


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
#: How far past a window's end :func:`tokenize_between` reads a run of non-space
#: characters that goes on after it (characters); longer runs read as cut there.
RUN_LIMIT = 1500
_SPACE = re.compile(r"\s")
#: Punctuation each character of which is a token of its own next to a word (no word
#: character, no apostrophe or hyphen, which may join a word's parts).
_AROUND_WORDS = ',.;:!?()[]“”"‘«»—–…'
#: (start, end, text) -> a token, in C (``tuple.__new__`` skips the NamedTuple's
#: Python-level constructor).
_new_tok = partial(tuple.__new__, _Tok)
