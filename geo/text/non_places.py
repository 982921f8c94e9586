"""Recognition, things that bear a place's name and are no place: dropped after
recognition (:func:`not_a_place`, asked by :func:`geo.text.false_places.drop_false_places`
of each mention with no container).

Six kinds, each told by the words next to the name:

- **a noun of another language**: a capitalised word after a German or Dutch indefinite
  article ("In Cherson starb ein Mann": a man, not the Isle of Man, "Mann" in Manx); a
  place never takes "ein" or "een";
- **a wind named after a place**: "Santa Ana winds", "the Chinook wind": weather;
- **a body named by everyday words that a hamlet shares**: "the Red Cross said", "the
  Salvation Army's volunteers" (Red Cross, North Carolina): "the" before, everyday words
  only, a small place's name, then what a body does (speaks, sends, its people);
- **a facility named after a person**: "the Norman Manley International Airport", "John
  Lennon Airport": a given name, a surname no place has, then the facility's words (not
  "the Kyiv Boryspil International Airport": a place's name follows the first): kept
  whole with no place (:func:`person_facility`), as annotators mark such a name;
- **an institution's word after a place's name**: "the Kyiv Opera", "the Lviv Zoo": the
  place names where the institution is; its word ("Opera", a town in Italy) is no second
  place;
- **a continent ending a body's name of purpose**: "the Organization for Security and
  Co-operation in Europe", "the Conference on Interaction and Confidence-Building
  Measures in Asia": a body's word, "for"/"on", capitalised words, then "in"/"for" and a
  name of no country (a continent); the body works across it, no event is there.  A
  town there is kept ("the Conference on Disarmament in Geneva": where it meets).

Cost: a few anchored matches around each mention, linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .people import BODY_WORDS
from .tokens import Mention, Token

__all__ = ["government_seat", "not_a_place", "person_facility"]

#: German and Dutch indefinite articles before a noun (nouns are capitalised there).
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|een)"
    r"[ \t]+$"
)
_WIND_AFTER = re.compile(r"[ \t]+winds?\b")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
#: What a body does or has right after its name: it speaks, it sends, its people.
_BODY_ACTS = re.compile(
    r"(?:[’']s)?[ \t]+(?:said|says|told|reported|reports|announced|announces|stated|"
    r"estimated|estimates|warned|warns|urged|urges|called|added|confirmed|sent|sends|"
    r"is\s+sending|has\s+sent|appealed|appeals|volunteers?|workers?|officials?|staff|"
    r"teams?|spokes(?:man|woman|person)|chapter|branch|shelter|shelters)\b"
)
#: A body's name of purpose up to a continent's name: a body's word, "for"/"on", up to
#: seven capitalised words (or "and", "of", "the"), then "in"/"for" ("the Organization
#: for Security and Co-operation in ...").
_BODY_PURPOSE = re.compile(
    r"\b(?:Organi[sz]ation|Conference|Commission|Council|Agency|Forum|Fund|Bank|Institute|"
    r"Cent(?:er|re)|Partnership|Union|Community)[ \t]+(?:for|on)[ \t]+"
    r"(?:(?:[A-Z][\w’'-]*|and|of|the|&)[ \t]+){1,7}(?:in|for)[ \t]+$"
)
#: A body's name of everyday words: each among this many commonest words.
_EVERYDAY_TOP = 5_000
#: A hamlet's size: a body's name may match one, never a town people write of.
_HAMLET_POPULATION = 10_000
#: Capitalised words after a given name up to the facility word ("Manley International").
_PERSON_FACILITY = re.compile(
    r"[ \t]+([A-Z][\w’'-]+)(?:[ \t]+[A-Z][\w’'-]+){0,2}?[ \t]+(?:"
    + "|".join(sorted(w.capitalize() for w in lx.FACILITY_WORDS if w.isalpha()))
    + r")\b"
)


def not_a_place(text: str, mentions: Sequence[Mention], k: int, gaz: Gazetteer) -> bool:
    """Whether ``mentions[k]`` names a thing that bears a place's name, not the place (see
    the module docstring)."""
    m = mentions[k]
    single = m.first == m.last
    before = text[max(0, m.start - 12) : m.start]
    if single and _ARTICLE_BEFORE.search(before):
        return True  # "ein Mann"
    if _WIND_AFTER.match(text, m.end):
        return True  # "Santa Ana winds"
    if (
        _THE_BEFORE.search(before)
        and _BODY_ACTS.match(text, m.end)
        and all(_everyday(gaz, w) for w in m.key.split())
        and _hamlet(gaz, m.key)
    ):
        return True  # "The Red Cross said"
    if single and m.key in BODY_WORDS and k:
        prev = mentions[k - 1]
        if prev.end + 1 == m.start and text[prev.end] == " " and not prev.unknown:
            return True  # "the Kyiv Opera"
    # "the Organization for Security and Co-operation in Europe": the body's sphere
    return (
        text.endswith(("in ", "for "), max(0, m.start - 4), m.start)
        and _no_country(gaz, m)
        and _BODY_PURPOSE.search(text, max(0, m.start - 90), m.start) is not None
    )


def _no_country(gaz: Gazetteer, m: Mention) -> bool:
    """Is the name's first reading of no country (a continent)?"""
    return bool(m.candidates) and not gaz.country_code(m.candidates[0].record)


