"""Conditions of an answer (:mod:`.answers`) asked before its costly patterns.

``answers`` searches the contradiction and concession patterns over a claim's span for
every claim it weighs against an earlier one, and almost none holds a match (over the
news dev corpora, 1 span in 350). Each pattern's match is then only used under
conditions that do not depend on it: a miss needs the word "missed", a concession the
speakers' sides and a claim of capture before. Those are asked first here, so the
pattern runs only where its match could count; where it runs, it runs as before (same
answers, byte-identical analyses).
"""

from __future__ import annotations

import re

from ..fold import FoldedPattern, folded
from .context import _Draft
from .sides import INDEPENDENT
from .status import _CONTRADICTION

__all__ = [
    "MISS_REACH",
    "_F_CONTRADICTION",
    "_MISSED",
    "concession_sides",
    "fits_claim",
    "misses",
]

#: ``_CONTRADICTION`` searched case-sensitively on the folded text (same matches).
_F_CONTRADICTION = FoldedPattern(_CONTRADICTION.pattern, _CONTRADICTION.flags)

#: A miss contradicts only a claim of a hit ("scored a direct hit"), not a report of a
#: missile landing near a ship.
_MISSED = re.compile(r"missed", re.IGNORECASE)

#: An attack said to have failed: "a drone attack had been repelled", "was foiled".
_FOILED = re.compile(r"foiled|thwarted|repelled|repulsed", re.IGNORECASE)
#: What a report of an attack heard or seen tells: "Explosions were reported", "blasts".
_SOUNDS = re.compile(r"\b(?:explosions?|blasts?|bangs?|booms?)\b", re.IGNORECASE)


def fits_claim(text: str, m: re.Match[str], before: _Draft, hit: re.Pattern[str]) -> bool:
    """Whether the contradiction ``m`` contradicts what the claim ``before`` tells: a miss
    only a claim of a hit (``hit``: "scored a direct hit", not a missile landing near a
    ship), an attack repelled or foiled no report of explosions that tells of no hit
    ("Explosions were reported in Sevastopol" then "a drone attack had been repelled": air
    defences make explosions too)."""
    claimed_hit = hit.search(text, before.start, before.end) is not None
    if _MISSED.search(m.group()) is not None:
        return claimed_hit
    if _FOILED.search(m.group()) is not None and not claimed_hit:
        return _SOUNDS.search(text, before.start, before.end) is None
    return True


#: How many sentences back a miss reaches for the claim of a hit it answers.
MISS_REACH = 3


def misses(text: str, d: _Draft) -> bool:
    """Whether the claim ``d`` says a strike missed ("the missile had missed"): a
    contradiction (``_CONTRADICTION``) whose words hold "missed"; a span without the word
    (case-folded, as ``re.IGNORECASE`` reads it) is not searched."""
    if folded(text).find("missed", d.start, d.end) < 0:
        return False
    m = _F_CONTRADICTION.search(text, d.start, d.end)
    return m is not None and _MISSED.search(m.group()) is not None


def concession_sides(d: _Draft, before: _Draft) -> bool:
    """Whether the sides let ``d`` concede ``before`` (a necessary condition of
    :func:`.answers._answer`'s concession): a state's speaker after another state's
    claim or a named party's (``before.party``), or a speaker of no side after a state's
    (whose own retreat ``_answer`` checks). ``INDEPENDENT`` concedes nothing."""
    if d.side is None:
        return before.side not in (None, INDEPENDENT)
    if d.side == INDEPENDENT:
        return False
    return before.side not in (None, INDEPENDENT, d.side) or (
        before.side is None and bool(before.party)
    )


#: A contradiction saying only that a place is still held or controlled.
_HOLDING = re.compile(
    r"(?:still|remains?|remained|continu\w*\s+to)\s+(?:hold|held|control|defend|in\s|under\s)",
    re.IGNORECASE,
)
#: What a claim says of a place's control, which such a contradiction answers: a capture,
#: an advance, an encirclement, an assault, a withdrawal, troops in a place.
_OF_CONTROL = re.compile(
    r"\b(?:(?:re)?(?:took|taken|tak(?:e|es|ing)|captur\w*|seiz\w*|gain\w*)|liberat\w*|"
    r"entered|occup\w*|control\w*|f[ae]ll(?:en)?|overr\w*|advanc\w*|encircl\w*|surround\w*|"
    r"assault\w*|attack\w*|storm\w*|push\w*|cut\s+off|blockad\w*|withdr[ae]w\w*|retreat\w*|"
    r"pull\w*\s+(?:out|back)|lost|posit\w*|offensive|flags?|(?:troops|forces|soldiers|units|"
    r"fighters)\s+(?:\w+\s+)?(?:in|inside|into|at))\b",
    re.IGNORECASE,
)


def held_elsewhere(text: str, m: re.Match[str], before: _Draft) -> bool:
    """Whether contradiction ``m`` only says a place is still held ("which marks the area
    Israeli forces still control") while ``before`` says nothing of any place's control
    (a strike's toll): then it answers nothing."""
    return (
        _HOLDING.match(m.group()) is not None
        and _OF_CONTROL.search(text, before.start, before.end) is None
    )
