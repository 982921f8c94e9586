"""Claims stage 2c, localities: the country a local official speaks for.

An official of a place ("regional governor Oleh Syniehubov", "Mayor Igor Terekhov",
"Regional Gov. Oleh Kiper", "the head of the city's military administration", "city
officials", "a local official"), and a state's media named without the state ("State
media", "the state-run National News Agency"), speaks
for the country of the places their claim names, or else of the last place the article
named before it; capitals that stand for their governments ("as Moscow pressed its
offensive") count only when nothing else is named. Read by
:func:`~geo.text.claims.sides.speaker_side` (rule 5 of its module docstring); linear in
the claim.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .allegiance import is_capital
from .context import _Context
from .headline_officials import headline_patron
from .segmentation import dateline_span

__all__ = ["local_country", "local_official"]


#: Officials of a place, who speak for the country the place is in: "regional governor",
#: "the mayor", "head of the city's military administration" (not "Moscow-installed":
#: a country named in the phrase answers first).
_LOCAL_OFFICIAL = re.compile(
    r"\b(?:[Gg]overnor|Gov(?=\.)|[Mm]ayor|[Rr]egional|[Mm]unicipal|[Pp]rovincial|[Oo]blast|"
    r"[Dd]istrict\s+(?:head|chief|council)|[Mm]ilitary\s+[Aa]dministration|"
    r"[Hh]ead\s+of\s+the\s+(?:region|oblast|province|district|city)|"
    r"[Cc]ity\s+(?:officials?|authorities|council|hall|administration)|"
    r"[Ll]ocal\s+(?:officials?|authorities|administration)|"
    # a state's media named without the state: "the state-run National News Agency",
    # "State media" speak for the state where what they report happened
    r"[Ss]tate(?:-run|-owned|-controlled)?\s+(?:media|television|TV|broadcaster|radio|"
    r"(?:news\s+)?agency)|[Ss]tate-(?:run|owned|controlled))\b"
)
#: A place named by its country's demonym: "the southern Lebanese town of", "a Russian
#: village".
_DEMONYM_PLACE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:town|city|village|region|province|port|border\s+town)\b"
)
#: A title abbreviated before a name, which the speaker's phrase leaves out: "Gov.".
_ABBREVIATED_TITLE = re.compile(r"\b(?:[Rr]egional\s+)?(?:Gov|Lt\.\s+Gov)\.\s*$")
#: How far back the place an official's claim is about may be named (characters).
_LOCAL_BACK = 2000


def local_country(ctx: _Context, start: int, end: int) -> str | None:
    """The country of a local official's place: of the places the claim names (when
    they are all in one country, countries named beside towns left out; a place named by
    its demonym, "the Lebanese town of
    Aitaroun", when it names none the index has), else of the last place named before it (the
    dateline's city, the town of the story), else None. Metonymic names ("Russia's
    Defense Ministry") are not places here, and a capital that stands for its
    government ("..., as Moscow pressed its offensive") counts only when no other place
    is named. An unnamed official in a headline is the installed one the lede names
    ("..., says regional official" over "the head of the Russian-installed
    administration ...": :func:`~geo.text.claims.headline_officials.headline_patron`)."""
    if (backer := headline_patron(ctx, start)) is not None:
        return backer
    opens, dateline = dateline_span(ctx.text)
    if start <= opens < end:  # a dateline's city ("CAIRO, ...") is not it
        start = dateline
    places = [
        (p, t)
        for t in ctx.literal_places(start, end)
        if (p := getattr(t, "place", None)) is not None and p.country_code
    ]
    # a country named beside towns is no official's ("... in Izmail, near the border with
    # Romania"): the towns' country, unless countries are all the claim names
    towns = [(p, t) for p, t in places if p.kind != "country"] or places
    named = [(p.country_code, is_capital(ctx.text[t.start : t.end])) for p, t in towns]
    codes = {code for code, capital in named if not capital} or {code for code, _ in named}
    if not codes:  # "in the southern Lebanese town of Aitaroun" (a place not in the index)
        codes = {
            code
            for m in _DEMONYM_PLACE.finditer(ctx.text, start, end)
            if (code := lx.DEMONYMS.get(m.group(1).lower()))
        }
    if codes:
        return codes.pop() if len(codes) == 1 else None
    fallback = None
    for t in reversed(ctx.literal_places(max(0, start - _LOCAL_BACK), start)):
        p = getattr(t, "place", None)
        if p is not None and p.country_code:
            if not is_capital(ctx.text[t.start : t.end]):
                return p.country_code
            fallback = fallback or p.country_code
    return fallback


def local_official(ctx: _Context, subj_start: int, phrase: str, descriptor: str) -> bool:
    """Whether the speaker whose phrase ``phrase`` starts at ``subj_start`` (with its
    ``descriptor``) is an official of a place, an abbreviated title before the name
    included ("Regional Gov. Oleh Kiper")."""
    abbreviated = _ABBREVIATED_TITLE.search(ctx.text, max(0, subj_start - 30), max(0, subj_start))
    title = abbreviated.group() if abbreviated is not None else ""
    return _LOCAL_OFFICIAL.search(f"{title} {phrase} {descriptor}") is not None
