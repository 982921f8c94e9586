"""Recognition, people and bodies: whether a capitalised word beside a name makes the two
a person's or a body's name ("Kristina Smith", "Ozark Dodge"), or leaves the name a
place ("Douglas Island", "KHARKIV KUPIANSK IZIUM ODESA"). Read by
:mod:`geo.text.context_rules` through :mod:`geo.text.people`.
"""

from __future__ import annotations

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .caps_towns import town_word
from .name_words import is_common, is_region_name

__all__ = ["name_neighbour"]

#: Natural features' words: after a person's name, still a place (not "Grove").
_NATURAL_FEATURES = frozenset(
    "island islands isle bay mountain mountains creek valley point beach hill hills springs "
    "falls heights lake sound cove peak ridge forest".split()
)


def name_neighbour(
    gaz: Gazetteer, norm: str, place_ok: frozenset[str], limit: int, headline: bool = False
) -> bool:
    """Whether a capitalised word next to a name makes the two a person's or a body's
    name: not a word that goes with places (``place_ok``), not a natural feature's word
    ("Douglas Island", "Sullivan Bay": named after a person, a place), never a place,
    not among the ``limit`` commonest words, not a region's name; on a ``headline`` line
    not a town's name that is no English word nor a given name ("KHARKIV KUPIANSK IZIUM
    ODESA": a list of towns, :func:`geo.text.caps_towns.town_word`)."""
    return (
        norm not in place_ok
        and not (headline and town_word(gaz, norm))
        and norm not in _NATURAL_FEATURES
        and norm not in lx.NEVER_PLACES
        and not is_common(gaz, norm, limit)
        and not is_region_name(gaz, norm)
    )
