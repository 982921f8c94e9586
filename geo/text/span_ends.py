"""A toponym's span as it is written: "the U.S." with its dot, "Dublin" of "Dublin City
Council".

Two kinds of span that recognition reads one way and a reader (and every annotated
corpus that marks them) another, set right after resolution; the place is unchanged:

- :func:`dotted_end`: the tokenizer makes no token of a dot, so a name written as
  letters joined by dots ("U.S.", "U.K.", "L.A.", "N.Y.") was recognised up to its last
  letter ("U.S").  The abbreviation is written with its final dot, also where the same
  dot ends the sentence ("returned to the U.S. Officials said").  Only names of dotted
  groups of one to four letters with a dot inside are moved ("U.S", "W.Va"; "u.s" of a
  lower-case text); a name written without inner dots ("US", "Calif") is left as written.
- :func:`city_body_end`: "City" before a town body's word ("Dublin City Council", "the
  Springfield City Manager", "Alexandria City Public Schools") is the body's, where the
  place read is named without it; a place whose own name ends in "City" ("Boulder City
  Council", "Kansas City Council") keeps it.  (The reading stays the one "X City" gave:
  re-reading X alone took Egypt's Alexandria for "Alexandria City Public Schools".)

"State" between a US state's name and a body's ("Kentucky State Police") is left in the
span: the claims' speaker phrase reads the body's name from the toponym's end ("Kentucky
State Troopers" became "State Troopers").

Cost: one look at the characters after each toponym that has a dot or ends in "City".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.normalize import normalize
from ..model import Toponym
from .town_offices import TOWN_BODY

__all__ = ["city_body_end", "dotted_end", "span_ends"]

#: Letter groups of one to four letters joined by dots, a dot inside: "U.S", "W.Va"; or
#: single small letters so, read from a caseless text's restored copy ("u.s").
_DOTTED = re.compile(r"(?:[A-Z][a-z]{0,3}\.)+[A-Z][a-z]{0,3}|(?:[a-z]\.)+[a-z]")
_CITY = " City"
_TOWN_BODY = TOWN_BODY  # a town body's own words after "City" (geo.text.town_offices)


def dotted_end(text: str, t: Toponym) -> int:
    """The end of ``t`` past the dot after a dotted abbreviation ("U.S" -> "U.S."), else
    its own end (character offsets into ``text``)."""
    if "." in t.text and text[t.end : t.end + 1] == "." and _DOTTED.fullmatch(t.text):
        return t.end + 1
    return t.end


def city_body_end(text: str, t: Toponym) -> int:
    """The end of a town's name before "City" that opens a body's name ("Dublin City
    Council" -> "Dublin") where the place read is named without "City", else ``t``'s
    own end (character offsets)."""
    if (
        t.text.endswith(_CITY)
        and t.place is not None
        and _TOWN_BODY.match(text, t.end)
        and normalize(t.text[: -len(_CITY)]) == normalize(t.place.name)
    ):
        return t.end - len(_CITY)
    return t.end


def span_ends(text: str, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` with each span ending where its name ends as written.

    Parameters
    ----------
    text : str
        The analysed text (``text[t.start:t.end] == t.text``).
    toponyms : sequence of Toponym
        In text order.

    Returns
    -------
    tuple of Toponym
        The same records, a span moved by :func:`dotted_end` or :func:`city_body_end` (its
        ``text`` the new span's), its place unchanged.

    Examples
    --------
    >>> text = "Troops of the U.S. Army"
    >>> [t.text for t in span_ends(text, (Toponym(14, 17, "U.S"),))]
    ['U.S.']
    >>> [t.text for t in span_ends("the US. Then", (Toponym(4, 6, "US"),))]
    ['US']
    """
    out = list(toponyms)
    for k, t in enumerate(out):
        end = city_body_end(text, t) if t.text.endswith(_CITY) else dotted_end(text, t)
        if end != t.end:
            out[k] = replace(t, end=end, text=text[t.start : end])
    return tuple(out)
