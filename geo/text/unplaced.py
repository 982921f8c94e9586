"""Names read by their spelling or not located at all: their repeats and a warning.

- :func:`repeat_spelt` (after resolution) gives the bare repeats of a name read by its
  spelling the first reading ("the port of Hodeidah ... 70 nautical miles west of
  Hodeidah": a statement about the repeat is measured from the same place);
- :func:`warn_unnamed` tells the user of a name the words around it call a place ("the
  town of Maungdaw", "the Kinburn Spit") that no toponym covers, rather than silence.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym

__all__ = ["repeat_spelt", "warn_unnamed"]

log = logging.getLogger(__name__)


#: The capitalised word right before a name, one space between.
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")
#: Capitalised words that open a sentence before a name, no part of it.
_OPENERS = frozenset("the in at on of near from to and but a an for off by outside".split())


def repeat_spelt(text: str, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """The toponyms with every bare repeat of a name read by its spelling added, at the
    place its first reading took ("the port of Hodeidah ... 70 nautical miles west of
    Hodeidah": a close spelling the recogniser took where a cue supported it, and left
    out where none did).  A statement about the repeat ("70 nautical miles west of X")
    then uses the same resolution as the name's first mention.

    Returns
    -------
    tuple of Toponym
        In text order; a repeat is a copy of the first fuzzy reading of its surface
        (case-sensitive, whole words) at its own offsets, cue "repeat".  Cost: one search
        of the text per distinct surface read by spelling.
    """
    first: dict[str, Toponym] = {}
    for t in toponyms:
        if t.fuzzy and t.place is not None and not t.metonymic:
            first.setdefault(t.text, t)
    if not first:
        return tuple(toponyms)
    taken = sorted((t.start, t.end) for t in toponyms)
    added: list[Toponym] = []
    for surface, t in first.items():
        # Whole words, not inside a longer capitalised name ("Wotton Road", "Port Hodeidah").
        pattern = rf"(?<![\w-]){re.escape(surface)}(?![\w-])(?! [A-Z])"
        for m in re.finditer(pattern, text):
            s, e = m.span()
            word = _WORD_BEFORE.search(text, max(0, s - 24), s)
            if word is not None and word.group(1).lower() not in _OPENERS:
                continue
            k = bisect_right(taken, (s, e))
            if (k and taken[k - 1][1] > s) or (k < len(taken) and taken[k][0] < e):
                continue  # a toponym already covers it
            added.append(replace(t, start=s, end=e, cue="repeat"))
    if not added:
        return tuple(toponyms)
    return tuple(sorted([*toponyms, *added], key=lambda t: (t.start, t.end)))


#: A name the words around it call a place: "the town of X", "X district", "the X Spit".
_CALLED_A_PLACE = re.compile(
    r"\b(?:town|village|city|settlement|hamlet|port)\s+of\s+(?P<of>[A-Z][\w'’-]+)"
    r"|(?P<lower>[A-Z][\w'’-]+)\s+(?:district|raion|region|oblast|province)\b"
    r"|(?P<head>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+"
    r"(?:District|Spit|Peninsula|Island|Islands|Raion|Oblast))\b"
)
#: Every match of :data:`_CALLED_A_PLACE` starts at one of these words ("the town of X")
#: or holds one of the others after a space ("X district", "the X Spit"; "Island" in
#: "Islands", "region" as a part of a longer word too: more places are tried, never fewer).
_OPENING_WORDS = ("town", "village", "city", "settlement", "hamlet", "port")
_HEAD_WORDS = ("district", "raion", "region", "oblast", "province",
               "District", "Spit", "Peninsula", "Island", "Raion", "Oblast")


def _name_char(c: str) -> bool:
    """Whether ``c`` is one of ``[\\w'’-]`` (``\\w`` as ``re`` reads it in a str)."""
    return c.isalnum() or c in "_'’-"


def _names_before(text: str, j: int, starts: set[int], seen: set[int]) -> None:
    """Add to ``starts`` every capital letter that could open the capitalised words
    ``[A-Z][\\w'’-]+\\s+`` ... ending right before ``j`` (where a head word stands).
    ``seen``: the places walked back from already (each is walked once a text)."""
    while j not in seen:
        seen.add(j)
        i = j
        while i and text[i - 1].isspace():
            i -= 1
        if i == j:
            return  # no space before: no name ends here
        r = i
        while r and _name_char(text[r - 1]):
            r -= 1
        starts.update(q for q in range(r, i) if "A" <= text[q] <= "Z")
        if r == i or not "A" <= text[r] <= "Z":
            return  # a word of the chain starts right after a space, with a capital
        j = r


def _called_a_place(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CALLED_A_PLACE.finditer(text)``, tried only where one can start.

    A match starts at an opening word or at a capital letter of the words before a head
    word: those places (a few a text, found by ``str.find``) are tried in order, each
    as the scan would (``match`` at that place sees the text before it), skipping any
    inside the match before. Same matches as the scan of every character (about 5 % of
    a ``geo parse --jsonl`` run on news), at the cost of a few searches for words."""
    starts: set[int] = set()
    for word in _OPENING_WORDS:
        starts.update(_occurrences(text, word))
    seen: set[int] = set()
    for word in _HEAD_WORDS:
        for k in _occurrences(text, word):
            _names_before(text, k, starts, seen)
    end = 0
    for p in sorted(starts):
        if p < end:
            continue
        m = _CALLED_A_PLACE.match(text, p)
        if m is not None:
            end = m.end()
            yield m


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` (overlapping occurrences included)."""
    k = text.find(word)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


#: A word this common opening such a name is the language's ("The", "Central").
_CALLED_COMMON_TOP = 2_000
_FUNCTION_TOP = 600


def warn_unnamed(text: str, gaz: Gazetteer, toponyms: Sequence[Toponym]) -> None:
    """Log a warning naming each name the words around it call a place ("the town of
    X", "the city's Saltivskyi district", "the Kinburn Spit", "the Lake District") that
    no toponym covers: the gazetteer lacks it and nothing in the text locates it, so the
    map is incomplete there; the user is told which name, rather than left with silence.
    One search of the text; each name warned about once."""
    spans = sorted((t.start, t.end) for t in toponyms)
    told: set[str] = set()
    for m in _called_a_place(text):
        group = next(g for g in ("of", "lower", "head") if m.group(g) is not None)
        s, e = m.span(group)
        name = " ".join(text[s:e].split())
        first = name.split()[0]
        rank = gaz.common_rank(normalize(first))
        # A head word ("Spit", "District") makes a name of common words ("the Lake
        # District"), not of the language's own ("The District").
        top = _FUNCTION_TOP if group == "head" else _CALLED_COMMON_TOP
        if name in told or len(first) < 4 or (rank is not None and rank < top):
            continue
        k = bisect_right(spans, (s, e))
        if (k and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e):
            continue  # a toponym covers it
        told.add(name)
        log.warning(
            "%r (characters %d-%d) reads as a place but is not in the gazetteer and nothing "
            "in the text locates it",
            name,
            s,
            e,
        )
