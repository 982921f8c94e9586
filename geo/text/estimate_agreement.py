"""One name the gazetteer lacks, one place in a text: its estimates agree.

A village the gazetteer lacks may be estimated from several statements in one article:
"push past Robotyne toward Verbove" (somewhere by Verbove), "Verbove, about 10 km to
the east" (Robotyne 10 km west of Verbove), bare repeats that take the first estimate
(:func:`geo.text.hinted.share_estimates`).  They name one village when they are
compatible: the tightest estimate (the smallest uncertainty area, geodesic,
:func:`geo.geometry.area_km2`) lies within every other's uncertainty area, or within
:data:`~geo.text.hints.NEAR_KM` of its point.  Then every estimated mention of the name
takes the tightest estimate (the best supported: the statement that says most), and the
offsets and rings measured from any of its mentions follow it.  Estimates that are not
compatible (two villages of one name, told apart by their hints: "Novoselivka, west of
Kramatorsk ... Novoselivka, south of Zaporizhzhia") are left as they are.

Cost: one area per estimated mention and one containment test per estimate of a name:
linear in the toponyms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from shapely.geometry import Point

from ..geometry import area_km2, distance_km
from ..model import Toponym
from .hints import NEAR_KM

__all__ = ["agree_estimates"]


def agree_estimates(
    toponyms: Sequence[Toponym], keys: dict[tuple[int, int], tuple[str, bool]]
) -> list[Toponym]:
    """The toponyms, each estimated mention of a name whose estimates are compatible given
    the tightest of them (see the module docstring).  ``keys`` gives each mention's
    (start, end) its normalised name ("" for one read apart: "another Oleksandrivka")."""
    by_key: dict[str, list[int]] = {}
    for i, t in enumerate(toponyms):
        key = keys.get((t.start, t.end), ("", False))[0]
        if key and t.estimated and t.place is not None and t.uncertainty is not None:
            by_key.setdefault(key, []).append(i)
    out = list(toponyms)
    for idx in by_key.values():
        points = {(toponyms[i].place.lat, toponyms[i].place.lon) for i in idx}  # type: ignore[union-attr]
        if len(points) < 2:
            continue
        areas = {i: area_km2(toponyms[i].uncertainty) for i in idx}
        best = min(idx, key=lambda i: (areas[i], i))
        b = toponyms[best]
        here = (b.place.lat, b.place.lon)  # type: ignore[union-attr]
        spot = Point(here[1], here[0])
        if not all(_holds(toponyms[i], here, spot) for i in idx):
            continue  # two places of one name
        for i in idx:
            t = toponyms[i]
            if i == best or (t.place.lat, t.place.lon) == here:  # type: ignore[union-attr]
                continue
            place = dataclasses.replace(b.place, name=t.place.name)  # type: ignore[union-attr]
            out[i] = dataclasses.replace(
                t, place=place, score=b.score, uncertainty=b.uncertainty
            )
    return out


def _holds(t: Toponym, here: tuple[float, float], spot: Point) -> bool:
    """Does estimate ``t`` allow the point ``here`` (``spot`` as (lon, lat))?"""
    at = (t.place.lat, t.place.lon)  # type: ignore[union-attr]
    return distance_km(at, here) <= NEAR_KM or t.uncertainty.covers(spot)  # type: ignore[union-attr]
