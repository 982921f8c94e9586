"""What follows a name's container tells whether it is one: "Tripoli, Lebanon's second
city" (Lebanon's possessive describes Tripoli: the container holds) against
"Johannesburg, SA's foreign ministry said" (a new clause's owner) and "Pokrovsk, Moscow
said" (a speaker): :func:`speaks_after` and :func:`owner_describes`, read by
:func:`geo.text.containers.read_container` right after the container's words.
"""

from __future__ import annotations

import re

__all__ = ["owner_describes", "speaks_after"]

#: A possessive owner describing the place before it: "Lebanon's second city", "Syria's
#: northern province", "Ukraine's main Black Sea port", "Sudan's capital".
_DESCRIBES = re.compile(
    r"['’]s\s+(?:(?:second|third|fourth|fifth|largest|biggest|main|chief|principal|"
    r"northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|coastal|border|commercial|economic|industrial|"
    r"historic|ancient|frontline|front-line|besieged|Black\s+Sea|Mediterranean|Red\s+Sea)"
    r"\s+){0,3}(?:city|town|port|capital|village|region|province|governorate|state|hub)\b",
)


#: A verb of speech right after the container's words, with the adverbs and days wire
#: copy puts between: "Moscow said", "Moscow has claimed", "Kyiv said on Monday".
#: ("Austin, Texas and FEMA said": two speakers; Texas stays Austin's container.)
_SPEAKS = re.compile(
    r"(?:\s+(?:has|have|had|also|again|later|earlier|then|now|officially|publicly))*"
    r"\s+(?:said|says|say|claimed|claims|claim|reported|reports|announced|announces|"
    r"stated|states|insisted|insists|added|adds|told|tells|denied|denies|confirmed|"
    r"confirms|alleged|alleges|accused|accuses|warned|warns|asserted|asserts)\b"
)


def owner_describes(text: str, end: int) -> bool:
    """Does a possessive right at ``end`` describe the place named before its container
    ("Tripoli, Lebanon's second city")?

    >>> t = "Clashes erupted in Tripoli, Lebanon's second city, the army said."
    >>> owner_describes(t, t.index("'s"))
    True
    >>> t = "In Johannesburg, SA's foreign ministry said."
    >>> owner_describes(t, t.index("'s"))
    False
    """
    return _DESCRIBES.match(text, end) is not None


def speaks_after(text: str, end: int) -> bool:
    """Does a verb of speech follow ``end`` ("Pokrovsk, Moscow said": Moscow speaks)?

    >>> speaks_after("Russian forces entered Pokrovsk, Moscow said.", 39)
    True
    """
    return _SPEAKS.match(text, end) is not None
