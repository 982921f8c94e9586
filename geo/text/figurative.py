"""Figurative toponyms: a place named for the event it stands for, not as a location.

"Kursk will not be his Waterloo", "another Vietnam", "Washington is not Saigon in
1975", "Dunkirk moments": commentary names a battle, a war or a defeat by its place
(place-for-event metonymy).  Such a toponym says nothing about where the text's events
happen: :func:`is_figurative` tells it (read by :func:`geo.text.agents.names_an_agent`,
so the toponym is kept, ``metonymic``, and neither drawn nor given to a claim), and
:func:`figurative_places` reads a name of a well-known event
(:data:`geo.text.lexicon.events.EVENT_PLACES`) at the place where it happened, the same
at every mention in the text (Waterloo in Belgium, Dunkirk in France; not the namesake
nearest the text's other places).

Rules (each an anchored regular expression next to the name; linear in the text), where
the name ends its phrase (punctuation, "in 1975", a conjunction follows; never "his
Kharkiv apartment"):

1. **After a possessive**, an event's name only: "his Waterloo", "their own
   Stalingrad" ("its Hong Kong and Macau operations", "named her Santa Fe" stay places);
   a possessive name too ("Moscow's Waterloo", "Putin's Stalingrad", "America's
   Vietnam"), unless it names the event's own country ("Belgium's Waterloo", "Iraq's
   Mosul" are the places: :data:`~geo.text.lexicon.events.EVENT_COUNTRY_NAMES`) or a
   region ("the Kyiv region's Bucha").
2. **After a word of repetition**, an event's name only: "another Vietnam", "a second
   Afghanistan", "the next Aleppo" ("another Jackson in Dakota County" is a namesake).
3. **The complement of a negated or modal copula whose subject is a name**: "Ukraine is
   not Vietnam", "Kursk will not be Waterloo", "Washington is not Saigon in 1975",
   "Bakhmut would be Putin's Stalingrad" (a plain "X is Y" defines: "The capital of
   Malta is Valletta").
4. **Before a word of analogy**: "Dunkirk moments", "a Munich moment", "the Vietnam
   syndrome", "a Srebrenica-style massacre".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .lexicon import REGION_WORDS
from .lexicon.events import EVENT_COUNTRY_NAMES, EVENT_PLACES
from .tokens import Mention

__all__ = ["figurative_places", "is_figurative"]

#: Right after the name: the end of its phrase (a name, not a modifier of a noun nor a
#: possessive: "China is Canada's largest partner").
_PHRASE_END = re.compile(
    r"(?:[ \t]+in[ \t]+(?:1[0-9]|20)\d\d\b)?"  # "Saigon in 1975"
    r"(?=[ \t]*(?:[.,;:!?)\]\"”—–\n]|[’'](?!s\b)|$|[ \t]+(?:and|or|but|for|of|in|to|with|"
    r"as|on|again|yet|after|before|when|if|that|which)\b))"
)
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?i:his|her|their|its|our|my|your)[ \t]+(?:(?i:own|personal|very|next|latest)[ \t]+)?"
    r"[\"“‘']?$"
)
#: Before the name: a capitalised name's possessive ("Moscow's", "Vladimir Putin's", "the
#: Kremlin's"); group 1 is the owner's last word.
_NAME_POSSESSIVE_BEFORE = re.compile(
    r"\b([A-Z][\w.-]*)(?:[’']s|(?<=s)[’'])[ \t]+(?:(?i:own|very|latest)[ \t]+)?[\"“‘']?$"
)
#: An owner's word that makes the owner a region ("the Kyiv region's Bucha").
_REGION_OWNER = frozenset(normalize(w) for w in REGION_WORDS)
#: Before an event's name: a word of repetition ("another Vietnam"; "another Jackson in
#: Dakota County" is a namesake, so only an event's name is read so).
_REPEAT_BEFORE = re.compile(
    r"\b(?:[Aa]nother|(?:a|the)[ \t]+(?:second|new|next|latter-day|modern-day))[ \t]+[\"“‘']?$"
)
#: Before the name: a negated or modal copula whose subject is a name ("Ukraine is not
#: Vietnam", "Bakhmut would be Putin's Stalingrad", "Kursk will not be Waterloo"; a plain
#: "X is Y" is a definition: "The capital of Malta is Valletta").
_COPULA_BEFORE = re.compile(
    r"\b[A-Z][\w’'-]+[ \t]+(?:(?:is|was|isn[’']t|wasn[’']t)(?=[ \t]+(?:not|never|no)\b|"
    r"(?<=t))|(?:will|would|could|may|might|won[’']t)(?:[ \t]+(?:not|never))?[ \t]+be|"
    r"becoming)(?:[ \t]+(?:not|never|no|hardly))?[ \t]+[\"“‘']?$"
)
_ANALOGY_AFTER = re.compile(
    r"(?:[ \t]+(?:moments?|syndrome|scenarios?|analog(?:y|ies)|comparisons?|parallels?|"
    r"redux)\b|[-‐](?:style|like|type)\b)"
)
_LOOK_BEHIND = 48


def is_figurative(text: str, s: int, e: int) -> bool:
    """Does the place name at ``text[s:e]`` stand for an event, not a location (the
    module's rules)?

    >>> text = "Bakhmut was not his Waterloo; let us stop looking for Dunkirk moments."
    >>> is_figurative(text, 20, 28), is_figurative(text, 54, 61), is_figurative(text, 0, 7)
    (True, True, False)
    >>> is_figurative("his Kharkiv apartment was hit", 4, 11)
    False
    """
    if _ANALOGY_AFTER.match(text, e):
        return True
    if not _PHRASE_END.match(text, e):
        return False
    before = text[max(0, s - _LOOK_BEHIND) : s]
    if _COPULA_BEFORE.search(before):
        return True
    if normalize(text[s:e]) not in EVENT_PLACES:
        return False
    if _REPEAT_BEFORE.search(before) or _POSSESSIVE_BEFORE.search(before):
        return True
    owner = _NAME_POSSESSIVE_BEFORE.search(before)
    return owner is not None and _foreign_owner(owner.group(1), text[s:e])


def _foreign_owner(owner: str, name: str) -> bool:
    """Is ``owner`` (the last word of a possessive before an event's ``name``) someone or
    somewhere other than the event's country or a region: a person, a state or a city
    whose undoing the event stands for ("Putin's", "Moscow's"; not "Belgium's Waterloo",
    "the Oblast's Bucha")?"""
    word = normalize(owner).replace(" ", "")  # "U.S." as "us"
    if word in _REGION_OWNER:
        return False
    return word not in EVENT_COUNTRY_NAMES.get(EVENT_PLACES[normalize(name)], ())


def figurative_places(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: list[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """The readings with every mention of a well-known event's name read at the event's
    place when the text uses that name figuratively at least once.

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : list of (record or None, score)
        One per mention, as :func:`geo.text.resolution.resolve` gives them.

    Returns
    -------
    list of (record or None, score)
        A new list; a mention of such a name takes the most important place of that name
        in the event's country (:data:`~geo.text.lexicon.events.EVENT_PLACES`), scored
        as the reading it replaces; where the text also gives the name a container
        ("Waterloo, Iowa"), only its figurative mentions do.  Cost: one check per
        mention.
    """
    used = {
        k
        for k, m in enumerate(mentions)
        if m.key in EVENT_PLACES and not m.unknown and is_figurative(text, m.start, m.end)
    }
    if not used:
        return resolved
    figurative = {mentions[k].key for k in used}
    # "his Waterloo ... a tornado hit Waterloo, Iowa": a namesake the text places by its
    # container ("Town, State") is that town, at every literal mention of the name.
    placed = {m.key for m in mentions if m.key in figurative and m.containers}
    out = list(resolved)
    for k, m in enumerate(mentions):
        if m.key not in figurative or (m.key in placed and k not in used):
            continue
        place = event_place(gaz, m.key)
        if place is not None:
            out[k] = (place, out[k][1] or 0.5)
    return out


def event_place(gaz: Gazetteer, key: str) -> int | None:
    """The record an event's name (normalised) stands for: of that name, in the event's
    country, the most important place, else None."""
    country = EVENT_PLACES.get(key)
    if country is None:
        return None
    found = gaz.filter(gaz.lookup_normalized(key), country_codes=[country])
    places = [c.record for c in found if gaz.kind(c.record) in ("place", "country", "admin1")]
    if not places:
        return None
    return min(places, key=lambda r: (-gaz.importance(r), r))
