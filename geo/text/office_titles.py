"""A place named by an office's title: "Donetsk Governor Vadym Filashkin said".

A regional official is named with the region he governs before his title and his name:
"Donetsk Governor Vadym Filashkin", "Kremlin-installed Donetsk leader Denis Pushilin",
"Russia's Belgorod governor Vyacheslav Gladkov", "Kharkiv regional governor Oleh
Syniehubov"; a regional body, with no holder, the same way: "the Sumy regional
administration", "the Kharkiv Regional Military Administration".  The name names the
office, the speaker's, not a place his words are about: "Russian forces killed 12
civilians in a strike on Dobropillia, Donetsk Governor Vadym Filashkin said" is
a claim about Dobropillia, not Donetsk.
:func:`office_places` tells such toponyms, which :func:`geo.text.metonymy.mark_metonymy`
marks ``metonymic`` (a speaker, as "Moscow said": no place of a claim, not drawn).

Only where the sentence names another place: there the official speaks of it.  With no
other place ("Belgorod Governor Vyacheslav Gladkov said drones wounded three people")
his region is all the sentence says of where, and stays its place.  A city's mayor
("Kharkiv Mayor Ihor Terekhov") speaks of his city: not read here.

Cost: one anchored match after each toponym, a bisection per toponym into the text's
sentences (one scan of the text, :func:`geo.text.sentences.text_blocks`, only when a
title follows one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Toponym
from .sentences import text_blocks

__all__ = ["office_places", "office_title"]

#: Right after the name: a region's office ("Governor", "Gov.", "leader", "head"), a
#: word or two of the body before it ("regional governor", "military administration
#: head"), and the holder's first and last names.
#: Or the regional body itself, which needs no holder: "the Sumy regional
#: administration", "the Kharkiv Regional Military Administration", "the Odesa oblast
#: police", "the Kherson regional prosecutor's office".
_TITLE = re.compile(
    r"(?:[ \t]+(?:regional|oblast|state|military|civil|administration)){0,2}"
    r"[ \t]+(?:[Gg]overnor|Gov\.|[Ll]eader|[Hh]ead)"
    r"[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+"
    r"|(?i:(?:[ \t]+(?:regional|oblast|state|military|civil(?:ian)?)){1,2}[ \t]+"
    r"(?:administration|council|authorities|police|prosecutor['’]?s?(?:[ \t]+office)?))\b"
)
#: The kinds of place a title can name (a region, its centre's name).
_OFFICE_KINDS = ("admin1", "place")


def office_title(text: str, end: int) -> bool:
    """Does an office's title and its holder's name follow a name ending at ``end``?

    >>> text = "a strike on Dobropillia, Donetsk Governor Vadym Filashkin said"
    >>> office_title(text, text.index(" Governor")), office_title(text, text.index(","))
    (True, False)
    >>> text = "Kharkiv regional governor Oleh Syniehubov; the Kharkiv head office"
    >>> office_title(text, 7), office_title(text, text.rindex(" head"))
    (True, False)
    >>> text = "Myropillia, the Sumy regional military administration said"
    >>> office_title(text, text.index(" regional")), office_title(text, text.index(","))
    (True, False)
    """
    return _TITLE.match(text, end) is not None


def office_places(text: str, toponyms: Sequence[Toponym]) -> frozenset[int]:
    """Indexes of the ``toponyms`` (regions or places) an office's title follows
    (:func:`office_title`) whose sentence names another place (a settlement or a
    region, not a country, nor another title's): the speaker's office, not a place of
    the claim (module docstring)."""
    titled = [
        k
        for k, t in enumerate(toponyms)
        if t.place is not None and t.place.kind in _OFFICE_KINDS and office_title(text, t.end)
    ]
    if not titled:
        return frozenset()
    blocks = text_blocks(text)
    held = set(titled)
    sentences = {
        blocks.sentence(t.start)
        for k, t in enumerate(toponyms)
        if k not in held and t.place is not None and t.place.kind != "country"
    }
    return frozenset(k for k in titled if blocks.sentence(toponyms[k].start) in sentences)
