"""geo: map what a front-line news article claims, and where.

The flat public namespace. Nothing here touches the network or reads the
gazetteer at import time; the offline index is opened on first use.
"""

from __future__ import annotations

import functools
import logging

from ._version import __version__
from .errors import GazetteerError, GeocoderError, GeoError, InputError, RenderError
from .gazetteer.index import Gazetteer, ensure_index, load_gazetteer
from .geocoders import (
    ATTRIBUTION,
    CachedGeocoder,
    GazetteerGeocoder,
    GeocoderChain,
    online_geocoder,
)
from .geometry import (
    area_km2,
    as_lat_lon,
    bearing_deg,
    between,
    buffer_km,
    distance_km,
    lon_lat,
    offset,
    ring,
)
from .model import Analysis, Place, Toponym

__all__ = [
    "ATTRIBUTION",
    "Analysis",
    "CachedGeocoder",
    "Gazetteer",
    "GazetteerError",
    "GazetteerGeocoder",
    "GeoError",
    "GeocoderChain",
    "GeocoderError",
    "InputError",
    "Place",
    "RenderError",
    "Toponym",
    "__version__",
    "analyze",
    "area_km2",
    "as_lat_lon",
    "bearing_deg",
    "between",
    "buffer_km",
    "distance_km",
    "ensure_index",
    "geocode",
    "load_gazetteer",
    "lon_lat",
    "offline_geocoder",
    "offset",
    "online_geocoder",
    "ring",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    # The text pipeline compiles many patterns: import it on first use, so that
    # `geo geocode` and geometry users start fast.
    if name == "analyze":
        from .analysis import analyze

        return analyze
    raise AttributeError(f"module 'geo' has no attribute {name!r}")


def offline_geocoder() -> GazetteerGeocoder:
    """The offline geocoder over the default gazetteer (opened on first use)."""
    return GazetteerGeocoder()


def geocode(query: str, **options):
    """Geocode ``query`` with the offline gazetteer; see :meth:`GazetteerGeocoder.geocode`.

    Examples
    --------
    >>> import geo
    >>> geo.geocode("Kiev").raw["geonameid"]   # doctest: +SKIP
    703448
    """
    return _default_geocoder().geocode(query, **options)


@functools.cache
def _default_geocoder() -> GazetteerGeocoder:
    return GazetteerGeocoder()
