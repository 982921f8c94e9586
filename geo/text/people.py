"""Recognition, people and organisations: names that are not places.

A place's name next to a person's given name, a title or rank, or another rare
capitalised word is part of a person's or a body's name ("Michael Jordan", "Col. Nabil
Hassan", "Kristina Smith"): :func:`given_name`, :func:`rank_abbreviation` and
:func:`name_neighbour` tell such neighbours; :func:`remember_chunk` remembers the name's
words so that later, alone, they are not taken for places ("Smith said").  Used by the
context rules (:mod:`geo.text.context_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .name_neighbours import name_neighbour
from .name_words import acronym_after, ends_town, is_common, is_region_name, place_pair
from .particle_names import SURNAME_PARTICLES, particle_surname
from .tokens import Token, _Tokens

__all__ = [
    "BODY_WORDS",
    "FEATURES",
    "ORGANISATION_FOR",
    "ORGANISATION_OF",
    "SURNAME_PARTICLES",
    "WATER_OF",
    "body_after",
    "given_name",
    "kin_before",
    "name_neighbour",
    "organisation_head",
    "particle_surname",
    "rank_abbreviation",
    "remember_chunk",
    "remember_person",
    "street_word",
]

#: A person a place is named after: their surname goes on naming the place ("named for
#: Frank C. Armstrong ... the town of Armstrong", "naming it after his wife, Alexandra"),
#: so it is not remembered as theirs.
_NAMED_AFTER = re.compile(
    # Up to the name: no sentence's end between (an initial's dot may be: "Frank C.").
    r"\b(?i:(?:re)?nam(?:ed|ing)(?:\s+(?:it|them))?\s+(?:after|for)|in\s+hono(?:u)?r\s+of)\b"
    r"(?:[^.;]|(?<=[A-Z])\.){0,40}$"
)
_NAMED_AFTER_CHARS = 80
#: Before an address's "St" or "Dr": a house number and the street's capitalised words,
#: the last not itself "St" ("1200 N B St Fort Smith", "88 Ocean Dr Miami").
_STREET_BEFORE = re.compile(
    r"\b\d+[A-Za-z]?(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?!(?:St|Dr)\b)[A-Z][\w'’-]*[ \t]+$"
)
#: An abbreviated rank's period and the next word: "Brig. Gen.", "Col. Nabil".
_AFTER_RANK = re.compile(r"\.\s+([A-Z][a-z]+)")


def rank_abbreviation(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is an abbreviated title: a period, then a title
    or a given name ("Brig. Gen. Nabil Abdallah"; not "troops held Brig. Then ...")."""
    m = _AFTER_RANK.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in lx.PERSON_TITLES or word in lx.first_names()


#: Before a name: a relative's word, in lower case, then a space or a comma ("his brother
#: Tyler", "Rozen's wife, Julia,", "their daughter Hailey", "cousins Dillon and Connor").
_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:wife|husband|son|sons|daughter|daughters|brother|brothers|sister|"
    r"sisters|mother|father|cousin|cousins|uncle|aunt|nephew|niece|grandson|granddaughter|"
    r"grandmother|grandfather|stepson|stepdaughter|fianc[ée]e?|girlfriend|boyfriend|widow|"
    r"widower|twin|twins|child|baby)(?:,[ \t]+|[ \t]+)$"
)
_KIN_CHARS = 16
_KIN_WORDS = tuple(  # _KIN_BEFORE's words: one ends what stands before a name it matches
    "wife husband son sons daughter daughters brother brothers sister sisters mother father "
    "cousin cousins uncle aunt nephew niece grandson granddaughter grandmother grandfather "
    "stepson stepdaughter fiance fiancé fiancee fiancée girlfriend boyfriend widow widower "
    "twin twins child baby".split()
)


def kin_before(text: str, start: int) -> bool:
    """Does a relative's word stand right before the name at ``start`` ("his brother
    Tyler", "his wife, Julia,")?  Then the name is a person's given name (unless a place
    is named after them: "naming it after his wife, Alexandra").

    >>> text = "his brother Tyler and his wife, Julia, left Tyler for the sister city Paris"
    >>> kin_before(text, 12), kin_before(text, 32), kin_before(text, 44), kin_before(text, 69)
    (True, True, False, False)
    """
    at = max(0, start - _KIN_CHARS)  # (a word list's suffix first: the cheap test)
    word = text[at:start].rstrip().removesuffix(",")
    if not word.endswith(_KIN_WORDS) or _KIN_BEFORE.search(text, at, start) is None:
        return False
    return not _named_after(text, start)  # "naming it after his wife, Alexandra": the place's


