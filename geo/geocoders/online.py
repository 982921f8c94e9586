"""Online geocoders: chaining, rate limit, on-disk cache, geopy services on request.

:class:`GeocoderChain` tries geocoders in order (the offline one first);
:class:`CachedGeocoder` wraps a geopy geocoder with geopy's
:class:`~geopy.extra.rate_limiter.RateLimiter` and an SQLite cache of its
answers; :func:`online_geocoder` builds one for a geopy service. Nothing
touches the network or the disk when constructed.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GeocoderError, InputError
from ..gazetteer.index import cache_dir

if TYPE_CHECKING:  # geopy (and requests) are imported when a Location is made
    from geopy.location import Location

__all__ = ["CachedGeocoder", "GeocoderChain", "online_geocoder"]


class GeocoderChain:
    """Try geocoders in order; the first that answers wins.

    Put the offline :class:`GazetteerGeocoder` first and an online one (from
    :func:`online_geocoder`) after it to reach the network only for names the
    gazetteer does not know. Options a geocoder does not accept are dropped
    for it.
    """

    def __init__(self, geocoders: Sequence[Any]) -> None:
        if not geocoders:
            raise InputError("a GeocoderChain needs at least one geocoder")
        self.geocoders = list(geocoders)

    def _call(self, method: str, query: Any, **kwargs: Any) -> Any:
        from geopy.exc import GeopyError

        for geocoder in self.geocoders:
            fn: Callable[..., Any] = getattr(geocoder, method)
            try:
                result = fn(query, **kwargs)
            except TypeError:
                # A geocoder that does not take one of our options: retry with the basics.
                basic = {k: v for k, v in kwargs.items() if k in ("exactly_one", "timeout")}
                result = fn(query, **basic)
            except GeopyError as err:
                raise GeocoderError(f"{type(geocoder).__name__} failed: {err}") from err
            if result:
                return result
        return None

    def geocode(self, query: str, **kwargs: Any) -> Location | list[Location] | None:
        return self._call("geocode", query, **kwargs)

    def reverse(self, query: Any, **kwargs: Any) -> Location | list[Location] | None:
        return self._call("reverse", query, **kwargs)


class CachedGeocoder:
    """Wrap a geopy geocoder with a rate limit and an on-disk cache.

    Parameters
    ----------
    geocoder : geopy geocoder
        Any object with geopy's ``geocode``/``reverse``.
    cache_path : path, optional
        SQLite file for cached answers (default: ``<cache dir>/geocoder-cache.sqlite``);
        opened on first use, not here.
    min_delay_seconds : float
        Least time between two calls that reach the geocoder (geopy's RateLimiter).
    name : str
        Namespaces the cache so two services never share answers.
    """

    def __init__(
        self,
        geocoder: Any,
        *,
        cache_path: str | Path | None = None,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        name: str | None = None,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder
        self.name = name or type(geocoder).__name__
        self.cache_path = Path(cache_path) if cache_path else None
        self._geocode = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            swallow_exceptions=False,
        )
        self._reverse = RateLimiter(
            geocoder.reverse,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            swallow_exceptions=False,
        )
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            path = self.cache_path or cache_dir() / "geocoder-cache.sqlite"
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT)"
            )
        return self._db

    def _cached(self, method: str, fn: Callable[..., Any], query: Any, kwargs: dict) -> Any:
        key = json.dumps([self.name, method, str(query), kwargs], sort_keys=True, default=str)
        with self._lock:
            row = self._conn().execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        if row is not None:
            return _locations_from_json(row[0])
        result = fn(query, **kwargs)
        with self._lock, self._conn() as db:
            db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?)", (key, _locations_to_json(result))
            )
        return result

    def geocode(self, query: str, **kwargs: Any) -> Any:
        return self._cached("geocode", self._geocode, query, kwargs)

    def reverse(self, query: Any, **kwargs: Any) -> Any:
        return self._cached("reverse", self._reverse, query, kwargs)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _locations_to_json(result: Any) -> str:
    from geopy.location import Location

    def one(loc: Location) -> dict[str, Any]:
        return {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw}

    if result is None:
        return "null"
    if isinstance(result, Location):
        return json.dumps({"one": one(result)}, default=str)
    return json.dumps({"many": [one(x) for x in result]}, default=str)


def _locations_from_json(text: str) -> Any:
    from geopy.location import Location

    data = json.loads(text)
    if data is None:
        return None

    def loc(d: dict[str, Any]) -> Location:
        return Location(d["address"], (d["lat"], d["lon"]), d["raw"])

    return loc(data["one"]) if "one" in data else [loc(d) for d in data["many"]]


def online_geocoder(
    service: str = "nominatim",
    *,
    user_agent: str,
    timeout: float = 10.0,
    min_delay_seconds: float = 1.0,
    cache_path: str | Path | None = None,
    **options: Any,
) -> CachedGeocoder:
    """An online geopy geocoder, rate-limited and cached; only built when asked for.

    Nominatim's usage policy allows one request per second and needs an
    identifying ``user_agent``.
    """
    from geopy.exc import GeocoderNotFound
    from geopy.geocoders import get_geocoder_for_service

    if not user_agent or not user_agent.strip():
        raise InputError("online geocoders need a user_agent that identifies your application")
    try:
        cls = get_geocoder_for_service(service)
    except GeocoderNotFound as err:
        raise InputError(f"unknown geocoding service {service!r}: {err}") from err
    geocoder = cls(user_agent=user_agent, timeout=timeout, **options)
    return CachedGeocoder(
        geocoder, cache_path=cache_path, min_delay_seconds=min_delay_seconds, name=service
    )
