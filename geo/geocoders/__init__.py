"""Geocoders with geopy's interface: the offline gazetteer first, online ones on request.

Every geocoder here has ``geocode(query, *, exactly_one=True, timeout=...)`` and
``reverse(point, *, exactly_one=True, timeout=...)`` and returns
:class:`geopy.location.Location` objects (the gazetteer record in ``.raw``) or
``None``, so the offline :class:`GazetteerGeocoder` and any geopy geocoder are
interchangeable and can be chained with :class:`GeocoderChain`.

Nothing here touches the network or the disk when constructed. Online
geocoders exist only when :func:`online_geocoder` is called, and always come
with a timeout, geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` and an
on-disk cache.

The package holds two parts: :mod:`geo.geocoders.offline` (the gazetteer
geocoder and its query parsing) and :mod:`geo.geocoders.online` (chaining,
rate limit and cache, online services); every name is imported from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..text.ranking import Match, rank_candidates  # not the resolution stage's imports
from .offline import ATTRIBUTION, GazetteerGeocoder, parse_region_query

if TYPE_CHECKING:
    from .online import CachedGeocoder, GeocoderChain, online_geocoder

__all__ = [
    "ATTRIBUTION",
    "CachedGeocoder",
    "GazetteerGeocoder",
    "GeocoderChain",
    "Match",
    "online_geocoder",
    "parse_region_query",
    "rank_candidates",
]

#: The names of :mod:`geo.geocoders.online`, imported when first asked for: the offline
#: lookup (``geo geocode``, a map's attribution) loads neither it nor sqlite3.
_ONLINE = frozenset({"CachedGeocoder", "GeocoderChain", "online_geocoder"})


def __getattr__(name: str) -> Any:
    if name in _ONLINE:
        from . import online

        return getattr(online, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
