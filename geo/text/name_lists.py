"""Is a capitalised name the gazetteer lacks a name of a list with a place?

"Karkhiv and Izium", "Bani Suhaila, Khan Younis": a name right after a mention and a
list's gap, or before a gap and a capitalised word the gazetteer has, is listed with a
place (recognition, :func:`geo.text.spellings.unknown_name`).  Split from
:mod:`geo.text.spellings` along its stages.  Cost: a few string comparisons and at
most three look-ups a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .tokens import Mention, _norm

__all__ = ["listed_name"]

#: The gaps between two names of a list, before the second ("near Toretsk itself and
#: Dyliivka": the town a direction is named after, then its villages).
_LIST_BEFORE = (", ", " and ", ", and ", " or ", " itself and ", " itself, ", " itself, and ")
#: The capitalised words a name goes on with after the part of it that was read.
_NAME_GOES_ON = re.compile(r"(?: [A-Z][\w'’-]*){1,2}")
# "Karkhiv and nearby Izium", "Bani Suhaila, Khan Younis": a list goes on after the name.
_LIST_AFTER = re.compile(r"(?:,|,? and|,? or) (?:nearby |neighbouring |neighboring )?[A-Z]")


def listed_name(
    text: str,
    start: int,
    end: int,
    following: Sequence[str],
    gaz: Gazetteer,
    mentions: Sequence[Mention],
) -> bool:
    """Is the name at ``[start, end)`` listed with a place: right after the last of
    ``mentions`` (or, for one only spelt like a place, the capitalised words its name
    goes on with) and a list's gap, or
    before a gap and one of the ``following`` words (a few, after the name) that is
    capitalised and starts a name the gazetteer has?"""
    listed = bool(mentions) and any(
        text[start - len(gap) : start] == gap
        and (
            mentions[-1].end == start - len(gap)
            # "through Kerem Shalom and Zikim": the name before read shorter than written
            # ("Kerem", only spelt like a place), a name the gazetteer lacks too
            or (mentions[-1].fuzzy and _goes_on(text, mentions[-1].end, start - len(gap)))
        )
        for gap in _LIST_BEFORE
    )
    if not listed and _LIST_AFTER.match(text, end) is not None:
        listed = any(w[0].isupper() and any(gaz.probe_normalized(_norm(w))) for w in following)
    return listed


def _goes_on(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a capitalised word or two that go on with the name before
    them ("Kerem" Shalom), none a word that follows a place's name ("Baiping Village",
    "Laojie Community": a list of names each with its word)?"""
    run = _NAME_GOES_ON.fullmatch(text, start, end)
    return run is not None and not any(
        _norm(word) in lx.AFTER_PLACE_OK for word in run.group().split()
    )
