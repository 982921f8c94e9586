"""Recognition, all-caps lines: a town's name that is no English word.

A line in capitals ("UPDATE: KUPIANSK, IZIUM, LYMAN", "SHELLING IN KUPIANSK AND
IZIUM") is read by :mod:`geo.text.casing` with the capitals of well-known names
only (a region, a country, a city of 50,000 people or more). A slug or section
heading of wire copy and bulletins lists smaller towns as well; a word in such a
line that no English text uses (rank :data:`RARE` or rarer in the word list, or
none) and that names a town of :data:`CAPS_TOWN` people or more is a name too,
as it would be in mixed case ("Kupiansk", 27,000 people; not "UPDATE",
"SHELLING"). Recognition then judges it as it judges the mixed-case word.
"""

from __future__ import annotations

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx

__all__ = ["CAPS_TOWN", "RARE", "capitalise_towns", "town_word"]

#: A word this rare or rarer in the English word list (or in none) ...
RARE = 10_000
#: ... is read as a name in a capitals line when a town of this many people bears it.
CAPS_TOWN = 10_000


def capitalise_towns(
    gaz: Gazetteer, part: str, words: list[tuple[int, int, str]], chars: list[str]
) -> None:
    """Give its capital back to each word of the capitals line ``part`` that is a
    town's name and no English word (see the module docstring).

    ``words`` are the line's words as ``(start, end, lower-case word)`` offsets into
    ``part``; ``chars`` the line's characters as written so far, changed in place (one
    character for one: offsets hold). A word already capitalised is left alone.
    """
    for s, _, word in words:
        if not chars[s].isupper() and _town(gaz, normalize(word)):
            up = part[s].upper()
            if len(up) == 1:
                chars[s] = up


def town_word(gaz: Gazetteer, key: str) -> bool:
    """Is ``key`` (normalised) a town's name that is no English word (see the module
    docstring) nor a given name ("Kupiansk", "Izium"; not "Jordan", "Update")?"""
    return key not in lx.GIVEN_NAMES and _town(gaz, key)


def _town(gaz: Gazetteer, key: str) -> bool:
    if len(key) < 4:
        return False
    rank = gaz.common_rank(key)
    if rank is not None and rank < RARE:
        return False
    kinds, population = gaz.name_summary_normalized(key)
    return "place" in kinds and population >= CAPS_TOWN
