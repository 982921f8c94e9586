"""A headline's place is the one its story names: "Poland reopens Krynki checkpoint talks".

A headline is terse: its name has none of the words around it that tell namesakes apart
("Krynki", a Polish border town, or Krynky on the Dnipro, which the story also names
later). The story under it says which place it is: :func:`as_in_body` gives a name of
the headline the reading its mentions in the body share, when they share one. The
headline is the text's first line when it is short, ends without a sentence's stop and
has a story after it. One pass over the mentions: linear in the text.

A headline also uses a place's name as an adjective ("as Kupiansk brigade warns"),
where recognition reads a unit named after a place ("the Azov brigade"): the story says
which, and :func:`headline_adjectives` takes back such a name the body names as a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from .candidates import is_namesake
from .tokens import Mention, _norm, _Tokens

__all__ = ["HEADLINE_CHARS", "as_in_body", "headline_adjectives", "headline_end"]

#: A first line longer than this is the story's first paragraph, not its headline.
HEADLINE_CHARS = 200


def headline_end(text: str) -> int:
    """Where the text's headline ends (the end of its first line), or 0 when it has none.

    >>> headline_end("Strikes hit Kupiansk\\n\\nKYIV (Reuters) - Strikes hit Kupiansk.")
    20
    >>> headline_end("Strikes hit Kupiansk, officials said.\\nMore later.")
    0
    """
    end = text.find("\n")
    if end <= 0 or end > HEADLINE_CHARS or not text[end:].strip():
        return 0
    line = text[:end].rstrip()
    if not line or line[-1] in '.!?"”’:;,':
        return 0
    return end


def as_in_body(
    text: str,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    located: Mapping[int, object] | frozenset[int],
    gaz: Gazetteer | None = None,
) -> list[tuple[int | None, float]]:
    """``resolved``, with each name of the headline read as the body's mentions of that
    name all are (those read as a place; those read as a region by their own words, "the
    Zaporozhye region", only where none else is and the headline does not list the name
    with towns, "strikes hit Kharkov, Zaporozhye and Nikolayev", or hears explosions there,
    "explosions reported in Zaporizhzhia"), unless the
    headline's own words locate it (``located``: mention indexes with a hint) or it is a
    region's name; and, given the gazetteer, left without a place where the body reads
    none and states the name in countries the headline's reading is not in ("reopen
    Kartarpur corridor" over "the shrine at Kartarpur in Pakistan": not India's
    Kartarpur)."""
    out = list(resolved)
    end = headline_end(text)
    if not end:
        return out
    heads = [k for k, m in enumerate(mentions) if m.end <= end]
    if not heads:
        return out
    keys = {mentions[k].key for k in heads}
    body: dict[str, set[int]] = {}
    regions: dict[str, set[int]] = {}  # read as regions by their own words
    for k in range(len(mentions)):
        m = mentions[k]
        if m.end > end and m.key in keys and out[k][0] is not None:
            read = regions if m.cue == "region" else body
            read.setdefault(m.key, set()).add(out[k][0])  # type: ignore[arg-type]
    stated = _stated_unread(text, gaz, mentions, out, end, keys) if gaz is not None else {}
    for k in heads:
        m = mentions[k]
        readings = body.get(m.key)
        # "drone attack on Odesa": the city, not the oblast (a city of note)
        target = gaz is not None and _targeted(text, m) and _has_city(gaz, m)
        if not (readings or _among_towns(mentions, out, gaz, k) or _heard_in(text, m) or target):
            # "the Zaporozhye region" is no reading of "strikes hit Kharkov, Zaporozhye and
            # Nikolayev", a list of cities; it is of "airfield in Rostov"
            readings = regions.get(m.key)
        rec = out[k][0]
        if target and gaz is not None and not readings and rec is not None:
            out[k] = (_centre(gaz, m, rec), out[k][1])  # read as the oblast: its centre
            continue
        if not readings and rec is not None and m.key in stated and gaz is not None:
            if gaz.country_code(rec) not in stated[m.key]:
                out[k] = (None, out[k][1])
            continue
        if not readings or len(readings) != 1 or k in located or m.cue == "region":
            continue
        rec = next(iter(readings))
        if out[k][0] != rec and any(c.record == rec for c in m.candidates):
            out[k] = (rec, out[k][1])
    return out


#: Explosions heard in a place, as a headline writes them: people hear them in a city
#: ("explosions reported in Zaporizhzhia", "blasts rock Kherson", "Odesa rocked by
#: explosions"), never in a region as such.
_HEARD_BEFORE = re.compile(
    r"\b(?:(?:explosions?|blasts?)[ \t]+(?:(?:were[ \t]+|are[ \t]+)?(?:reported|heard)[ \t]+)?"
    r"(?:in|over)|(?:explosions?|blasts?)[ \t]+(?:rock|rocks|shake|shakes|hit|hits))[ \t]+$",
    re.IGNORECASE,
)
_HEARD_AFTER = re.compile(
    r"[ \t]+(?:(?:is|was)[ \t]+)?(?:rocked|shaken|hit)[ \t]+by[ \t]+(?:\w+[ \t]+)?"
    r"(?:explosions|blasts)\b",
    re.IGNORECASE,
)


def _framed(text: str, m: Mention, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """Do the headline's words right before ``m`` (40 characters) end as ``before`` does,
    or those right after it open as ``after`` does?"""
    return (
        before.search(text, max(0, m.start - 40), m.start) is not None
        or after.match(text, m.end) is not None
    )


def _heard_in(text: str, m: Mention) -> bool:
    """Does the headline say explosions were heard at ``m`` (the city, whatever region of
    its name the body names)?"""
    return _framed(text, m, _HEARD_BEFORE, _HEARD_AFTER)


#: A strike's target as a headline names it: "drone attack on Odesa", "missile strikes
#: on Kharkiv", "Russia pounds Zaporizhzhia" / "Sumy hit by drones", "Kherson under fire".
#: An attack aims at a city; a region is attacked "in" or "across" ("in Odesa Oblast").
_TARGET_BEFORE = re.compile(
    r"\b(?:(?:attacks?|strikes?|assaults?|raids?|barrages?|bombardments?|bombings?)[ \t]+"
    r"(?:on|against)|shelling[ \t]+of|(?:attacks|pounds|strikes|shells|bombards|hammers)"
    r"|(?:attacked|pounded|struck|shelled|bombarded|hammered))[ \t]+$",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(
    r"[ \t]+(?:(?:is|was)[ \t]+)?(?:(?:hit|struck|attacked|pounded|shelled|targeted)[ \t]+by"
    r"|under[ \t]+(?:attack|fire))\b",
    re.IGNORECASE,
)


def _targeted(text: str, m: Mention) -> bool:
    """Does the headline name ``m`` as an attack's target (a city, whatever region of its
    name the body names)?"""
    return _framed(text, m, _TARGET_BEFORE, _TARGET_AFTER)


#: A headline's target is a city this large: "attack on Tillaberi post" (a town of 20,000)
#: is an army post in the Tillaberi region, 200 km from its centre.
_TARGET_CITY = 100_000


def _has_city(gaz: Gazetteer, m: Mention) -> bool:
    """Is a candidate of ``m`` a place of :data:`_TARGET_CITY` people or more?"""
    return any(gaz.is_place(c.record) and gaz.population(c.record) >= _TARGET_CITY
               for c in m.candidates)  # fmt: skip


def _centre(gaz: Gazetteer, m: Mention, rec: int) -> int:
    """``rec``, or where it is a region, the candidate of ``m`` that is the city the region
    is named after (Odesa for Odesa Oblast)."""
    if gaz.kind(rec) != "admin1":
        return rec
    return next(
        (c.record for c in m.candidates if is_namesake(gaz, c.record, rec)), rec
    )


def _among_towns(
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    gaz: Gazetteer | None,
    k: int,
) -> bool:
    """Is mention ``k`` listed with a name read as a populated place?"""
    if gaz is None:
        return False
    return any(
        (r := resolved[i][0]) is not None and gaz.is_place(r) for i in mentions[k].siblings
    )


def _stated_unread(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    end: int,
    keys: set[str],
) -> dict[str, set[str]]:
    """The countries the body states right after each headline name it reads no place
    for ("Kartarpur in Pakistan", "Kartarpur, Pakistan": the gazetteer has India's only)."""
    out: dict[str, set[str]] = {}
    for k in range(len(mentions) - 1):
        m, after = mentions[k], mentions[k + 1]
        if m.end <= end or m.key not in keys or resolved[k][0] is not None:
            continue
        if text[m.end : after.start] not in _IN_COUNTRY:
            continue
        country = resolved[k + 1][0]
        if country is not None and gaz.kind(country) == "country":
            out.setdefault(m.key, set()).add(gaz.country_code(country))
    return out


_IN_COUNTRY = (" in ", ", ")


#: After a headline's name: a unit word, in lower case ("Kupiansk brigade warns").
_UNIT_AFTER = re.compile(r"[ \t]+(?:brigade|battalion|regiment|unit|garrison|defenders)s?\b")


def headline_adjectives(text: str, tokens: _Tokens, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order), with each word of the headline that recognition left
    out before a lower-case unit word ("Kupiansk brigade"), and not after "the" (a unit's
    name: "the Azov brigade"), read as the body's mention of the same name, when the body
    names it (a new list; one look at the headline's words).
    """
    end = headline_end(text)
    if not end or not mentions or "\n" not in text[: end + 1]:
        return mentions
    body = {m.key: m for m in mentions if m.start > end and m.candidates and not m.fuzzy}
    if not body:
        return mentions
    taken = {m.first for m in mentions if m.end <= end}
    out = mentions
    for i in range(len(tokens.words)):
        start = tokens.starts[i]
        if start >= end:
            break
        if i in taken or not _UNIT_AFTER.match(text, tokens.ends[i]):
            continue
        if i and tokens.words[i - 1].lower() == "the":
            continue
        found = body.get(_norm(tokens.words[i]))
        if (
            found is None
            or found.last != found.first
            or text[found.start : found.end] != (tokens.words[i])
        ):
            continue
        copy = replace(found, start=start, end=tokens.ends[i], first=i, last=i, siblings=(),
                       candidates=list(found.candidates))  # fmt: skip
        if out is mentions:
            out = list(mentions)
        out.insert(bisect_left([m.start for m in out], start), copy)
    return out
