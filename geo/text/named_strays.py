"""Names that are a street's, a unit's or an organisation's, not a place the text speaks of.

Three kinds, each told by the words right around the name, dropped after resolution
(:func:`drop_named_strays`):

- **a street's name**: a name right before a street's word ("the coastal Rashid Street",
  "on Pushkin Avenue", "Lesi Ukrainky Boulevard"): the street of a city, not Rosetta in
  Egypt (Rashid) nor a town called so.  A street the text places in its city ("Zhovtneva
  Street in central Toretsk") is that city's part (:mod:`geo.text.city_parts`: cue "city
  part") and is kept; so is a name before "Road" or "Highway" ("the Bakhmut road", "the
  Kharkiv Highway"), which names a road to that place, and one whose street word a
  capitalised word follows ("Lebanon Street Superintendent Larry Lee": the town's office);
- **a unit's head word** read as a name the gazetteer lacks and a hint located
  ("Battlegroup South units struck ... near Krasny Liman"): a battlegroup, brigade or
  regiment is no place;
- **a country inside an organisation's name**: a country after a run of capitalised
  words that follows a body's word ("the public movement We Are Together with Russia",
  "the foundation Hope for Ukraine"): the movement's name, not a mention of the country.

Cost: one anchored match on each side of each toponym, linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Toponym

__all__ = ["drop_named_strays"]

#: A street's word right after a name (capitalised: the street's own name).
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Street|Avenue|Boulevard|Prospekt|Prospect|Lane|Embankment|Alley)\b(?![’'-])"
    r"(?![ \t]+[A-Z][a-z])"  # not an office or body: "Lebanon Street Superintendent Lee"
)
#: A unit's head word: never a place.
_UNIT_WORDS = frozenset(
    "battlegroup battlegroups brigade battalion regiment division corps grouping".split()
)
#: Before a country: a body's word and a run of capitalised words with small words between
#: ("movement We Are Together with ", "foundation Hope for ").
_BODY_NAME_BEFORE = re.compile(
    r"\b(?:movement|party|organi[sz]ation|foundation|fund|campaign|coalition|alliance|bloc|"
    r"initiative|project|network)[ \t]+[A-Z][\w'’-]*[ \t]+"
    r"(?:(?:[A-Z][\w'’-]*|with|for|of|the)[ \t]+){0,6}$"
)
_LOOK_BEHIND = 90


def drop_named_strays(text: str, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """``toponyms`` without the names of streets, units and organisations (module
    docstring); the others unchanged, in order."""
    out = []
    for t in toponyms:
        if t.cue != "city part" and _STREET_AFTER.match(text, t.end):
            continue  # "the coastal Rashid Street"
        if t.estimated and t.text.casefold() in _UNIT_WORDS:
            continue  # "Battlegroup South units"
        if (
            t.place is not None
            and t.place.kind == "country"
            and _BODY_NAME_BEFORE.search(text, max(0, t.start - _LOOK_BEHIND), t.start)
        ):
            continue  # "the public movement We Are Together with Russia"
        out.append(t)
    return out
