"""Names not located at all: :func:`warn_unnamed` tells the user of a name the words
around it call a place ("the town of Maungdaw", "the Kinburn Spit") that no toponym
covers, rather than silence (:func:`called_places` finds them).

(The bare repeats of a name read by its spelling take its reading in resolution:
:func:`geo.text.introduced.as_spelt`.)
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym

__all__ = ["called_places", "warn_unnamed"]

log = logging.getLogger(__name__)


#: A name the words around it call a place: "the town of X", "X district", "the X Spit".
_CALLED_A_PLACE = re.compile(
    r"\b(?:town|village|city|settlement|hamlet|port)\s+of\s+(?P<of>[A-Z][\w'’-]+)"
    r"|(?P<lower>[A-Z][\w'’-]+)\s+(?:district|raion|region|oblast|province)\b"
    r"|(?P<head>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+"
    r"(?:District|Spit|Peninsula|Island|Islands|Raion|Oblast))\b"
)
#: The words one of whose occurrences every match of :data:`_CALLED_A_PLACE` holds: a
#: match of its first form starts at one of the first six, of its others ends at one of
#: the rest ("Islands" holds "Island").
_OPENING_WORDS = ("town", "village", "city", "settlement", "hamlet", "port")
_CLOSING_WORDS = (
    *("district", "raion", "region", "oblast", "province"),
    *("District", "Spit", "Peninsula", "Island", "Raion", "Oblast"),
)
#: A character no name before a closing word holds (a name's words and the spaces
#: between them are all a match holds before its closing word).
_OUTSIDE_NAME = re.compile(r"[^\w'’\s-]")
_CAPITAL = re.compile(r"[A-Z]")
#: A closing word's name is looked back for this far first (then twice as far ...).
_LOOK_BACK = 128


def _occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (start, end) of each occurrence of each of ``words`` in ``text`` (str.find: a
    fast scan per word)."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            found.append((i, i + len(word)))
            i = text.find(word, i + 1)
    return found


def _name_start(text: str, end: int) -> int:
    """Where the run of name characters (word characters, apostrophes, hyphens and
    spaces) that ends at ``end`` starts."""
    reach = _LOOK_BACK
    while True:
        lo = max(0, end - reach)
        found = None
        for found in _OUTSIDE_NAME.finditer(text, lo, end):  # noqa: B007  (the last one)
            pass
        if found is not None:
            return found.end()
        if lo == 0:
            return 0
        reach *= 2


def called_places(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_CALLED_A_PLACE` in ``text``, as ``finditer`` gives them,
    trying the pattern only where one can start: at an opening word, or at a capital in
    the name run before a closing word (a scan of the whole text by the pattern tries
    every character; most texts hold few of these words).

    Examples
    --------
    >>> [m.group() for m in called_places("We left the town of Izium and the Kinburn Spit.")]
    ['town of Izium', 'Kinburn Spit']
    """
    n = len(text)
    # An opening word starts a match only with a space after it ("town of").
    starts = {s for s, e in _occurrences(text, _OPENING_WORDS) if e < n and text[e].isspace()}
    for end, _ in _occurrences(text, _CLOSING_WORDS):
        starts.update(m.start() for m in _CAPITAL.finditer(text, _name_start(text, end), end))
    found: list[re.Match[str]] = []
    pos = 0
    for s in sorted(starts):
        if s < pos:
            continue
        m = _CALLED_A_PLACE.match(text, s)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


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
    for m in called_places(text):
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
