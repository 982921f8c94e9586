"""Recognition, people who speak: a bare name that talks is a person's, not a place.

"Brandt said", "Marlow told reporters", "Rieti added": a single capitalised word
that is the subject of a verb only a person does (say, tell, add, explain, recall, ...)
is a person's name, and so is one that does what only a person does ("Lincoln
visited the capital's defenders", "Marlow married in 1950", "Cabot sailed from
Bristol"); the text's other bare
mentions of it are that person too
("Brandt's first film", "Brandt rose quickly"); so is a name given with an age ("Her
eldest, Harrison, 8, held a plate"). :func:`drop_speakers` leaves them out.

A place speaks only as its government or its people (metonymy, :mod:`geo.text.metonymy`):
a country, a first-level region, a capital, a city of :data:`SPEAKING_POPULATION` or
more ("Moscow said", "Texas says", "Chicago said") keeps its mentions.  So does a name
the words before make a location ("the town of Marlow said", "a farmer from Marlow
said"), a name given with its container ("Rieti, Lazio, said") and a name with its
own cue ("in", "region").  Cost: one anchored match after each single-word mention and
one look-behind, linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from .candidates import is_capital
from .context_rules import placed
from .left_places import LEAVING
from .tokens import Mention

__all__ = [
    "PERSON_ACT_POPULATION",
    "SPEAKING_POPULATION",
    "acting_people",
    "aged",
    "drop_speakers",
    "given_opener",
    "speaks",
    "told_people",
]

#: A place this populous may speak as its city hall ("Chicago said"); a smaller one's
#: name that speaks is a person's (the threshold under which a person's name's words
#: are remembered as not places, :func:`geo.text.people.remember_chunk`).
SPEAKING_POPULATION = 100_000

#: After the name: up to two adverbs or auxiliaries, then a verb of personal speech.
#: Verbs a government also does ("announced", "denied", "warned") are left out.
_PERSONAL_SPEECH = re.compile(
    r"(?:\s+(?:also|then|later|once|has|had|have|would|will|quickly|quietly|simply|"
    r"recently|previously)){0,2}"
    r"\s+(?:said|says|told|tells|added|adds|explained|explains|wrote|"
    r"writes|asked|asks|noted|notes|laughed|laughs|admitted|admits|replied|replies|"
    r"joked|jokes|shrugged|smiled|sighed|recounted|posted|"
    r"(?:заяви|сообщи|сказа|отмети|подчеркну|поясни|повідоми|зазначи|наголоси)(?:ла?|в)|"
    # Verbs a body does too, with what a person's report has after them: "Fedorov
    # reported that", "Lysak wrote on Telegram", "Prokopenko stated in a post".
    r"(?:reported|reports|stated|states|claimed|claims|announced)"
    r"(?=\s+(?:that|on\s+(?:Telegram|Facebook|X|Twitter|social\s+media)|in\s+a\s+post)\b))\b"
)
#: After the name: up to two adverbs or auxiliaries, then what only a person does (dies,
#: marries, visits, wears, sails or flies somewhere; not "was born" nor "grew up": a town
#: is born with a railway and grows up around a mill): a town, a capital or a city under
#: :data:`PERSON_ACT_POPULATION` that does it is a person's name ("Lincoln visited the
#: capital's defenders", "Manchester married in 1950").
_PERSONAL_ACT = re.compile(
    r"(?:\s+(?:also|then|later|once|has|had|have|would|will|never|recently|previously|"
    r"eventually|reportedly)){0,2}"
    r"\s+(?:died(?!\s+out)|married|marries|graduated|retired|visited|visits|wore|wears|"
    r"nodded|wept|studied|resigned|"
    # a journey only a person (or a crew) makes: "In 1497 Cabot sailed from Bristol",
    # "Austin flew to Paris" (not "sent", "returned": a government does those)
    r"sailed|sails|flew|drove|rode|walked|hiked|swam|travell?ed|journeyed|emigrated)\b"
)
#: A place this populous, a country or a first-level region that "visits" or "died" is
#: read as its people still ("Paris wept").
PERSON_ACT_POPULATION = 1_000_000
#: Before the name: words that make it a location or a body ("city of X said",
#: "resident of X", "in X", "near X", "families fleeing X"), also across a list
#: ("residents of A and X said").
_LOCATIVE_BEFORE = re.compile(
    r"\b(?i:in|at|near|from|to|of|outside|around|inside|across|for|that|" + LEAVING + r")\s+"
    r"(?i:the\s+)?"
    r"(?:(?:[A-Z][\w’'.-]*\s+){1,4}?(?:and|or|&)\s+|(?:[A-Z][\w’'.-]*\s*){1,4}?,\s*)*"
    r"(?:nearby\s+|neighbou?ring\s+)?$"  # "residents of Kherson and nearby Bilozerka said"
)
_LOOK_BEHIND = 80  # characters read before a name


def speaks(text: str, m: Mention) -> bool:
    """Whether the single-word mention ``m`` is the subject of a verb of personal speech
    with nothing before it that makes it a location ("Brandt said"; not "the mayor of
    Brandt said")."""
    if m.first != m.last or m.cue or m.containers or m.demonym_country:
        return False
    if not _PERSONAL_SPEECH.match(text, m.end):
        return False
    return not _LOCATIVE_BEFORE.search(text[max(0, m.start - _LOOK_BEHIND) : m.start])


#: After the name: an age in apposition, then the sentence goes on in lower case ("Her
#: eldest, Harrison, 8, held a plate"; "Marlow, 45, of Leeds"): no place has an age.  Not a
#: list's counts ("Kherson, 5, and Mykolaiv, 3").
_AGE_AFTER = re.compile(r",[ \t]+[1-9]\d?,[ \t]+(?!and\b|or\b|[A-Z])(?:[a-z]|of\b)")


def aged(text: str, m: Mention) -> bool:
    """Whether the single-word mention ``m`` is a person's name given with an age, with
    nothing before it that makes it a location ("Her eldest, Harrison, 8, held"; not
    "in Harrison, 8, ...")."""
    if m.first != m.last or m.cue or m.containers or m.demonym_country:
        return False
    if not _AGE_AFTER.match(text, m.end):
        return False
    before = text[max(0, m.start - _LOOK_BEHIND) : m.start]
    return not (_LOCATIVE_BEFORE.search(before) or _COUNT_LIST_BEFORE.search(before))


#: Before the name: another count of a list, or "and", "or" ("in Kherson, 5, and Mykolaiv,
#: 3, officials said"): the number is a count, not an age.
_COUNT_LIST_BEFORE = re.compile(r"(?:\d,|\band|\bor|&)\s*$")


#: After a name: "told" another capitalised name, then within the sentence a person's
#: pronoun ("Chad told Jordan that he had never been abroad"): two people talk, where
#: both names are given names (:data:`~geo.text.lexicon.people.GIVEN_NAMES`).
_TOLD_PERSON = re.compile(
    r"[ \t]+told[ \t]+([A-Z][a-z]+)\b(?=[^.!?\n]{0,80}?\b(?:he|she|him|his|her)\b)"
)


def told_people(text: str, m: Mention) -> tuple[str, str] | None:
    """The keys of two given names where the mention ``m`` is one that "told" the other
    and a person's pronoun follows ("Chad told Jordan that he ..."): neither is a country
    then; else None."""
    if m.first != m.last or m.cue or m.key not in lx.GIVEN_NAMES:
        return None
    told = _TOLD_PERSON.match(text, m.end)
    if told is None or (other := normalize(told.group(1))) not in lx.GIVEN_NAMES:
        return None
    return m.key, other


#: Before a sentence's first word: the text's start or a sentence's end, maybe a quote.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"”’')]?)[ \t\"“‘(]*$")
#: After the word: a space and a lower-case word ("Luca vive a Roma").
_LOWER_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def given_opener(text: str, gaz: Gazetteer, m: Mention) -> bool:
    """Whether the single-word mention ``m`` opens a sentence in another language than
    English (its next word, in lower case, is no English word: "vive", "abita") and is a
    given name (:func:`geo.text.lexicon.first_names`) that only another place's other
    (old, foreign) names spell ("Luca vive a Roma": not Lucca, listed as "Luca").  ("Newton
    forms part of the parish", "Milton has one public house": English, the place.)"""
    if m.first != m.last or m.cue or m.containers or m.demonym_country or not m.candidates:
        return False
    if any(c.quality <= QUALITY_ALIAS for c in m.candidates) or m.key not in lx.first_names():
        return False
    after = _LOWER_AFTER.match(text, m.end)
    return bool(
        after is not None
        and gaz.common_rank(after.group(1)) is None
        and _OPENS_SENTENCE.search(text[max(0, m.start - 4) : m.start])
    )


#: After a name's possessive: whom or what only a person has ("Abbas's aides", "Marlow's
#: widow", "Lincoln's funeral"; not a city's mayor, officials or administration).
_PERSONAL_HAVE = (
    r"['’]s\s+(?:(?:top|senior|closest|close|former|late|own)\s+)?(?:aides?|wife|husband|"
    r"widow|widower|sons?|daughters?|father|mother|parents|brother|sister|siblings|"
    r"lawyers?|attorneys?|bodyguards?|girlfriend|boyfriend|fianc[ée]e?|grandsons?|"
    r"granddaughters?|nephew|niece|funeral|birthday|biography|memoirs?|autobiography)\b"
)
#: A capitalised word, then what only a person does or has: read once over the text.
#: (The look-behind after the capital: a pattern that opens with a letter is searched by
#: it at C speed.)
_ACTING = re.compile(
    r"([A-Z](?<![\w'’.-].)[a-z][\w'’-]*?)(?:" + _PERSONAL_ACT.pattern + "|" + _PERSONAL_HAVE + ")"
)
#: Right before the word: a preposition that makes it a location ("the mayor of Marlow
#: died", "in Lincoln visitors").
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:in|at|near|from|to|of|outside|around|inside|across|for)\s+(?i:the\s+)?$"
)


