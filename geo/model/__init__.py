"""Domain records: frozen dataclasses checked on construction.

Located records implement ``__geo_interface__`` (GeoJSON, (lon, lat)), so
shapely, geopandas and folium take them directly.

One module per kind of record: :mod:`~geo.model.places` (:class:`Place`,
:class:`Toponym`), :mod:`~geo.model.features` (:class:`Feature`),
:mod:`~geo.model.claims` (:class:`Claim`, :class:`Quantity`,
:class:`DateSpan`) and :mod:`~geo.model.document` (:class:`Analysis`); import
them from here (``from geo.model import Toponym``).
"""

from __future__ import annotations

# Not public; still importable from here, as before the split.
from ._common import _check_km, _check_lat_lon, _check_span, _geometry_dict, round_geojson  # noqa: F401
from .claims import CLAIM_KINDS, STATUSES, Claim, DateSpan, Quantity
from .document import Analysis
from .features import FEATURE_KINDS, Feature
from .places import KINDS, Kind, Place, Toponym

__all__ = [
    "CLAIM_KINDS",
    "FEATURE_KINDS",
    "KINDS",
    "STATUSES",
    "Analysis",
    "Claim",
    "DateSpan",
    "Feature",
    "Kind",
    "Place",
    "Quantity",
    "Toponym",
]
