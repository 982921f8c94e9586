"""A far region's name inside a person's or a body's name: "Kristian Lewis", "Charlie
Gard", "Rocky Mountain National Park", "the Federal Ministry of Information".

A given name, a surname or a word of a body's name may also be the name of a
first-level region somewhere (Kristian, Norway; Paul, Cape Verde; Gard, France; the
Mountain Province of the Philippines; Federal, a Brazilian district): recognition takes
the word when nothing says it is no place, and resolution reads the region.  A reader
takes such a word for that region only when the text speaks of its country.
:func:`drop_lone_regions` drops, after resolution, the toponyms that are

- read as a first-level region, by a name of at most two words with no cue, no
  container, no list and no hint, that the text writes inside a longer capitalised run
  (a capitalised word right before or after it, on the same line: "Michael Sicilia",
  "Paul Van Meerbergen", "West Nile virus", "Southland Vista Court"), or by a bare compass
  adjective ("Southeastern said": the rail operator);
  or by compass words alone, cue or no cue ("in the Northeast region", "Northeastern
  Brazil", "the Northern Region of Malta": Iceland's and Ghana's regions by their
  names; every country has a north, so a cue says nothing of which);
- of a country the text places nothing else in (no other toponym of that country, nor
  the country itself) and that borders none of the countries the text's other places lie
  in ("Kursk Governor ..." in a story of Ukraine keeps Kursk: the countries border);

in a text that places something elsewhere (a text with no other place keeps it:
nothing to tell by), unless the name is read with a cue, a container or a list anywhere
in the text.

Cost: one pass over the toponyms and a look at the characters around each candidate.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..gazetteer.index import Gazetteer
from ..model import Toponym
from .compass_regions import sibling_regions
from .tokens import Mention

__all__ = ["drop_lone_regions"]

#: A capitalised word right after the name: " Lewis", " Van", " Ministry", "'s Hospital".
_RUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+[A-Z][a-z]")
#: A capitalised word right before the name: "Michael ", "West ", "Rocky ".
_RUN_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)[ \t]+$")
#: Words capitalised at a sentence's start, no part of a name: "The Gard ...", "In ...".
_OPENERS = frozenset(
    "a about across after all also an and as at before both but by during each either "
    "every for from he her his if in into it its last like many more most my near neither "
    "new next no not now of on once only or other our over she since so some such than "
    "that the their then there these they this those through to under until upon we what "
    "when where which while who with within without you your".split()
)
#: A region's abbreviation: "SA", "NSW".
_ABBREVIATION = re.compile(r"[A-Z]{2,3}")
#: How far back the word before is looked for, in characters.
_BEFORE_CHARS = 24
#: After the name, words of a region's own office or unit, that keep it a region: "Gard
#: Department", "Kursk Governor", "Manitoba Premier".
_REGION_WORDS = re.compile(
    r"(?:['’]s)?[ \t]+(?:Governor|Governorate|Government|Province|Provincial|Region|"
    r"Regional|Oblast|State|Department|Premier|Prefecture|County|District|Municipality|"
    r"Legislature|Assembly|Parliament)\b"
)
#: A region named by a bare compass adjective ("Southeastern", North Macedonia's): a word
#: of a body's name as well (the Kent rail operator "Southeastern").
_COMPASS_ADJECTIVES = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern "
    "southwestern north-eastern north-western south-eastern south-western".split()
)
#: A region named by compass words alone, with "Region" or not: "Northeast", "the
#: Northern Region", "North-Eastern" (Iceland's, Ghana's, Somalia's ...).
_COMPASS_NAME = re.compile(
    r"(?:(?:North|South)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?|(?:East|West)(?:ern)?|Central)"
    r"(?:[ \t]+Region)?"
)
#: A name of more words than this is a region's whole name ("Southern Highlands
#: Province"), not a word of a person's name.
_MAX_WORDS = 2


def drop_lone_regions(
    text: str,
    gaz: Gazetteer,
    toponyms: Sequence[Toponym],
    mentions: Sequence[Mention],
    hinted: Collection[tuple[int, int]] = (),
) -> tuple[Toponym, ...]:
    """``toponyms`` without the far regions' names read inside a person's or a body's
    name (see the module docstring), and with "West Kordofan" read whole
    (:func:`~geo.text.compass_regions.sibling_regions`); ``mentions`` are recognition's
    (their cues, containers and lists), ``hinted`` the spans a spatial hint locates."""
    toponyms = sibling_regions(text, gaz, toponyms)  # "West Kordofan": not Kordofan
    by_span = {(m.start, m.end): m for m in mentions}
    lone = [k for k, t in enumerate(toponyms) if _candidate(text, t, by_span, hinted)]
    if not lone:
        return tuple(toponyms)
    lone_set = set(lone)
    supported = {
        m.key
        for m in mentions
        if m.cue
        or m.containers
        or (m.siblings and not _ABBREVIATION.fullmatch(text[m.start : m.end]))
    }  # "in Gard ... Gard officials": the name is the region's everywhere
    keys = {k: by_span[toponyms[k].start, toponyms[k].end].key for k in lone}
    compass = {k for k in lone if _COMPASS_NAME.fullmatch(toponyms[k].text)}
    others = [
        t.place for k, t in enumerate(toponyms) if k not in lone_set and t.place is not None
    ]
    countries = {p.country_code for p in others if p.country_code}
    if not countries:
        return tuple(toponyms)
    near = set(countries)
    for code in countries:
        near.update(gaz.neighbours(code))
    drop = {
        k
        for k in lone
        if (k in compass or keys[k] not in supported)
        and toponyms[k].place.country_code not in near  # type: ignore[union-attr]
    }
    return tuple(t for k, t in enumerate(toponyms) if k not in drop)


def _candidate(
    text: str,
    t: Toponym,
    by_span: dict[tuple[int, int], Mention],
    hinted: Collection[tuple[int, int]],
) -> bool:
    """Is ``t`` a region read by a bare name of at most two words inside a longer
    capitalised run, or by an abbreviation of two or three capitals?"""
    p = t.place
    if p is None or p.kind != "admin1" or t.estimated or not p.country_code:
        return False
    m = by_span.get((t.start, t.end))
    if m is None or (t.start, t.end) in hinted:
        return False
    if _COMPASS_NAME.fullmatch(t.text):
        return True  # "in the Northeast region": a cue says nothing of whose
    if m.cue or m.containers:
        return False
    if _ABBREVIATION.fullmatch(t.text) and not m.demonym_country:
        # "SA", "WA", "NSW": a region's code, only where its country is spoken of (in a
        # list too: "through Dubai, and SA police said" is no list of regions).
        return not _REGION_WORDS.match(text, t.end)
    if m.siblings:
        return False
    if m.demonym_country or len(t.text.split()) > _MAX_WORDS or not t.text[:1].isupper():
        return False
    if _REGION_WORDS.match(text, t.end):
        return False
    if _RUN_AFTER.match(text, t.end) or t.text.lower() in _COMPASS_ADJECTIVES:
        return True  # "Southeastern said trains ...": a rail operator, not North Macedonia's
    before = _RUN_BEFORE.search(text, max(0, t.start - _BEFORE_CHARS), t.start)
    return before is not None and before.group(1).lower() not in _OPENERS
