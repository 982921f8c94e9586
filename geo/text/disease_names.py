"""Recognition: diseases and relief bodies named like places.

A disease named after the place it was first found in ("the Marburg virus", "Lassa
fever", "Ebola haemorrhagic fever") is no place where its disease word follows it
(:data:`DISEASE_WORDS`, asked by :mod:`geo.text.context_rules`), and a report on it
goes on to name it bare ("because Marburg kills more slowly"): :func:`remember_disease`
remembers its word as a body's is remembered (:meth:`geo.text.name_memory.NotPlaces.add_body`),
so that later, alone, it is the disease, and still the place after a preposition of
place or with its container ("first found in Marburg, Germany").  A country, a
first-level region or a city of a million keeps its name whatever disease bears it
("the Hong Kong flu ... Hong Kong reported").

A name listed next to a disease's name is one too ("tested for HIV as well as Chagas,
hepatitis B and syphilis", "outbreaks of Lassa, cholera and measles": not São Francisco
de Goiás, once Chagas, nor Lhasa): :func:`listed_disease`.

The Red Cross and the Red Crescent are relief bodies, never the hamlets so called
(Red Cross, North Carolina) unless the text places them: :func:`relief_body`.
:func:`health_name` asks both for the context rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .name_memory import placed
from .tokens import Token

__all__ = ["DISEASE_WORDS", "health_name", "listed_disease", "relief_body", "remember_disease"]

#: After a name: a disease or its agent named after the place ("Marburg haemorrhagic fever").
DISEASE_WORDS = frozenset(
    "virus viruses ebolavirus fever flu influenza disease haemorrhagic hemorrhagic".split()
)
#: A name this widely lived in stays a place when a disease bears it.
_CITY_KEEPS_NAME = 1_000_000
#: Diseases' names (normalised) a list of diseases holds, the eponymous ones too.
_DISEASES = frozenset(
    """
    hiv aids hepatitis syphilis gonorrhoea gonorrhea chlamydia malaria cholera measles mumps
    rubella polio tuberculosis tb typhoid typhus dengue leprosy rabies anthrax smallpox mpox
    monkeypox plague diphtheria tetanus pertussis meningitis pneumonia influenza sars mers
    covid ebola lassa marburg zika chikungunya chagas lyme nipah hendra hantavirus htlv
    leishmaniasis schistosomiasis trachoma yaws salmonella listeria shigella botulism
    """.split()
)
#: Between the names of a list: a comma, "and" or "or".
_LIST_GAP = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: Relief bodies named like places (normalised names).
_RELIEF_BODIES = frozenset(("red cross", "red crescent", "red crystal"))


def remember_disease(gaz: Gazetteer, not_places: set[str], key: str) -> None:
    """Remember ``key`` (a normalised one-word name just read before a disease word) in
    the text's memory ``not_places`` as a body's word, unless it names a country or a
    first-level region or a place of a million people.  A plain set remembers it
    outright.

    >>> from geo.text.name_memory import NotPlaces
    >>> class Gaz:  # a stand-in: the kinds and largest population of a name
    ...     def name_summary_normalized(self, key):
    ...         return {"marburg": ({"place"}, 72_000), "wuhan": ({"place"}, 9_000_000)}[key]
    >>> memory = NotPlaces()
    >>> remember_disease(Gaz(), memory, "marburg"), remember_disease(Gaz(), memory, "wuhan")
    (None, None)
    >>> sorted(memory)
    ['marburg']
    """
    kinds, max_pop = gaz.name_summary_normalized(key)
    if "country" in kinds or "admin1" in kinds or max_pop >= _CITY_KEEPS_NAME:
        return
    getattr(not_places, "add_body", not_places.add)(key)


def listed_disease(gaz: Gazetteer, text: str, at: Sequence[Token], n: int, i: int) -> bool:
    """Is the one-word name at token ``i`` of ``at`` (``n`` tokens) a disease, the word
    before or after it across a list's comma, "and" or "or" being a disease's name
    (:data:`_DISEASES`)?  Never a country's or a first-level region's name.

    >>> from geo.text.tokens import tokenize
    >>> class Gaz:
    ...     def name_summary_normalized(self, key):
    ...         return ({"place"}, 2_000)
    >>> def listed(text, word):
    ...     at = tokenize(text)
    ...     return listed_disease(Gaz(), text, at, len(at), [t.text for t in at].index(word))
    >>> listed("tests for HIV as well as Chagas, Hepatitis B and syphilis", "Chagas")
    True
    >>> listed("outbreaks of Lassa, cholera and measles", "Lassa")
    True
    >>> listed("cases in Chagas and Goiania", "Chagas")
    False
    """
    neighbours = []
    if i > 0 and _LIST_GAP.fullmatch(text, at[i - 1].end, at[i].start):
        neighbours.append(at[i - 1].norm)
    if i + 1 < n and _LIST_GAP.fullmatch(text, at[i].end, at[i + 1].start):
        neighbours.append(at[i + 1].norm)
    if i + 2 < n and at[i + 1].norm in ("and", "or"):
        neighbours.append(at[i + 2].norm)  # "Chagas and syphilis"
    if i > 1 and at[i - 1].norm in ("and", "or"):
        neighbours.append(at[i - 2].norm)  # "malaria and Lassa"
    if not any(word in _DISEASES for word in neighbours):
        return False
    kinds, _ = gaz.name_summary_normalized(at[i].norm)
    return "country" not in kinds and "admin1" not in kinds


def health_name(
    gaz: Gazetteer, text: str, at: Sequence[Token], n: int, i: int, j: int, key: str
) -> bool:
    """Is the name ``key`` (normalised) at tokens ``i``..``j`` of ``at`` (``n`` tokens) a
    relief body's (:func:`relief_body`) or, one word, a listed disease
    (:func:`listed_disease`), not a place?"""
    if i == j:
        return key == at[i].norm and listed_disease(gaz, text, at, n, i)
    return relief_body(text, key, at[j].end)


def relief_body(text: str, key: str, end: int) -> bool:
    """Is the name ``key`` (normalised), ending at ``end`` in ``text``, a relief body
    ("the Red Cross", "the Kenya Red Cross Society", "the Palestine Red Crescent") and
    not a place the text places with a container or a definition ("Red Cross, North
    Carolina")?

    >>> relief_body("The Red Cross is helping.", "red cross", 13)
    True
    >>> relief_body("He lives in Red Cross, North Carolina.", "red cross", 21)
    False
    """
    return key in _RELIEF_BODIES and not placed(text, end)