#: Right before the word: another capitalised word or an initial (the word ends a longer
#: name: "James Robinson Caldwell married", whom the town of Caldwell is named after; not
#: a sentence's end: "... and Fatah. Abbas's aides").
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’-]*|[A-Z]\.)[ \t]+$")


def acting_people(text: str) -> set[str]:
    """The normalised capitalised words that are, somewhere in ``text``, the subject of
    what only a person does (:data:`_PERSONAL_ACT`: "Lincoln visited", "Marlow
    married") or the owner of what only a person has ("Abbas's aides", "Marlow's
    widow"), alone (no preposition and no capitalised word right before them).  One
    scan of the text.

    >>> sorted(acting_people("Lincoln visited the fort. The mayor of Marlow died."))
    ['lincoln']
    >>> sorted(acting_people("Abbas's aides met. Kyiv's mayor and Marlow's officials spoke."))
    ['abbas']
    """
    found = set()
    for m in _ACTING.finditer(text):
        s = m.start()
        before = text[max(0, s - 16) : s]
        if _PREPOSITION_BEFORE.search(before) or _NAME_BEFORE.search(before):
            continue
        found.add(normalize(m.group(1)))
    return found


def _large(gaz: Gazetteer, m: Mention) -> bool:
    """A country's, a first-level region's or a city's of :data:`PERSON_ACT_POPULATION`."""
    kinds, max_pop = gaz.name_summary_normalized(m.key)
    return "country" in kinds or "admin1" in kinds or max_pop >= PERSON_ACT_POPULATION


