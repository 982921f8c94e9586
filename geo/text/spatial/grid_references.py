"""Military grid references written in the text: "MGRS 37U DQ 12345 67890", "grid
37UDQ1234567890".

An OSINT write-up or a military report often gives a position as an MGRS reference: a UTM
zone (1-60) and latitude band (C-X, no I or O), a 100 km square (two letters), then an
easting and a northing of as many digits each (one to five: 10 km to 1 m), which name the
square of that size whose south-west corner they give.  Each is a ``point`` feature at the
centre of that square, converted to latitude and longitude by the ``mgrs`` package (its
NGA GeoTrans conversion; no conversion is written here), with ``uncertainty_km`` half the
square's side (5 km for "37U DQ 1 6"; at least 1 m, for five digits).

Read where a word says it is a reference ("MGRS", "grid", "coordinates", "geolocated",
"position", "location", earlier in its sentence) or, without one, with four digits or more
in each half (a 10 m reference is no product code): "Route 5 N AB 12 34" is not one.  A
reference the package rejects (a square that zone lacks) gives nothing.
"""

from __future__ import annotations

import logging
import re

from shapely.geometry import Point

from ...model import Feature

__all__ = ["find_grid_references"]

log = logging.getLogger(__name__)

_REFERENCE = re.compile(
    r"(?<![\w-])(?P<zone>60|[1-5]\d|0?[1-9])[ \t]?(?P<band>[C-HJ-NP-X])[ \t]?"
    r"(?P<square>[A-HJ-NP-Z][A-HJ-NP-V])[ \t]?"
    r"(?P<digits>\d{1,5}[ \t]\d{1,5}|\d{2,10})(?![\w-]|\.\d)"
)
_NEEDS = re.compile(r"\d[ \t]?[C-HJ-NP-X][ \t]?[A-HJ-NP-Z][A-HJ-NP-V]")
_CUE = re.compile(
    r"\b(?:MGRS|grid|coordinates|co-ordinates|coords|geolocat\w*|position|location)\b",
    re.IGNORECASE,
)
_CUE_REACH = 80
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
#: Digits in each half that make a reference without a word saying so (10 m).
_BARE_DIGITS = 4
_KM_PER_M = 0.001


def _halves(digits: str) -> tuple[str, str] | None:
    """The easting and northing of a reference's digits, as many each, or None."""
    parts = digits.split()
    if len(parts) == 2:
        return (parts[0], parts[1]) if len(parts[0]) == len(parts[1]) else None
    if len(digits) % 2:
        return None
    half = len(digits) // 2
    return digits[:half], digits[half:]


def _cued(text: str, start: int) -> bool:
    """Does a word saying so come earlier in the reference's sentence?"""
    lo = max(0, start - _CUE_REACH)
    cues = [m.end() for m in _CUE.finditer(text, lo, start)]
    return bool(cues) and _SENTENCE_STOP.search(text, cues[-1], start) is None


def _converter():  # -> mgrs.MGRS | False (the package is imported here only)
    """The ``mgrs`` package's converter, loaded for texts that hold a reference; False,
    with a warning, where the package is missing (an install older than the dependency)."""
    try:
        import mgrs
    except ImportError:
        log.warning("MGRS grid references are not read: the mgrs package is not installed")
        return False
    return mgrs.MGRS()


def find_grid_references(text: str) -> list[Feature]:
    """The MGRS references of ``text`` as ``point`` features (see the module docstring).

    Examples
    --------
    >>> [(f.text, round(f.geometry.y, 3), round(f.geometry.x, 3), f.uncertainty_km)
    ...  for f in find_grid_references("MGRS 37U DQ 12345 67890 shows a church.")]
    [('37U DQ 12345 67890', 49.357, 37.793, 0.001)]
    >>> find_grid_references("Flight 5G AB 12 34 left at noon.")
    []
    """
    if _NEEDS.search(text) is None:
        return []
    out = []
    converter = None
    for m in _REFERENCE.finditer(text):
        halves = _halves(m["digits"])
        if halves is None or len(halves[0]) > 5:
            continue
        if len(halves[0]) < _BARE_DIGITS and not _cued(text, m.start()):
            continue
        if converter is None:
            converter = _converter()
            if converter is False:
                return out
        # The square's centre: one more digit, half its side ("1" -> "15").
        centre = "5" if len(halves[0]) < 5 else ""
        east, north = halves[0] + centre, halves[1] + centre
        ref = f"{int(m['zone'])}{m['band']}{m['square']}{east}{north}"
        try:
            lat, lon = converter.toLatLon(ref)
        except Exception:  # mgrs' MGRSError (not exported): a square the zone lacks
            continue
        if not (-80.0 <= lat <= 84.0 and -180.0 <= lon <= 180.0):
            continue
        unit_m = 10.0 ** (5 - len(halves[0]))
        out.append(
            Feature(
                "point",
                m.start(),
                m.end(),
                m.group(),
                Point(round(lon, 6), round(lat, 6)),
                uncertainty_km=max(round(unit_m / 2.0 * _KM_PER_M, 3), _KM_PER_M),
                note="MGRS grid reference written in the text",
            )
        )
    return out
