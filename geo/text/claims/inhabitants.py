"""Claims stage 2, inhabitants: people of a place speak, the place does not.

"Residents in occupied Mariupol said", "Residents fleeing toward Goma told aid workers",
"Some in Nikolaev still say", "Families sheltering near Kherson said": the speaker is
the people before the place, not the place the noun phrase before the cue ends with
(:func:`placed_people` gives the speaker's phrase back to the people's noun). People
speak for no party: the place they live in, flee to or from, or are trapped in is no
side of theirs (:func:`local_people`, read by :func:`~geo.text.claims.sides.speaker_side`):
"residents in Mariupol" are not Ukraine's voice, nor "families fleeing toward Goma"
Congo's. Linear: a few tokens before the place.
"""

from __future__ import annotations

import re

from .segmentation import _Tok

__all__ = ["listed_people", "local_people", "placed_people", "tied_network"]

#: Nouns of people who speak for nobody but themselves.
_PEOPLE = frozenset(
    "residents resident people locals families villagers civilians inhabitants townspeople "
    "witnesses eyewitnesses survivors evacuees refugees displaced some many others few "
    "parents mothers fathers children pensioners shopkeepers farmers elder elders traders "
    "fishermen herders owners drivers teachers students passengers neighbours neighbors "
    "relatives wives husbands worshippers".split()
)
#: People placed by the words after them who may speak for the service or agency they
#: work for (see geo.text.claims.sides): "Nurses outside Kherson said" is said by the
#: nurses, not by Kherson, but whose side they speak for is not the people's "none".
_STAFF = frozenset("nurses doctors medics paramedics workers volunteers staff".split())
#: Nouns naming what the people's work or place is, before their word: "Taxi drivers",
#: "Shop owners".
_TRADES = frozenset(
    "taxi bus truck lorry shop store café cafe restaurant business market farm "
    "school".split()
)
#: Words placing them: "in", "fleeing toward", "who fled", "living near".
_PREPOSITIONS = frozenset("in at near from around toward towards to outside inside of".split())
_PARTICIPLES = frozenset(
    "fleeing living sheltering remaining staying trapped displaced evacuated returning "
    "fled left who still".split()
)
#: Verbs of leaving or reaching a place named right after them: "Families fleeing Bakhmut
#: told", "Residents who reached Tawila told".
_LEAVING = frozenset(
    "fled left fleeing leaving escaping escaped reached reaching entered entering".split()
)
#: How the people were reached: "Residents reached by phone in El Obeid said".
_REACHED = frozenset(
    "reached contacted interviewed by phone telephone satellite text message messaging".split()
)
_BETWEEN = _PARTICIPLES | _LEAVING | _REACHED
#: Words before the people's word, part of their phrase: "the", "displaced families".
_PEOPLE_WORDS = frozenset("the some many local other displaced several".split())
#: Words between the preposition and the place: "in occupied Mariupol", "in the
#: Russian-occupied city of Kherson".
_BEFORE_PLACE = frozenset(
    "occupied russian-occupied russian-held besieged frontline front-line liberated "
    "embattled nearby neighbouring neighboring the city town village of shelled "
    "rebel-held army-held encircled".split()
)
#: A speaker's phrase that is people of a place (see the module docstring).
_LOCAL_PEOPLE = re.compile(
    r"(?:(?:the|a|an|one|some|many|several|other|local|two|three|four|a\s+few)\s+)*"
    rf"(?:(?:{'|'.join(sorted(_TRADES))})\s+)?(?:{'|'.join(sorted(_PEOPLE))})\b(?:\s+(?:{'|'.join(sorted(_PARTICIPLES))}))*"
    rf"(?:\s+(?:{'|'.join(sorted(_PREPOSITIONS))})\b.*)?",
    re.IGNORECASE | re.DOTALL,
)


