"""Where forces attack or move from or toward: a village the gazetteer lacks.

Analysts and wire copy name the village an attack comes from or heads for, and many
are too small for GeoNames' ``cities500``: "Russian forces attacked Siversk from
Verkhnokamianske and Vyimka", "advanced from Vyimka toward Siversk", "withdrew from
Novoekonomichne to Myrnohrad"), or the first of villages taken and located together
("seized Stupochky and Predtechyne, south of Chasiv Yar"), or a village taken before a
move toward a place ("retook Robotyne and pushed toward Verbove"). :func:`moved_from` tells
recognition
(:func:`geo.text.spellings.unknown_name`) that such a capitalised name is a place; the
place it is named with then locates it (:func:`geo.text.list_partners.anchor_partners`:
within :data:`~geo.text.hints.NEAR_KM` of a front-line place of its sentence or
paragraph). Only in a text about fighting (:func:`geo.text.front.about_fighting`).

Cost: a test of the few characters before the name, then one bounded search back.
"""

from __future__ import annotations

import re

from .front import about_fighting

__all__ = ["moved_from"]

#: A verb of attack or movement, then within its clause "from" or "toward(s)" right
#: before the name ("attacked toward Siversk from ", "withdrew from ").
_MOVED = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|counterattack(?:ed|s|ing)?|assault(?:ed|s|ing)?|"
    r"advanc(?:e|ed|es|ing)|push(?:ed|es|ing)?|withdr(?:ew|awn|awing)|"
    r"retreat(?:ed|s|ing)?|mov(?:ed|es|ing)|infiltrat(?:ed|es|ing))\b"
    r"[^.;!?\n]{0,80}?\b(?:from|toward|towards)\s+$",
    re.IGNORECASE,
)
_BEFORE = 110  # characters searched back for the verb
_ENDINGS = ("from ", "toward ", "towards ")
#: A later name of a list forces move from or toward: "toward Vozdvyzhivka and ",
#: "from Vyimka, Zvanivka and "; group ``to`` ends right after "from"/"toward".
_LIST_BEFORE = re.compile(
    r"(?P<to>\b(?:from|toward|towards)\s+)[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
    r"(?:,\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?){0,4},?\s+(?:and|or)\s+$"
)
_LIST_CHARS = 120  # characters searched back for such a list
#: A verb of taking right before the name ...
_TAKEN = re.compile(
    r"\b(?:captured|seized|took|retook|recaptured|liberated|entered|stormed|cleared)\s+$",
    re.IGNORECASE,
)
#: ... and after it, the rest of a list of names, then where they lie: "and
#: Predtechyne, south of Chasiv Yar", ", A and B (all 10 km east of X)".
_LIST_LOCATED = re.compile(
    r"(?:,\s+[A-Z][\w'’-]+){0,4},?\s+and\s+[A-Z][\w'’-]+,?\s+\(?(?:all\s+|both\s+)?"
    r"(?:\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?"
    r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2}\s+of\s+[A-Z]"
)

#: ... or then where the takers moved on: "retook Robotyne and pushed toward Verbove".
_TAKEN_THEN_MOVED = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:advanced|pushed|pressed|moved)(?:\s+on)?\s+"
    r"(?:toward|towards|to)\s+[A-Z]"
)


def moved_from(text: str, start: int) -> bool:
    """Is the name at ``start`` where forces attack or move from or toward ("attacked
    Siversk from Vyimka", "advanced from Vyimka toward Siversk", a later name of such a
    list: "toward Vozdvyzhivka and Dobropillia"), or the first of a list
    of villages taken whose location follows the list ("seized A and B, south of X"),
    in a text about fighting?

    Examples
    --------
    >>> text = "Russian troops attacked Siversk from Vyimka."
    >>> moved_from(text, text.index("Vyimka"))
    True
    >>> text = "Russian troops seized Stupochky and Predtechyne, south of Chasiv Yar."
    >>> moved_from(text, text.index("Stupochky"))
    True
    >>> text = "Ukrainian troops retook Robotyne and pushed toward Verbove."
    >>> moved_from(text, text.index("Robotyne"))
    True
    >>> text = "Russian troops advanced toward Vozdvyzhivka and Dobropillia."
    >>> moved_from(text, text.index("Dobropillia"))
    True
    >>> text = "She moved from Vyimka in 1990 and works as a teacher."
    >>> moved_from(text, text.index("Vyimka"))  # no fighting in the text
    False
    """
    before = text[max(0, start - 9) : start]
    if before.endswith(_ENDINGS):  # cheap tests first
        moved = _MOVED.search(text, max(0, start - _BEFORE), start) is not None
    elif before.endswith((" and ", " or ")) and (
        listed := _LIST_BEFORE.search(text, max(0, start - _LIST_CHARS), start)
    ):
        # "toward Vozdvyzhivka and Dobropillia": the later name of the list too.
        end = listed.end("to")
        moved = _MOVED.search(text, max(0, end - _BEFORE), end) is not None
    elif before.endswith(" ") and _TAKEN.search(text, max(0, start - 14), start):
        name = re.match(r"[\w'’-]+", text[start:])
        after = start + name.end() if name is not None else start
        moved = name is not None and bool(
            _LIST_LOCATED.match(text, after) or _TAKEN_THEN_MOVED.match(text, after)
        )
    else:
        return False
    return moved and about_fighting(text)