def given_name(text: str, prev: Token, gaz: Gazetteer, following: str = "") -> bool:
    """Whether the capitalised word ``prev`` just before a place's name (``following``,
    normalised, when known) is a person's given name (:func:`lexicon.first_names`): then
    the two are a person's name ("Michael Jordan visited Jordan": the player's). Not a
    given name that is a place's too before a region ("Austin Texas", "Israel Lebanon
    border"), a common word opening a sentence ("Will Kyiv hold?") nor a town's last word
    ("Sao Paulo Brazil"). A given name that is a country's or a large place's before a
    name that is no region's is a person's still ("Jordan Henderson", "Paris Hilton",
    "Chad Smith": no place is named by a country and a town run together)."""
    norm = prev.norm
    if _THE_BEFORE.search(text, max(0, prev.start - 5), prev.start):
        return False  # "The George Twickenham": a pub's name, no person's
    if norm in lx.GIVEN_NAMES:
        # "Jordan Henderson", "Georgia Smith": the scan read the pair as a person's name at
        # the given name (:func:`geo.text.context_rules.accept`); the surname is theirs.
        # Not before a region or a large city: "Paris Texas", "Sydney Melbourne flights";
        # but a given name that names no region or town of note is a person's before them
        # too: "the Soviet leader Sergei Kirov" (after whom Kirov and Kirovograd were named).
        return (
            bool(following)
            and following not in lx.AFTER_PLACE_OK
            and (
                (
                    not is_region_name(gaz, following)
                    and gaz.name_summary_normalized(following)[1] < 500_000
                )
                or not (
                    text[prev.end : prev.end + 1] != " "  # "Santa Maria-Santa Barbara"
                    or is_region_name(gaz, norm)
                    or gaz.name_summary_normalized(norm)[1] >= _CHUNK_PLACE_POPULATION
                )
            )
        )
    if norm not in lx.first_names() or norm in lx.BEFORE_PLACE_OK:
        return False
    if norm in lx.PERSON_TITLES or norm in lx.DEMONYMS:
        return False
    if (is_region_name(gaz, norm) or gaz.name_summary_normalized(norm)[1] >= 100_000) and (
        not following or place_pair(gaz, norm, following)
    ):
        return False
    opening = _SENTENCE_END.search(text, max(0, prev.start - 3), prev.start) or prev.start == 0
    return not ((opening and is_common(gaz, norm, 300)) or ends_town(text, prev, gaz, following))


#: "The" right before a capitalised word: no person's given name ("The George", a pub).
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
#: Words that make a place of a person's name ("Douglas Island", "Sullivan Bay").
FEATURES = (
    frozenset(
        "island islands isle bay mountain mountains canal creek valley point beach hill hills "
        "park springs falls heights square street avenue road inn cafe library center centre "
        "county lake sound cove peak ridge forest grove landing crossing junction".split()
    )
    | lx.WATER_WORDS
    | lx.FACILITY_WORDS
)
#: What ends the sentence before a word ("... fell. Will"): the word opens a sentence.
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’)]?\s+|\n\s*)$")


#: A word of a capitalised chunk (a person's or a body's name) naming a place this large
#: stays a place alone ("Washington Post": Washington).
_CHUNK_PLACE_POPULATION = 100_000
#: A surname naming a city this large stays a place alone ("Paris" after "Tom Paris").
_SURNAME_PLACE_POPULATION = 1_000_000


