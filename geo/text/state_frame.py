"""A small namesake in another state than a local story's places is the story's own.

"One driver lived in Alexandria; the other came from Nelson", in a story whose towns
and counties all lie in west-central Minnesota: GeoNames' ``cities500`` has no Nelson
in Minnesota, so resolution takes one of the ten Nelsons it knows, 800 km and more
away in another state.  A reader takes Nelson for a town
near Alexandria: local news names its own towns bare.  :mod:`geo.text.frame` reads a
namesake in a country the story never names so; this module does it inside the story's
country, one level down.

A text is *framed by a state* (:func:`state_frame`) when at least :data:`MIN_PLACES`
distinct towns and counties it reads lie in one first-level region, they make
:data:`FRAME_SHARE` of all its towns and counties at least (and more than any other
region holds), and they lie together
(their spread, :func:`geo.text.area.text_area`, at most :data:`LOCAL_KM`).  A reading
*strays* from it (:func:`state_namesakes`) when it is a town

* of the frame's country, in another first-level region of which the text reads
  nothing else (neither the region itself nor another town or county of it),
* read bare: no container ("Nelson, Ga."), no cue but "in", no demonym or negation,
  and alone: no list (its partners locate a name of a list: "near Ridkodub, Karpivka
  and Shandryholove"), no front line's prior (:func:`geo.text.front.mark_front` weighs
  a front's namesakes),
* of a name the gazetteer gives :data:`MIN_NAMESAKES` towns at least (a name with
  one town is that town, however far: "a drone hit Starokostiantyniv"),
* small (under :data:`LOCAL_POPULATION` people, no capital: a city is named from
  anywhere),
* farther than :data:`FAR_KM` from the middle of the frame's places,
* no country's name ("in Jordan": no town of Minnesota), and
* no everyday word or given name standing alone ("a speech by Mayor Ann Bell", "at
  the Gates of the park", a firm named after its founder before "'s":
  :mod:`geo.text.everyday_strays` drops those far readings, and an estimate near the
  text's places would keep them) unless a preposition of place comes before it
  ("came from Nelson"), nor a surname after an initial ("J. Nelson").

Such a reading moves to the name's town in the frame's region, if the gazetteer has
one, else is left without a place and estimated in the frame's region
(:func:`geo.text.container_partners.partner_estimate`, near a place of its paragraph);
every bare mention of the name read as that town moves with it.

Cost: one pass over the mentions to find the frame, one over the readings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from . import lexicon as lx
from .area import text_area
from .candidates import is_capital
from .everyday_strays import EVERYDAY_RANK
from .tokens import Mention

__all__ = [
    "FAR_KM",
    "FRAME_SHARE",
    "LOCAL_KM",
    "LOCAL_POPULATION",
    "MIN_NAMESAKES",
    "MIN_PLACES",
    "state_frame",
    "state_namesakes",
]

#: A state frames a text with this many distinct towns and counties of it, at least.
MIN_PLACES = 2
#: ... making at least this share of the text's distinct towns and counties (more than
#: any other state makes).
FRAME_SHARE = 0.5
#: ... lying within this many km of their middle (their spread): a local story's area.
LOCAL_KM = 250.0
#: A namesake this far (km) from the middle of the frame's places is on another map.
FAR_KM = 300.0
#: A town this populous may be named for its own sake in a local story.
LOCAL_POPULATION = 50_000
#: A name is a namesake's when the gazetteer has this many towns of it, at least.
MIN_NAMESAKES = 2
#: The cues that leave a reading to the text's area: none, or a bare "in".
_AREA_CUES = frozenset({"", "in"})
#: The kinds of reading that place a text in its state: its towns and its counties.
_LOCAL_KINDS = frozenset({"place", "admin2"})
#: A preposition of place right before a name: "of Nelson", "near Howland".
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|at|of|from|to|near|outside|around|toward|towards|via)[ \t]+$",
    re.IGNORECASE,
)
_BEFORE_CHARS = 12
#: A given name's initial before a name: "J. Nelson", a person.
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]+$")
#: Where a sentence opens (the text's start, or a stop and space, quotes allowed).
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"'”’)]*[ \t\n]+)[\"'“‘(]*$")
#: A possessive after a name: a business named after its founder ("Dyer's Bakery").
_POSSESSIVE = re.compile(r"['’]s(?![\w'’-])")


def state_frame(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[tuple[str, str], tuple[float, float]] | None:
    """((country code, admin-1 code), middle (lat, lon) of its places) of the state
    that frames the text (module docstring), else None."""
    local = {
        rec
        for m, (rec, _) in zip(mentions, resolved, strict=True)
        if rec is not None and not m.fuzzy and gaz.kind(rec) in _LOCAL_KINDS
    }
    states = Counter((gaz.country_code(r), gaz.admin1(r)[0]) for r in local)
    if not states:
        return None
    (state, held), *others = states.most_common(2)
    if (
        not state[1]
        or held < MIN_PLACES
        or held < FRAME_SHARE * len(local)
        or (others and others[0][1] >= held)
    ):
        return None
    inside = sorted(r for r in local if (gaz.country_code(r), gaz.admin1(r)[0]) == state)
    area = text_area([gaz.lat_lon(r) for r in inside])
    if area is None or area[1] > LOCAL_KM:
        return None
    return state, area[0]


def state_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """``resolved`` with each stray namesake of a state-framed text moved to the name's
    town in the frame's region, or left without a place; and, for those left, mention
    index -> the frame's region record to estimate them in (module docstring)."""
    out = list(resolved)
    frame = state_frame(gaz, mentions, resolved)
    if frame is None:
        return out, {}
    (country, code), middle = frame
    regions = gaz.regions(country, code)
    if not regions:
        return out, {}
    # Readings per state: a stray's state holds nothing else of the text.
    held = Counter(
        (gaz.country_code(r), gaz.admin1(r)[0])
        for r in {r for r, _ in resolved if r is not None}
        if gaz.kind(r) != "country"
    )
    moved: dict[str, tuple[int, int | None]] = {}  # name -> (far record, its town inside)
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.key in moved or not _strays(gaz, m, rec, country, middle, held):
            continue
        if _everyday(text, gaz, m):
            continue
        inside = next(
            (
                c.record
                for c in m.candidates
                if gaz.is_place(c.record)
                and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) == (country, code)
            ),
            None,
        )
        moved[m.key] = (rec, inside)
    stated: dict[int, int] = {}
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        far = moved.get(m.key)
        if far is None or rec != far[0] or m.containers:
            continue
        if far[1] is not None:
            out[k] = (far[1], score)
        else:
            out[k] = (None, score)
            stated[k] = regions[0]
    return out, stated


