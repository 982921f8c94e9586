"""Claims stage 2b helper, nationality: the countries a speaker's phrase names.

A country or demonym qualifying a speaker's phrase ("Russian analysts", "Ukraine's state
media", "a Russian spokesman for the UN") says which side the speaker is of; read by
:func:`~geo.text.claims.sides.speaker_side`. Linear in the phrase.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Context

__all__ = ["countries_in", "national", "national_words", "war_blogger_country"]

#: A word of a name, hyphenated compounds whole ("pro-Russian", "Russian-backed").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
#: The rest of a facility's name after a demonym in it: "Saudi Maternity Hospital",
#: "Kuwaiti Hospital", "Turkish-Palestinian Friendship Hospital", "Jordanian Field
#: Hospital": a donor's nationality names the building, not the staff's side.
_FACILITY_REST = re.compile(
    r"(?:[\s-]+[A-Z][\w’'-]*){0,3}?[\s-]+(?:Hospital|Clinic|Infirmary|Medical\s+"
    r"(?:Cent(?:er|re)|Complex|City)|Health\s+Cent(?:er|re)|School|University|Mosque)\b"
)


def national(ctx: _Context, start: int, end: int, phrase: str) -> bool:
    """Whether a country itself qualifies the phrase ("Russian analysts", "Ukraine's
    state media"), not only a place where the speaker is ("Yale researchers")."""
    for i in ctx.places.inside(start, end) if start >= 0 else ():
        place = getattr(ctx.toponyms[i], "place", None)
        if place is not None and place.kind == "country":
            return True
    return any(
        (w := m.group().lower().removeprefix("pro-")) in lx.DEMONYMS
        or w.split("-")[0] in lx.DEMONYMS
        for m in _NAME_WORD.finditer(phrase)
    )


def national_words(phrase: str) -> bool:
    """Whether a demonym qualifies the phrase ("a Russian spokesman for the UN")."""
    return any(
        m.group().lower().removeprefix("pro-") in lx.DEMONYMS for m in _NAME_WORD.finditer(phrase)
    )


#: An outlet's noun just before its name: the name is a title, not a place ("the news
#: site Baza", "the newspaper Kommersant"), whatever town shares it.
_OUTLET_NAMED = re.compile(
    r"\b(?:news\s+)?(?:site|website|newspaper|outlet|channel|portal|broadcaster|tabloid)\s+$",
    re.IGNORECASE,
)


def countries_in(ctx: _Context, start: int, end: int, phrase: str) -> list[str]:
    """Country codes the phrase names (places inside it, demonyms), in text order; a
    demonym in a facility's name ("Doctors at the Kuwaiti Hospital") is none."""
    found: list[tuple[int, str]] = []
    if start >= 0:
        for i in ctx.places.inside(start, end):
            t = ctx.toponyms[i]
            place = getattr(t, "place", None)
            named = _OUTLET_NAMED.search(phrase, 0, max(0, t.start - start))  # "news site Baza"
            if place is not None and place.country_code and named is None:
                found.append((t.start - start, place.country_code))
    for m in _NAME_WORD.finditer(phrase):
        word = m.group().lower().removeprefix("pro-")
        head = word.split("-")[0]
        code = lx.DEMONYMS.get(word) or lx.DEMONYMS.get(head)
        if code and not (m.group()[:1].isupper() and _FACILITY_REST.match(phrase, m.end())):
            found.append((m.start(), code))
    return [code for _, code in sorted(found)]


#: Bloggers of the Russian war party by the names English-language copy gives them:
#: "milbloggers", "pro-war bloggers", "Z-bloggers", "voenkors" (the term is Russian
#: usage; Ukraine's are named "Ukrainian milbloggers", with their demonym).
_WAR_BLOGGERS = re.compile(
    r"\b(?:mil-?bloggers?|pro-war\s+(?:military\s+)?(?:bloggers?|commentators?|channels?)|"
    r"Z-(?:bloggers?|channels?)|voenkors?)\b",
    re.IGNORECASE,
)
#: The Russian war bloggers' best-known channels, by the names English copy gives them
#: ("Rybar wrote", "the channel Two Majors", "WarGonzo", "Military Informant"); Ukraine's
#: monitors (DeepState) are independent (:mod:`.parties`).
_WAR_CHANNELS = re.compile(
    r"\b(?:Rybar|Two\s+Majors|Dva\s+Mayora|WarGonzo|Military\s+Informant|Voenny[iy]?\s+"
    r"Osvedomitel|Colonelcassad|Starshe\s+Eddy|Older\s+than\s+Edda|Grey\s+Zone|"
    r"Voenkor\s+Kotenok|Fighterbomber|Archangel\s+(?:of\s+)?Spetsnaz|Podolyak[ai]|Kotsnews|"
    r"Zapiski\s+Veterana|Severny\s+Veter|Readovka)\b"
)


def war_blogger_country(phrase: str) -> str | None:
    """``"RU"`` when the speaker's phrase names the Russian war bloggers with no country
    ("Milbloggers claimed", "Pro-war bloggers said") or one of their channels by name
    ("Rybar wrote", "Milblogger Two Majors claimed"), else ``None``; a phrase with a
    country or demonym is read by :func:`countries_in` first."""
    return "RU" if _WAR_BLOGGERS.search(phrase) or _WAR_CHANNELS.search(phrase) else None
