"""Claims stage 2 (speakers), a person introduced by a given name and a role.

Features and wire copy bring in people by a given name alone and what they are:
"Andrii, a medic, is loading a stretcher", "Oksana, 52, a volunteer, hands out bread",
"Zeinab, a nurse in Qana". One capitalised word is otherwise a person only when the
text named them in full before (:func:`~geo.text.claims.speakers._register_persons`), so
a later "he said" went to someone named paragraphs earlier; :func:`introduced_person`
tells that the word is a person, and the pronoun then binds to them.

Linear: one anchored match after the word.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import _Context

__all__ = ["PERSON_ROLES", "introduced_person", "known_by_given"]

#: Heads of an unnamed person's phrase: "an official with knowledge of the talks".
PERSON_ROLES = frozenset(
    """official source spokesman spokeswoman spokesperson commander officer soldier witness
    resident doctor medic diplomat envoy aide adviser advisor analyst negotiator mediator
    fighter survivor worker volunteer nurse paramedic woman man mother father villager farmer
    teacher student refugee driver shopkeeper trader relative marine sailor pensioner
    prisoner neighbour neighbor conscript recruit deserter captive detainee mercenary
    sergeant lieutenant colonel corporal gunner sniper leader activist elder journalist lawmaker
    """.split()
)

#: After the name: an age and/or an indefinite role ("Andrii, a medic,", "Oksana, 52, a
#: volunteer", "Zeinab, a 40-year-old nurse"); or an age alone before a verb ("Oksana,
#: 52, said").
_ROLE_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:an?\s+(?:[\w-]+\s+){0,3}?(?P<role>[a-z]+)\b"
    r"|(?P<age>\d{1,3}),\s+[a-z])"
)

#: A name's word or initial just before the word: "Charles S. Williams" (not "in Kyiv.
#: Andrii", "Kramatorsk, Andrii").
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b[A-Z]\.)[ \t]+$")


def introduced_person(ctx: _Context, start: int, end: int) -> bool:
    """Whether the single capitalised word at ``text[start:end]`` is a person brought in by a
    role or an age just after it: ", a medic,", ", 52, a volunteer", ", 52, said" (not
    "Kramatorsk, a city in the east": a role is a person's word of :data:`PERSON_ROLES`,
    in the singular; with an age alone, not a word the text reads as a place)."""
    m = _ROLE_AFTER.match(ctx.text, end)
    if m is None or _NAME_BEFORE.search(ctx.text, max(0, start - 40), start):
        return False  # "Charles S. Williams, 39,": the end of a longer name
    if m.group("role") is not None:
        # a person's role tells a person though a namesake place was read ("Serhii, a
        # driver"); "Lyman, a town of 20,000" names no role
        return m.group("role") in PERSON_ROLES
    spans = ctx.toponym_spans  # an age alone: not a word read as a place
    k = bisect_left(spans, (start, -1))
    return not (k < len(spans) and spans[k][0] == start)


def known_by_given(ctx: _Context, given: str) -> str:
    """The full name of the person the text named before whose given name is ``given``
    ("Alan" after "Alan Wood": "Alan Wood"), the latest such mention; else ``given``.
    Reads the last few mentions only."""
    prefix = given + " "
    recent = ctx.mentions[-_MENTIONS_BACK:]
    return next((name for _, name in reversed(recent) if name.startswith(prefix)), given)


#: How many mentions back a given name is looked for.
_MENTIONS_BACK = 40
