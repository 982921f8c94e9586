"""Resolution, an airport named by its own name and then by the city it serves:
"Heathrow airport in London", "Schiphol airport near Amsterdam", "Boryspil airport
outside Kyiv".

An airport is often named after the village or district it was built on, a name the
gazetteer may know only elsewhere (Heathrow, Florida).  Where the text writes the airport
word after the name and then the city it lies in or by, the city is the reader's place
for it: :func:`airport_cities` reads the name as that city when the name's own reading
lies in another country, farther than :data:`~geo.text.facilities.OWNER_REACH_KM` from
it (as "London's Heathrow airport" is read: :mod:`geo.text.facilities`).  A reading near
the city stays (Vnukovo, a district of Moscow), and so does one in the city's country,
which may be the airfield's own town far from the city named ("the Morozovsk airfield
in Rostov").

Cost: a substring gate, then one anchored match per mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .facilities import OWNER_REACH_KM
from .tokens import Mention

__all__ = ["airport_cities"]

#: The airport word after the name, then the words that put it in or by a city.
_SERVES = re.compile(
    r"[ \t]+(?:[Ii]nternational[ \t]+)?(?:[Aa]irport|[Aa]irfield)"
    r"(?:,[ \t]*|[ \t]+(?:in|near|outside|serving|just[ \t]+outside)[ \t]+)$"
)
_GATES = ("airport", "Airport", "airfield", "Airfield")


def airport_cities(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each airport's name read as the city the text then places it in
    or by, where its own reading lies far from that city, in another country (module
    docstring)."""
    out = list(resolved)
    if not any(g in text for g in _GATES):
        return out
    for k in range(len(mentions) - 1):
        rec, score = out[k]
        city = out[k + 1][0]
        if rec is None or city is None or not gaz.is_place(city) or city == rec:
            continue
        if not _SERVES.match(text[mentions[k].end : mentions[k + 1].start]):
            continue
        if gaz.country_code(rec) == gaz.country_code(city):
            continue  # "the Morozovsk airfield in Rostov": its own town, maybe far off
        if distance_km(gaz.lat_lon(city), gaz.lat_lon(rec)) > OWNER_REACH_KM:
            out[k] = (city, score)  # "Heathrow airport in London": not Heathrow, Florida
    return out
