"""Camps, airfields and a town's areas named before their word: part of recognition.

"the Abu Shouk displacement camp, about 5 kilometers north of al-Fashir", "Kavumu
airport", "the Nur Shams refugee camp, east of Tulkarm", "the Mawasi coastal area west
of Khan Younis", "the Shaboura camp near Rafah", "In Rafah, troops demolished houses in
the Tal as-Sultan neighbourhood".  A camp or a town's area is a place of its own, which
the gazetteer seldom has (``cities500`` holds settlements): :func:`site_mention` makes a
mention of the name with its site word (the span the hint after it is read from), the
gazetteer's names left aside (``unknown``), where the text locates it: a hint after it
(", east of Tulkarm"), a "near" phrase ("near Rafah") or, for a town's area, the town
its sentence opens with ("In Rafah, ...": :func:`geo.text.city_openers.opened_city`,
which then estimates it at the town).  A name of up to three capitalised words runs up
to the site word, a short first word too ("Nur Shams": no lone name of three letters).

A site's estimate from a direction with no distance lies by its town
(:func:`site_scaled`): a camp or an area "east of Tulkarm" is on the town's edge, not the
2-40 km an unstated distance allows a village.

Cost: one anchored match after each of up to three words of a name the gazetteer lacks.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..gazetteer.normalize import normalize
from .hints import Hint, hint_follows
from .near_phrase import near_follows
from .tokens import Mention, _Tokens

log = logging.getLogger(__name__)

__all__ = ["SITE_REACH_KM", "site_after", "site_ahead", "site_mention", "site_scaled"]

#: A camp's word after its name: "Zamzam camp", "the Abu Shouk displacement camp".
_CAMP = re.compile(
    r" (?:(?:refugee|displacement|displaced|tent|IDP|transit|migrant)\s)?[Cc]amps?\b"
)
_AIRFIELD = re.compile(r" (?:[Aa]irport|[Aa]irfield|[Aa]ir ?[Bb]ase)\b")  # "Kavumu airport"
#: A town's area after its name: "the Mawasi coastal area", "the Shaboura neighbourhood".
_AREA = re.compile(
    r" (?:(?:coastal|border|residential|industrial|eastern|western|northern|southern)\s)?"
    r"(?:area|neighbou?rhood|quarter)\b"
)
#: After an area's word, a direction with no comma: "the Mawasi area west of Khan Younis".
_BARE_DIRECTION = re.compile(
    r" (?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2} of [A-Z]"
)
#: "In Rafah, ...", "and in Rafah, ...": a clause its sentence opens with a town (the look
#: back is bounded).
_OPENED = re.compile(r"(?<![\w-])[Ii]n [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,[^.!?\n]*$")
_OPENED_REACH = 200
#: A site's estimate from an unstated distance lies within this of its town (km).
SITE_REACH_KM = 8.0


def site_after(text: str, end: int) -> re.Match[str] | None:
    """The site word right after ``text[:end]`` (a camp's, an airfield's, an area's)."""
    return _CAMP.match(text, end) or _AIRFIELD.match(text, end) or _AREA.match(text, end)


def site_ahead(text: str, tokens: _Tokens, i: int) -> bool:
    """Does a site word follow token ``i``, or the capitalised word after it ("Nur Shams
    refugee camp": a short first word, a given name or a gazetteer's name alone, still
    opens a camp's name)?"""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if site_after(text, ends[i]) is not None:
        return True
    return (
        i + 1 < len(words)
        and words[i + 1][:1].isupper()
        and text[ends[i] : starts[i + 1]] in (" ", "-")
        and site_after(text, ends[i + 1]) is not None
    )


def site_mention(text: str, tokens: _Tokens, i: int, last: int) -> tuple[bool, Mention | None]:
    """(a site word follows the name at tokens ``i``..``last``, its mention or None).

    The name runs on over up to two more capitalised words to the site word when
    ``last == i``.  No site word: (False, None), the name read otherwise.  A camp or an
    airfield the text does not locate: (True, None), no place.  An area the text does not
    locate: (False, None) ("the Pokrovsk area" is its town's).
    """
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    k, site = last, site_after(text, ends[last])
    while site is None and last == i and k < min(i + 2, len(words) - 1):
        if not words[k + 1][:1].isupper() or text[ends[k] : starts[k + 1]] not in (" ", "-"):
            break
        k += 1
        site = site_after(text, ends[k])
    if site is None:
        return False, None
    start, end = starts[i], site.end()
    area = site.re is _AREA
    located = hint_follows(text, start, end) or near_follows(text, end)
    if area and not located and (
        _BARE_DIRECTION.match(text, end) is not None
        or _OPENED.search(text, max(0, start - _OPENED_REACH), start) is not None
    ):
        # The name alone, its area word after it: "the Mawasi coastal area west of Khan
        # Younis", a part of that town (geo.text.hints.part_of_follows), and "In Rafah, ...
        # the Shaboura neighbourhood", of the town its sentence opens with
        # (geo.text.city_openers.opened_city reads the word after the name).
        return True, Mention(start, ends[k], normalize(text[start : ends[k]]), i, k, "area",
                             unknown=True)  # fmt: skip
    if not located:
        if not area:  # said, so that a camp the text names is not lost silently
            log.warning(
                "%r (characters %d-%d) reads as a camp or an airfield but nothing after it "
                "locates it (a hint, 'near X'): left without a place",
                text[start:end],
                start,
                end,
            )
        return not area, None
    j = next((j for j in range(k + 1, min(k + 5, len(ends))) if ends[j] == end), k)
    cue = "area" if area else "airfield" if site.re is _AIRFIELD else "camp"
    return True, Mention(start, end, normalize(text[start:end]), i, j, cue, unknown=True)


def site_scaled(text: str, m: Mention, hint: Hint) -> Hint:
    """``hint`` of mention ``m``, its band's far edge cut to :data:`SITE_REACH_KM` when
    ``m`` names a camp or a town's area (its span ends with the site word) and the hint
    has a bearing and no stated distance: "the Nur Shams refugee camp, east of Tulkarm"
    lies on the town's edge (3 km), not 21 km out."""
    if hint.bearing_deg is None or hint.distance_km is not None or hint.max_km <= SITE_REACH_KM:
        return hint
    if m.cue not in ("camp", "area") or not _ENDS_SITE.search(text, m.start, m.end):
        return hint
    return dataclasses.replace(hint, max_km=SITE_REACH_KM)


_ENDS_SITE = re.compile(r"(?i:camps?|area|neighbou?rhood|quarter)$")
