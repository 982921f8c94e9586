"""A place the gazetteer lacks, in a stated region, by the places of that region the
article names together.

"Russia says its troops took a village near Kupiansk ... captured the village of
Pishchane in the Kharkiv region": the gazetteer has no Pishchane there, its paragraph
names no other place of the region, and the region's point (Kharkiv city) lies 80 km
from Kupiansk.  :func:`together_estimate` looks past the paragraph: at the headline
(the text's first line, up to :data:`HEAD_CHARS`) and at :data:`~geo.text.
container_partners.LOOK` mentions either side of the name; when the places of the
stated first-level region read there (the headline's, or at least two) all lie within
:data:`TOGETHER_KM` of one of them (the headline's first, else the nearest in the
text), the name is estimated at that place, its uncertainty still the whole region.
One place of the region in another paragraph says little ("... its hospital in Ulang,
and cholera was spreading in Malakal"), and places of the region far apart say nothing
of where in it the name lies: the region's point stays.

Cost: a bounded look (the headline's mentions and a window either side of the name).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .tokens import Mention

__all__ = ["HEAD_CHARS", "TOGETHER_KM", "together_estimate"]

#: The headline read: the text's first line, up to this many characters.
HEAD_CHARS = 300
#: The region's places the article names lie within this distance (km) of the one taken.
TOGETHER_KM = 60.0


def together_estimate(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    region: tuple[str, str],
    look: int,
) -> tuple[float, float] | None:
    """The point ``(lat, lon)`` mention ``k`` (in first-level ``region``, (country,
    admin-1 code)) is estimated at by the region's places read in the headline and
    within ``look`` mentions of it (module docstring); None when none, or far apart."""
    head_end = text.find("\n", 0, HEAD_CHARS)
    head_end = HEAD_CHARS if head_end < 0 else head_end
    m = mentions[k]
    heads: list[int] = []
    for j, other in enumerate(mentions):
        if other.start >= head_end or j >= look:
            break
        heads.append(j)
    near = sorted(
        range(max(0, k - look), min(len(mentions), k + look + 1)), key=lambda j: (abs(j - k), j)
    )
    places: list[int] = []
    headed = False  # a place of the region in the headline
    for j in [*heads, *near]:
        other = mentions[j]
        if j == k or other.key == m.key or other.fuzzy:
            continue
        rec = resolved[j][0]
        if rec is None or not gaz.is_place(rec) or gaz.kind(rec) != "place":
            continue
        if (gaz.country_code(rec), gaz.admin1(rec)[0]) == region and rec not in places:
            places.append(rec)
            headed = headed or j in heads
    if not places or (len(places) < 2 and not headed):
        return None  # one place of the region nearby, not the headline's: no sign of where
    here = gaz.lat_lon(places[0])
    if any(distance_km(here, gaz.lat_lon(rec)) > TOGETHER_KM for rec in places[1:]):
        return None
    return here
