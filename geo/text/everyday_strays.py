"""Everyday words read as small, far-off places: "National Guard and Reserve members".

A capitalised everyday word ("Reserve", "Landmark", "Reform", "Valor") may be the
name of a small town somewhere (Reserve, Louisiana; Landmark, Arkansas; Reform,
Alabama): recognition takes it when nothing says it is no place.  A reader takes it
for a place only when the text supports it: a cue ("in Reserve"), a container
("Reserve, La."), a list of places, a route's other end ("the Kyiv-Chop highway"), a
hint, or a town near the text's other places.
:func:`drop_everyday_strays` drops, after resolution, the toponyms that have none of
these: a single title-case word among the commonest English words
(:data:`EVERYDAY_RANK`; any of the 30,000 the gazetteer ranks when it opens a sentence,
where the capital says nothing: "Cocoa prices rose ... in Ivory Coast"), or one the
text also writes in lower case with the word after it
("glide bombs hit Sumy ... Glide bombs hit Zaporizhzhia": no Glide, Oregon) or writes
before a weapon ("Glide bombs hit Kupiansk"; so too one left without a place), read as a
populated place of fewer than
:data:`STRAY_POPULATION` people, with no cue, container, list or hint, in a text whose
other towns and regions all lie elsewhere: none in its first-level region, none within
:data:`NEAR_KM`.  A text naming no town or region tells by its countries ("Guard and
Reserve troops arrived in Kenya": no Reserve, Louisiana); one naming none keeps it (nothing to tell
by), and a name the text also gives a cue or container elsewhere is kept everywhere.

Cost: one pass over the toponyms; each stray is measured against at most
:data:`MAX_CONTEXT` of the text's places.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..geometry.measures import within_km
from ..model import Place, Toponym
from . import lexicon as lx
from .lists import ROUTE_WORDS
from .tokens import Mention

__all__ = [
    "EVERYDAY_RANK",
    "EVERYDAY_REGION_RANK",
    "NEAR_KM",
    "STRAY_POPULATION",
    "drop_everyday_strays",
]

#: A word among this many of the commonest English words is an everyday word.
EVERYDAY_RANK = 12_000
#: A region or a large town read by another of its names is an everyday word's only
#: among this many ("Go", "Soul", "Mass"): a region's name news writes often ("Kashmir",
#: rank 10,384 of a web corpus) is no everyday word, nor is a given name ("Izmail").
EVERYDAY_REGION_RANK = 3_000
#: A place at least this populous keeps its name ("Reading", "Mobile" of Alabama).
STRAY_POPULATION = 50_000
#: Another place of the text within this distance (km) supports a stray's reading.
NEAR_KM = 150.0
#: The text's places a stray is measured against (its first, in text order).
MAX_CONTEXT = 60
#: The readings of a stray's name tested against the text's places.
MAX_READINGS = 10
#: A preposition of place right before the word: "of Nelson", "on Broadway", "to Union".
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|at|on|of|from|to|near|into|outside|inside|across|around|toward|"
    r"towards|via|between|throughout|within)[ \t]+$",
    re.IGNORECASE,
)
_BEFORE_CHARS = 12
_PAIR_GAPS = frozenset({", ", ",\n", " (", ","})
#: What a stray is read as: a town, or a region by another of its names ("Go").
_STRAY_KINDS = frozenset({"place", "admin1", "admin2"})
_CONTEXT_KINDS = frozenset({"place", "admin1", "admin2"})


def drop_everyday_strays(
    text: str,
    gaz: Gazetteer,
    toponyms: Sequence[Toponym],
    mentions: Sequence[Mention],
    hinted: Collection[tuple[int, int]] = (),
) -> tuple[Toponym, ...]:
    """``toponyms`` without the everyday words read as small far-off places (see the
    module docstring); ``mentions`` are recognition's (their cues, containers and
    lists), ``hinted`` the spans a spatial hint locates."""
    by_span = {(m.start, m.end): m for m in mentions}
    lowered = _LowerWords(text)
    strays = [
        k
        for k, t in enumerate(toponyms)
        if _stray(gaz, t, by_span.get((t.start, t.end)), hinted, lowered)
        and not _paired(text, toponyms, k)
        and not _route_end(text, toponyms, k)
        and (
            _POSSESSIVE.match(text, t.end) is not None  # "at Culver's": a shop's name
            or not _PLACE_BEFORE.search(text, max(0, t.start - _BEFORE_CHARS), t.start)
        )
    ]
    # Left without a place, a word the text writes in lower case is that word.
    unplaced = {k for k in strays if toponyms[k].place is None}
    if unplaced:
        toponyms = [t for k, t in enumerate(toponyms) if k not in unplaced]
        return drop_everyday_strays(text, gaz, toponyms, mentions, hinted)
    if not strays:
        return tuple(toponyms)
    stray_set = set(strays)
    supported = {
        t.text.lower() for k, t in enumerate(toponyms) if k not in stray_set and t.place is not None
    }  # "in Reserve ... Reserve officials": the name is the town's everywhere
    context = [
        t.place
        for k, t in enumerate(toponyms)
        if k not in stray_set
        and t.place is not None
        and t.place.kind in _CONTEXT_KINDS
        and not t.estimated
    ][:MAX_CONTEXT]
    countries: frozenset[str] = frozenset()
    if not context:  # "Guard and Reserve troops in Kenya": the text's countries tell
        countries = frozenset(
            t.place.country_code
            for k, t in enumerate(toponyms)
            if k not in stray_set and t.place is not None and t.place.kind == "country"
        )
        if not countries:
            return tuple(toponyms)
    regions = {(p.country_code, p.admin1_code) for p in context if p.admin1_code}
    drop = set()
    for k in strays:
        if toponyms[k].text.lower() in supported:
            continue
        m, place = by_span[toponyms[k].start, toponyms[k].end], toponyms[k].place
        if place is None:
            continue
        # Any reading of the name near the text's places (resolution may have taken
        # another namesake: that is no word's doing).
        readings = [gaz.place(c.record) for c in m.candidates[:MAX_READINGS]]
        readings.append(place)
        if any(
            p.kind in _STRAY_KINDS and (p.country_code in countries or _near(p, regions, context))
            for p in readings
        ):
            continue
        drop.add(k)
    return tuple(t for k, t in enumerate(toponyms) if k not in drop)


def _paired(text: str, toponyms: Sequence[Toponym], k: int) -> bool:
    """Is toponym ``k`` one half of a "Town, Region" pair ("Croft, Yorkshire")?"""
    t = toponyms[k]
    if k and text[toponyms[k - 1].end : t.start] in _PAIR_GAPS:
        return True
    return k + 1 < len(toponyms) and text[t.end : toponyms[k + 1].start] in _PAIR_GAPS


def _route_end(text: str, toponyms: Sequence[Toponym], k: int) -> bool:
    """Is toponym ``k`` an end of a route its names join by dashes ("the Kyiv-Chop
    highway", "the Kyiv–Chop road": :data:`~geo.text.lists.ROUTE_WORDS`)?  A road's end
    is a place, whatever else its name means."""
    n, t = len(toponyms), toponyms[k]
    if not (
        (k and text[toponyms[k - 1].end : t.start] in _DASHES)
        or (k + 1 < n and text[t.end : toponyms[k + 1].start] in _DASHES)
    ):
        return False
    j = k
    while j + 1 < n and text[toponyms[j].end : toponyms[j + 1].start] in _DASHES:
        j += 1
    word = _WORD_AFTER.match(text, toponyms[j].end)
    return word is not None and word.group(1).lower() in ROUTE_WORDS


_DASHES = frozenset({"-", "–", "—"})
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")


def _near(place: Place, regions: set[tuple[str, str]], context: Sequence[Place]) -> bool:
    """Does ``place`` lie in a first-level region of ``regions`` or within
    :data:`NEAR_KM` of a place of ``context``?"""
    if place.admin1_code and (place.country_code, place.admin1_code) in regions:
        return True
    here = (place.lat, place.lon)
    return any(within_km(here, (p.lat, p.lon), NEAR_KM) for p in context)


class _LowerWords:
    """The pairs of words ``text`` writes in lower case ("glide bombs"): the matches of
    :data:`_LOWER_PAIR`, each looked for where its first word occurs (``str.find``: a
    text is asked about a few pairs, and a scan of the whole text cost more)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __contains__(self, pair: object) -> bool:
        if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str)):
            return False
        text, first = self.text, pair[0]
        at = text.find(first) if first else -1
        while at >= 0:
            # (a match starts only at a word's start: where it is, one ``findall`` finds)
            m = _LOWER_PAIR.match(text, at)
            if m is not None and m.groups() == pair:
                return True
            at = text.find(first, at + 1)
        return False

    def after(self, t: Toponym) -> tuple[str, str]:
        """The toponym's word in lower case and the word after it ("glide", "bombs")."""
        m = _NEXT_WORD.match(self.text, t.end)
        return (t.text.lower(), m.group(1) if m else "")


