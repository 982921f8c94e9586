"""Claims stage 3b, evidence of an advance short of a capture.

"The Russian MoD claimed that Russian forces liberated Novopavlivka and Ivanivka.
Geolocated footage published on November 17 indicates that Russian forces recently
advanced into southern Ivanivka": the footage shows troops in part of the village,
which a capture needs but does not prove, so it does not confirm the claim of capture
(an analyst reads it so: "..., but ISW has not observed evidence that Russian forces have
seized either settlement"). :func:`short_advance` tells such evidence: an advance, an
entry or an infiltration into, in or to a part of a place (its north, south, east or
west, its outskirts, edge or part); not forces "operating in central" a place, which
confirms its capture (``tests/test_claims_reporting.py``). Linear: one search of the
evidence's span.
"""

from __future__ import annotations

import re

from .context import _Draft

__all__ = ["short_advance"]


#: "advanced into southern Ivanivka", "entered the northern outskirts of", "advanced to
#: the eastern edge of".
_SHORT = re.compile(
    r"\b(?:advanced|advancing|entered|infiltrated)\s+"
    r"(?:[a-z]+ly\s+)?(?:(?:in|into|to|toward|towards|along|on)\s+)?(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|eastern|western)?|outskirts|edge|part)\b",
    re.IGNORECASE,
)


def short_advance(text: str, evidence: _Draft) -> bool:
    """Whether the claim ``evidence`` (footage, imagery) shows forces advancing into
    or operating in a part of a place, no more (see the module docstring)."""
    return _SHORT.search(text, evidence.start, evidence.end) is not None
