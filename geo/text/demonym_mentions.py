"""Demonyms as mentions of their country: "Russian forces", "Sri Lankan", "South Sudanese".

Recognition (:func:`geo.text.recognition.find_mentions`) asks :func:`demonym_mention`
at a word that opens a demonym of :data:`geo.text.lexicon.DEMONYMS`; a compass word
before a demonym names the country called by both when the gazetteer has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_PRIMARY
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from .candidates import MAX_CANDIDATES
from .tokens import Mention, Token, _joinable

__all__ = ["CONTINENT_DEMONYMS", "DEMONYM_WORDS", "demonym_mention"]

#: Adjectives of the continents, as mentions of the continent (where demonyms count):
#: "African leaders", "a European summit", "North American markets" (GeoNames'
#: continents, by their English names); the union of a continent's states as a modifier
#: likewise ("EU rules", "European Union leaders").
CONTINENT_DEMONYMS: dict[str, str] = {
    "african": "africa",
    "asian": "asia",
    "european": "europe",
    "eu": "europe",
    "european union": "europe",
    "north american": "north america",
    "south american": "south america",
}
#: The first words of the lexicon's demonyms ("sri" of "sri lankan") and the continents'.
DEMONYM_WORDS = frozenset(d.split()[0] for d in (*lx.DEMONYMS, *CONTINENT_DEMONYMS))
_COMPASS = frozenset({"north", "south", "east", "west"})
#: After a demonym: a language, a culture's things or a breed, no country's doing ("Irish
#: heritage", "English language learners", "French immersion", "an English cocker
#: spaniel", "Mexican restaurants"; capitalised in a name too: "French Immersion School").
_CULTURE_AFTER = re.compile(
    r"[ \t]+(?i:language|languages|heritage|pubs?|songs?|music|rock|folk|foods?|cuisine|"
    r"restaurants?|dish|dishes|immersion|dances?|dancing|dancers|speakers|speaking|"
    r"lessons|literature|accent|dialect|subtitles|grammar|cooking|breed|cocker|setters?|"
    r"terriers?|bulldogs?|sheepdogs?|mastiffs?|pointers?|springer|toast|fries|bread|"
    r"coffee|wine|beer|whiskey|cheese)\b"
)
#: The second half of a hyphenated identity of the Americas ("African-American",
#: "Irish-American", "Chinese-Canadian"): a people, neither half a country's mention
#: (while "Israeli-Egyptian peace" names two).
_IDENTITY_HALVES = frozenset({"american", "americans", "canadian", "canadians"})


def _demonym_code(norm: str) -> str | None:
    """The country of a demonym ("saudi", "sri lankan"); plurals only as the lexicon has
    them (corpora count "Canadian" but not the people, "Canadians")."""
    return lx.DEMONYMS.get(norm)


def demonym_mention(
    text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer
) -> Mention | None:
    """The demonym mention at token ``i`` ("Russian", "Sri Lankan", "South Sudanese"):
    its span, its normalised words and its country (ISO 3166-1 alpha-2), or None; None
    too where it names a language, a culture's things or a breed ("Irish heritage",
    "English language learners", "an English cocker spaniel") or is half of a hyphenated
    identity ("African-American")."""
    mention = _demonym_at(text, tokens, i, gaz)
    if mention is None or _CULTURE_AFTER.match(text, mention.end):
        return None
    if _language(text, mention.start, mention.end):
        return None
    if _identity(text, tokens, mention.first, mention.last):
        return None
    return mention


#: Before a demonym, words that make it a language ("speaks French", "teaching English",
#: "fluent in Spanish") ...
_SPEAK_BEFORE = re.compile(
    r"(?<![\w-])(?:speaks?|spoke|spoken|speaking|fluent(?:ly)?|teach(?:es|ing)?|taught|"
    r"learn(?:s|ing|ed|t)?|stud(?:y|ies|ied|ying)|translated\s+(?:into|from)|subtitled\s+in|"
    r"(?:fluent|written|sung|dubbed|shouted|said|spoke|speaking)\s+in)[ \t]+$"
)
#: ... or "in" before a demonym that ends the phrase ("shouted about Aleppo in Turkish,").
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
_PHRASE_END = re.compile(r"[ \t]*(?:[,.;:)!?\"”]|$|[ \t]+(?:and|or)\b)")
_BEFORE_CHARS = 30


def _language(text: str, start: int, end: int) -> bool:
    """Whether the demonym at ``text[start:end]`` names a language ("She speaks fluent
    French", "teaching English to students", "He shouted in Turkish,")."""
    before = text[max(0, start - _BEFORE_CHARS) : start]
    if _SPEAK_BEFORE.search(before):
        return True
    return bool(_IN_BEFORE.search(before)) and _PHRASE_END.match(text, end) is not None


def _identity(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the demonym at ``tokens[first..last]`` is half of a hyphenated identity
    ("African-American", "Irish-Americans"; :data:`_IDENTITY_HALVES`)."""
    if (
        last + 1 < len(tokens)
        and text[tokens[last].end : tokens[last + 1].start] == "-"
        and tokens[last + 1].norm in _IDENTITY_HALVES
    ):
        return True  # "African" of "African-American"
    if tokens[first].norm not in _IDENTITY_HALVES or first == 0:
        return False
    before = tokens[first - 1]
    return (
        text[before.end : tokens[first].start] == "-"
        and before.capitalized
        and (before.norm in lx.DEMONYMS or before.norm in CONTINENT_DEMONYMS)
    )  # "American" of "African-American"


def _demonym_at(
    text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer
) -> Mention | None:
    tok = tokens[i]
    if i + 1 < len(tokens) and _joinable(text, tok, tokens[i + 1]):
        nxt = tokens[i + 1]
        two = f"{tok.norm} {nxt.norm}"
        if two in CONTINENT_DEMONYMS:
            return _continent_mention(gaz, tok.start, nxt.end, two, i, i + 1)
        code = _demonym_code(two)
        if code is None and tok.norm in _COMPASS and nxt.capitalized:
            code = _compass_demonym(gaz, tok.norm, nxt.norm)
        if code is not None:
            return Mention(tok.start, nxt.end, two, i, i + 1, "demonym", demonym_country=code)
    if tok.norm in CONTINENT_DEMONYMS:
        if len(tok.norm) > 2 or text[tok.start : tok.end].isupper():
            # "EU" in capitals only: "Eu" is a town in Normandy.
            return _continent_mention(gaz, tok.start, tok.end, tok.norm, i, i)
        return None
    code = _demonym_code(tok.norm)
    if code is None:
        return None
    return Mention(tok.start, tok.end, tok.norm, i, i, "demonym", demonym_country=code)


def _continent_mention(
    gaz: Gazetteer, start: int, end: int, norm: str, first: int, last: int
) -> Mention | None:
    """A continent's adjective ("African", "North American") as a mention of the
    continent's record, or None when the gazetteer lacks it."""
    name = CONTINENT_DEMONYMS[norm]
    for c in gaz.lookup_normalized(name)[:MAX_CANDIDATES]:
        if gaz.kind(c.record) == "other" and c.quality == QUALITY_PRIMARY:
            candidates = [Candidate(c.record, 0)]
            return Mention(start, end, norm, first, last, "demonym", candidates=candidates)
    return None


def _compass_demonym(gaz: Gazetteer, compass: str, norm: str) -> str | None:
    """ "South Sudanese", "East Timorese": a compass word before a demonym names the
    country called by the compass word and the demonym's country ("South Sudan"), when
    the gazetteer has it; else None."""
    code = _demonym_code(norm)
    if code is None:
        return None
    name = f"{compass} {normalize(gaz.country_name(code))}"
    for c in gaz.lookup_normalized(name)[:MAX_CANDIDATES]:
        if gaz.kind(c.record) == "country" and c.quality <= QUALITY_ALIAS:
            return gaz.country_code(c.record)
    return None