def _strays(
    gaz: Gazetteer,
    m: Mention,
    rec: int,
    country: str,
    middle: tuple[float, float],
    held: Counter[tuple[str, str]],
) -> bool:
    """Does mention ``m``, read as ``rec``, stray from a text framed by a state of
    ``country`` whose places' middle is ``middle`` (module docstring)?"""
    if (
        m.fuzzy
        or m.unknown
        or m.containers
        or m.cue not in _AREA_CUES
        or m.demonym_country
        or m.against
        or m.siblings  # "near Ridkodub, Karpivka and Shandryholove": its partners tell
        or m.front  # a front line's village: geo.text.front weighs its namesakes
        or not gaz.is_place(rec)
        or any(gaz.kind(c.record) == "country" for c in m.candidates)  # "in Jordan"
        or gaz.country_code(rec) != country
        or held[(country, gaz.admin1(rec)[0])] > 1
        or gaz.population(rec) >= LOCAL_POPULATION
        or is_capital(gaz, rec)
    ):
        return False
    towns = sum(1 for c in m.candidates if gaz.is_place(c.record))
    return towns >= MIN_NAMESAKES and distance_km(middle, gaz.lat_lon(rec)) > FAR_KM


def _everyday(text: str, gaz: Gazetteer, m: Mention) -> bool:
    """Is mention ``m`` one title-case word before a possessive (a business's), after
    an initial (a person's), or an everyday word or a given name with no preposition
    of place before it (any common word where a sentence opens)?"""
    word = text[m.start : m.end]
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False  # "DeSoto", "Sun Valley": no everyday word
    if _POSSESSIVE.match(text, m.end):
        return True  # "at Dyer's Bakery": a business, whatever comes before
    if _PLACE_BEFORE.search(text, max(0, m.start - _BEFORE_CHARS), m.start):
        return False
    if _INITIAL_BEFORE.search(text, max(0, m.start - _BEFORE_CHARS), m.start):
        return True  # "J. Nelson": a person's surname
    rank = gaz.common_rank(word.lower())
    if rank is not None and _SENTENCE_BEFORE.search(text, max(0, m.start - _BEFORE_CHARS), m.start):
        return True  # "Rodeo riders met ...": any common word, where a sentence opens
    return (rank is not None and rank < EVERYDAY_RANK) or word.lower() in lx.first_names()
