"""Compass words that share one name: "North and South Kivu", "North, South and East
Darfur", "North and South Korea".

Writers name two or three regions (states, countries, continents) whose names differ
only by a compass word once, the shared word after the last: "fighting in North and
South Kivu" names North Kivu and South Kivu.  Recognition reads the last name whole
("South Kivu") and the compass words before it as words: the first region was lost.
:func:`shared_heads` reads each capitalised compass word joined to such a toponym by
"and", "or", "&" or a list's commas as a toponym of its own: the place of that word and
the shared rest ("North" + "Kivu"), where the gazetteer has one of the same kind (a
country for a country, a first-level region of the same country for a region, a
continent for a continent).  The span is the compass word alone, as written.

Left alone: a compass word in lower case ("he drove north and South Dakota opened up":
a direction), a name the gazetteer lacks under the other compass word ("North and
West Kordofan": West Kordofan is not in it, :mod:`geo.text.compass_regions`), a
demonym after the words ("the North and South Korean leaders": no toponym to share).

Cost: a look at the characters before each toponym whose name opens with a compass
word, and one exact look-up per compass word found there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Place, Toponym

__all__ = ["shared_heads"]

_WORDS = r"Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower|Central"
#: A toponym's name opening with a compass word: the word, the rest it shares.
_OPENS = re.compile(rf"(?:{_WORDS})[ \t]+(?P<rest>\S.*)")
#: Compass words joined to the toponym's: "North and ", "North, South and ".
_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<words>(?:(?:{_WORDS}),[ \t]+)*(?:{_WORDS}),?)[ \t]+(?:and|or|&)[ \t]+$"
)
_WORD = re.compile(rf"\b(?:{_WORDS})\b")
#: How far before a toponym its compass words may start ("Northern, Southern and ").
_REACH = 60


def shared_heads(text: str, gaz: Gazetteer, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` with a toponym for each capitalised compass word that shares a
    toponym's name after it ("North" of "North and South Kivu": North Kivu), in text
    order (module docstring).  A word already inside a toponym is left to it.

    ``text``: the analysed text; ``gaz``: the gazetteer; ``toponyms``: in text order.
    """
    added: list[Toponym] = []
    for t in toponyms:
        opens = _OPENS.fullmatch(t.text)
        if opens is None or t.place is None or t.fuzzy or t.estimated:
            continue
        before = _BEFORE.search(text, max(0, t.start - _REACH), t.start)
        if before is None:
            continue
        for word in _WORD.finditer(text, before.start("words"), before.end("words")):
            place = _sibling(gaz, f"{word.group()} {opens.group('rest')}", t.place)
            if place is not None:
                added.append(
                    Toponym(word.start(), word.end(), word.group(), place, t.score, t.cue,
                            metonymic=t.metonymic)
                )  # fmt: skip
    if not added:
        return tuple(toponyms)
    taken = [(t.start, t.end) for t in toponyms]
    fresh = [a for a in added if not any(s < a.end and a.start < e for s, e in taken)]
    return tuple(sorted([*toponyms, *fresh], key=lambda t: (t.start, t.end)))


def _sibling(gaz: Gazetteer, name: str, shared: Place) -> Place | None:
    """The gazetteer's place called ``name`` of the kind of ``shared`` (a first-level
    region in the same country; a country or continent anywhere), or None."""
    for c in gaz.lookup_normalized(normalize(name)):
        if gaz.kind(c.record) != shared.kind or not gaz.geonameid(c.record):
            continue
        if shared.kind in ("country", "other") or gaz.country_code(c.record) == shared.country_code:
            return gaz.place(c.record)
    return None
