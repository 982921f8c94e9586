"""Claims stage 3 helper: "the dead were civilians" answers a claim of fighters killed.

"Mali's army said its drone strike had 'neutralised' about 30 terrorists, but local
officials said most of the dead were civilians attending a wedding": the officials'
words dispute the army's toll, though they share no word with it. :func:`civilian_dead`
finds such an answer: a claim that the dead ("those killed", "the victims", "most of the
dead") were civilians (villagers, farmers, children, wedding guests), after another
speaker's claim of killing fighters (terrorists, militants, jihadists, insurgents).
A substring gate first, then two bounded searches of the two claims' spans.
"""

from __future__ import annotations

import re

from .context import _Draft

__all__ = ["civilian_dead"]

#: "most of the dead were civilians", "those killed were farmers", "the victims were
#: mostly women and children".
_CIVILIAN_DEAD = re.compile(
    r"\b(?:(?:most|many|all|some|nearly\s+all)\s+of\s+)?(?:the|those)\s+(?:dead|killed|"
    r"victims|people\s+killed|people\s+who\s+died)\s+(?:were|was|had\s+been)\s+"
    r"(?:(?:all|mostly|largely|mainly|ordinary|unarmed)\s+)*"
    r"(?:civilians|villagers|farmers|herders|fishermen|women|children|residents|"
    r"worshippers|traders|miners|displaced|wedding\s+guests|guests|mourners|students)\b",
    re.IGNORECASE,
)
#: A claim of fighters killed: "'neutralised' about 30 terrorists", "killed 20 militants".
_FIGHTERS_KILLED = re.compile(
    r"\b(?:killed|neutrali[sz]ed|eliminated|killing|neutrali[sz]ing)[\"”’']?\s+"
    r"(?:(?:about|around|some|at\s+least|more\s+than|over|nearly|dozens\s+of|several)\s+)?"
    r"(?:[\d,]+\s+)?(?:[\w-]+\s+)?(?:terrorists|militants|jihadists|fighters|insurgents|"
    r"gunmen|combatants|extremists|bandits|rebels)\b",
    re.IGNORECASE,
)


def civilian_dead(text: str, d: _Draft, before: _Draft) -> re.Match[str] | None:
    """The words of claim ``d`` saying the dead were civilians, when ``before`` (another
    speaker's claim) claims fighters killed; else None."""
    if d.source == before.source or "were" not in text[d.start : d.end]:
        return None  # cheap gate: no "were" in the answer
    m = _CIVILIAN_DEAD.search(text, d.start, d.end)
    if m is None or _FIGHTERS_KILLED.search(text, before.start, before.end) is None:
        return None
    return m
