"""Names of a list closed by "counties" or "parishes" that recognition passed over.

"Cooke, Grayson and Love counties", "Larimer and Weld counties", "Swift and Wilkin
counties": every name of such a list is a county, also where the bare word is an
everyday word or a given name ("Love", "Hall", "Swift") or no place of the gazetteer
("Wilkin", "Weld"). :func:`plural_county_names` adds a mention for each name of the
list that no mention covers and that the gazetteer knows as "<name> County" (or
"<name> Parish"), with those counties as its candidates; the names already read are
made counties by :func:`geo.text.containers.link_lists`, which reads the list after
this. Cost: one search of the text for the plural word, and a bounded walk back over
at most :data:`_MAX_NAMES` names from each.
"""

from __future__ import annotations

import bisect
import re

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .candidates import MAX_CANDIDATES
from .name_words import is_region_name
from .tokens import Mention, _Tokens

__all__ = ["plural_county_names"]

#: The plural word that closes the list, and what it makes its names.
_PLURAL = re.compile(r"\b(counties|parishes|Counties|Parishes)\b")
_WORD = {"counties": "county", "parishes": "parish"}

#: A name of the list: one or two capitalised words ("Otter Tail", "San Patricio",
#: "St. Louis"), ending right before the separator or the plural word.
_NAME = r"(?:St\.\s|Ste\.\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
#: One name and the separator after it, read backwards from the plural word:
#: "Cooke, " "Grayson and " "Love ".
_LIST_TAIL = re.compile(
    r"(?:" + _NAME + r"(?:,\s+|,\s+and\s+|\s+and\s+|,\s+or\s+|\s+or\s+|\s+&\s+))*"
    + _NAME + r"\s+$"
)
_ITEM = re.compile(r"(" + _NAME + r")(?:,\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+|\s+&\s+|\s+$)")

#: At most this many names in one list are read (the longest lists news write).
_MAX_NAMES = 16
#: How far back from the plural word a list is looked for, in characters.
_REACH = 24 * _MAX_NAMES


def plural_county_names(
    text: str, tokens: _Tokens, mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with a county mention added for each uncovered name of a list
    closed by "counties"/"parishes" that the gazetteer has as a county (in order)."""
    if "ounties" not in text and "arishes" not in text:
        return mentions
    added: list[Mention] = []
    starts = [m.start for m in mentions]
    for plural in _PLURAL.finditer(text):
        word = _WORD[plural.group(1).lower()]
        lo = max(0, plural.start() - _REACH)
        window = text[lo : plural.start()]
        tail = _LIST_TAIL.search(window)
        if tail is None:
            continue
        items = list(_ITEM.finditer(window, tail.start()))[-_MAX_NAMES:]
        if len(items) < 2:
            continue  # "Jackson counties"? not a list: one name is read as it is
        for item in items:
            start, end = lo + item.start(1), lo + item.end(1)
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and mentions[k].end > start:
                continue  # read already (link_lists makes it a county)
            if k + 1 < len(mentions) and mentions[k + 1].start < end:
                continue
            name = normalize(text[start:end])
            if is_region_name(gaz, name):
                continue  # "the Ohio and Indiana counties": a state's counties
            counties = gaz.lookup_normalized(f"{name} {word}")[:MAX_CANDIDATES]
            if not counties:
                continue
            first, last = _token_span(tokens, start, end)
            if first < 0:
                continue
            added.append(
                Mention(start, end, f"{name} {word}", first, last, candidates=list(counties))
            )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _token_span(tokens: _Tokens, start: int, end: int) -> tuple[int, int]:
    """The first and last token of the characters ``start:end`` (-1, -1: none starts
    at ``start``)."""
    first = bisect.bisect_left(tokens.starts, start)
    if first >= len(tokens.starts) or tokens.starts[first] != start:
        return -1, -1
    return first, bisect.bisect_left(tokens.starts, end) - 1
