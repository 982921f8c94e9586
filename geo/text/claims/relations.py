"""Claims stage 2c, relations: what the words around a speaker tell of their side.

Three readings :func:`~geo.text.claims.sides.speaker_side` makes when the speaker's own
phrase names no country: "Its spokesperson" speaks for the organisation that spoke just
before; a subordinate reporting to a country's leader speaks for that country ("Chief
of the General Staff Valery Gerasimov told Russian President Vladimir Putin"; not "Peres
told Egyptian President Hosni Mubarak"); and nobody reports their own side's weapons as
the harm done ("The governor of Kharkov region, Oleg Sinegubov, said Russian strikes had
damaged ...": no Russian official, whatever agency filed the copy).
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Context

__all__ = ["_ITS", "_reports_to", "attacker"]


#: A description owned by the organisation that spoke last: "Its spokesperson".
_ITS = re.compile(r"\s*(?:Its|its|Their|their)\s")
#: A speaker reporting to a country's leader or officials: "told Russian President
#: Vladimir Putin", "briefed Israeli officials", "reported to the Ukrainian president".
_REPORTS_TO = re.compile(
    r"\s*(?:,[^,]{0,60},\s*)?(?:[a-z]+ly\s+)?(?P<verb>told|tells|briefed|briefs|informed|"
    r"informs|reported\s+to|reports\s+to)\s+(?:the\s+)?(?P<who>[A-Z][a-z]+)\s+(?:[Pp]resident|"
    r"[Pp]rime\s+[Mm]inister|[Ll]eader|[Cc]ommander|[Dd]efen[cs]e\s+[Mm]inister|officials|"
    r"lawmakers|leaders)\b"
)


#: Subordinates whose "told President X" is a report to their own leader (not a
#: president or foreign minister telling a foreign one).
_SUBORDINATE = re.compile(
    r"\b(?:[Cc]hief\s+of\s+(?:the\s+)?[Gg]eneral\s+[Ss]taff|[Cc]ommander|[Gg]eneral|[Cc]olonel|"
    r"[Dd]efen[cs]e\s+[Mm]inister|[Gg]overnor|[Hh]ead\s+of\s+the\s+(?:region|oblast))\b"
)


def _reports_to(ctx: _Context, at: int, words: str) -> str | None:
    """The country whose leader or officials the speaker ending at ``at`` (described by
    ``words``) reports to ("Chief of the General Staff Valery Gerasimov told Russian
    President Vladimir Putin", "briefed Israeli officials"), by the demonym; "told" only
    from a subordinate (not "Peres told Egyptian President Hosni Mubarak"); else None."""
    m = _REPORTS_TO.match(ctx.text, at, min(len(ctx.text), at + 120))
    if m is None or (m.group("verb") in ("told", "tells") and not _SUBORDINATE.search(words)):
        return None
    return lx.DEMONYMS.get(m.group("who").lower())


#: Harm done by a nationality's weapons or forces: "Russian strikes had damaged", "killed
#: in a Ukrainian drone attack".
_ATTACK_BY = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:drones?|missiles?|shelling|strikes?|attacks?|"
    r"bombs?|artillery|forces|troops|army|shells?|rockets?)\s+(?:\w+\s+){0,3}?(?:killed|injured|"
    r"wounded|hit|struck|damaged|destroyed|attacked|shelled|targeted|left|cut|knocked|caused|"
    r"disrupted|burned|set)\b|"
    r"\b(?:killed|injured|wounded|damaged|destroyed)\s+(?:\w+\s+){0,6}?(?:in|by)\s+(?:an?\s+)?"
    r"(?P<who2>[A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:drones?|missiles?|strikes?|attacks?|shelling|"
    r"bombs?|artillery|forces|troops)\b"
)


def attacker(text: str, start: int, end: int) -> str | None:
    """The country whose weapons or forces the claim ``text[start:end]`` says did harm
    ("Russian strikes had damaged energy facilities" -> "RU"), by the first demonym that
    says so, or None."""
    m = _ATTACK_BY.search(text, start, end)
    if m is None:
        return None
    return lx.DEMONYMS.get((m.group("who") or m.group("who2")).lower())