#: A possessive right after the word: "Culver's", "Moody’s".
_POSSESSIVE = re.compile(r"['’]s(?![\w'’-])")
#: Two lower-case words in a row ("glide bombs"). The word's start is a look-behind after
#: its first letter (``re`` skips to the letters in C, a pattern opening with a look-behind
#: is tried at every character), its letters possessive (a shorter run is followed by a
#: letter, never by what comes next): the matches of
#: ``(?<![\w'’-])([a-z]{3,})(?=[ \t]+([a-z]{2,})(?![\w'’-]))``.
_LOWER_PAIR = re.compile(r"([a-z](?<![\w'’-][a-z])[a-z]{2,}+)(?=[ \t]+([a-z]{2,}+)(?![\w'’-]))")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]{2,})(?![\w'’-])")


def _stray(
    gaz: Gazetteer,
    t: Toponym,
    m: Mention | None,
    hinted: Collection[tuple[int, int]],
    lowered: _LowerWords | None = None,
) -> bool:
    """Is ``t`` an everyday word read as a small place, with nothing in the text for it,
    or left without a place and written in lower case elsewhere in the text?"""
    place = t.place
    word = t.text
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False  # one title-case word ("Reserve"), not "BEIRUT" or "DeSoto"
    if place is None:
        return (
            not t.estimated
            and not t.cue
            and m is not None
            and not (m.cue or m.containers or m.siblings or m.dateline or m.reading)
            and (t.start, t.end) not in hinted
            and lowered is not None
            # "Glide bombs fell on ...": unplaced, and a weapon's word (or lower case too)
            and (lowered.after(t) in lowered or lowered.after(t)[1] in _WEAPONS)
        )
    possessive = _POSSESSIVE.match(lowered.text, t.end) is not None if lowered else False
    if place.kind not in _STRAY_KINDS or t.estimated or (t.cue and not possessive):
        return False
    if normalize(place.name) == normalize(word) and (
        place.kind != "place" or place.population >= STRAY_POPULATION
    ):
        return False  # a region, or a large town, of this very name
    if m is None or (m.cue and not possessive) or m.containers or m.siblings or m.dateline:
        return False
    if m.reading or (t.start, t.end) in hinted:
        return False
    rank = gaz.common_rank(word.lower())
    if rank is not None and lowered is not None and _opens_sentence(lowered.text, t.start):
        # "Cocoa prices rose ...": the capital says only where the sentence begins, so
        # any common word there is one (Cocoa, Florida, is rank 12,206).
        rank = min(rank, EVERYDAY_RANK - 1)
    if place.kind != "place" or place.population >= STRAY_POPULATION:
        # a region or a large town by another of its names: "Go", "Soul"; not "Kashmir",
        # nor a given name ("Izmail", Izmayil's other name)
        return rank is not None and rank < EVERYDAY_REGION_RANK
    return (
        (rank is not None and rank < EVERYDAY_RANK)
        or word.lower() in lx.first_names()
        # "Culver's, 1200 DeKalb Ave.", "Moody's Analytics": a business named after its
        # founder, as small towns are
        or possessive
        # "glide bombs hit Sumy ... Glide bombs hit Zaporizhzhia": the phrase, lower case
        or (lowered is not None and lowered.after(t) in lowered)
        # "Glide bombs hit Kupiansk": a word naming a weapon, not Glide, Oregon
        or (lowered is not None and lowered.after(t)[1] in _WEAPONS)
    )


#: What may stand between a sentence's end and the first word of the next: space, quotes.
_SENTENCE_GAP = " \t\"'“‘(["


def _opens_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open the text, a line or a sentence ("... rain. Cocoa")?
    (An initial's dot reads as a sentence's end: "E. Colby" is a person, no town either.)"""
    k = start
    while k > 0 and text[k - 1] in _SENTENCE_GAP:
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n\r"


#: Weapons a capitalised word before them qualifies ("Glide bombs", "Cluster munitions").
_WEAPONS = frozenset({
    "bomb", "bombs", "drone", "drones", "missile", "missiles", "munitions", "rockets",
    "shells", "mines",
})  # fmt: skip
