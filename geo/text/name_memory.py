"""Recognition, the text's memory of words that are not places, and of names that are.

The words of a person's or a body's name are remembered so that later, alone, they are
not read as places ("Laura Smith ... Smith said": :mod:`geo.text.people`).  A name
the text has already placed, with a container or a definition ("Gatesville is a city
in Coryell County, Texas", "Mooresville, North Carolina"), stays a place when a body's name
takes it up later ("The Gatesville Messenger", "Mooresville Christian Academy"): :class:`NotPlaces`
refuses those words.  A person's name read before the place keeps its word (as before:
"Shelby Foote ... Shelby, North Carolina ... Shelby said" is the man).

A body's name often opens or closes with the place it serves ("First Baptist Church
Maryville", "the Shadyside Giant Eagle Market District", "Ozark Dodge"; a run of
capitalised words with no given name or title counts as one): its words are
remembered too ("Ozark Dodge ... Ozark said"), but such a word alone after a preposition
of place is the place again ("the congregation in Maryville", "Clarice Horne of
Shadyside,"): :meth:`NotPlaces.refuses`.  A person's surname gets no such exception
("Laura Smith ... a letter to Smith").
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from .candidates import MAX_CANDIDATES
from .containers import has_container, is_definition
from .lexicon.places import AFTER_PLACE_OK
from .people import BODY_WORDS
from .tokens import Mention, _Tokens
from .town_offices import town_office_after

__all__ = ["BODY_WORDS", "NotPlaces", "held", "placed", "refused", "word_before_noun"]

#: Before a body's word alone: a preposition of place ("in Maryville", "drove to Lanexa").
_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:in|at|to|from|near|into|outside|around|across|through|via|toward|towards)"
    r"[ \t]+$"
)
#: "of" too, where punctuation closes the name: a home ("Clarice Horne of Shadyside,").
_OF_BEFORE = re.compile(r"(?<![\w-])of[ \t]+$")
_OF_CLOSED = frozenset(",;.)")
_BEFORE_CHARS = 12
#: After a sentence's opening name: a possessive, a capitalised word or a number.
_OPENER_GOES_ON = re.compile(r"['’]s\b|[ \t]+[A-Z0-9]")
#: What may close a text that is one name, a query: "Lyon?", "Lyon.".
_QUERY_END = " \t\n.?!"
#: A lower-case word right after a sentence's opening word.
_LOWER_AFTER = re.compile(r"[ \t]+([a-z][a-z'’-]*)")
#: Lower-case words after a place's name that make it the place's ("Mobile police", "Nice
#: residents", "Springfield school nurses"): its bodies, and its people.
_PLACE_NOUNS = AFTER_PLACE_OK | frozenset(
    """
    residents resident officials official voters people citizens locals families
    businesses workers teachers nurses students leaders lawmakers prosecutors
    firefighters neighbourhood neighborhood streets suburbs hospitals schools homes
    """.split()
)
#: Lower-case words after an opener that are no noun it qualifies: its verb or a word
#: of grammar ("Union is a city", "Hope began in 1873", "Union and West Union").
_NO_NOUNS = frozenset(
    """
    is are was were be been being has have had will would can could may might must shall
    should do does did and or but nor as at by for from in into of on onto to with within
    about after before than then that which who whose where when while also not no lies
    lay sits sat stands stood became becomes remains remained began begins grew serves
    served borders covers includes included lost won said says
    """.split()
)
#: A capitalised word right after the name: a longer name goes on.
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


class NotPlaces(set[str]):
    """Normalised words of people's and bodies' names seen in one text (a set), less
    the names the text placed before them (:meth:`placed_name`).

    Examples
    --------
    >>> memory = NotPlaces()
    >>> memory.add("smith")
    >>> memory.placed_name("clifton")
    >>> memory.add("clifton")
    >>> sorted(memory)
    ['smith']
    """

    def __init__(self) -> None:
        super().__init__()
        self._placed: set[str] = set()
        self._bodies: set[str] = set()  # remembered from bodies' names only
        self._surnames: dict[str, int] = {}  # a surname -> where its person is first named
        self._held: list[tuple[str, int, int, bool]] = []  # sentence openers held back

    def add(self, word: str) -> None:
        """Remember ``word`` unless the text has placed a name of it before."""
        if word not in self._placed:
            super().add(word)
            self._bodies.discard(word)  # a person's (or a word of both): no exception

    def add_surname(self, word: str, at: int) -> None:
        """Remember ``word``, a person's surname named at offset ``at`` ("Irvin E.
        Rhodes"), unless the text has placed a name of it before; where the person is
        first named is noted either way (:meth:`later_surnames`)."""
        self._surnames.setdefault(word, at)
        self.add(word)

    def note_surname(self, word: str, at: int) -> None:
        """Note that ``word``, remembered already as a person's name's word, is a
        surname first named at offset ``at`` ("Mayor Ryan Bingham" read whole):
        :meth:`later_surnames` as for :meth:`add_surname`.  A word not remembered (a
        large place's name: "Lewisburg Mayor John Manchester") is not noted."""
        if word in self:
            self._surnames.setdefault(word, at)

    def later_surnames(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` less the bare names that a person named later in the text bears
        as a surname ("Rhodes wins the seat ... Irvin E. Rhodes, a teacher, ..."): a
        headline names a person by surname before the story gives the full name.  A
        name with a container, a cue ("in Rhodes") or a preposition of place before it
        stays."""
        surnames = self._surnames
        if not surnames:
            return mentions
        return [
            m
            for m in mentions
            if not (
                m.first == m.last
                and m.start < surnames.get(m.key, -1)
                and not m.containers
                and not m.cue
                and not _PLACE_BEFORE.search(text, max(0, m.start - _BEFORE_CHARS), m.start)
            )
        ]

    def hold(self, key: str, first: int, last: int, everyday: bool = False) -> None:
        """Note a name that opens a sentence and was read as an everyday word there
        (tokens ``first``..``last``; ``everyday``: one of the language's commonest words,
        "Nice", "Mobile"): :meth:`held_places` takes it back if the text reads the name
        as a place elsewhere."""
        self._held.append((key, first, last, everyday))

    def held_places(
        self, text: str, tokens: _Tokens, mentions: list[Mention], gaz: Gazetteer | None = None
    ) -> list[Mention]:
        """``mentions`` with the held sentence openers (:meth:`hold`) whose name the text
        reads as a place elsewhere ("Springfield school nurses vote ... in Springfield"):
        one sense per text.  Each takes the candidates of that name's first mention.  Not
        an opener in capitals, nor one a capitalised word, a number or a possessive
        follows ("Nash Riad said", "Section 2AA", "Billy's reopened").  A name that is
        the whole text ("Lyon", "Lyon?": a query) is a place too, with ``gaz``'s
        candidates, unless it is one of the commonest words ("Nice!")."""
        if not self._held:
            return mentions
        if gaz is not None and not mentions and len(self._held) == 1:
            key, first, last, everyday = self._held[0]
            start, end = tokens.starts[first], tokens.ends[last]
            # (not one of the commonest words: "Nice!" alone is a word, not Nice)
            if not everyday and not text[:start].strip() and not text[end:].strip(_QUERY_END):
                found = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
                return [Mention(start, end, key, first, last, candidates=found)] if found else []
        by_key: dict[str, Mention] = {}
        for m in mentions:
            if m.candidates and not m.demonym_country and not m.unknown:
                by_key.setdefault(m.key, m)
        taken = {k for m in mentions for k in range(m.first, m.last + 1)}
        back = [
            Mention(
                tokens.starts[first],
                tokens.ends[last],
                key,
                first,
                last,
                candidates=list(by_key[key].candidates),
            )
            for key, first, last, everyday in self._held
            if key in by_key
            and not (everyday and word_before_noun(text, tokens.ends[last]))
            and key not in self
            and first not in taken
            and last not in taken
            and not tokens.words[first].isupper()
            and not _OPENER_GOES_ON.match(text, tokens.ends[last])
        ]
        if not back:
            return mentions
        return sorted(mentions + back, key=lambda m: m.start)

    def add_body(self, word: str) -> None:
        """Remember ``word``, read in a body's name (:data:`BODY_WORDS`), unless the text
        has placed a name of it before or remembers it already."""
        if word not in self._placed and word not in self:
            super().add(word)
            self._bodies.add(word)

    def refuses(self, word: str, text: str, start: int, end: int) -> bool:
        """Whether the memory keeps the name ``word`` at ``text[start:end]`` from being a
        place: remembered, no container or definition after it, and not a body's word
        after a preposition of place ("Ozark Dodge ... drove to Ozark").

        >>> memory = NotPlaces()
        >>> memory.add_body("ozark")
        >>> text = "Ozark said it drove to Ozark."
        >>> memory.refuses("ozark", text, 0, 5), memory.refuses("ozark", text, 23, 28)
        (True, False)
        >>> memory.add("ozark")  # a person's too
        >>> memory.refuses("ozark", text, 23, 28)
        True
        """
        if word not in self or placed(text, end):
            return False
        if word not in self._bodies:
            return True
        if _CAPITAL_AFTER.match(text, end):
            return True  # "at McGill University": a body's name again, not the word alone
        before = text[max(0, start - _BEFORE_CHARS) : start]
        if _PLACE_BEFORE.search(before):
            return False
        return not (_OF_BEFORE.search(before) and text[end : end + 1] in _OF_CLOSED)

    def placed_name(self, key: str) -> None:
        """The text has placed the name ``key``: its word is not remembered from now on."""
        self._placed.add(key)

    def read(self, text: str, mention: Mention) -> None:
        """Note ``mention`` if the text places it: a container ("Mooresville, North
        Carolina") or a definition ("Gatesville is a city in Texas") right after it."""
        if mention.containers or placed(text, mention.end):
            self.placed_name(mention.key)


def refused(not_places: set[str], key: str, text: str, start: int, end: int) -> bool:
    """Whether the text's memory of people's and bodies' words keeps the name ``key`` at
    ``text[start:end]`` from being a place: :meth:`geo.text.name_memory.NotPlaces.refuses`
    (a body's word after a preposition of place is one), or for a plain set, remembered
    and not ``placed``."""
    refuses = getattr(not_places, "refuses", None)
    if refuses is not None:
        return refuses(key, text, start, end)
    return key in not_places and not placed(text, end)


def placed(text: str, end: int) -> bool:
    """Whether what follows a name says it is a place: a container ("Boston,
    Massachusetts", "Shelby, North Carolina") or a definition ("Springfield is the
    capital of Illinois") or a town's office ("Lancaster City Council")."""
    return has_container(text, end) or is_definition(text, end) or town_office_after(text, end)


def held(
    not_places: set[str], key: str, first: int, last: int, everyday: bool = False
) -> None:
    """:meth:`NotPlaces.hold` for a memory that holds (a plain set does not); None, the
    context rule's answer for now."""
    hold = getattr(not_places, "hold", None)
    if hold is not None:
        hold(key, first, last, everyday)


def word_before_noun(text: str, end: int) -> bool:
    """Is the opener ending at ``end`` an everyday word before its noun ("Nice weather",
    "Mobile users"): a lower-case word follows that is none of a place's bodies or people
    ("Mobile police", "Nice residents": :data:`_PLACE_NOUNS`)?"""
    after = _LOWER_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in _PLACE_NOUNS and word not in _NO_NOUNS
