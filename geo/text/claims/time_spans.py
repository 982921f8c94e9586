"""Claims stage 4b, numbers that count nothing a claim states: spans of time between
events, a thread's post numbers and the numbers in names.

- A span of time that places an event after or before another ("shot them two days
  later", "three weeks after the strike", "two hours earlier") tells when, not how
  many: it is no quantity of the claim. So does the length of an event another follows or
  falls in ("retook the junction after a two-day operation", "following a 48-hour
  siege", "during a six-hour battle"): :func:`_placing_length`. "2 days of talks", "a
  three-day truce" stay.
- A thread posted in numbered parts ("1/ Russian forces have advanced ...", "2/5 We
  matched the building ...") numbers its posts: the number opening a line before a
  slash counts nothing.
- A building's height ("a five-storey block") and "the two" of parties or places the text
  named before ("the two leaders also discussed ...", "in the two oblasts") count nothing.
- A number just before the speaker's noun counts the speakers or tells their age, not
  what they say: "Two security sources told Reuters", "A 20-year-old conscript ... told",
  "One widely shared post says" (:func:`speakers_number`).
- A person's age ("a 73-year-old woman", "a 12-year-old boy") tells who was hurt, not
  how many: no quantity of the claim (:func:`unsaid_number`; it stays in the text's
  counts, where "injuring a 54-year-old woman" shows a claim gives no toll).
- A number that ends a name ("the Estlink 2 power cable", "the Nord Stream 2 pipeline",
  "the Leyte-Cebu 2 interconnection line"): digits right after a capitalised word and
  before a singular noun, which no count above one takes, count nothing.

:func:`without_time_spans` reads the few characters after each number (or before it):
one pass over the quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .populations import population_number

__all__ = ["speakers_number", "unsaid_number", "without_time_spans"]

_TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks month months year years".split()
)
#: After the unit: the span places the event against another one.
_RELATIVE = re.compile(
    r"[ \t]+(?:later|earlier|afterwards?|(?:after|before)\b(?![ \t]+(?:of|that)\b))",
    re.IGNORECASE,
)
#: A unit's word and the words between it and "later": "two days later".
_UNIT_WORD = re.compile(r"\s*[A-Za-z]+")
#: A capitalised word right before a number: a name the number ends ("Estlink 2").
_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[a-z][\w’'-]* $")
#: Units that are plural without an "s": "2 people", "3 injured".
_PLURAL_UNITS = frozenset(
    "people injured killed dead wounded missing personnel staff police cattle children men "
    "women militia military infantry aircraft".split()
)
#: A building's height: "a five-storey block", "a nine-story building".
_FLOORS = frozenset("storey story storeys stories storied floor floors".split())
#: Parties or places a text names before "the two ...": "the two leaders discussed ...".
_NAMED_BEFORE = frozenset(
    """leaders presidents sides countries governments ministers delegations oblasts regions
    provinces capitals nations""".split()
)
_THE = re.compile(r"\b[Tt]he\s+$")
#: Before a length ("a two-day operation"): the word that places an event by it.
_PLACING_BEFORE = re.compile(
    r"\b(?:after|following|before|during|throughout|amid|since|ending|ended|end\s+of)\s+"
    r"(?:an?|the|its|their|his|her)\s+$",
    re.IGNORECASE,
)
#: A thread's post number: at the start of a line, a number and a slash ("1/", "2/5").
_POST_NUMBER = re.compile(r"[ \t]*/(?:\d{1,2})?(?=\s)")


def without_time_spans(text: str, quantities: Sequence[Any]) -> list[Any]:
    """``quantities`` without spans of time between events and a thread's post numbers
    (see the module docstring).

    >>> from geo.text.numbers import find_quantities
    >>> t = "Police said the men shot them two days later, killing 3 people."
    >>> [q.text for q in without_time_spans(t, find_quantities(t))]
    ['3']
    >>> t = "1/ Russia said it fired 40 drones.\\n\\n2/ A three-day truce, 2 days of talks."
    >>> [q.text for q in without_time_spans(t, find_quantities(t))]
    ['40', 'three', '2']
    """
    kept = []
    for q in quantities:
        if q.unit in _TIME_UNITS:
            w = _UNIT_WORD.match(text, q.end)  # the unit may lie outside the number's text
            after = w.end() if w is not None and w.group().strip().lower() == q.unit else q.end
            if _RELATIVE.match(text, after) is not None or _placing_length(text, q):
                continue
        line_start = text.rfind("\n", 0, q.start) + 1
        if (
            not text[line_start : q.start].strip()
            and q.text.isdigit()
            and _POST_NUMBER.match(text, q.end) is not None
        ):
            continue
        if _named(text, q):
            continue  # "the Estlink 2 power cable"
        unit = (q.unit or "").lower()
        if unit in _FLOORS and text[q.end : q.end + 1] == "-":
            continue  # "a five-storey block": the building's height
        if unit in _NAMED_BEFORE and _THE.search(text, max(0, q.start - 4), q.start):
            continue  # "the two leaders", "the two oblasts": named before, not counted
        kept.append(q)
    return kept


def _placing_length(text: str, q: Any) -> bool:
    """Whether ``q`` is the length of an event that places another ("after a two-day
    operation"): a number joined by a hyphen to its unit of time, after "after",
    "following", "during" (...) and an article or possessive."""
    return text[q.end : q.end + 1] in "-‐" and q.end < len(text) and bool(
        _PLACING_BEFORE.search(text, max(0, q.start - 24), q.start)
    )


def _named(text: str, q: Any) -> bool:
    """Whether the quantity ``q`` is the number ending a name (see the module docstring)."""
    unit = (q.unit or "").lower()
    return (
        q.text.isdigit()
        and q.value != 1
        and bool(unit)
        and not unit.endswith("s")
        and unit not in _PLURAL_UNITS
        and _NAME_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
    )


#: What may stand between a number and the speaker's noun it counts or ages: "Two
#: security sources", "A 20-year-old conscript", "one widely shared post".
_SPEAKER_GAP = re.compile(
    r"(?:-years?-old)?(?:\s+(?!(?:times|on|in|at|of|by|from|to|for|with)\b)[a-z][a-z-]*){0,2}\s+|\s*"
)


def speakers_number(text: str, q: Any, subj_start: int) -> bool:
    """Whether the quantity ``q`` ends just before a speaker's phrase that opens at
    ``subj_start``, with at most two lower-case modifiers between: a count or an age of
    the speakers (see the module docstring)."""
    return 0 <= q.end <= subj_start and _SPEAKER_GAP.fullmatch(text, q.end, subj_start) is not None


def unsaid_number(text: str, q: Any, subj_start: int) -> bool:
    """Whether the quantity ``q`` is no number a claim states: a person's age ("a
    73-year-old woman", unit "years old"), a count or an age of its speakers
    (:func:`speakers_number`) or a place's population ("a town of about 13,000 people":
    :func:`~geo.text.claims.populations.population_number`).

    >>> from geo.text.numbers import find_quantities
    >>> t = "The strike wounded six people, among them a 73-year-old woman."
    >>> [q.text for q in find_quantities(t) if not unsaid_number(t, q, 0)]
    ['six']
    """
    return (
        q.unit == "years old"
        or speakers_number(text, q, subj_start)
        or population_number(text, q)
    )
