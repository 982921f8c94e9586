"""A place the gazetteer lacks, in a region the text states, near a place of that region
its paragraph names.

"... shelled the town of Mezhova, 45 miles west of Donetsk. Russia's defence ministry
claimed to have captured Zelenyi Hai in the Dnipropetrovsk region": the gazetteer has no
Zelenyi Hai there, and the region's point lies 120 km from Mezhova.  A paragraph's
events happen together: :func:`partner_estimate` puts such a name at the place of the
stated first-level region that its paragraph names nearest to it in the text (within
:data:`LOOK` mentions either side), its uncertainty still the whole region; with no such
place, the region's own point stays (:func:`geo.text.introduced.container_estimate`).

Cost: a bounded look either side of each such name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..gazetteer.index import Gazetteer
from .introduced import container_estimate
from .tokens import Mention

__all__ = ["LOOK", "partner_estimate"]

#: The mentions looked at either side of the name for a place of its region.
LOOK = 6


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
    region = (gaz.country_code(container), gaz.admin1(container)[0])
    m = mentions[k]
    first = text.rfind("\n", 0, m.start)
    last = text.find("\n", m.end)
    last = len(text) if last < 0 else last
    order = sorted(
        range(max(0, k - LOOK), min(len(mentions), k + LOOK + 1)), key=lambda j: (abs(j - k), j)
    )
    for j in order:
        other = mentions[j]
        if other.key == m.key or other.start <= first or other.end > last or other.fuzzy:
            continue
        rec = resolved[j][0]
        if rec is None or not gaz.is_place(rec) or rec == container:
            continue
        if (gaz.country_code(rec), gaz.admin1(rec)[0]) == region:
            return gaz.lat_lon(rec), area
    return point, area
