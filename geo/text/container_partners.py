"""A place the gazetteer lacks, in a region the text states, near a place of that region
its paragraph names.

"... shelled the town of Mezhova, 45 miles west of Donetsk. Russia's defence ministry
claimed to have captured Zelenyi Hai in the Dnipropetrovsk region": the gazetteer has no
Zelenyi Hai there, and the region's point lies 120 km from Mezhova.  A paragraph's
events happen together: :func:`partner_estimate` puts such a name at the place of the
stated first-level region that its paragraph names nearest to it in the text (within
:data:`LOOK` mentions either side), its uncertainty still the whole region; with no such
place, the region's own point stays (:func:`geo.text.introduced.container_estimate`).

A border town the text sets facing a place across the border ("the border town of Muse,
opposite the Chinese city of Ruili", in Shan state) lies at the region's edge next to
that place: the point of the region's outline nearest to it, when that place lies within
:data:`FACING_KM` of the outline (:func:`facing_estimate`), not the region's point 180 km
inland.

Cost: a bounded look either side of each such name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..gazetteer.distance import nearest_km
from ..gazetteer.index import Gazetteer
from .introduced import container_estimate
from .region_together import together_estimate
from .tokens import Mention

__all__ = ["FACING_KM", "LOOK", "facing_estimate", "partner_estimate"]

#: The mentions looked at either side of the name for a place of its region.
LOOK = 6
#: A place across the border this near the region's outline faces a town at its edge.
FACING_KM = 25.0
# Between the name and the place it faces: ", opposite the Chinese city of ",
# " across the border from ", ", facing ".
_FACING = re.compile(
    r",?\s+(?:just\s+|directly\s+)?(?:opposite|across\s+(?:the\s+(?:border|river)\s+)?from|"
    r"facing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
_FACING_GAP = 60  # characters between the name and the place it faces, at most


def partner_estimate(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    container: int,
) -> tuple[tuple[float, float], Any]:
    """Where mention ``k``, known only to lie in region ``container``, is estimated:
    ``((lat, lon), area)`` (module docstring)."""
    point, area = container_estimate(gaz, container)
    if gaz.kind(container) != "admin1":
        return point, area
    facing = facing_estimate(text, gaz, mentions, resolved, k, container, area)
    if facing is not None:
        return facing, area
    region = (gaz.country_code(container), gaz.admin1(container)[0])
    # Its own paragraph first, then a list partner of the name's later mentions ("...
    # near the village of Demidovka ..." then "... near Demidovka and Krasnaya Yaruga").
    found = _paragraph_partner(text, gaz, mentions, resolved, k, container, region, LOOK)
    key = mentions[k].key
    if found is None:
        later = (j for j in range(k + 1, len(mentions)) if mentions[j].key == key)
        found = next(
            (p for j in later if (p := _listed_partner(text, gaz, mentions, resolved, j, region))),
            None,
        )
    if found is not None:
        return found, area
    # the region's places the headline and the text around name together ("... near Kupiansk")
    together = together_estimate(text, gaz, mentions, resolved, k, region, LOOK)
    return (point if together is None else together), area


def _paragraph_partner(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    container: int,
    region: tuple[str, str],
    look: int,
) -> tuple[float, float] | None:
    """The point of the place of ``region`` (country, admin-1 code) that mention ``k``'s
    paragraph names nearest to it (within ``look`` mentions either side), or None."""
    m = mentions[k]
    first = text.rfind("\n", 0, m.start)
    last = text.find("\n", m.end)
    last = len(text) if last < 0 else last
    order = sorted(
        range(max(0, k - look), min(len(mentions), k + look + 1)), key=lambda j: (abs(j - k), j)
    )
    for j in order:
        other = mentions[j]
        if other.key == m.key or other.start <= first or other.end > last or other.fuzzy:
            continue
        rec = resolved[j][0]
        if rec is None or not gaz.is_place(rec) or rec == container:
            continue
        if (gaz.country_code(rec), gaz.admin1(rec)[0]) == region:
            return gaz.lat_lon(rec)
    return None


#: What lies between two names of one list ("Demidovka and Krasnaya Yaruga").
_LIST_JOINS = (", ", " and ", ", and ", " or ")


def _listed_partner(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    j: int,
    region: tuple[str, str],
) -> tuple[float, float] | None:
    """The point of the place of ``region`` listed right before or after mention ``j``
    ("near Demidovka and the district centre of Krasnaya Yaruga": a list join, a few
    words of kind between), or None; a route's other end ("from Malakal to Nasir") is
    none."""
    for i in (j + 1, j - 1):
        if not 0 <= i < len(mentions):
            continue
        a, b = (mentions[j], mentions[i]) if i > j else (mentions[i], mentions[j])
        between = text[a.end : b.start]
        if not (between in _LIST_JOINS or _KIND_JOIN.fullmatch(between)):
            continue
        rec = resolved[i][0]
        if (
            rec is not None
            and gaz.is_place(rec)
            and (gaz.country_code(rec), gaz.admin1(rec)[0]) == region
        ):
            return gaz.lat_lon(rec)
    return None


#: A list join with a place's kind after it: " and the district centre of ".
_KIND_JOIN = re.compile(
    r",?\s+(?:and|or)\s+(?:the\s+)?(?:(?:district|regional)\s+centre\s+of|village\s+of"
    r"|town\s+of|settlement\s+of)\s+"
)


def facing_estimate(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    container: int,
    area: Any,
) -> tuple[float, float] | None:
    """The point ``(lat, lon)`` of region ``container``'s outline (``area``, a shapely
    polygon in lon/lat) nearest to the place that mention ``k`` is said to face right
    after it ("Muse, opposite the Chinese city of Ruili"), when that place is read in
    another country and lies within :data:`FACING_KM` of the outline; else None."""
    if k + 1 >= len(mentions) or area is None:
        return None
    m, other = mentions[k], mentions[k + 1]
    rec = resolved[k + 1][0]
    if (
        rec is None
        or not gaz.is_place(rec)
        or gaz.country_code(rec) == gaz.country_code(container)
        or other.start - m.end > _FACING_GAP
        or _FACING.fullmatch(text, m.end, other.start) is None
    ):
        return None
    lat, lon = gaz.lat_lon(rec)
    edge = nearest_points(area, Point(lon, lat))[0]
    if nearest_km((lat, lon), [(edge.y, edge.x)]) > FACING_KM:
        return None
    return edge.y, edge.x
