"""One error root for the package.

Every error the package raises on purpose derives from :class:`GeoError`; each
subclass also inherits the matching built-in, so callers may catch either.
"""

from __future__ import annotations

__all__ = [
    "GazetteerError", "GeoError", "GeocoderError", "InputError", "NetworkError", "RenderError",
]


class GeoError(Exception):
    """Root of every error raised on purpose by :mod:`geo`."""


class InputError(GeoError, ValueError):
    """The caller gave a value the function cannot use (bad coordinate, unit, file...)."""


class NetworkError(InputError):
    """A download the user asked for (``--fetch``, ``--download``) found no network, or
    no server that answered as it should: the user's environment, like a bad input
    (``geo`` exits 2), not a failure of the tool."""


class GazetteerError(GeoError, RuntimeError):
    """The offline gazetteer index is missing, corrupt or cannot be built."""


class GeocoderError(GeoError, RuntimeError):
    """An (optional, online) geocoder failed: timeout, refusal, bad answer."""


class RenderError(GeoError, RuntimeError):
    """A map or static image could not be produced (e.g. no renderer installed)."""
