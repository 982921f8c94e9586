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


#: A capture the evidence states itself ("indicates that Russian forces seized Ivanivka
#: and advanced into southern Novopavlivka"), unless negated just before it.
_TAKEN = re.compile(r"\b(?:seized|captured|took|liberated|occupied)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no)\b", re.IGNORECASE)
#: How far before a capture word its negation may be ("has not observed evidence that
#: Russian forces have seized").
_NEGATION_REACH = 60


def short_advance(text: str, evidence: _Draft) -> bool:
    """Whether the claim ``evidence`` (footage, imagery) shows forces advancing into a
    part of a place, no more: no capture of its own but one it has not seen (see the
    module docstring)."""
    a, b = evidence.start, evidence.end
    if _SHORT.search(text, a, b) is None:
        return False
    return all(
        _NEGATED.search(text, max(a, m.start() - _NEGATION_REACH), m.start())
        for m in _TAKEN.finditer(text, a, b)
    )