def _may_speak_as_place(text: str, gaz: Gazetteer, m: Mention) -> bool:
    """Can the name speak as a government or its people: a country, a first-level
    region (unless named after a smaller town of it, :func:`_named_after_its_town`, in
    a text that gives the name as a person's, "Laura Rieti"), a capital or a place
    of :data:`SPEAKING_POPULATION`?"""
    kinds, max_pop = gaz.name_summary_normalized(m.key)
    if "country" in kinds or max_pop >= SPEAKING_POPULATION:
        return True
    records = [c.record for c in m.candidates]
    if "admin1" in kinds and not (
        _named_after_its_town(gaz, records) and _full_name_in(text, text[m.start : m.end])
    ):
        return True
    return any(is_capital(gaz, r) for r in records)


def _full_name_in(text: str, surface: str) -> bool:
    """Does the text give ``surface`` as a person's surname after a given name
    ("Laura Rieti"), or after a title and a capitalised word the lists lack ("councillor
    Dewly Nelson", "Mayor Tayo Nelson")?"""
    starts = _name_starts(text, surface)
    if not starts:
        return False  # (most names)
    pattern = re.compile(r"\b(?:([A-Za-z]+)\s+)?([A-Z][a-z]+)\s+" + re.escape(surface) + r"\b")
    given = lx.first_names()
    end = 0  # as ``pattern.finditer(text)``: each match after the last one's end
    for start in starts:
        g = pattern.match(text, start) if start >= end else None
        if g is not None:
            if normalize(g.group(2)) in given or normalize(g.group(1) or "") in lx.PERSON_TITLES:
                return True
            end = g.end()
    return False


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LETTERS = _ASCII_LOWER | _ASCII_UPPER


