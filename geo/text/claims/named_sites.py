"""Claims stage 1, names of sites that look like people's names.

"the nearby Ras Isa fuel terminal", "the Abu Ghraib prison", "the Umm Qasr port": a
capitalised run the person registry would keep as a name ("Isa", "Ghraib") names a
site when a site's noun follows it, after at most two describing words. Such a run is
no person: a later "he" does not refer to it, and it never speaks. So is a run after a
site's noun and "of" ("near the village of Kabbon Takas", "the town of Sidi Bou"), or
after "near" or "outside" (:func:`placed_after`). A run before a group's noun names the
group, not a person: "a commander of the Gran Grif gang" (a later "He said" is the
commander's), "the Viv Ansanm coalition", "the Kalinouski regiment".
"""

from __future__ import annotations

import re

from ..fold import folded

__all__ = ["names_a_site", "placed_after"]

#: Nouns naming a site, a facility or an area.
_SITE_NOUNS = (
    "terminals?|ports?|refinery|refineries|airports?|airfields?|air\\s+base|bases?|plants?|"
    "stations?|bridges?|dams?|depots?|fields?|camps?|districts?|provinces?|regions?|rivers?|"
    "border|crossings?|roads?|highways?|villages?|towns?|city|area|mines?|complex|"
    "factory|factories|hospitals?|markets?|square|street|avenue|islands?|peninsula|strait|"
    "bay|mountains?|valley|forest|lake|oblast|county|governorate|neighbou?rhoods?|quarter|"
    "checkpoints?|junction|reservoir|canal|corridor|pipeline|harbou?r|prison|stadium|"
    "facility|facilities|warehouses?|compound|settlement|suburb|outskirts"
)
#: Words describing a site between its name and its noun: "fuel", "nuclear power".
_SITE_MODIFIERS = (
    "fuel|oil|gas|nuclear|power|thermal|hydroelectric|military|air|naval|sea|river|"
    "refugee|displacement|detention|training|army|police|grain|chemical|steel|coal|"
    "railway|rail|bus|ferry|industrial|electricity|border|container|cargo|export|"
    "energy|water|ammunition|arms|storage|logistics|frontier|transit|mountain|desert"
)
_SITE_AFTER = re.compile(
    r"[ \t]+(?:(?:" + _SITE_MODIFIERS + r")[ \t]+){0,2}(?:" + _SITE_NOUNS + r")\b"
)


#: Nouns naming an armed group after its name: "the Gran Grif gang".
_GROUP_AFTER = re.compile(
    r"[ \t]+(?:gangs?|militias?|cartels?|coalition|alliance|faction|brigade|battalion|"
    r"regiment|militant\s+group|armed\s+group|rebel\s+group)\b"
)


def names_a_site(text: str, end: int) -> bool:
    """Whether the capitalised run ending at ``end`` is followed by a site's noun
    ("Ras Isa| fuel terminal", "Abu Ghraib| prison") or a group's ("Gran Grif| gang"): the
    run names that site or group."""
    return _SITE_AFTER.match(text, end) is not None or _GROUP_AFTER.match(text, end) is not None


#: A site's noun and "of", or "near"/"outside", just before a run: "the village of".
_PLACED_BEFORE = re.compile(
    r"(?:\b(?:" + _SITE_NOUNS + r"|hamlet|municipality|barangay|commune|kibbutz)\s+of|"
    r"\b(?:near|outside|nearby)|\bnear\s+the)\s+$",
    re.IGNORECASE,
)


#: The last word of every ``_PLACED_BEFORE`` match, lower case.
_PLACED_LAST = ("of", "near", "outside", "nearby", "the")


def placed_after(text: str, start: int) -> bool:
    """Whether the capitalised run starting at ``start`` follows "the village of", "near"
    or "outside" (it names a place, not a person: "near the village of Kabbon Takas")."""
    lo = max(0, start - 30)
    if not folded(text)[lo:start].rstrip().endswith(_PLACED_LAST):
        return False  # the word every match ends with (case-insensitive: on the folded text)
    return _PLACED_BEFORE.search(text, lo, start) is not None
