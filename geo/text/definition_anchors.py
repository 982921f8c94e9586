"""A definition's direction phrase: the place after it is an anchor, not a container.

"Karbala is a city in Iraq, located about 100 km southwest of Baghdad": Baghdad is where
the distance is measured from, not a region that holds Karbala (read so, it left the
city no candidate inside "Baghdad Governorate").  "Exeter is a community in Huron
County, Ontario, located approximately 50 kilometres north of London" the same.  "In the
north of Baghdad Governorate" is inside it: a compass word after "the" (or "the far")
names a part of the place that follows, which holds the defined place.

:func:`direction_before` tells whether the words before an "of" are such a direction;
:func:`geo.text.definitions.read_definition` skips the name after one.  Cost: one
anchored pattern on a piece of the definition's sentence.
"""

from __future__ import annotations

import re

__all__ = ["direction_before"]

#: A compass direction ending the words before "of": "southwest", "north-east",
#: "south-southwest", "North West" (with the word before it, to tell "the north" apart).
_DIRECTION_END = re.compile(
    r"(?i:(?:^|(?P<before>\S+)\s+)"
    r"(?P<dir>(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2}))\s*$"
)
#: Words before a compass word that make it a part of the place after it: "in the north
#: of X", "the far west of X", "the extreme south of X".
_PART_OPENERS = frozenset({"the", "far", "extreme", "deep", "upper", "lower", "mid", "its"})
#: ... and "the" a few words before it, with no number between: "the mid north", "the
#: rural south west" (not "the town, located 5 km north").
_THE_PART = re.compile(r"(?i:\b(?:the|its)\s+(?:[a-z-]+\s+){0,2})$")


def direction_before(words: str) -> bool:
    """Do ``words`` (the text before an "of", or a piece of a definition ending there)
    end with a direction from a place ("about 100 km southwest", "located north",
    "just east"), not with a part of it ("the north", "the far west")?

    >>> direction_before("located about 100 km (62 mi) southwest")
    True
    >>> direction_before("50 kilometres north-east"), direction_before("just south")
    (True, True)
    >>> direction_before("the north"), direction_before("the far south-west")
    (False, False)
    >>> direction_before("the rural south west"), direction_before("the mid north")
    (False, False)
    >>> direction_before("the capital"), direction_before("Skagit County")
    (False, False)

    A bare compass word opens no definition's piece as a direction either: "in North
    of ...", a name's own word, is left alone.

    >>> direction_before("southwest")
    False
    """
    found = _DIRECTION_END.search(words)
    if found is None:
        return False
    before = found.group("before")
    if before is None or before.lower() in _PART_OPENERS:
        return False
    # "in the mid north of", "in the rural south west of": a part, whatever words between
    return not _THE_PART.search(words, 0, found.start("dir"))
