"""Claims stage 2c, sides of bodies named without their country: a national ministry of
home affairs and a person's office.

Rule 5 of :mod:`~geo.text.claims.sides` for two kinds of speaker the text names with no
country:

- a ministry that answers for the state's own territory ("the interior ministry", "the
  Ministry of Internal Affairs", "the emergencies ministry", "the national police"; not
  "police", a town's force as much as a state's)
  speaks for the country of the places its claim names: "Georgian police detained
  dozens in Tbilisi, the interior ministry said" is Georgia's ministry, whatever
  country the paragraph before was about (:func:`domestic_body`); its portfolio keeps it
  apart from another ministry that spoke before ("Azerbaijan's defence ministry
  said ..." lends no side to "the interior ministry", :func:`other_portfolio`);
- "his office", "her office" speaks for the person the pronoun stands for: "Zelenskyy
  arrived in Brussels, his office said" is Ukraine's, "Armenian Prime Minister Nikol
  Pashinyan ..., his office said" Armenia's (:func:`office_holder`).

Sides are kept for later mentions of the same body by its head noun ("the ministry",
"the General Staff": :func:`remember_side`).

Linear: each reads the speaker's phrase and a bounded span before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import _Context

__all__ = [
    "domestic_body",
    "office_holder",
    "other_portfolio",
    "remember_described",
    "remember_side",
]

#: A ministry of home affairs, or the national police, named with no country (not a
#: town's "police", whose claim names no country's side).
_DOMESTIC = re.compile(
    r"(?i:the\s+)?(?i:national\s+police|(?:interior|internal\s+affairs|home\s+affairs|"
    r"emergenc(?:y|ies)(?:\s+situations)?)\s+ministry|ministry\s+of\s+(?:the\s+)?(?:interior|"
    r"internal\s+affairs|home\s+affairs|emergenc(?:y|ies)(?:\s+situations)?))"
)
#: A ministry's portfolio before its head noun: "the interior ministry", "Russia's
#: Defence Ministry".
_PORTFOLIO = re.compile(r"(?i:\b([a-z]+)\s+ministry$)")
_PORTFOLIOS = frozenset(
    "interior defence defense foreign health emergencies emergency justice economy energy "
    "finance education culture agriculture transport information".split()
)
#: The office of the person a pronoun stands for: "his office", "her office".
_OFFICE = re.compile(r"(?i:(?P<pronoun>his|her)\s+(?:press\s+)?(?:office|service|team|aides?))")


def domestic_body(source: str) -> bool:
    """Whether the speaker ``source`` is a ministry of home affairs or the national
    police named without a country (see the module docstring).

    >>> domestic_body("the interior ministry"), domestic_body("the defence ministry")
    (True, False)
    """
    return _DOMESTIC.fullmatch(source) is not None


def other_portfolio(source: str, earlier: str | None) -> bool:
    """Whether ``source`` ("the interior ministry") names a ministry of another
    portfolio than ``earlier``, the speaker with the same head noun before ("Azerbaijan's
    defence ministry"): not the same body.

    >>> other_portfolio("the interior ministry", "Azerbaijan's defence ministry")
    True
    >>> other_portfolio("the ministry", "Azerbaijan's defence ministry")
    False
    """
    ours = _PORTFOLIO.search(source)
    theirs = _PORTFOLIO.search(earlier or "")
    if ours is None or theirs is None:
        return False
    a, b = (_SAME.get(w, w) for w in (ours.group(1).lower(), theirs.group(1).lower()))
    return a in _PORTFOLIOS and b in _PORTFOLIOS and a != b


#: Spellings of one portfolio.
_SAME = {"defense": "defence", "emergency": "emergencies"}


def office_holder(
    persons: list[tuple[int, str]], offsets: list[int], phrase: str, at: int
) -> str | None:
    """The person "his office" at offset ``at`` stands for: the last person the text
    named before it (``persons``, (offset, full name), and their ``offsets``, ascending);
    None when ``phrase`` is no such office or no person was named."""
    if _OFFICE.fullmatch(phrase.strip()) is None:
        return None
    k = bisect_left(offsets, at)
    return persons[k - 1][1] if k else None


#: Head words too vague to stand for one speaker ("the officials" may be anyone's).
_NO_HEAD = frozenset(
    "officials official people residents sources source spokesman spokeswoman spokesperson "
    "authorities authority he she they it".split()
)


def remember_described(ctx: _Context, attr: Any, side: tuple[str | None, str | None]) -> None:
    """Keep the side of the speaker of ``attr`` (an ``_Attribution``) under its description
    too: an organisation's own ("power company DTEK": later "the company"); a person's
    before their name ("spokesman for Ukraine's Southern Defence Forces, Vladyslav
    Voloshyn": later "the spokesman", :func:`.allegiance.latest_in_role`), with no head
    noun of its own (not "the channel" after "Dva Mayora, another pro-Russian channel")."""
    if not attr.descriptor:
        return
    if attr.kind == "org":
        remember_side(ctx, attr.descriptor, side)
    elif attr.source is not None and (side[0] is not None or side[1] is not None):
        ctx.sides.setdefault(f"{attr.descriptor}, {attr.source}", side)


def remember_side(ctx: _Context, source: str | None, side: tuple[str | None, str | None]) -> None:
    """Keep a speaker's side for later mentions of the same source (names, pronouns)."""
    if source is not None and (side[0] is not None or side[1] is not None):
        ctx.sides.setdefault(source, side)
        # The head noun is the last word, or the one before "of" ("the UK Ministry of
        # Defence", "the General Staff of the Armed Forces of Ukraine": later "the
        # ministry", "the General Staff") or "for" ("the Syrian Observatory for Human
        # Rights": later "the Observatory").
        heads = {source.rsplit(None, 1)[-1].lower()}
        for of in _HEAD_OF.finditer(source):  # "the summary of the Ministry of Defence"
            if of.group(1).lower() in _BODIES:
                heads.add(of.group(1).lower())  # a body, not a person ("the head of ...")
                break
        # the kind of body before a service's head: "State Border Guard Service" → later
        # "Border guard spokesman Andriy Demchenko" speaks for it (:data:`_SERVED`)
        served = _SERVED.search(source)
        kind = served.group(1).lower().removesuffix("s") if served is not None else ""
        for word in (kind, f"{kind}s") if kind else ():  # "border guards" too
            ctx.sides_by_head.setdefault(word, side)
        for head in heads:
            if head.isalpha() and head not in _NO_HEAD:
                ctx.sides_by_head[head] = side  # the latest speaker with that head noun
            elif head.isalpha() and head.endswith("s"):
                ctx.sides_by_head[f"+{head}"] = side  # only for "One source" of them


#: A kind of force named before a service's head noun: "Border Guard Service", "Coast
#: Guard Command", "Emergency Service" (the word before the head, its own later name).
_SERVED = re.compile(
    r"\b(Guards?|Police|Rescue|Emergency|Navy|Marine)\s+"
    r"(?:Service|Command|Directorate|Agency|Department|Administration)\b"
)
#: The head of a body named with "of": "Ministry of Defence", "Staff of the Armed Forces".
_HEAD_OF = re.compile(r"([A-Za-z]+)\s+(?:of|for)\s")
_BODIES = frozenset(
    "ministry staff department office service council committee command agency "
    "administration directorate forces force corps observatory institute centre center "
    "network commission".split()
)
