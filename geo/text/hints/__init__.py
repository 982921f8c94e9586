"""Relative-location hints: evidence for resolution and a location for unknown places.

Reporting tells villages apart by where they lie from a better-known place: "X (south-west
of Y)", "X, 47 km south-east of Y", "the village of X, 10 km west of Y". :func:`read_hints`
finds such a phrase right after a mention whose anchor ``Y`` is the next mention;
:func:`fits` says whether a candidate of ``X`` lies where the hint says, and
:func:`estimate` gives the point and the area (a geodesic annulus sector around the anchor)
the text allows when the gazetteer has no fitting ``X``.

Stages (modules of this package): :mod:`~geo.text.hints.base` (the records
:class:`Hint` and :class:`Negation`, distance bands, shared patterns),
:mod:`~geo.text.hints.directed` (hints after a mention, and :func:`read_hints`),
:mod:`~geo.text.hints.negations` ("not to be confused with ... north-east of it"),
:mod:`~geo.text.hints.lists` ("near A, B and C", "(both near Y)"),
:mod:`~geo.text.hints.vicinity` ("X, on the western approaches to Y", "X, just outside
Y"), :mod:`~geo.text.hints.bearings` ("X, 045 degrees from Y at 20 km") and
:mod:`~geo.text.hints.geometry` (:func:`fits`, :func:`estimate`).
"""

from __future__ import annotations

from .base import NEAR_KM as NEAR_KM
from .base import UNSTATED_BAND_KM as UNSTATED_BAND_KM
from .base import UNSTATED_FIT_KM as UNSTATED_FIT_KM
from .base import UNSTATED_VILLAGE_FIT_KM as UNSTATED_VILLAGE_FIT_KM
from .base import Hint, Negation
from .directed import (
    PART_OF_KM,
    hint_follows,
    named_after,
    nearby_before,
    part_of_follows,
    read_hints,
    settlement_after,
)
from .geometry import estimate, fits
from .lists import in_near_list, list_hint_near
from .negations import NEGATED_BAND_KM as NEGATED_BAND_KM

__all__ = [
    "PART_OF_KM",
    "Hint",
    "Negation",
    "estimate",
    "fits",
    "hint_follows",
    "in_near_list",
    "list_hint_near",
    "named_after",
    "nearby_before",
    "part_of_follows",
    "read_hints",
    "settlement_after",
]