def placed_people(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the people whose place is the phrase ``span`` (token indexes) found
    before a cue, or None when the words before it are no people placed: "Residents in
    occupied Mariupol said" from "Residents" to "Mariupol" (as "residents in Mariupol");
    "Residents fleeing toward Goma told", "Families who fled Bakhmut told", "People who
    reached Zaporizhzhia told", "Displaced
    families fleeing El Fasher told", "Residents reached by phone in El Obeid said": the
    people alone (as "Residents who fled to Sumy said")."""
    k = span[0] - 1
    while k >= 0 and toks[k].text.lower() in _BEFORE_PLACE:
        k -= 1
    if k < 1:
        return None
    if toks[k].text.lower() in _PREPOSITIONS:
        k -= 1
    elif toks[k].text.lower() not in _LEAVING:
        return None
    placing = k
    while k >= 1 and toks[k].text.lower() in _BETWEEN:
        k -= 1  # "Families fleeing Bakhmut", "Residents reached by phone in El Obeid"
    if toks[k].text.lower() not in _PEOPLE and toks[k].text.lower() not in _STAFF:
        return None
    a = k
    if a >= 1 and toks[a - 1].text.lower() in _TRADES:
        a -= 1
    while a >= 1 and toks[a - 1].text.lower() in _PEOPLE_WORDS:
        a -= 1
    return (a, span[1]) if k == placing else (a, k)


#: People words too vague to open a phrase of people of places ("some of ...").
_QUANTIFIERS = frozenset("some many others few".split())
#: What may stand before the people's word opening the phrase: the sentence's start or
#: a clause's.
_PHRASE_OPENERS = frozenset(",;:—“\"")


def listed_people(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of people of several places that the phrase ``span`` before a cue ends:
    "Residents of Shahba and of villages on the road to Daraa said" from "Residents" to
    "Daraa" (not Daraa); None unless the people's word, with a preposition after it,
    opens the sentence or a clause a few words before, with no punctuation between.

    >>> from geo.text.claims.tokens import tokenize
    >>> toks = tokenize("Residents of Bucha and of villages near Irpin said")
    >>> listed_people(toks, (7, 7))
    (0, 7)
    >>> listed_people(tokenize("A convoy of refugees headed to Irpin said"), (6, 6))
    """
    for k in range(span[0] - 2, max(-1, span[0] - 16), -1):
        low = toks[k].text.lower()
        if not low[:1].isalnum():
            return None
        if low in _PEOPLE and low not in _QUANTIFIERS and toks[k + 1].text.lower() in _PREPOSITIONS:
            a = k
            while a >= 1 and toks[a - 1].text.lower() in ("the", "local", "other"):
                a -= 1
            return (a, span[1]) if a == 0 or toks[a - 1].text in _PHRASE_OPENERS else None
    return None


#: Networks of volunteers and medics who speak for the people they serve, not for the
#: state whose name or city their name holds: "the Khartoum Emergency Response Rooms",
#: "the Sudan Doctors Network", "Omdurman's resistance committees".
_CIVIL_NETWORKS = re.compile(
    r"\b(?:Emergency\s+Response\s+Rooms?|Doctors[’']?\s+Network|[Rr]esistance\s+[Cc]ommittees?|"
    r"(?:[Vv]olunteer|[Mm]utual[- ][Aa]id)\s+(?:networks?|groups?))\b"
)

#: Words tying a speaker to a party: "army-aligned", "RSF-backed", "pro-government".
_TIED = re.compile(r"(?i:aligned|backed|allied|affiliated|linked|loyal|\bpro-)")


def local_people(phrase: str) -> bool:
    """Whether the speaker's ``phrase`` is people of a place, or a network of volunteers
    or medics of theirs (:data:`_CIVIL_NETWORKS`), who speak for no party.

    >>> local_people("Residents in occupied Mariupol"), local_people("Some in Nikolaev")
    (True, True)
    >>> local_people("Kyiv's military administration"), local_people("residents")
    (False, True)
    >>> local_people("the Khartoum Emergency Response Rooms")
    True
    """
    phrase = phrase.strip()
    if _LOCAL_PEOPLE.fullmatch(phrase) is not None:
        return True
    # not one its phrase ties to a party: "the Sudanese army-aligned Sudan Doctors Network"
    return bool(_CIVIL_NETWORKS.search(phrase)) and _TIED.search(phrase) is None


#: The party a tie names before it: "army-aligned", "RSF-backed", "government-allied".
_TIED_TO = re.compile(
    r"\b(?P<who>army|military|government|junta|RSF|SAF|Hamas|Hezbollah|Houthi|M23)-"
    r"(?:aligned|backed|allied|affiliated|linked|led)\b",
    re.IGNORECASE,
)


def tied_network(text: str, start: int, phrase: str) -> str | None:
    """The party a network of volunteers or medics is tied to, in its ``phrase`` or in
    the words of its clause just before it (``text[:start]``): "the army-aligned Sudan
    Doctors Network" -> "the army", "an RSF-backed resistance committee" -> "the RSF",
    a speaker's phrase whose side is that party's where it speaks; None for any other
    phrase (an untied network speaks for no party: :func:`local_people`).

    >>> tied_network("", 0, "the army-aligned Sudan Doctors Network")
    'the army'
    >>> tied_network("", 0, "the Sudan Doctors Network"), tied_network("", 0, "residents")
    (None, None)
    """
    before = _CLAUSE_BREAK.split(text[max(0, start - 40) : max(0, start)])[-1]
    words = f"{before} {phrase}"
    m = _TIED_TO.search(words)
    if m is None or _CIVIL_NETWORKS.search(words, m.end()) is None:
        return None
    return f"the {m['who']}"


_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]")
