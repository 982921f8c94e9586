"""Recognition: abbreviations a text defines for names that are no places.

"Andres Manuel Lopez Obrador (AMLO)", "the Rapid Support Forces (RSF)", "the Kurdistan
Workers' Party (PKK)": a text that writes a name and, in brackets after it, the
abbreviation made of its words' initials uses the abbreviation for that name from
then on.  When the name is a person's or a body's, not a place's, the abbreviation is
no place either, whatever the gazetteer spells like it (Amloh in Punjab for "AMLO"):
:func:`defined_abbreviations` finds them, and
:func:`geo.text.recognition.find_mentions` remembers them as names of no place.  An
abbreviation of a place's name ("the United Arab Emirates (UAE)", "the Democratic
Republic of Congo (DRC)") stays a place.

Cost: one scan of the text for an abbreviation in brackets; a look-up per one found.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .lexicon.people import ORGANISATION_HEADS

__all__ = ["defined_abbreviations"]

#: Up to eight words before an abbreviation in brackets (capitalised ones and the small
#: words of a body's name between them), then the abbreviation: two to six capitals.
_DEFINED = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*[ \t]+(?:(?:of|for|and|the|de|del|la|al)[ \t]+)*){1,8})"
    r"\((?P<abbr>[A-Z]{2,6})\)"
)
_BRACKETED = re.compile(r"\([A-Z]{2,6}\)")  # what every _DEFINED match ends with
_SMALL = frozenset("of for and the de del la al".split())
_STATES = frozenset({"country", "admin1"})


def defined_abbreviations(text: str, gaz: Gazetteer) -> set[str]:
    """The abbreviations (normalised) ``text`` defines in brackets after a name that is
    no place: its initials, read from the name's last words back.

    >>> class _NoPlaces:
    ...     def lookup_normalized(self, key):
    ...         return []
    ...     def kind(self, record):
    ...         return "place"
    >>> text = "Andres Manuel Lopez Obrador (AMLO) spoke. Later AMLO left."
    >>> sorted(defined_abbreviations(text, _NoPlaces()))
    ['amlo']
    >>> sorted(defined_abbreviations("They met at the White House (WH).", _NoPlaces()))
    ['wh']
    >>> defined_abbreviations("Tanks (T-72) moved in, as did Ivan Petrov (KGB).", _NoPlaces())
    set()
    """
    found: set[str] = set()
    if "(" not in text or _BRACKETED.search(text) is None:
        return found  # (no abbreviation in brackets: found at C speed, no name scanned)
    for m in _DEFINED.finditer(text):
        abbr = m.group("abbr")
        words = [w for w in m.group("name").split() if w.lower() not in _SMALL]
        key = normalize(abbr)
        if _body_abbreviation(gaz, words, key):
            found.add(key)  # "the Azawad Liberation Front (FLA)": French initials, no Florida
            continue
        if len(words) < len(abbr):
            continue
        named = words[-len(abbr) :]
        if "".join(w[0] for w in named) != abbr:
            continue  # not this name's initials: "Ivan Petrov (KGB)"
        full = normalize(" ".join(m.group("name").split()[-_span(m.group("name"), len(abbr)) :]))
        if gaz.lookup_normalized(full):
            continue  # a place's abbreviation: "the United Arab Emirates (UAE)"
        if any(gaz.kind(c.record) in _STATES for c in gaz.lookup_normalized(key)):
            continue  # a country's or region's own abbreviation ("DRC", "DPR"), however spelt out
        found.add(key)
    return found


def _body_abbreviation(gaz: Gazetteer, words: list[str], key: str) -> bool:
    """Is an abbreviation in brackets right after a body's name (its last word an
    organisation's head: "the Azawad Liberation Front (FLA)", "the Islamic Resistance
    Movement (HAMAS)") that body's, whatever its initials (a translated name's) and
    whatever region the gazetteer spells like it?  A country's code stays a place: "the
    Labour Party (UK)"."""
    if not words or words[-1].lower() not in ORGANISATION_HEADS:
        return False
    return not any(gaz.kind(c.record) == "country" for c in gaz.lookup_normalized(key))


def _span(name: str, initials: int) -> int:
    """How many of ``name``'s words (small ones included) its last ``initials``
    capitalised words span."""
    words = name.split()
    seen = 0
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() not in _SMALL:
            seen += 1
            if seen == initials:
                return len(words) - k
    return len(words)