def person_facility(text: str, m: Mention, gaz: Gazetteer) -> int:
    """Where the name of a facility named after a person ends, when ``m`` is its given
    name ("the Norman Manley International Airport": the airport's name, kept whole with
    no place, not Norman, Oklahoma); else -1."""
    if m.first != m.last or m.key not in lx.first_names():
        return -1
    after = _PERSON_FACILITY.match(text, m.end)
    if after is None:
        return -1
    surname = after.group(1).lower()
    if gaz.probe_normalized(surname)[0] or _everyday(gaz, surname):
        return -1  # "Kyiv Boryspil International Airport": a place's name follows
    return after.end()


def _everyday(gaz: Gazetteer, word: str) -> bool:
    rank = gaz.common_rank(word)
    return rank is not None and rank < _EVERYDAY_TOP


def _hamlet(gaz: Gazetteer, key: str) -> bool:
    kinds, population = gaz.name_summary_normalized(key)
    return population < _HAMLET_POPULATION and not kinds & {"country", "admin1"}


#: A lowercase word right after a name: the name modifies it ("White House aides").
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


def government_seat(
    text: str, key: str, prev: Token | None, end: int, determiners: frozenset[str]
) -> bool:
    """Does a seat of government's name (:data:`geo.text.lexicon.GOVERNMENT_SEATS`, ``key``
    normalised, ending at ``end``; ``prev``: the word before it) stand for the government,
    not for the town of the name (White House, Tennessee)?  "Downing Street" always; the
    others after one of the ``determiners`` ("the White House said", "a White House
    dinner"), or before a lowercase word with no preposition of place before them ("White
    House aides", "the Times White House correspondent").  "Police in White House said"
    and "White House, Tenn." stay the town.

    >>> from geo.text.tokens import tokenize
    >>> dets = frozenset({"the", "a"})
    >>> def seat(text):
    ...     at = tokenize(text)
    ...     k = next(i for i, t in enumerate(at) if t.text == "White")
    ...     return government_seat(text, "white house", at[k - 1] if k else None,
    ...                            text.index("House") + 5, dets)
    >>> seat("White House aides met"), seat("Times White House correspondent")
    (True, True)
    >>> seat("police in White House said"), seat("White House, Tenn."), seat("a White House dinner")
    (False, False, True)
    """
    before = prev.norm if prev is not None else ""
    if key == "downing street" or before in determiners:
        return True
    return before not in lx.PLACE_CUES and _LOWER_AFTER.match(text, end) is not None