def remember_chunk(
    tokens: _Tokens,
    i: int,
    j: int,
    text: str,
    gaz: Gazetteer,
    not_places: set[str],
    *,
    whole_run: bool = True,
    surname: bool = False,
) -> None:
    """Remember the words of a person's or organisation's name ("Kristina Smith").

    Later, each word alone is not taken for a place ("Smith said", "Kristina said"),
    except words that name a country, a region or a large place ("Washington Post"
    leaves Washington a place). With ``whole_run`` the capitalised words around
    tokens[i..j] are the name's too; else only tokens[i..j].  A ``surname`` (one a
    given name, a middle initial or a particle before it made a person's) is remembered
    unless it names a city of a million ("Tom Denton ... Denton said"; "Paris" stays
    Paris); a name after a title alone only as any chunk's word ("Mr. Arlington", a
    nickname, leaves Arlington a place).
    """
    at = tokens.at
    limit = _SURNAME_PLACE_POPULATION if surname else _CHUNK_PLACE_POPULATION
    if whole_run:
        a, b = tokens.capital_run(i)[0], tokens.capital_run(j)[1]
        if tokens.remembered.get((a, b, limit)) is not_places:
            return  # the same run into the same memory: nothing new (a run of N names is N)
        tokens.remembered[(a, b, limit)] = not_places
    else:
        a, b = i, j
    run = [at[k] for k in range(a, b + 1)]
    # A body's words ("First Baptist Church Maryville"): remembered so that a preposition
    # of place may still make one a place alone (geo.text.name_memory.NotPlaces.refuses).
    # A school's name is its own shorthand ("McGill University ... studied at McGill"):
    # remembered as a person's is.
    # A run with no given name or title is no person's either ("Immokalee TIGER Grant
    # Event"): a body's too.
    body = (
        not surname
        and (
            any(t.norm in BODY_WORDS for t in run)
            or not any(t.norm in lx.first_names() or t.norm in lx.PERSON_TITLES for t in run)
        )
        and not any(t.norm in _SCHOOL_WORDS for t in run)
    )
    remember = getattr(not_places, "add_body", not_places.add) if body else not_places.add
    add_surname = getattr(not_places, "add_surname", None) if surname else None
    for t in run:
        if t.norm in not_places:
            continue
        if is_region_name(gaz, t.norm) and not (surname and _town_region(gaz, t.norm)):
            continue
        if gaz.name_summary_normalized(t.norm)[1] < limit:  # not a large place's name
            if add_surname is not None:
                add_surname(t.norm, t.start)  # (a headline's bare surname before it)
            else:
                remember(t.norm)
    if not body and len(run) > 2 and run[-2].norm in lx.first_names() and (
        run[-3].norm in lx.PERSON_TITLES
    ):  # "Mayor Ryan Bingham": the run's last word is a surname, a headline's before it too
        note = getattr(not_places, "note_surname", None)
        if note is not None:
            note(run[-1].norm, run[-1].start)


def _town_region(gaz: Gazetteer, norm: str) -> bool:
    """Is ``norm`` no country's name, no US state's, and a first-level region's that has
    a town of that name in its country (the province of Trapani, the borough of
    Manchester; not Kent, no town)?  A person's surname so spelt is remembered ("Andrew
    Trapani ... Trapani's willingness"); a US state's or a country's never is
    ("Denzel Washington" leaves Washington a state)."""
    records = [c.record for c in gaz.lookup_normalized(norm)[:_TOWN_REGION_CANDIDATES]]
    regions = [r for r in records if gaz.kind(r) == "admin1"]
    if not regions or any(gaz.kind(r) == "country" for r in records):
        return False
    towns = {gaz.country_code(r) for r in records if gaz.is_place(r)}
    codes = [gaz.country_code(r) for r in regions]
    return "US" not in codes and any(code in towns for code in codes)


_TOWN_REGION_CANDIDATES = 20


#: Heads of organisations named "X of <place>" ("Bank of America", "University of
#: Texas", "Church of England"): the head word is the body's, never a place of its own.
ORGANISATION_OF = frozenset(
    """
    bank university college institute school academy church museum council department
    ministry office bureau court board commission agency corporation company chamber
    federation association league party union society library hospital diocese
    archdiocese orchestra conservatory seminary polytechnic
    """.split()
)
#: Heads of organisations named "X for <Capitalised words>" ("the Centre for Countering
#: Disinformation", "The Center for Strategic and International Studies", "Institute for
#: the Study of War"): the head word is the body's.
ORGANISATION_FOR = ORGANISATION_OF | frozenset(
    """
    centre center committee foundation fund coalition alliance campaign movement network
    council initiative programme program project observatory
    """.split()
)
#: Words that make a capitalised run a body's name (a church, a shop, a court, a club),
#: not a person's.
BODY_WORDS = (
    ORGANISATION_FOR
    | lx.ORGANISATION_HEADS
    | (lx.FACILITY_WORDS - {"river", "virus", "viruses", "ebolavirus", "fever", "flu"})
    | frozenset(
        """
        club court market district cemetery racecourse ground grounds fairgrounds fairground
        marina parks recreation airfield authority
        police sheriff sheriff's fire rescue dealership store shop mall bar restaurant cafe
        hotel motel inn bakery bait proving association
        agency council commission board department office centre center hall seniors
        cadets scouts lodge legion press herald times post tribune gazette journal news
        festival fair rodeo opera ballet theatre theater philharmonic orchestra museum zoo circus
        """.split()
    )
)
#: Of :data:`BODY_WORDS`, those that close a local body's name after the place it serves
#: ("the Nashville Film Festival", "Amherst Redevelopment Authority", "the Oxford Central
#: Mosque", "Gwinnett Medical Center"); not an outlet's, a party's or a company's.
_LOCAL_BODY_WORDS = BODY_WORDS - frozenset(
    """
    press herald times post tribune gazette journal news group party front government union
    league alliance coalition movement network company corporation brigade battalion
    regiment corps congress federation
    """.split()
)
#: Capitalised words read after a name for the body word closing them.
_BODY_REACH = 4


