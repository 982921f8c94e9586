"""Text stages: tokens, toponyms, resolution (and later spatial expressions, claims)."""

from .geoparse import geoparse

__all__ = ["geoparse"]
