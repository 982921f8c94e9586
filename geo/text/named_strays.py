"""Names that are a street's, a unit's or an organisation's, not a place the text speaks of.

Three kinds, each told by the words right around the name, dropped after resolution
(:func:`drop_named_strays`):

- **a street's name**: a name right before a street's word ("the coastal Rashid Street",
  "on Pushkin Avenue", "Lesi Ukrainky Boulevard"): the street of a city, not Rosetta in
  Egypt (Rashid) nor a town called so.  A street the text places in its city ("Zhovtneva
  Street in central Toretsk") is that city's part (:mod:`geo.text.city_parts`: cue "city
  part") and is kept; so is a name before "Road" or "Highway" ("the Bakhmut road", "the
  Kharkiv Highway"), which names a road to that place, and one whose street word a
  capitalised word follows ("Lebanon Street Superintendent Larry Lee": the town's office),
  unless the road is placed in a town far from the name's place ("Kings Highway in Cherry
  Hill, NJ", "CAMP BOWIE ROAD FORT WORTH TX": a local road's name, :func:`_local_road`);
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

from ..geometry.measures import distance_km
from ..model import Toponym

__all__ = ["drop_named_strays"]

#: A street's word right after a name (capitalised: the street's own name).
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Street|Avenue|Boulevard|Prospekt|Prospect|Lane|Embankment|Alley)\b(?![’'-])"
    r"(?![ \t]+[A-Z][a-z])"  # not an office or body: "Lebanon Street Superintendent Lee"
)
#: A road's word, then the town the road is in: " in ", or ", " or a space (an address).
_ROAD_IN_TOWN = re.compile(
    r"[ \t]+(?:Road|Rd|Highway|Hwy|ROAD|RD|HIGHWAY|HWY)\b\.?(?:[ \t]+(in)[ \t]+|,?[ \t]+)"
)
#: An address's house number and the road name's other words before the name ("4400 CAMP ").
_HOUSE_NUMBER_BEFORE = re.compile(r"\b\d+[A-Za-z]?[ \t]+(?:[A-Z][\w'.-]*[ \t]+){0,3}$")
#: A road named after a place this far (km, geodesic) from the town it runs through is a
#: local road's name, not a road to that place ("the Kharkiv Highway" in Kharkiv oblast).
_ROAD_TOWN_KM = 50.0
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
    for k, t in enumerate(toponyms):
        if t.cue != "city part" and _STREET_AFTER.match(text, t.end):
            continue  # "the coastal Rashid Street"
        if _local_road(text, t, toponyms[k + 1] if k + 1 < len(toponyms) else None):
            continue  # "Kings Highway in Cherry Hill, NJ"
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


def _local_road(text: str, t: Toponym, after: Toponym | None) -> bool:
    """Is ``t`` a road's name placed in the town that follows it, a town more than
    :data:`_ROAD_TOWN_KM` from ``t``'s place, after " in " or, in an address (a house
    number before), a comma or a space ("Kings Highway in Cherry Hill": Kings County is no
    road's end there; "4400 CAMP BOWIE ROAD FORT WORTH TX": Bowie, Texas is 80 km away)?
    A road to a town near the one it is in ("the Bakhmut road in Chasiv Yar") keeps its
    name, and so does one after a comma outside an address ("the Kharkiv Highway,
    Kupiansk")."""
    if after is None or t.place is None or after.place is None or after.place.kind != "place":
        return False
    m = _ROAD_IN_TOWN.match(text, t.end)
    if m is None or m.end() != after.start:
        return False
    if m.group(1) is None and not _HOUSE_NUMBER_BEFORE.search(text, max(0, t.start - 40), t.start):
        return False  # "the Kharkiv Highway, Kupiansk": no address
    here = (after.place.lat, after.place.lon)
    return distance_km((t.place.lat, t.place.lon), here) > _ROAD_TOWN_KM
