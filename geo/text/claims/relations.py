"""Claims stage 2c, relations: what the words around a speaker tell of their side.

Five readings :func:`~geo.text.claims.sides.speaker_side` makes when the speaker's own
phrase names no country: "Its spokesperson" speaks for the organisation that spoke just
before; a subordinate reporting to a country's leader speaks for that country ("Chief
of the General Staff Valery Gerasimov told Russian President Vladimir Putin"; not "Peres
told Egyptian President Hosni Mubarak"); and nobody reports their own side's weapons as
the harm done ("The governor of Kharkov region, Oleg Sinegubov, said Russian strikes had
damaged ...": no Russian official, whatever agency filed the copy); the medium a
speaker spoke in speaks for them later ("the Kremlin said in a readout ... according to
the readout"); and a person, or their office, has the country of the title the text
first gave them, spoken or not ("Putin told Turkish President Tayyip Erdogan ...
Erdogan's office said": Turkey).
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Context

__all__ = [
    "_ITS",
    "_reports_to",
    "affiliated_country",
    "attacker",
    "described_country",
    "remember_medium",
]


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


#: The medium a speaker spoke in, after a cue: "said in its regular intelligence
#: update", "said on Thursday in a readout of the call".
_MEDIUM_AFTER = re.compile(
    r"\b(?:said|says|stated|states|announced|reported|added|wrote|told\s+\w+)\s+"
    r"(?:[\w-]+\s+){0,3}?in\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>update|readout|statement|bulletin|briefing|assessment|report|summary|"
    r"communiqu[eé]|address)\b"
)


def remember_medium(
    ctx: _Context, start: int, end: int, side: tuple[str | None, str | None]
) -> None:
    """Keep ``side``, the side of the claim ``text[start:end]``, for the medium its
    speaker spoke in ("the Kremlin said in a readout": later "according to the readout",
    "the update said" speak for the Kremlin, by a definite description's head noun)."""
    if side == (None, None):
        return
    for m in _MEDIUM_AFTER.finditer(ctx.text, start, end):
        ctx.sides_by_head[m.group("noun").lower()] = side


#: How far before a speaker their titled first mention is looked for (characters): a
#: bounded window, so each speaker costs the same whatever the text's length.
_DESCRIBED_BACK = 3000
#: A title run just before a name: "Turkish President ", "Russia's Foreign Minister ".
_TITLE_RUN = re.compile(r"\b(?P<who>[A-Z][a-z]+)(?:[’']s)?\s+(?:[A-Z][\w.-]*\s+){1,3}$")
#: A person's name, or its possessive opening a phrase: "Erdogan's office".
_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w-]+)[’']s\s")


def described_country(ctx: _Context, phrase: str, source: str, at: int) -> str | None:
    """The country of the title the text first gave the person a speaker (whose phrase
    starts at ``at``) is or belongs to ("Turkish President Tayyip Erdogan" for "Erdogan",
    "Erdogan's office"): a demonym or a country's name opening the title run before the
    person's first full mention in the few thousand characters before; else None."""
    owner = _OWNER.match(phrase)
    name = owner.group("name") if owner is not None else source
    if not name or not all(w[:1].isupper() for w in name.split()):
        return None
    full = ctx.persons.get(name.split()[-1], name)
    at = ctx.text.find(full, max(0, at - _DESCRIBED_BACK), max(0, at) + len(phrase))
    if at <= 0:
        return None
    m = _TITLE_RUN.search(ctx.text, max(0, at - 60), at)
    if m is None:
        return None
    who = m.group("who").lower()
    code = lx.DEMONYMS.get(who)
    if code is None:
        code = next((cc for cc, n in ctx.country_names.items() if n.lower() == who), None)
    return code


#: A relative clause of affiliation: "which is linked to Russian paramilitaries", "who is
#: close to the Russian defence ministry", "aligned with the Israeli government".
_AFFILIATED = re.compile(
    r"\b(?:which|who|that)\s+(?:is|are|was|were|has\s+been)\s+(?:\w+ly\s+)?(?:linked|"
    r"affiliated|aligned|allied|close|tied|connected)\s+(?:to|with)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][a-z]+)\b"
)


def affiliated_country(descriptor: str) -> str | None:
    """The country a description's relative clause ties the speaker to by a demonym
    ("The Telegram channel, which is linked to Russian paramilitaries" -> ``RU``); a
    relative clause about what the speaker does gives none ("who tracks attacks on
    Russian energy sites")."""
    m = _AFFILIATED.search(descriptor)
    return lx.DEMONYMS.get(m.group("who").lower()) if m is not None else None
