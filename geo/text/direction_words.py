r"""The words of "NAME direction" and their look back.

The vocabulary every pattern for "a name followed by direction/axis words" and "a
"near" list opener" is built from (:mod:`geo.text.directions`,
:mod:`geo.text.direction_names`, :mod:`geo.text.trailing_directions`,
:mod:`geo.text.front_axes`): named regex pieces, each module joining those it reads and
saying why it differs where it does.  Each piece is a regex fragment (plain lower-case
words, ``\s+`` between words); :func:`any_of` joins them into one group.

Who reads which words after a name (all case-blind but the last two):

- :mod:`geo.text.directions`: direction, axis, district, raion, rayon, area, singular
  ("urban"/"municipal" before "district"); their plurals, "axes" too, end a scope;
- :mod:`geo.text.direction_names`: direction, axis, axe, singular or plural;
- :mod:`geo.text.trailing_directions`, :mod:`geo.text.direction_partners`: direction,
  axis, singular;
- this module's look back: direction, axis, district, raion, rayon, singular;
- :mod:`geo.text.front_axes`: "direction(s)", lower-case, after a run of capitalised
  (hyphened) names; :mod:`geo.text.claims.same_places`: direction, axis, sector.

Stage 3b of the geoparser, its look back: does a direction or a district phrase stand
earlier in a name's paragraph ("In the Siversk direction, ... near Vyimka", "In the
Grayvoron district, ... In Glotovo")?  Recognition asks it of a name the gazetteer lacks
(:func:`geo.text.spellings.unknown_name`); :mod:`geo.text.directions` anchors the name.
A bounded look back: linear in the text.
"""

from __future__ import annotations

import re

__all__ = [
    "AREA",
    "AXE",
    "AXIS",
    "CAPTURES",
    "DIRECTION",
    "DISTRICTS",
    "DISTRICT_WORDS",
    "EITHER",
    "MUNICIPAL",
    "NEAR_PHRASES",
    "NEAR_WORDS",
    "PLURAL",
    "SECTORS",
    "SECTOR_WORDS",
    "SETTLEMENTS_OF",
    "SINGULAR",
    "any_of",
    "direction_before",
    "district_before",
]


def any_of(*words: str) -> str:
    """One non-capturing regex group matching any of ``words`` (regex fragments), in
    the order given: ``any_of("direction", "axis")`` is ``"(?:direction|axis)"``."""
    return "(?:" + "|".join(words) + ")"


#: A sector of the front named after a town: "the Kupiansk direction", "the Lyman axis".
DIRECTION = "direction"
AXIS = "axis"
SECTOR_WORDS = (DIRECTION, AXIS)
SECTORS = any_of(*SECTOR_WORDS)
#: "axes", the plural of "axis", read as this stem and a plural's "s"; a pattern that
#: takes the singular and the plural alike (:data:`EITHER`) so also takes a bare "axe".
AXE = "axe"
#: An administrative district: "in Korenevo district", "the Pokrovsk raion" (or rayon).
DISTRICT_WORDS = ("district", "raion", "rayon")
DISTRICTS = any_of(*DISTRICT_WORDS)
#: Before "district": a Russian governor's municipal districts ("the Shebekino urban
#: district").
MUNICIPAL = r"(?:urban|municipal)\s+"
#: Wire copy's looser word: "in the Bakhmut area".
AREA = "area"
#: After a word: the word itself, not its plural ("direction", not "directions": two
#: towns, no one anchor).  ``\b`` alone already refuses "directions"; ``(?!s)`` says so.
SINGULAR = r"\b(?!s)"
#: After a word's stem: its plural only ("directions", "axes", "districts").
PLURAL = r"s\b"
#: After a word's stem: the word or its plural.
EITHER = r"s?\b"

#: The words of a "near" phrase that opens a list ("near A and B", "Near Siversk, ...").
NEAR_WORDS = ("near", "around", "outside")
#: ... and the longer phrases of the same sense ("close to", "toward(s)").
NEAR_PHRASES = (
    *NEAR_WORDS, r"close\s+to", r"outskirts\s+of", r"vicinity\s+of", r"towards?"
)
#: A settlement word before "of" opens a list too: "the village(s) of A and B".
SETTLEMENTS_OF = ("village", "settlement", "hamlet")
#: A verb of taking before a list: "captured Andriivka and Vesele".
CAPTURES = ("seized", "captured", "recaptured", "retook", "liberated")
#: Between two names of a list: a comma, "and", "or" ("Kupiansk itself, Radkivka and ...").
LIST_GAP = r"(?:\s+itself)?(?:,\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+)"


#: How far back in its paragraph a name looks for a direction phrase.
_DIRECTION_REACH = 600
#: No "area" here (:mod:`geo.text.directions` takes "the Bakhmut area"): a word too common
#: ("the area was shelled") to say a direction phrase stands before.
_DIRECTION_WORD = re.compile(
    r"\b" + any_of(*SECTOR_WORDS, *DISTRICT_WORDS) + SINGULAR, re.IGNORECASE
)
_DISTRICT_WORD = re.compile(r"\b" + DISTRICTS + SINGULAR, re.IGNORECASE)


def direction_before(text: str, start: int) -> bool:
    r"""Does a direction phrase ("the Siversk direction") stand earlier in the paragraph
    of the name at ``start``, within :data:`_DIRECTION_REACH` characters?  A bounded look
    back: recognition asks it for a name after "near" that the gazetteer lacks.

    >>> t = "In the Siversk direction, fighting went on near Vyimka.\nLater, near Vyimka."
    >>> direction_before(t, 48), direction_before(t, 69)
    (True, False)
    """
    return _before(text, start, _DIRECTION_WORD)


def district_before(text: str, start: int) -> bool:
    """Does a district phrase ("In the Grayvoron district") stand earlier in the
    paragraph of the name at ``start``, as :func:`direction_before` asks?

    >>> district_before("In the Grayvoron district, Kozinka was shelled. In Glotovo, a", 61)
    True
    """
    return _before(text, start, _DISTRICT_WORD)


def _before(text: str, start: int, word: re.Pattern[str]) -> bool:
    lo = max(0, start - _DIRECTION_REACH)
    paragraph = text.rfind("\n", lo, start)
    return word.search(text, max(lo, paragraph + 1), start) is not None
