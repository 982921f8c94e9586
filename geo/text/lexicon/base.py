"""Word lists, shared helpers: how a block of words or phrases becomes a list.

The topic modules of :mod:`geo.text.lexicon` import these; this module imports none of
them.
"""

from __future__ import annotations

from ...gazetteer.normalize import normalize

__all__: list[str] = []


def _phrases(text: str) -> list[str]:
    """Normalised phrases separated by "|" or line ends (words within one by spaces)."""
    return [normalize(p) for p in text.replace("\n", "|").split("|") if p.strip()]


def _words(text: str) -> list[str]:
    """Split a block of words (keeps the lists readable and easy to edit)."""
    return text.split()
