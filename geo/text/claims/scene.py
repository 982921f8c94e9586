"""Claims stage 2c, scene: whose a speaker named by a bare word is, from the text around it.

**A state body named bare.**
"In neighbouring Niger, the army said 10 soldiers were killed": the army is Niger's,
whatever army spoke before in the article. A clause that opens by placing itself in a
country ("In Niger,", "Meanwhile, in neighbouring Chad,") and whose speaker is a
state body named without a country ("the army", "the military", "the junta", "the
defence ministry") gives that body the country. Read by
:func:`~geo.text.claims.sides.speaker_side` before a body's earlier side; linear in
the few characters before the speaker.

**A body of "the rebels"**: "the rebels' health ministry", "the group's military
wing" belong to the non-state armed group the text named last before them ("the
Houthi-held port ..., the rebels' health ministry said": the Houthis'), not to the
country they hold ground in. Read by :func:`~geo.text.claims.sides.speaker_side`;
linear in a bounded window before the speaker.

**A national body reporting an attack on its country**: "Russian forces launched 49
drones at Ukraine overnight, the Air Force reported": the air force of the country
attacked, when the claim names one attacker by nationality and places in one other
country. Read by :func:`~geo.text.claims.sides.speaker_side` last; linear in the claim.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon as lx
from .allegiance import _family
from .context import _Context
from .gained_ground import gaining_country
from .parties import _PARTIES
from .relations import attacker
from .striking_forces import striking_country

__all__ = [
    "another_scene",
    "attacked_country",
    "group_of_possessive",
    "joined_country",
    "opening_country",
    "paragraph_country",
    "scene_country",
]


#: A state's own body named bare: "the army", "the military", "the Defence Ministry".
_BARE_STATE_BODY = re.compile(
    r"(?i:the)\s+(?:(?i:national|regular|federal)\s+)?(?i:army|military|armed\s+forces|junta|"
    r"government|police|gendarmerie|navy|air\s+force|presidency|"
    r"(?:defen[cs]e|interior|foreign|health)\s+ministry|ministry\s+of\s+(?:defen[cs]e|"
    r"the\s+interior|health)|ministry)$"
)
#: A compass lead before "in": "Further east, in Niger,", "To the south, in Chad,".
_COMPASS = (
    r"(?:[Ff]urther|[Ff]arther|[Tt]o\s+the|[Dd]ue)\s+(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ward)?"
)
#: What opens a clause set in a place, up to the place: "In", "Inside", "In neighbouring",
#: "Meanwhile, in", "Elsewhere in", "Across the border in", "Further east, in".
_OPENING = re.compile(
    r"(?:(?:^|(?<=[\s\"“(]))(?:In|Inside|Within)|"
    rf"(?:[Mm]eanwhile|[Ss]eparately|[Aa]lso|[Ee]lsewhere|[Nn]earby|{_COMPASS}),?\s+in|"
    r"[Ee]lsewhere\s+in|[Aa]cross\s+the\s+border\s+in)\s+"
    r"(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central)\s+)?$"
)
#: How far before the speaker the opening may start (characters).
_BACK = 80


def scene_country(ctx: _Context, subj_start: int, source: str) -> str | None:
    """The ISO code of the country a clause opens in ("In neighbouring Niger, the army
    said": ``"NE"``) when its speaker ``source``, starting at ``subj_start``, is a
    state body named without a country; else None.

    The country must be named as a country (not a town of it), right before the
    speaker but for a comma, after an opening such as "In" or "Meanwhile, in"; or open
    the sentence before, when the body opens the next one of the same paragraph; or open
    the speaker's own sentence, when the body opens a later clause of it ("In Sudan, the
    RSF said ..., while the army said ...").
    """
    if subj_start <= 0 or _BARE_STATE_BODY.match(source) is None:
        return None
    return (
        striking_country(ctx, subj_start, source)  # "The army said it had targeted ..."
        or _scene_here(ctx, subj_start, _CIVIL_BODY.match(source) is not None)
        or _scene_before(ctx, subj_start)
        or _scene_of_sentence(ctx, subj_start)
    )


#: A civil body that reports on its own ground only: "the Health Ministry" after "In Gaza,"
#: is the ministry of the territory named, even a part of one (an army or a defence
#: ministry speaks of ground it fights on: "In the Donetsk region, the Defence Ministry").
_CIVIL_BODY = re.compile(r"(?i:the)\s+(?i:health\s+ministry|ministry\s+of\s+health)$")


def _scene_here(ctx: _Context, subj_start: int, civil: bool = False) -> str | None:
    """The country named right before the speaker after an opening ("In Niger, the
    army"); for a ``civil`` body also a division or a place of it ("In Gaza, the Health
    Ministry": the Palestinian territory's)."""
    text = ctx.text
    places = ctx.literal_places(max(0, subj_start - _BACK), subj_start)
    if not places:
        return None
    last = places[-1]
    place = getattr(last, "place", None)
    if place is None or not place.country_code or (place.kind != "country" and not civil):
        return None
    if text[last.end : subj_start].strip() != ",":
        return None
    if _OPENING.search(text, max(0, last.start - 40), last.start) is None:
        return None
    return str(place.country_code)


#: The end of the sentence before a speaker that opens its own, in the same paragraph.
_SENTENCE_BEFORE = re.compile(r"[.!?][\"”’']?[ \t]+$")
#: How far back the sentence before may start (characters).
_PREVIOUS_BACK = 300


def _scene_before(ctx: _Context, subj_start: int) -> str | None:
    """The country the sentence before opened in ("In Ethiopia, the Fano militia says ...
    . The federal army called that claim false": ``"ET"``), when the bare body opens the
    next sentence of the same paragraph; else None."""
    text = ctx.text
    end = _SENTENCE_BEFORE.search(text, max(0, subj_start - 3), subj_start)
    if end is None:
        return None
    return _sentence_opens_in(ctx, max(0, end.start() - _PREVIOUS_BACK), end.start())


def _sentence_opens_in(ctx: _Context, lo: int, end: int) -> str | None:
    """:func:`_opens_in_country` of the sentence that ends at ``end``, when it starts
    after ``lo`` (the window's start: a sentence starting further back is not read)."""
    window = ctx.text[lo:end]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
    if cut < 0 and lo > 0:
        return None
    return _opens_in_country(ctx, lo + cut + 1, end)


def _opens_in_country(ctx: _Context, start: int, limit: int) -> str | None:
    """The ISO code of the country the sentence starting at ``start`` opens in ("In
    Ethiopia, ..."), its place before ``limit``; else None."""
    text = ctx.text
    while start < limit and text[start].isspace():
        start += 1
    first = _first_country(ctx, start, limit)
    if first is None or not text[start : first.start].strip():
        return None
    opening = _OPENING.match(text, start, first.start)
    return str(first.place.country_code) if opening is not None else None


def _first_country(ctx: _Context, start: int, end: int) -> Any:
    """The first literal toponym of ``text[start:end]`` (within :data:`_BACK` of
    ``start``) when it is a country followed by a comma ("In Ethiopia, ..."); else None."""
    places = ctx.literal_places(start, min(end, start + _BACK))
    if not places:
        return None
    first = places[0]
    place = getattr(first, "place", None)
    if place is None or place.kind != "country" or not place.country_code:
        return None
    return first if ctx.text.startswith(",", first.end) else None


#: A state body or its spokesperson named bare: "A government spokeswoman", "the army".
_BARE_VOICE = re.compile(
    r"(?i:the|a|an)\s+(?:(?i:national|federal|central)\s+)?(?i:government|army|military|"
    r"police|presidency|(?:defen[cs]e|interior|foreign|health)\s+ministry|ministry)"
    r"(?:\s+(?i:spokes(?:man|woman|person)|official|officials|source|sources))?$"
)
#: How far back the paragraph may open (characters).
_PARAGRAPH_BACK = 1200


def paragraph_country(ctx: _Context, subj_start: int, source: str) -> str | None:
    """The ISO code of the country the paragraph opens in ("In Iran, an explosion at
    the port ... A government spokeswoman said": ``"IR"``) when the speaker ``source`` is
    a state body or its spokesperson named bare, further on in that paragraph; else None
    (:func:`opening_country` reads the opening)."""
    if subj_start <= 0 or _BARE_VOICE.match(source) is None:
        return None
    text = ctx.text
    lo = max(0, subj_start - _PARAGRAPH_BACK)
    para = text.rfind("\n", lo, subj_start)
    if para < 0 and lo > 0:
        return None  # the paragraph opens further back than the window
    return opening_country(ctx, para + 1, subj_start)


def another_scene(ctx: _Context, start: int, paragraph_start: int, before: tuple[int, int]) -> bool:
    """Whether the claim at ``start`` stands in a paragraph (from ``paragraph_start``)
    that opens in a country ("In southern Iran, a fire broke out ...") the claim
    ``text[before[0]:before[1]]`` of an earlier paragraph does not name: a scene of its
    own, where nothing it says answers that claim."""
    code = opening_country(ctx, paragraph_start, start)
    if code is None:
        return False
    return not any(
        (p := getattr(t, "place", None)) is not None and p.country_code == code
        for t in ctx.literal_places(*before)
    )


#: A clause joined after the sentence's first: "..., while the army said", "; the army",
#: or the attribution closing the sentence: "In Niger, 12 soldiers were killed, the
#: defence ministry said".
_LATER_CLAUSE = re.compile(r"(?:,\s*(?:while|whereas|and|but)?|;|\bwhile|\bbut)\s+$")


def _scene_of_sentence(ctx: _Context, subj_start: int) -> str | None:
    """The country the speaker's own sentence opened in, when the bare body opens a later
    clause of it ("In Sudan, the RSF said ..., while the army said ...": ``"SD"``) or
    closes it ("Further east, in Niger, 12 soldiers were killed, the defence ministry
    said": ``"NE"``, whatever country the sentence before opened in)."""
    text = ctx.text
    if _LATER_CLAUSE.search(text, max(0, subj_start - 12), subj_start) is None:
        return None
    return _sentence_opens_in(ctx, max(0, subj_start - _SENTENCE_BACK), subj_start)


#: A bare "and" just before a speaker: a clause joined to another speaker's.
_AND_BEFORE = re.compile(r"\sand\s+$")
#: The first word of the sentence, its first speaker's country: "Lebanon's", "Lebanese".
_FIRST_WORD = re.compile(r"\s*(?P<word>[A-Z][a-z]+)(?:[’']s)?\s")
#: How far back the sentence's start may be (characters).
_SENTENCE_BACK = 300


def joined_country(ctx: _Context, subj_start: int, source: str) -> str | None:
    """The ISO code of the country whose speaker opens the sentence, when the state body
    ``source`` named bare follows it after a bare "and" ("Lebanon's state news agency
    said two civilians were wounded and the army said ...": Lebanon's army, not the
    army that spoke in the sentence before); else None."""
    if subj_start <= 0 or _BARE_STATE_BODY.match(source) is None:
        return None
    text = ctx.text
    lo = max(0, subj_start - _SENTENCE_BACK)
    if _AND_BEFORE.search(text, lo, subj_start) is None:
        return None
    window = text[lo:subj_start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    if cut < 0 and lo > 0:
        return None  # the sentence starts further back than the window
    m = _FIRST_WORD.match(window, cut + 1)
    if m is None:
        return None
    word = m.group("word")
    code = lx.DEMONYMS.get(word.lower())
    names = {name: c for c, name in ctx.country_names.items()}
    return code or names.get(word)


def opening_country(ctx: _Context, start: int, end: int) -> str | None:
    """The ISO code of the country the claim ``text[start:end]`` opens in ("In Burkina
    Faso, an attack ... killed 50 soldiers, according to security sources": ``"BF"``),
    named as a country after an opening such as "In" and before a comma; else None.
    Read for a national body named without a country, before the dateline's country."""
    text = ctx.text
    first = _first_country(ctx, start, end)
    if first is None or not _OPENING.search(text, start, first.start):
        return None
    return None if text[start : first.start].count(" ") > 4 else str(first.place.country_code)


#: A generic word for an armed group, as the owner of a body: "the rebels' health
#: ministry", "the group's military wing", "the militia's spokesman".
_GROUP_OWNER = re.compile(
    r"\b(?:(?:rebel|militant|insurgent|jihadist|fighter)s[’']|"
    r"(?:rebel|group|militia|movement|insurgency)[’']s)(?=\s)",
    re.IGNORECASE,
)
#: Non-state parties of the party table (side None): (pattern, party).
_NON_STATE = tuple((rx, party) for rx, side, party in _PARTIES if side is None)
_ANY_NON_STATE = re.compile("|".join(rx.pattern for rx, _ in _NON_STATE), re.IGNORECASE)
#: How far back the group may be named (characters).
_GROUP_BACK = 3000


def group_of_possessive(ctx: _Context, phrase: str, subj_start: int) -> str | None:
    """The party of the non-state armed group that owns the speaker ("the rebels'
    health ministry": the group named last before ``subj_start``), or None when the
    phrase has no such owner or no group was named."""
    if _GROUP_OWNER.search(phrase) is None:
        return None
    found = list(_ANY_NON_STATE.finditer(ctx.text, max(0, subj_start - _GROUP_BACK), subj_start))
    if not found:
        return None
    last = found[-1]
    return next((party for rx, party in _NON_STATE if rx.fullmatch(last.group())), None)


#: Forces of a nationality launching an attack: "Russian forces launched 49 drones".
_LAUNCHED = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:forces|troops|army|military|aviation|navy)\s+"
    r"(?:\w+\s+){0,2}?(?:launched|fired|attacked|struck|hit|shelled|targeted)\b"
)


def attacked_country(ctx: _Context, words: str, start: int, end: int) -> str | None:
    """The country a national body named without one (``words``: "the Air Force", "the
    military") defends, from its claim ``text[start:end]``: the one country of the
    claim's places when the claim names an attacker of another nationality ("Russian
    forces launched 49 drones at Ukraine"); a body reporting one nation's forces took a
    place is that nation's (:func:`~geo.text.claims.gained_ground.gaining_country`);
    else None."""
    if (gainer := gaining_country(ctx.text, words, start, end)) is not None:
        return gainer  # "The Defense Ministry reported that Russian forces liberated ..."
    if _family(words) is None:
        return None
    m = _LAUNCHED.search(ctx.text, start, end)
    hitter = lx.DEMONYMS.get(m.group("who").lower()) if m else attacker(ctx.text, start, end)
    if hitter is None:
        return None
    codes = {
        p.country_code
        for t in ctx.literal_places(start, end)
        if (p := getattr(t, "place", None)) is not None and p.country_code
    }
    codes.discard(hitter)
    return codes.pop() if len(codes) == 1 else None
