"""A measured-from name its own sentence puts in a country, against the text's context.

"Heavy fighting continued about 10 km east of Huliaipole, the Ukrainian General Staff
said", closing a story from Congo: the text's places all lie in Congo, so resolution
takes Huliaipole for a stray namesake of a Congolese village the gazetteer lacks (the
rule that keeps Blida, Algeria, out of a story of south Lebanon) and leaves it without a
place.  But the sentence itself says where it is: a distance, a bearing or "near"
measured from the name (:func:`geo.text.readings.names_a_point`) and the country named
in the same sentence by its demonym ("the Ukrainian General Staff"; a country named
outright is one of the text's places and keeps its towns home already).
:func:`sentence_countries` reads such a name, left without a place, as its best-ranked
candidate in that country, when none of the text's places lies in it (there,
resolution has chosen among the namesakes: a far village of a focused text is left out
on purpose); every other reading stays as resolution made it.

An armed group of one war in the sentence puts a name there too ("The Rapid Support
Forces took Bara": Sudan's, :func:`geo.text.country_groups.group_homes`), then a clause's
opening country ("in Mali, fighters hit A, B and C") and a unit word ("Kani township"),
:mod:`geo.text.country_clauses`, run last.

Cost: for each such unresolved name, a look at its own sentence (bounded).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .country_clauses import clause_countries, unit_strays
from .country_groups import group_homes
from .lexicon.demonyms import DEMONYMS
from .ranking import first_readings
from .readings import names_a_point
from .tokens import Mention

__all__ = ["sentence_countries"]

#: The reading's score: a stated country, no more than an even chance for the town.
SCORE = 0.5
#: Characters read either side of a name for its sentence (a bounded look).
_REACH = 300
_END = re.compile(r"[.!?]\s|\n")
_WORD = re.compile(r"[A-Z][\w'’-]*")


def sentence_countries(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each unresolved name measured from in a sentence naming a
    country read as its best-ranked candidate there, then each name its sentence's armed
    group places (module docstring)."""
    out = list(resolved)
    homes: frozenset[str] | None = None  # the countries of the text's places, read once
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is not None or m.unknown or m.fuzzy or m.actor or not m.candidates:
            continue
        if not names_a_point(text, m.start):
            continue
        if homes is None:
            homes = frozenset(gaz.country_code(r) for r, _ in resolved if r is not None)
        # A country the text's places lie in already: resolution chose among its
        # namesakes there (a far village of a focused text is left out on purpose).
        named = _countries_named(text, m.start, m.end) - homes
        if not named:
            continue
        for match in _ranked(gaz, mentions, k):
            if gaz.is_place(match) and gaz.country_code(match) in named:
                out[k] = (match, SCORE)
                break
    out = group_homes(text, gaz, mentions, out)
    return unit_strays(text, gaz, mentions, clause_countries(text, gaz, mentions, out))


def _ranked(gaz: Gazetteer, mentions: Sequence[Mention], k: int) -> list[int]:
    """The mention's candidate records, its context-free first reading first."""
    first = first_readings(gaz, mentions, [k]).get(k)
    rest = [c.record for c in mentions[k].candidates if c.record != first]
    return rest if first is None else [first, *rest]


def _countries_named(text: str, start: int, end: int) -> frozenset[str]:
    """The ISO codes of the countries the sentence around ``[start, end)`` names by
    demonym ("the Ukrainian General Staff")."""
    lo = max(0, start - _REACH)
    ends = [cut.end() for cut in _END.finditer(text, lo, start)]
    begin = ends[-1] if ends else lo
    tail = _END.search(text, end, min(len(text), end + _REACH))
    stop = tail.start() if tail is not None else min(len(text), end + _REACH)
    words = _WORD.findall(text, begin, stop)
    return frozenset(DEMONYMS[w.lower()] for w in words if w.lower() in DEMONYMS)
