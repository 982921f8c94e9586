"""A saint's name that names a feast or a body, not the place: "St. Patrick's Day".

Recognition reads "St. Mary's" as the place of that name unless the words after it say
it is a feast or a body named after the saint (:func:`saints_thing`).
"""

from __future__ import annotations

import re

__all__ = ["saints_thing"]

#: After a saint's name: a feast or a body named after the saint, not the place.
_SAINTS_THING = re.compile(
    r"['’]s\s+(?:Day|Eve|Church|Cathedral|Chapel|Abbey|Basilica|School|High|Hospital|"
    r"College|University|Academy|Catholic|Episcopal|Parish|Medical|Seminary)\b"
)
#: ... or any possessive but a place's ("St. Michael's pupils"; "St. Mary's County"), uncued.
_SAINTS_OWN = re.compile(
    r"['’]s\b(?![ \t]*,)(?![ \t]+(?:County|Parish|Island|Islands|Bay|River|Lake|Harbou?r|"
    r"Cove|Point|Head|Township|City|Town)\b)"
)
_SAINT_WORDS = ("st ", "saint ", "ste ", "sainte ")


def saints_thing(text: str, key: str, end: int, cue: str) -> bool:
    """Whether a mention of normalised ``key`` ending at ``end`` in ``text``, read with
    ``cue``, is a saint's feast or body: "St. Patrick's Day", "St. Mary's Hospital", an
    uncued "St. Michael's pupils" (not "St. Mary's County", not "in St. Michael's").

    >>> saints_thing("St. Patrick's Day parade", "st patrick", 11, "")
    True
    >>> saints_thing("St. Mary's County", "st mary", 8, "")
    False
    """
    return key.startswith(_SAINT_WORDS) and (
        _SAINTS_THING.match(text, end) is not None
        or (cue != "in" and _SAINTS_OWN.match(text, end) is not None)
    )
