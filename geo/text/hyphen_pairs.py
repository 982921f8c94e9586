"""Recognition: two places joined by a hyphen ("Dallas-Fort Worth", "Logan-Rogersville").

A capitalised word joined to a name by a hyphen usually makes one longer name, a
person's or a body's ("Lee-Smith", "Harley-Davidson"), which
:mod:`geo.text.context_rules` reads as no place.  But American copy joins two towns of
one area so: a metro area ("Dallas-Fort Worth", "Raleigh-Durham"), a school district
or team of two towns ("the Logan-Rogersville schools"), a county pair ("the
Greenbrier-Pocahontas County line").  :func:`place_pair` tells such a pair: both sides
name towns of some size in one country, a few hundred kilometres apart at most.  A town
of 10,000 counts by an alternate spelling too ("the Kostiantynivka-Druzhkivka area",
"Kramatorsk-Sloviansk": GeoNames files them as Kostyantynivka, Slov'yans'k), and two
villages of 500 a few kilometres apart make a pair ("Mauthausen-Gusen").  A
double-barrelled name of a person after a given name ("Aaron Taylor-Johnson") is told
before, by the given name.

Cost: a few gazetteer look-ups for a hyphenated pair of names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import MAX_CANDIDATES
from .tokens import Token
from .variants import variant_candidates

__all__ = ["elided_article", "pair_opens", "place_pair", "spelt_whole"]

#: Each side of a pair names a town at least this large ...
_TOWN_POPULATION = 1_000
#: ... or, by an alternate spelling (quality 2: "Kostiantynivka"), this large.
_ALTERNATE_POPULATION = 10_000
#: The two towns lie at most this far apart (a metro area, a school district, a county's
#: neighbour).
_PAIR_KM = 250.0
#: Villages this close together make a pair from this size ("Mauthausen-Gusen").
_NEIGHBOUR_KM = 15.0
_VILLAGE_POPULATION = 500


def _towns(gaz: Gazetteer, key: str) -> list[int]:
    """Places and districts of ``key`` large enough for a pair's side (a village of
    :data:`_VILLAGE_POPULATION` by its own name or alias, a town of
    :data:`_ALTERNATE_POPULATION` by an alternate one)."""
    return [
        c.record
        for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        if c.quality <= 2
        and gaz.kind(c.record) in ("place", "admin2")
        and gaz.population(c.record)
        >= (_VILLAGE_POPULATION if c.quality <= 1 else _ALTERNATE_POPULATION)
    ]


def _paired(gaz: Gazetteer, a: int, b: int) -> bool:
    """Two towns of one country near enough for a pair (see :data:`_PAIR_KM`)."""
    if gaz.country_code(a) != gaz.country_code(b):
        return False
    km = distance_km(gaz.lat_lon(a), gaz.lat_lon(b))
    if min(gaz.population(a), gaz.population(b)) >= _TOWN_POPULATION:
        return km <= _PAIR_KM
    return km <= _NEIGHBOUR_KM


def _keys(tokens: Sequence[Token], text: str, k: int, step: int) -> list[str]:
    """The names a pair's other side may be: its word at ``k``, and with the next word
    away from the hyphen (``step``) when a space joins them ("Fort Worth", "St. Paul")."""
    keys = [tokens[k].norm]
    m = k + step
    if 0 <= m < len(tokens) and tokens[m].capitalized:
        a, b = (tokens[k], tokens[m]) if step > 0 else (tokens[m], tokens[k])
        if text[a.end : b.start] in (" ", ". "):
            keys.append(f"{a.norm} {b.norm}")
    return keys


#: Words that may stand capitalised before a pair ("The Tyler-Longview area").
_DETERMINERS = frozenset("the a an this that these those".split())


def pair_opens(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the pair's first word ``tokens[k]`` opens its capitalised run (a
    determiner aside): "Logan-Rogersville", "The Tyler-Longview area" are towns; after a
    given name the pair is a person's double name ("Aaron Taylor-Johnson")."""
    if k < 1:
        return True
    before = tokens[k - 1]
    return not (
        before.capitalized
        and before.norm not in _DETERMINERS
        and text[before.end : tokens[k].start] == " "
    )


def place_pair(
    gaz: Gazetteer, key: str, text: str, tokens: Sequence[Token], other: int, step: int = 1
) -> bool:
    """Does the name ``key`` (normalised) and the capitalised word ``tokens[other]``
    across a hyphen from it (``step`` 1: after it, -1: before it, with the word after or
    before that) name two towns of one country close together?"""
    own = _towns(gaz, key)
    if not own:
        return False
    for name in _keys(tokens, text, other, step):
        for a in _towns(gaz, name):
            if any(_paired(gaz, a, b) for b in own):
                return True
    return False


def spelt_whole(gaz: Gazetteer, key: str) -> bool:
    """Is a hyphenated name (normalised ``key``: "kupiansk vuzlovyj") one name the
    gazetteer spells otherwise: spelt like one of its names (a fuzzy match), or one of
    them under another romanisation (:func:`~geo.text.variants.variant_candidates`:
    "Kupiansk-Vuzlovyj", "Pereiaslav-Khmelnytsky")?  Then it is read whole, by
    :func:`geo.text.spellings.unknown_name`, not as two names."""
    return bool(gaz.lookup_fuzzy(key)) or bool(variant_candidates(gaz, key))


def elided_article(text: str, at: int, word: str) -> bool:
    """Is ``word``, hyphened on at ``at``, an elided article before a capital ("Saut-d'Eau",
    "Riviere-l'Artibonite"): a part of the name before it, though lower-case?"""
    elided = word[:1] in ("d", "l") and word[1:2] in ("'", "’")
    return text[at : at + 1] == "-" and elided and word[2:3].isupper()
