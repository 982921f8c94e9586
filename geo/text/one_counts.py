"""Numbers, the word "one": a count ("killing one", "one of them a girl") or a pronoun
("no one", "one of the largest cities").

:func:`pronoun_one` tells :mod:`geo.text.numbers` which "one" is no count;
:func:`counted_one` which counts all the same.
"""

from __future__ import annotations

import re

from .units import _NEXT_WORD, _STOP, casualty_object

__all__ = ["counted_one", "pronoun_one"]

#: "one" opening a range to a number word or digit ("one to two hundred", "one-to-three",
#: "between one and two hundred"); "and" only after "between".
_ONE_RANGE = re.compile(
    r"\s*(?:-|–|—|to|(?P<and>and))\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d)",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
#: "one" as one of a counted group: "wounded 14, one of them a girl", "one of the drones
#: damaged a pier" (people, craft and munitions only: "one of the reasons" counts nothing).
_ONE_OF_GROUP = re.compile(
    r"\s+of\s+(?:them|those|(?:the|its|their|our)\s+(?:(?![a-z]+est\s|first\s|last\s|most\s|"
    r"few\s|many\s|top\s|main\s|only\s|best\s|worst\s|leading\s)[a-z]+\s+)?(?:wounded|injured|dead|"
    r"victims|casualties|people|civilians|residents|soldiers|servicemen|troops|fighters|"
    r"militants|children|women|men|workers|passengers|hostages|prisoners|drones|missiles|"
    r"rockets|shells|bombs|vessels|ships|boats|aircraft|jets|planes|helicopters|tanks|"
    r"vehicles)\b)",
    re.IGNORECASE,
)


def counted_one(text: str, s: int, e: int) -> bool:
    """Whether the "one" at ``text[s:e]`` counts: the object of a casualty verb
    (:func:`casualty_object`), one of a group of people, craft or munitions ("one of them",
    "one of the drones", ``_ONE_OF_GROUP``) or the first number of a range ("between one and two
    hundred people": 100 to 200 with :func:`~geo.text.range_scales.spread_scales`).

    >>> counted_one("between one and two hundred people", 8, 11)
    True
    >>> counted_one("one and two others", 0, 3)
    False
    >>> counted_one("wounding 14, one of them a girl", 13, 16)
    True
    >>> counted_one("one of the largest cities", 0, 3)
    False
    """
    if casualty_object(text, s) or _one_of_group(text, s, e):
        return True
    m = _ONE_RANGE.match(text, e)
    if m is None:
        return False
    return not m["and"] or _BETWEEN_BEFORE.search(text, max(0, s - 10), s) is not None


#: What makes "one of them" no count: a speaker ("one of them said", "One of them, a
#: retired teacher, said") or a member named ("Walsh is one of them").
_SPEAKING_AFTER = re.compile(r"(?:\s*,[^,.;]{1,80},)?\s+(?:said|says|told|added|wrote|recalled)\b")
_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+$", re.IGNORECASE)


def _one_of_group(text: str, s: int, e: int) -> bool:
    """Whether the "one" at ``text[s:e]`` counts one of a group (``_ONE_OF_GROUP``), not a
    speaker or a member named (``_SPEAKING_AFTER``, ``_BE_BEFORE``)."""
    m = _ONE_OF_GROUP.match(text, e)
    if m is None or _SPEAKING_AFTER.match(text, m.end()):
        return False
    return _BE_BEFORE.search(text, max(0, s - 12), s) is None


_NOT_ONE_BEFORE = frozenset(
    "no any every each the this that which some someone anyone no-one such at".split()
)
_PRONOUN_AFTER = frozenset("another of or and anyone who that which".split())


#: "that" opening a clause whose subject is "one" after a count ("two were children and
#: that one was in intensive care"), not the determiner of "that one".
_CLAUSE_ONE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b[^.;]{1,60}\band\s+that\s+one$",
    re.IGNORECASE,
)
_ONE_VERB = re.compile(r"\s+(?:was|were|is|remains|remained|died|had)\b")


def pronoun_one(text: str, s: int, e: int) -> bool:
    """Whether the "one" at ``text[s:e]`` is a pronoun or a determiner, no count: after
    "no", "the", "that" ... ("no one", "that one"), before "'s", "of", "who", a stop word
    or nothing, unless it counts all the same (:func:`counted_one`: "killing one.", "one
    of them"; "that one of the drones" is a clause's subject, not "that one").

    >>> pronoun_one("no one was hurt", 3, 6), pronoun_one("said that one of them died", 10, 13)
    (True, False)
    >>> pronoun_one("two were hurt and that one was", 23, 26)
    False
    """
    prev = re.search(r"([A-Za-z-]+)\s+$", text[max(0, s - 20) : s])
    if text[e : e + 2] in ("'s", "’s"):
        return True
    if prev and prev.group(1).lower() in _NOT_ONE_BEFORE:
        if _ONE_VERB.match(text, e) and _CLAUSE_ONE.search(text, max(0, s - 80), e):
            return False  # "said two were children and that one was in intensive care"
        return prev.group(1).lower() not in ("that", "which") or not _one_of_group(text, s, e)
    nxt = _NEXT_WORD.match(text, e)
    after = nxt["w"].lower() if nxt else ""  # "killing one." counts a person
    return (not nxt or after in _PRONOUN_AFTER or after in _STOP) and not counted_one(text, s, e)
