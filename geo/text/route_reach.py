"""A route's end is no village a continent away from its other end.

"Trucks have been stuck on the route from Adre to Tawila": GeoNames' ``cities500`` has
Adré, the Chadian border town, and no Tawila in Sudan, only Aţ Ţawīlah, a Yemeni village
2,300 km east across the Red Sea, which resolution takes for want of another.  Convoys,
buses and columns of people do not run from a border town to a village on another
continent; a reader knows the end is a place the gazetteer lacks.

:func:`far_route_ends` leaves such an end without a place: one end of "from X to Y"
(:func:`geo.text.list_kinds.route_ends`) read as a place of fewer than
:data:`~geo.text.hints.base.CITY_POPULATION` people, no capital, smaller than the other
end's place, in another country than it, farther than :data:`ROUTE_KM` from it, in a
country the text never names. So is an end of "the road between Mandalay and Muse"
(:func:`geo.text.list_kinds.route_betweens`): Muse, Pennsylvania is no end of it. A city
("from Kyiv to Lisbon") or a country the text names ("from Adre to Tawila in Yemen")
keeps its reading.

Cost: nothing unless the text writes " to " or " between "; then one look at each pair
of mentions in a row.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import is_capital
from .hints.base import CITY_POPULATION
from .list_kinds import route_betweens, route_ends
from .tokens import Mention

__all__ = ["ROUTE_KM", "far_route_ends"]

#: A road route's ends lie nearer than this (km); a village beyond it is another place.
ROUTE_KM = 1500.0


def far_route_ends(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each route end read as a far village abroad left without a
    place, its score kept (module docstring).

    Examples
    --------
    "aid stuck on the route from Adre to Tawila": Tawila is no Yemeni village.
    """
    out = list(resolved)
    ends = route_ends(text, mentions) if " to " in text else []
    if " between " in text:  # "the road between Mandalay and Muse": not Pennsylvania's
        ends += route_betweens(text, mentions)
    if not ends:
        return out
    named = {
        gaz.country_code(rec)
        for rec, _ in resolved
        if rec is not None and gaz.kind(rec) == "country"
    }
    for k, other in ends:
        rec, there = resolved[k][0], resolved[other][0]
        if rec is None or there is None or not (gaz.is_place(rec) and gaz.is_place(there)):
            continue
        cc = gaz.country_code(rec)
        if cc == gaz.country_code(there) or cc in named or is_capital(gaz, rec):
            continue
        size = gaz.population(rec)
        if size >= CITY_POPULATION or size >= gaz.population(there):
            continue
        if distance_km(gaz.lat_lon(rec), gaz.lat_lon(there)) > ROUTE_KM:
            out[k] = (None, resolved[k][1])
    return out
