"""A settlement whose name is a Russian adjective, written with another "-sky" ending.

Towns and villages of Russia and Ukraine named by an adjective ("Afipsky", "Ilsky",
"Proletarsky", "Oktyabrsky") are in GeoNames under one romanisation of the ending
("Afipskiy", "Il'skiy", "Proletarskiy"), while copy writes another ("the Afipsky
refinery", "In Kozinka and Proletarsky, ...").  Recognition looks a name the gazetteer
lacks up under the other endings only as a city's district ("the Kuibyshevsky district":
:func:`geo.text.variants.variant_candidates`), since "-sky" ends surnames too ("according
to Syrsky").  :func:`adjective_settlements` gives the places so called by their own or
an everyday name (not an alternate one: Syrskoye lists "Syrskiy" among its alternates),
and :func:`settlement_cued` says when the text calls the word a place: after a place's
cue or in a list of places (the caller's test), or before a facility's word, "the Afipsky
refinery", "the Afipsky and Ilsky oil refineries".

Cost: for a word with a "-sky" ending, a look-up per other ending (about ten); none for
another word.
"""

from __future__ import annotations

import re

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from . import lexicon as lx
from .variants import adjective_variants, former_adjective_name

__all__ = ["adjective_settlements", "facility_follows"]

#: The other romanisations of "-sky" after a stem of two letters, which
#: :func:`~geo.text.variants.adjective_variants` leaves alone ("Ilsky": Il'skiy).
_SHORT_ENDINGS = ("skiy", "skii", "skyi", "skyy")

#: A facility's word after the name, maybe past a second name ("the Afipsky and Ilsky
#: refineries") and "oil" ("the Ilsky oil refinery").
_FACILITY_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:oil\s+|military\s+)?(?P<word>[a-z]+)"
)


def adjective_settlements(gaz: Gazetteer, key: str) -> list[Candidate]:
    """The places of the former Soviet Union whose own or everyday name is the
    (normalised) one-word ``key`` with another romanisation of its "-sky" ending, or
    renamed towns of note it was the name of ("Pervomaisky": Zlatopil, by
    :func:`~geo.text.variants.former_adjective_name`), as alternate-name candidates, in a
    stable order; none for another word."""
    seen: dict[int, None] = {}
    forms = adjective_variants(key)
    if not forms and key.isascii() and len(key) == 5 and key.endswith("sky"):
        forms = [key[:2] + e for e in _SHORT_ENDINGS]  # "Ilsky": Il'skiy (a short stem)
    for variant in forms:
        for c in gaz.lookup_normalized(variant):
            if (
                (c.quality <= QUALITY_ALIAS or former_adjective_name(gaz, c))
                and gaz.is_place(c.record)
                and gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
            ):
                seen.setdefault(c.record, None)
    return [Candidate(rec, QUALITY_ALTERNATE) for rec in seen]


def facility_follows(text: str, end: int) -> bool:
    """Does a facility's word (:data:`geo.text.lexicon.FACILITY_WORDS`, or its plural)
    follow ``text[:end]``: "Afipsky refinery", "Afipsky and Ilsky oil refineries"?"""
    m = _FACILITY_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    return (
        word in lx.FACILITY_WORDS
        or (word.endswith("ies") and word[:-3] + "y" in lx.FACILITY_WORDS)
        or (word.endswith("s") and word[:-1] in lx.FACILITY_WORDS)
    )
