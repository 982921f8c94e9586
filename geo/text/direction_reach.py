"""A village of a direction's list read a region away is a namesake of the one meant.

"Kupiansk direction: Russian forces attacked near Kupiansk itself, Radkivka, Holubivka
and Pishchane": the Holubivkas the gazetteer has lie in Luhansk Oblast, 130 km from
Kupiansk (one of them the town once called Kirovsk); the Holubivka meant, by Kupiansk,
it lacks.  An analyst's or a general staff's direction groups the villages a few tens
of km around its town (:mod:`geo.text.directions`), so a name of its lists read in
another region than the town's, farther than :data:`DIRECTION_KM` from it, is read as
its namesake nearest the town within :data:`~geo.text.strays.LIST_KM`, else left without
a place: the geoparser then estimates it around the town, as it does a village the
gazetteer lacks.  :func:`geo.text.anchors.settle_lists` does so only past
:data:`~geo.text.list_reach.ASTRAY_KM` and not for towns of 10,000 people; a direction
is tighter than a list.  A direction named by a region's centre ("the Kursk direction")
spans its region, and a name read inside the town's region keeps its reading
("Tyotkino", 130 km from Kursk); a city (:data:`CITY_POPULATION`) is named for its own
sake, and so is a town (:data:`~geo.text.list_towns.TOWN_POPULATION`) named alone, in no
list of the direction's villages ("regained positions in the Kupiansk direction and
near Chasiv Yar").

Cost: a constant look at the text around each mention, and each hinted name's
candidates (bounded).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, within_km
from . import direction_words as dw
from .hints import Hint
from .list_towns import TOWN_POPULATION
from .strays import LIST_KM
from .tokens import Mention

__all__ = ["CITY_POPULATION", "DIRECTION_KM", "settle_direction_lists"]

#: A direction's villages lie within this (km) of its town: "the Kupiansk direction"
#: spans a few tens of km, "the Zaporizhzhia direction" some 60.
DIRECTION_KM = 100.0
#: A place this populous keeps its reading in any direction's list.
CITY_POPULATION = 50_000
#: After the direction's name: "the Kupiansk direction", "the Lyman axis" ...
_AFTER = re.compile(rf"\s+{dw.SECTORS}{dw.SINGULAR}", re.IGNORECASE)
#: ... or before it: "in the direction of Siversk" (geo.text.direction_words' vocabulary).
_BEFORE = re.compile(rf"\b{dw.SECTORS}\s+of\s+$", re.IGNORECASE)
_LOOK_BACK = 20
#: The candidates of a name looked at for one near the direction's town (bounded work).
_MAX_CANDIDATES = 64


def settle_direction_lists(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each name of a direction's list read far off settled by the
    direction's town (module docstring).

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (int or None, float)
        (record, score) of each mention; not modified.
    hints : mapping of int to Hint
        The hints (:func:`geo.text.directions.anchor_directions` gives a direction's
        names a "near" hint, no bearing, spanning the name, anchored on its town or
        the town named again in the list).

    Returns
    -------
    list of (int or None, float)
        The readings, with each such name read as a place (under
        :data:`CITY_POPULATION` people; a town only in a list) outside the region of
        the town's place and farther than :data:`DIRECTION_KM` from it read as its place
        candidate nearest the town within ``LIST_KM``, else as None (score 0).
    """
    out = list(resolved)
    # The directions' towns, by name: "Kupiansk direction: ... near Kupiansk itself, A".
    towns = {m.key for m in mentions if _is_direction(text, m)} if hints else set()
    for j, h in hints.items():
        m = mentions[j]
        if h.bearing_deg is not None or (h.start, h.end) != (m.start, m.end):
            continue
        rec, there = out[j][0], out[h.anchor][0]
        if rec is None or there is None or not (gaz.is_place(rec) and gaz.is_place(there)):
            continue
        if gaz.population(rec) >= CITY_POPULATION or mentions[h.anchor].key not in towns:
            continue
        if gaz.population(rec) >= TOWN_POPULATION and not m.siblings:
            continue  # "regained positions in the Kupiansk direction and near Chasiv Yar"
        region = (gaz.country_code(there), gaz.admin1(there)[0])
        if (gaz.country_code(rec), gaz.admin1(rec)[0]) == region:
            continue
        here = gaz.lat_lon(there)
        if within_km(gaz.lat_lon(rec), here, DIRECTION_KM):
            continue
        best, best_key = None, None
        for c in m.candidates[:_MAX_CANDIDATES]:
            if not gaz.is_place(c.record) or not within_km(gaz.lat_lon(c.record), here, LIST_KM):
                continue
            d = distance_km(gaz.lat_lon(c.record), here)
            if best_key is None or (d, c.record) < best_key:
                best, best_key = c.record, (d, c.record)
        out[j] = (best, out[j][1]) if best is not None else (None, 0.0)
    return out


def _is_direction(text: str, m: Mention) -> bool:
    """Does mention ``m`` name a direction ("the Kupiansk direction", "Lyman axis:",
    "in the direction of Siversk")?"""
    return bool(
        _AFTER.match(text, m.end) or _BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
    )

