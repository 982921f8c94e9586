"""A hint with a bearing and no distance, its band scaled to what the text says around it.

"X, south of Y" with no distance allows 2-40 km; reporters name a village by the nearest
town, so the band shrinks to the town's reach (:func:`town_scaled`), or, in sparse land,
grows to the anchor's nearest neighbour; a list's partners the gazetteer has say how far
the list reaches (:func:`partner_scaled`); a site ("the X refugee camp") keeps by its
town (:func:`geo.text.site_names.site_scaled`). :func:`scaled_estimate` estimates a name
the gazetteer lacks where the text puts it from the scaled hint.
Cost: one look-up per list partner.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Sequence
from typing import Any

from ..errors import InputError
from ..geometry import distance_km
from .direction_namesakes import called_town, sparse_scaled
from .hints import Hint, estimate, fits
from .list_reach import list_middle
from .site_names import site_scaled
from .spatial.sea import on_land
from .tokens import Mention

__all__ = ["partner_scaled", "scaled_estimate", "town_scaled"]


#: A directed list's name the gazetteer lacks is estimated at most this many times as
#: far from the anchor as the farthest of its partners the gazetteer has ...
PARTNER_SCALE = 2.0
#: ... and the band reaches at least this far (km).
PARTNER_FLOOR_KM = 5.0


def partner_scaled(
    gaz: Any,
    mentions: Sequence[Any],
    resolved: Sequence[tuple[int | None, float]],
    hints: dict[int, Hint],
    k: int,
    hint: Hint,
) -> Hint:
    """``hint`` of mention ``k``, its band cut to the scale of its list ("Bani Suheila and
    Abasan al-Kabira, east of Khan Younis": Bani Suheila, which the gazetteer has 2 km
    east of the town, says the list lies within a few km of it, not the 2-40 km an
    unstated distance allows).  Only with a bearing and no stated distance, and only by
    the list partners (:attr:`Mention.siblings`) with the same hint or none of their own
    whose place fits it or lies by the anchor: the band's far edge becomes
    :data:`PARTNER_SCALE` times the farthest of them (at least :data:`PARTNER_FLOOR_KM`),
    when that is nearer.
    Cost: one look-up per list partner."""
    if hint.bearing_deg is None or hint.distance_km is not None or not mentions[k].siblings:
        return hint
    anchor = resolved[hint.anchor][0]
    if anchor is None or not gaz.is_place(anchor):
        return hint
    here = gaz.lat_lon(anchor)
    farthest = None
    for j in mentions[k].siblings:
        other, rec = hints.get(j), resolved[j][0]
        if rec is None or not gaz.is_place(rec) or (other is not None and other != hint):
            continue
        at = gaz.lat_lon(rec)
        d = distance_km(here, at)
        # By the anchor (closer than the band's near edge), or where the hint says.
        if d < hint.min_km or fits(hint, here, at, gaz.population(rec)):
            farthest = d if farthest is None else max(farthest, d)
    if farthest is None:
        return hint
    reach = max(PARTNER_FLOOR_KM, PARTNER_SCALE * farthest)
    if reach >= hint.max_km:
        return hint
    return dataclasses.replace(hint, min_km=min(hint.min_km, reach / 2), max_km=reach)


#: "Predtechyne, south of Chasiv Yar": with no distance stated, a village the gazetteer
#: lacks, named by a town of fewer than this many people ...
SMALL_TOWN_POPULATION = 100_000
#: ... lies within this reach of it (km), not the 40 km a city's outlying villages may.
SMALL_TOWN_REACH_KM = 20.0


def town_scaled(gaz: Any, anchor: int, hint: Hint, text: str, m: Mention) -> Hint:
    """``hint`` from ``anchor`` (a gazetteer record), its band's far edge cut to
    :data:`SMALL_TOWN_REACH_KM` when the anchor is a town of fewer than
    :data:`SMALL_TOWN_POPULATION` people and the text states no distance: reporters name
    a village by the nearest town ("Predtechyne, south of Chasiv Yar", 4 km; "Kleshcheyevka,
    south of Artemovsk", 7 km), and a city by its own reach.  The estimate then lies at
    the band's middle, 11 km out, not 21.  Only with a bearing.  Where land is sparse
    around the anchor, a place the text calls a town (mention ``m`` of ``text``) reaches
    the anchor's nearest neighbour instead
    (:func:`geo.text.direction_namesakes.sparse_scaled`: "the town of Tawila, west of El
    Fasher")."""
    if (sparse := sparse_scaled(gaz, anchor, hint, called_town(text, m))) is not None:
        return sparse
    if (
        hint.bearing_deg is None
        or hint.distance_km is not None
        or hint.max_km <= SMALL_TOWN_REACH_KM
        or gaz.population(anchor) >= SMALL_TOWN_POPULATION
    ):
        return hint
    return dataclasses.replace(hint, max_km=SMALL_TOWN_REACH_KM)


def scaled_estimate(
    text: str,
    gaz: Any,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: dict[int, Hint],
    k: int,
    hint: Hint,
    anchor: int,
) -> tuple[tuple[float, float], Any] | None:
    """Where mention ``k``, which the gazetteer lacks where the text puts it, is estimated
    from ``hint`` off the place ``anchor`` (a gazetteer record): ``((lat, lon), area)``,
    the hint's band scaled to the anchor's reach (:func:`town_scaled`: "X, south of Chasiv
    Yar"), to a site's ("the X refugee camp, east of Y":
    :func:`geo.text.site_names.site_scaled`) and to its list's spread
    (:func:`partner_scaled`: "A, B, east of Y"); a "near" list's name by its list's
    middle (:func:`geo.text.list_reach.list_middle`); None when no geometry holds the
    hint; the estimate kept on land (:func:`geo.text.spatial.sea.on_land`)."""
    if (middle := list_middle(gaz, mentions, resolved, k, hint)) is not None:
        return middle  # "near A, B and C": by the list's middle
    m = mentions[k]
    hint = town_scaled(gaz, anchor, hint, text, m)
    hint = site_scaled(text, m, hint)
    hint = partner_scaled(gaz, mentions, resolved, hints, k, hint)
    with contextlib.suppress(InputError):
        at = gaz.lat_lon(anchor)
        return on_land(gaz, estimate(hint, at), at)  # "Muwasi, west of Khan Younis"
    return None
