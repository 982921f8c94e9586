"""A city of note a country's bare name pulled to a small namesake in it.

"The United States held talks in Geneva", "US officials flew to Geneva", "The United
States sent envoys to Athens": a short text names a country and no other place, and
resolution weighs that country for every namesake it holds: Geneva, Illinois
(22,000) outranks Geneva, Switzerland (200,000) by it, and Athens, Georgia the capital
of Greece.  A reader takes the city of note: naming a country as a
party to talks says nothing of where the talks are.

:func:`country_pulled_namesakes` moves such a reading back to the name's city of note
abroad, when:

* the reading is a populated place whose country the text names outright (a name read
  as the country; a demonym is no such name here), never after a preposition that places
  something in it ("in the US": the text is about a place there), and not that
  country's capital ("Police in Victoria ... The Seychelles coast guard");
* no other name of the text is read as a place, county or region, in that country or any
  other: where there are others, their evidence decides ("Georgia ... Athens" keeps
  Athens, Georgia; "Plymouth ... the capital of Montserrat" keeps Montserrat's; a story
  of a rally in London, Ontario, with Aleppo and "Canada's stand", keeps Ontario's);
* the name has a candidate place in another country, called by a name at least as good,
  of at least :data:`~geo.text.sizes.CITY_OF_NOTE` people and :data:`RATIO` times the
  reading's (the first such in the name's ranking).

The words around the name decide otherwise and keep the reading: a container ("Athens,
Ga."), a demonym beside it ("the American city of Athens"), a hint with a bearing, a
"village" reading, or anything :meth:`~geo.text.tokens.Mention.told_by_words` covers.
Cost: one pass over the mentions, and the candidates of each reading looked at.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from .hints import Hint
from .sizes import CITY_OF_NOTE
from .tokens import Mention

__all__ = ["RATIO", "country_pulled_namesakes"]

#: The city of note abroad has at least this many times the reading's population.
RATIO = 5
#: Before a country's name: a preposition that places something in it ("in the US",
#: "across the United States"), no party acting.
_LOCATIVE = re.compile(
    r"\b(?:in|inside|across|throughout|within|to|into|from|around|outside|near)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_LOOK_BEHIND = 24  # characters read before a country's name


def country_pulled_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """Resolution (a ``(record or None, score)`` pair per mention) with each place read
    in a country the text only names moved to the name's city of note abroad (module
    docstring); the others unchanged."""
    out = list(resolved)
    named: set[str] = set()  # countries read as such
    located: set[str] = set()  # ... named after a preposition placing something there
    places: set[str] = set()  # the names read as places, counties or regions
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None:
            continue
        kind, cc = gaz.kind(rec), gaz.country_code(rec)
        if kind == "country":
            named.add(cc)
            if _LOCATIVE.search(text, max(0, m.start - _LOOK_BEHIND), m.start):
                located.add(cc)  # "... in the US": a place there
        elif kind != "other":
            places.add(m.key)
    if not named or len(places) != 1:
        return out  # no country, or other places whose evidence decides
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec):
            continue
        cc = gaz.country_code(rec)
        if cc not in named or cc in located or gaz.capital(cc) == rec:
            continue  # (a named country's capital is meant: "The Seychelles ... Victoria")
        if m.containers or m.demonym_country or m.reading == "village" or m.told_by_words():
            continue
        hint = hints.get(k)
        if hint is not None and hint.bearing_deg is not None:
            continue
        moved = _city_of_note(gaz, rec, m)
        if moved is not None:
            out[k] = (moved, score)
    return out


def _city_of_note(gaz: Gazetteer, rec: int, m: Mention) -> int | None:
    """The first candidate place of ``m`` in another country than ``rec``'s, called by a
    name at least as good as ``rec``, of at least ``CITY_OF_NOTE`` people and ``RATIO``
    times ``rec``'s; None when there is none."""
    quality = min((c.quality for c in m.candidates if c.record == rec), default=None)
    if quality is None:
        return None
    cc = gaz.country_code(rec)
    least = max(CITY_OF_NOTE, RATIO * gaz.population(rec))
    for c in m.candidates:
        r = c.record
        if (
            c.quality <= quality
            and gaz.is_place(r)
            and gaz.country_code(r) != cc
            and gaz.population(r) >= least
        ):
            return r
    return None
