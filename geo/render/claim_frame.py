"""Which of a claim's spatial features frame it on the map and in the report.

A claim lists every feature inside its span. "Russian forces captured Pishchane in
the Kharkiv region" lists the region statement too, but the region there only says
where the village lies: zooming to the claim should show the village, its badge
should stand at the village, and the report's "On the map" column should not call
the claim a region. A region feature is left out of a claim's frame when it
contains (covers) the point of a town, city or village the same claim names, and
so is the toponym of a region or country that holds such a town (its label point
would widen the frame to half the region); a region named on its own ("strikes
across the Kursk region") frames the claim.
"""

from __future__ import annotations

from typing import Any

from shapely.geometry import Point

__all__ = ["framing_features", "framing_toponyms"]


def framing_features(claim: Any, analysis: Any) -> tuple[int, ...]:
    """Indexes into ``analysis.features`` of the features that frame ``claim``.

    ``claim.features`` in order, valid indexes only, less each ``"region"`` feature
    whose geometry (shapely, lon/lat) covers the point of a non-metonymic toponym of
    ``claim`` resolved to a populated place (``place.kind == "place"``). Never raises
    on a feature without geometry (it is kept)."""
    features = analysis.features
    valid = [fi for fi in claim.features if isinstance(fi, int) and 0 <= fi < len(features)]
    if not any(features[fi].kind == "region" for fi in valid):
        return tuple(valid)
    towns = [Point(place.lon, place.lat) for place in _towns(claim, analysis)]
    return tuple(fi for fi in valid if not _contains_any(features[fi], towns))


def framing_toponyms(claim: Any, analysis: Any) -> tuple[int, ...]:
    """Indexes into ``analysis.toponyms`` of the non-metonymic toponyms that frame ``claim``.

    ``claim.toponyms`` in order, valid and not metonymic, less each toponym resolved
    to an admin-1 region (or a country) that holds a populated place ``claim`` names
    (same country code and admin-1 code; for a country, the same country code)."""
    toponyms = analysis.toponyms
    valid = [ti for ti in claim.toponyms
             if isinstance(ti, int) and 0 <= ti < len(toponyms) and not toponyms[ti].metonymic]
    towns = _towns(claim, analysis)
    if not towns:
        return tuple(valid)
    held = {(t.country_code, t.admin1_code) for t in towns} | {(t.country_code, None)
                                                                 for t in towns}
    return tuple(ti for ti in valid if _holder_key(toponyms[ti].place) not in held)


def _towns(claim: Any, analysis: Any) -> list[Any]:
    """The populated places (``Place`` records) of ``claim``'s non-metonymic toponyms."""
    toponyms = analysis.toponyms
    return [
        t.place
        for ti in claim.toponyms
        if isinstance(ti, int) and 0 <= ti < len(toponyms)
        for t in (toponyms[ti],)
        if t.place is not None and t.place.kind == "place" and not t.metonymic
    ]


def _holder_key(place: Any) -> tuple[str, str | None] | None:
    """(country code, admin-1 code) of a region, (country code, None) of a country,
    None for anything else (a town, a water body, no place)."""
    if place is None:
        return None
    if place.kind == "admin1" and place.admin1_code:
        return (place.country_code, place.admin1_code)
    if place.kind == "country":
        return (place.country_code, None)
    return None


def _contains_any(feature: Any, towns: list[Point]) -> bool:
    """Whether ``feature`` is a region whose geometry covers one of ``towns``."""
    geometry = feature.geometry
    if feature.kind != "region" or geometry is None or geometry.is_empty:
        return False
    return any(geometry.covers(town) for town in towns)