def body_after(gaz: Gazetteer, at: Sequence[Token], k: int, n: int, key: str) -> bool:
    """Do the capitalised words from ``at[k]`` on (of ``n`` tokens) close, within four
    words, with a local body's word ("Nashville Film Festival", "Lancaster City Council",
    "Kanawha Circuit Court")?  Then the name ``key`` before them is the place the body
    serves, as readers and the corpora's annotators take it, not a person's longer name:
    unless it is a given name ("Percy French Hotel") or made of everyday words only and
    no region's name ("Old Town Hall", "Inner City Outreach"; "Pennsylvania" is common
    enough, and a state)?  Or is ``at[k]`` an acronym ("Brant OPP": :func:`acronym_after`)?"""
    for m in range(k, min(k + _BODY_REACH, n)):
        tok = at[m]
        if not tok.capitalized or (m > k and at[m - 1].end + 1 != tok.start):
            break
        if tok.norm in _LOCAL_BODY_WORDS:
            return key not in lx.first_names() and (
                is_region_name(gaz, key) or not all(is_common(gaz, w, 5_000) for w in key.split())
            )
    return acronym_after(at, k)  # "the California DMV", "Brant OPP": an acronym's place


#: Heads of schools' names, whose first word alone names the school.
_SCHOOL_WORDS = frozenset("university college school academy institute seminary".split())
#: Heads of water bodies named "X of <place>" ("the Gulf of Mexico", "the Bay of
#: Bengal"): water, not Gulf Province or a bay town.
WATER_OF = frozenset("gulf sea bay strait straits".split())


_HEADS = ORGANISATION_OF | WATER_OF | ORGANISATION_FOR  # organisation_head's first words


def organisation_head(text: str, tokens: _Tokens, i: int) -> bool:
    """Is the capitalised word tokens[i] the head of an organisation's or a water body's
    name "X of Y" ("Bank of America": not Bānk, India; "the Gulf of Mexico": not Gulf
    Province), a capitalised word after " of ", or of an organisation's "X for Y" ("the
    Centre for Countering Disinformation": not Cameroon's Centre region)?"""
    at = tokens.at
    if i + 2 >= len(tokens.words):
        return False
    norm = at[i].norm
    if norm not in _HEADS:  # most words head no such name: the next token is not built
        return False
    link = at[i + 1].norm
    if link == "of":
        if norm not in ORGANISATION_OF and norm not in WATER_OF:
            return False
    elif link != "for" or norm not in ORGANISATION_FOR:
        return False
    return text[at[i].end : at[i + 2].start] == f" {link} " and at[i + 2].capitalized


def remember_person(
    tokens: _Tokens,
    i: int,
    j: int,
    text: str,
    gaz: Gazetteer,
    not_places: set[str],
    *,
    whole_run: bool = True,
    surname: bool = False,
) -> None:
    """:func:`remember_chunk`, unless the person is one a place is named
    after ("named for Frank C. Armstrong ... opened in Armstrong")."""
    if not _named_after(text, tokens.at[i].start):
        remember_chunk(tokens, i, j, text, gaz, not_places, whole_run=whole_run, surname=surname)


def _named_after(text: str, start: int) -> bool:
    """Whether the person's name starting at ``start`` follows "named after", "named for"
    or "in honor of": a place named after them, which their surname goes on naming."""
    at = max(0, start - _NAMED_AFTER_CHARS)
    low = text[at:start].lower()  # (its words' letters first: the cheap test)
    return ("nam" in low or "hono" in low) and _NAMED_AFTER.search(text, at, start) is not None


def street_word(text: str, start: int) -> bool:
    """Does the word at ``start`` ("St" or "Dr", the caller's test) close an address's
    street, after a house number and the street's capitalised words ("1200 N B St Fort
    Smith, AR")?  Then it is the street's word before the town: it starts no name ("St
    Fort" is a place in Haiti) and is no title ("Dr Miami").

    >>> street_word("1200 N B St Fort Smith, AR", 9), street_word("He met St Paul", 7)
    (True, False)
    >>> street_word("1200 Main St St Paul, MN", 13)  # the town's own "St"
    False
    """
    return _STREET_BEFORE.search(text, max(0, start - 60), start) is not None