def _name_starts(text: str, surface: str) -> list[int]:
    """Where a match of :func:`_full_name_in`'s pattern may start, in order: before
    each occurrence of ``surface``, white space (``str.isspace``: what ``\\s`` reads),
    a capitalised word ``[A-Z][a-z]+`` (its capital), and, before that and more white
    space, the run of ASCII letters that may open the match.  Every match starts at one
    of them (most names have none: "in Balitsky"), so the pattern, which ``re`` would
    try at every character of the text, is tried there alone (found with ``str.find``)."""
    found: set[int] = set()
    at = text.find(surface, 1)
    while at > 0:
        k = at - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        lower_end = k
        if k < at - 1:
            while k >= 0 and text[k] in _ASCII_LOWER:
                k -= 1
        if lower_end < at - 1 and k < lower_end and k >= 0 and text[k] in _ASCII_UPPER:
            found.add(k)  # "Yevgeny Balitsky"
            w = k - 1
            while w >= 0 and text[w].isspace():
                w -= 1
            if w < k - 1 and w >= 0 and text[w] in _ASCII_LETTERS:
                while w >= 0 and text[w] in _ASCII_LETTERS:
                    w -= 1
                found.add(w + 1)  # "governor Yevgeny Balitsky"
        at = text.find(surface, at + 1)
    return sorted(found)


def _named_after_its_town(gaz: Gazetteer, records: Sequence[int]) -> bool:
    """Is every first-level region among ``records`` named after a town of its own
    among them (an Italian province and its town, "Rieti"): the name is the town's
    first, and a town under :data:`SPEAKING_POPULATION` does not speak."""
    towns = {(gaz.country_code(r), gaz.admin1(r)[0]) for r in records if gaz.is_place(r)}
    regions = [r for r in records if gaz.kind(r) == "admin1"]
    return bool(regions) and all((gaz.country_code(r), gaz.admin1(r)[0]) in towns for r in regions)


def drop_speakers(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less every bare mention of a name that speaks as a person.

    A name speaks as a person when one of its single-word mentions :func:`speaks` and
    it cannot speak as a place (:func:`_may_speak_as_place`), or is given with an age
    (:func:`aged`); two given names one of which told the other, a pronoun after
    (:func:`told_people`: "Chad told Jordan that he ..."), are people's, countries or not,
    and so is a given name opening a sentence that only other names of places spell
    (:func:`given_opener`: "Luca vive a Roma").
    Its mentions with a container ("Rieti, Lazio") or a cue ("in Rieti") are kept: there
    the text makes it a place.  So is every bare mention of a name the gazetteer lacks or reads
    by spelling only that the text gives as a person's full name elsewhere
    (:func:`_named_people`: "Kakhovka - Balitsky, Saldo ... governor Yevgeny Balitsky").

    Examples
    --------
    The gazetteer is needed to tell a small place from a capital; see
    ``tests/test_speakers.py``.
    """
    acting = acting_people(text)
    speakers = {
        m.key
        for m in mentions
        if (speaks(text, m) and not _may_speak_as_place(text, gaz, m))
        or aged(text, m)
        or given_opener(text, gaz, m)
    }
    speakers.update(k for m in mentions if (pair := told_people(text, m)) for k in pair)
    actors = {
        m.key
        for m in mentions
        if m.key in acting and m.first == m.last and not _large(gaz, m) and m.key not in speakers
    }
    named = _named_people(text, mentions)  # "Kakhovka - Balitsky, Saldo": people
    if not speakers and not actors and not named:
        return list(mentions)
    return [
        m
        for m in mentions
        if (m.key not in named or m.cue or m.containers)
        and (
            (m.key not in speakers and m.key not in actors)
            or m.containers
            or placed(text, m.end)
            or (m.cue and (m.key in speakers or _located(text, m)))
        )
    ]


def _named_people(text: str, mentions: Sequence[Mention]) -> set[str]:
    """The keys of bare single-word names the gazetteer lacks (read as unknown places by
    a list or a hint, or by a close spelling) that the text gives elsewhere as a person's
    surname after a given name or a title (:func:`_full_name_in`): an agency headline's
    sources after a dash ("shelling of Kakhovka - Balitsky, Saldo"; "governor Yevgeny
    Balitsky said"), which a comma after them makes no container.  Cost: one search of
    the text for each such name that the text holds twice."""
    return {
        m.key
        for m in mentions
        if (m.unknown or m.fuzzy)
        and m.first == m.last
        and not m.containers
        and text.count(surface := text[m.start : m.end]) > 1
        and _full_name_in(text, surface)
    }


#: Right before a name: a preposition only a location takes ("in", "near"); "to", "for",
#: "from" take a person too ("a gesture to Abbas", "a disaster for Abbas").
_LOCATIVE_WORD_BEFORE = re.compile(
    r"\b(?i:in|at|near|outside|inside|around|across|into|through|throughout|within|"
    r"toward|towards|town\s+of|city\s+of|village\s+of)\s+(?:the\s+)?$"
)


def _located(text: str, m: Mention) -> bool:
    """Does the mention's cue say it is a location (not "in" read from "to" or "for")?"""
    if m.cue != "in":
        return True
    return _LOCATIVE_WORD_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
