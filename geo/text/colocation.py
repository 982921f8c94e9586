"""Namesakes read together: which other names of a text have a candidate place near a
given one (a grid of the candidates of every name, built once per text)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer

__all__ = ["COLOCATED_KM", "COLOCATED_MAX", "CandidateGrid", "partnered_points"]


class CandidateGrid:
    """The candidate places of a text's names (``name_points``: name key -> records),
    in cells of :data:`_COLOCATED_CELL_DEG`, and the counts asked of them (memoised)."""

    def __init__(self, gaz: Gazetteer, name_points: Mapping[str, Sequence[int]]) -> None:
        self.gaz = gaz
        self._colocated: dict[tuple[str, int], int] = {}
        grid: dict[tuple[int, int], dict[str, list[tuple[float, float]]]] = {}
        lat_lon = gaz.lat_lon
        for key, recs in name_points.items():
            for rec in recs:
                lat, lon = lat_lon(rec)
                cell = grid.setdefault(_cell(lat, lon), {})
                points = cell.setdefault(key, [])
                if len(points) < _COLOCATED_PER_CELL:
                    points.append((lat, lon))
        self._grid = grid

    def colocated(self, records: Sequence[int], key: str) -> dict[int, int]:
        """How many other names of the text have a candidate place (any of them, not only
        their first reading) within :data:`COLOCATED_KM` of each of ``records``, counted
        up to :data:`COLOCATED_MAX`: namesakes of a region's small towns read together
        ("Delano, Montgomery, Hutchinson": the Minnesota towns of each name lie near each
        other, wherever their better-known namesakes are).

        Each
        question looks at the 3 x 3 cells around a point and stops at the cap: linear in
        the candidates of the text.
        """
        grid = self._grid
        out: dict[int, int] = {}
        memo = self._colocated
        # Degrees of latitude and of longitude (at the point's latitude) within reach:
        # at a few tens of kilometres the plane is as good as the sphere.
        reach_deg = COLOCATED_KM / _KM_PER_DEG
        for rec in records:
            found = memo.get((key, rec))
            if found is None:
                lat, lon = self.gaz.lat_lon(rec)
                i, j = _cell(lat, lon)
                shrink = math.cos(math.radians(lat))
                seen: set[str] = set()
                for di in (-1, 0, 1):
                    for dj in (-1, 0, 1):
                        for other, points in grid.get((i + di, j + dj), {}).items():
                            if other == key or other in seen:
                                continue
                            for p_lat, p_lon in points:
                                d_lat, d_lon = p_lat - lat, (p_lon - lon) * shrink
                                if d_lat * d_lat + d_lon * d_lon <= reach_deg * reach_deg:
                                    seen.add(other)
                                    break
                        if len(seen) >= COLOCATED_MAX:
                            break
                    if len(seen) >= COLOCATED_MAX:
                        break
                found = memo[(key, rec)] = min(len(seen), COLOCATED_MAX)
            out[rec] = found
        return out


#: Two candidate places this near (km) are co-located: a county's or a district's towns.
COLOCATED_KM = 50.0
#: Co-located names are counted up to this many.
COLOCATED_MAX = 3
_COLOCATED_CELL_DEG = 1.0  # more than COLOCATED_KM in latitude
#: A name's candidates kept per grid cell (a name's namesakes rarely crowd one cell).
_COLOCATED_PER_CELL = 4


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // _COLOCATED_CELL_DEG), int(lon // _COLOCATED_CELL_DEG)


#: Kilometres in a degree of a great circle (mean Earth radius 6371.0088 km).
_KM_PER_DEG = 6371.0088 * math.pi / 180.0


def partnered_points(
    gaz: Gazetteer,
    mentions: Sequence,
    points: Sequence[Sequence[int]],
    first_choice: Sequence[int | None],
    hints: Mapping,
) -> dict[str, Sequence[int]]:
    """The candidate places (gazetteer records) of each name for :class:`CandidateGrid`,
    by name key, from each mention's ``points`` (aligned with ``mentions``); names read
    by spelling alone and governments acting ("Moscow said") have none.  A mention that
    a "near" hint puts by its partner (no direction; ``hints`` by mention index, the
    partner's pass-1 reading in ``first_choice`` a place) and that pass 1 read there too
    brings only its places within the hint's reach of the partner: "near Kamianske,
    Stepnohirsk and Prymorske" has no Prymorske on the Kherson coast, so that village
    lends no co-location to a namesake there (Antonivka: not the left-bank village of
    1,980 by it, but the Kherson town of 12,777).  Pass 1 reads each name alone: a
    mention it read far from its partner keeps all its places (which of them the list
    means is still open).  A name's places are its last
    mention's (its mentions' readings alike but for their cue).  Cost: each mention's
    candidates once."""
    from ..geometry import distance_km  # here: `geo geocode` ranks names without shapely

    out: dict[str, Sequence[int]] = {}
    for k, (m, recs) in enumerate(zip(mentions, points, strict=True)):
        if m.fuzzy or m.actor or not recs:
            continue
        hint = hints.get(k)
        partner = first_choice[hint.anchor] if hint is not None else None
        own = first_choice[k]
        if (
            hint is not None
            and hint.bearing_deg is None
            and partner is not None
            and own is not None
            and gaz.is_place(partner)
            and gaz.is_place(own)
            and mentions[hint.anchor].key != m.key
        ):
            here = gaz.lat_lon(partner)
            if distance_km(here, gaz.lat_lon(own)) <= hint.max_km:
                recs = [r for r in recs if distance_km(here, gaz.lat_lon(r)) <= hint.max_km]
        out[m.key] = recs
    return {key: recs for key, recs in out.items() if recs}
