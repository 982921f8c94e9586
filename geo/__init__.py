"""geo: map what a front-line news article claims, and where.

The flat public namespace. Nothing here touches the network or reads the
gazetteer at import time; the offline index is opened on first use.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from . import _lazy
from ._version import __version__
from .errors import (
    GazetteerError,
    GeocoderError,
    GeoError,
    InputError,
    NetworkError,
    RenderError,
)

# Where each public name lives: imported on first use, so that `import geo` (and every
# command) loads only what it needs: `geo parse` never imports geopy or requests,
# `geo geocode` never imports the text pipeline, nothing imports folium or pandas
# until a map is drawn.
_LAZY = {
    "Gazetteer": "gazetteer.index",
    "ensure_index": "gazetteer.index",
    "load_gazetteer": "gazetteer.index",
    "ATTRIBUTION": "geocoders",
    "CachedGeocoder": "geocoders",
    "GazetteerGeocoder": "geocoders",
    "GeocoderChain": "geocoders",
    "online_geocoder": "geocoders",
    "area_km2": "geometry",
    "as_lat_lon": "geometry",
    "bearing_deg": "geometry",
    "between": "geometry",
    "buffer_km": "geometry",
    "distance_km": "geometry",
    "lon_lat": "geometry",
    "offset": "geometry",
    "ring": "geometry",
    "Analysis": "model",
    "Place": "model",
    "Toponym": "model",
    "analyze": "analysis",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .analysis import analyze
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
    "NetworkError",
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


__getattr__, __dir__ = _lazy.attach(__name__, _LAZY, __all__, globals())


def offline_geocoder():
    """The offline geocoder over the default gazetteer (opened on first use)."""
    from .geocoders import GazetteerGeocoder

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
def _default_geocoder():
    from .geocoders import GazetteerGeocoder

    return GazetteerGeocoder()
