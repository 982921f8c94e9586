"""Recognition, hashtags: a lower-case hashtag that names a well-known place.

Posts and wire copy quoting them tag places in lower case inside otherwise cased text:
"Crowds cheered in Havana #cuba", "another night of drones over #kharkiv".  Recognition
reads capitals, so "cuba" after "#" is no name there (a whole lower-case text is read by
:mod:`geo.text.casing` already).  :func:`hashtag_capitals` gives such a hashtag its
capital where its one word is a name the gazetteer knows well enough to be read without
one (the judge :func:`geo.text.casing.is_known_name`: a country or region, a city of
50,000, not an everyday word such as "#nice" or "#love").  Tags of several words run
together ("#standwithukraine") are left alone.

Cost: one ``in`` test for a text without "#"; else a regex pass and one memoised judge
per lower-case hashtag.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize

__all__ = ["hashtag_capitals"]

#: A hashtag of letters only, not inside a word, a URL's anchor or a longer tag.
_HASHTAG = re.compile(r"(?<![\w#&/])#([^\W\d_]+)(?![\w'’-])")


def hashtag_capitals(text: str, gaz: Gazetteer, known: Callable[[Gazetteer, str], bool]) -> str:
    """``text`` with the first letter of each lower-case hashtag that ``known`` judges a
    well-known place's name (normalised) made a capital: "#cuba" -> "#Cuba"; the same
    length, and ``text`` itself when no hashtag changes."""
    if "#" not in text:
        return text
    chars: list[str] | None = None
    for m in _HASHTAG.finditer(text):
        word = m.group(1)
        up = word[0].upper()
        if not word.islower() or len(up) != 1 or not known(gaz, normalize(word)):
            continue
        if chars is None:
            chars = list(text)
        chars[m.start(1)] = up
    return text if chars is None else "".join(chars)
