"""A town's offices: "X City Council", "the X City Manager", "X City Marshal" name the town X.

A US (or British, Philippine) town's body is styled with "City" between the town's name
and the body's word.  Such a phrase says X is a town, whatever else X names (a surname
that opens a sentence: "Lancaster City Council voted ..."), and X is read without
"City":

- :func:`town_office_after`: does a town's office follow a name (``placed``: the name is
  a place here, as after a container or a definition)?
- :func:`office_candidates`: the towns a name before "City <office>" can be: those whose
  own name (or an everyday alias) it is, not a place that has it only as an alternate
  name ("Springfield City Council" is a Springfield, not Springfield Gardens in Queens,
  whatever Long Island places the text names); the candidates unchanged where none is.
- :func:`office_town`: the words of the town's name before "City <office>".  Where the
  gazetteer knows "X City" only as another name of a place named X ("Dublin City" is
  Dublin, Ireland; "Las Vegas City" Las Vegas, New Mexico; "San Fernando City" two
  Philippine towns), X is read alone, its namesakes weighed by the document ("the Dublin
  City Council" of an Ohio story is Dublin, Ohio); a place whose own name has "City"
  ("Kansas City", "Alexandria city", Virginia's independent city) keeps its reading.  A
  name that begins with "The" and stops inside the town's name ("The Rock" of "The Rock
  Hill City Manager") gives way to the town's name after the article ("Rock Hill").

Cost: one regular-expression match at the name's end, a few words read ahead; the
gazetteer asked only before "City <office>".
"""

from __future__ import annotations

import re

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from .tokens import _Tokens

__all__ = [
    "TOWN_BODY",
    "article_name",
    "generic_city",
    "office_candidates",
    "office_town",
    "town_office_after",
]

#: A town body's own words right after "City": "Council", "Manager", "Public Schools".
TOWN_BODY = re.compile(
    r" (?:Council|Councilm[ae]n|Councilwom[ae]n|Councillors?|Councilors?|Manager|Hall"
    r"|Commission|Commissioners?|Schools?|Public Schools|Attorney|Clerk|Administrator"
    r"|Police|Board|Engineer|Auditor|Treasurer|Planning|Marshals?|Controller|Solicitor)\b"
)
#: "City" then a town body's words.
_OFFICE = re.compile(" City" + TOWN_BODY.pattern)
_MAX_AHEAD = 3  # words of a town's name after an article ("The Rock Hill City ...")
#: After "The City": a town body's word or "of" and a name make it any town's own ("The
#: City Council", "The City of Paris"), not London's financial district so nicknamed.
_GENERIC_AFTER = re.compile(TOWN_BODY.pattern + r"| of [A-Z]")


def town_office_after(text: str, end: int) -> bool:
    """Does "City" and a town body's word follow the name ending at ``end`` ("Lancaster|
    City Council", "Las Vegas| City Marshal")?

    >>> town_office_after("Lancaster City Council voted", 9)
    True
    >>> town_office_after("Lancaster City voted", 9), town_office_after("Lancaster Council", 9)
    (False, False)
    """
    return text.startswith(" City ", end) and _OFFICE.match(text, end) is not None


def office_town(
    text: str, tokens: _Tokens, gaz: Gazetteer, i: int, j: int, key: str
) -> tuple[int, int, str]:
    """The words ``(first, last, key)`` of the town a name found at words ``i..j``
    (normalised: ``key``) names before "City <office>" (see the module docstring), else
    ``(i, j, key)`` unchanged."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if j > i and words[j] == "City" and town_office_after(text, ends[j - 1]):
        bare = normalize(text[starts[i] : ends[j - 1]])
        whole = gaz.lookup_normalized(key)
        if gaz.lookup_normalized(bare) and not any(
            "city" in gaz.name_key(c.record).split() for c in whole
        ):
            return i, j - 1, bare  # "Dublin City Council": Dublin
        return i, j, key
    if words[i] != "The" or j == i or j + 1 >= len(words):
        return i, j, key  # (a lone "The" the gazetteer has is read on by the next word)
    for k in range(j + 1, min(j + 1 + _MAX_AHEAD, len(words))):
        if text[ends[k - 1] : starts[k]] != " " or not words[k][:1].isupper():
            break
        if town_office_after(text, ends[k]):
            longer = normalize(text[starts[i + 1] : ends[k]])
            if gaz.lookup_normalized(f"{longer} city"):  # "The Dodge City Manager"
                return office_town(text, tokens, gaz, i + 1, k + 1, f"{longer} city")
            if gaz.lookup_normalized(longer):
                return i + 1, k, longer  # "The Rock Hill City Manager": Rock Hill
            break
    return i, j, key


def article_name(
    text: str, tokens: _Tokens, gaz: Gazetteer, i: int, j: int, key: str
) -> tuple[int, int, str]:
    """The words ``(first, last, key)`` of a name found at words ``i..j`` (normalised:
    ``key``) that begins with "The" and stops inside a longer capitalised name the
    gazetteer has after the article: "The Rock" of "The Rock Hill school district" (a
    town of Australia) gives way to "Rock Hill", the longest such name within
    :data:`_MAX_AHEAD` words; else ``(i, j, key)`` ("The Hague Tribunal" stays "The
    Hague": no name runs on past it)."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if words[i] != "The" or j == i:
        return i, j, key
    found = (i, j, key)
    for k in range(j + 1, min(j + 1 + _MAX_AHEAD, len(words))):
        if text[ends[k - 1] : starts[k]] != " " or not words[k][:1].isupper():
            break
        longer = normalize(text[starts[i + 1] : ends[k]])
        if gaz.lookup_normalized(longer):
            found = (i + 1, k, longer)
    return found


def generic_city(text: str, tokens: _Tokens, i: int, j: int) -> bool:
    """Is the name at words ``i..j`` "The City" before a town body's word or "of" and a
    name ("The City Council voted", "The City of Paris supports ...")?  Then it is the
    story's own town, said without its name: no place of its own (the gazetteer's "The
    City" is the City of London).  A longer name the gazetteer has ("The City of London")
    is found whole before this is asked.

    >>> from geo.text.tokens import _Tokens
    >>> text = "The City Council met. The City of Paris agreed. The City fell."
    >>> tokens = _Tokens(text)
    >>> [generic_city(text, tokens, i, i + 1) for i in (0, 4, 10)]
    [True, True, False]
    """
    words = tokens.words
    return (
        j == i + 1
        and words[i] in ("The", "THE")
        and words[j] in ("City", "CITY")
        and _GENERIC_AFTER.match(text, tokens.ends[j]) is not None
    )


def office_candidates(
    text: str, end: int, gaz: Gazetteer, candidates: list[Candidate]
) -> list[Candidate]:
    """The ``candidates`` of the name ending at ``end`` that are towns bearing it as their
    own name (GeoNames' name or an everyday alias) where a town's office follows it
    (:func:`town_office_after`): a body styled "X City Council" is the town X's own.
    Unchanged where no office follows or no candidate is such a town."""
    if not town_office_after(text, end):
        return candidates
    own = [c for c in candidates if c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "place"]
    return own or candidates
