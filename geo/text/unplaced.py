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
from collections.abc import Sequence
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


#: The rest of a word of a name, possessive and bounded: a run of capitalised words or one
#: long hyphenated token ("Kharkiv-Sumy-...") is read once from each start, never re-read
#: for each shorter prefix or each capital inside it (linear, not quadratic, in its length).
_WORD_REST = r"[\w'’-]{1,60}+"
#: A name the words around it call a place: "the town of X", "X district", "the X Spit".
_W = _WORD_REST
_CALLED_A_PLACE = re.compile(
    rf"\b(?:town|village|city|settlement|hamlet|port)\s+of\s+(?P<of>[A-Z]{_W})"
    rf"|(?P<lower>[A-Z]{_W})\s+(?:district|raion|region|oblast|province)\b"
    rf"|(?P<head>[A-Z]{_W}(?:\s+[A-Z]{_W}){{0,3}}\s+"
    r"(?:District|Spit|Peninsula|Island|Islands|Raion|Oblast))\b"
)
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
    for m in _CALLED_A_PLACE.finditer(text):
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
