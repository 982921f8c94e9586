"""An everyday word opening a sentence that names a place only with a mark dropped.

"Hail flattened crops around Hanna, Alberta": the weather's word opens the sentence,
capitalised as every first word is, and the gazetteer reads Saudi Arabia's Ha'il in it
once the name's apostrophe is dropped.  A word of the language that no place bears as
written, only a place's own name with an apostrophe or other mark in it ("Ha'il",
"De’an", "Mā‘īn"), is the word there, unless the text places it (a cue, a container,
a definition: "Hail is a city in Saudi Arabia").  A place that bears the word itself
opens sentences as itself ("Nice", "Mobile"; "Montreal" for Montréal, accents aside),
and so does a country or a city of a million.  Reports of the kind: geoparser users
whose capitalised sentence openers read as foreign towns (``eval/bugs`` ``r31-10``,
tilemaker #517's Hanna).
"""

from __future__ import annotations

import re
import unicodedata

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .containers import has_container, is_definition
from .tokens import Mention, _Tokens

__all__ = ["respelt_opening"]

#: An everyday word ranks below this among the language's commonest ("hail": 8,041).
_EVERYDAY_RANK = 10_000
#: A city this large keeps an everyday word that is its name.
_WORLD_CITY = 1_000_000
_NOT_LETTER = re.compile(r"[^a-z]")


def _folded(name: str) -> str:
    """``name`` in lower case without its accents ("Montréal" -> "montreal")."""
    parts = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in parts if not unicodedata.combining(ch))


def respelt_opening(text: str, tokens: _Tokens, mention: Mention, gaz: Gazetteer) -> bool:
    """Whether the one-word ``mention`` opens a sentence as an everyday word (rank below
    :data:`_EVERYDAY_RANK`) that no candidate bears as written (case and accents aside),
    that a candidate's own name or alias gives only with a mark in it (an apostrophe:
    "Ha'il"), none of them a country or a city of :data:`_WORLD_CITY`, and that nothing in
    the text places: no place there.

    >>> from types import SimpleNamespace as C
    >>> from geo.text.tokens import _Tokens
    >>> class G:
    ...     def common_rank(self, word): return 8041 if word == "hail" else None
    ...     def name(self, record): return "Ha'il"
    ...     def kind(self, record): return "place"
    ...     def population(self, record): return 605_930
    >>> m = Mention(0, 4, "hail", 0, 0, candidates=[C(record=1, quality=0)])
    >>> text = "Hail flattened crops."
    >>> respelt_opening(text, _Tokens(text), m, G())
    True
    >>> text = "Hail is a city in Saudi Arabia."
    >>> respelt_opening(text, _Tokens(text), m, G())
    False
    """
    i = mention.first
    if i != mention.last or mention.cue or mention.containers or not mention.candidates:
        return False
    word = text[mention.start : mention.end]
    if not (tokens.at[i].initial and word.isascii() and word.istitle()):
        return False
    rank = gaz.common_rank(mention.key)
    if rank is None or rank >= _EVERYDAY_RANK:
        return False
    written = word.casefold()
    marked = False
    for c in mention.candidates:
        if gaz.kind(c.record) == "country" or gaz.population(c.record) >= _WORLD_CITY:
            return False
        name = _folded(gaz.name(c.record))
        if name == written:
            return False  # a place bears the word as written: "Nice", "Mobile"
        marked = marked or (c.quality <= QUALITY_ALIAS and _NOT_LETTER.sub("", name) == written)
    return marked and not (has_container(text, mention.end) or is_definition(text, mention.end))
