"""Claims stage 2b helper, a speaker named again by less than its first mention: a body by
its kind ("the court" after "judges of the International Criminal Court", "the tribunal"
after "the Special Tribunal for Lebanon"), a person by surname after a description that
followed their full name ("Lysak said" after a post's header "Serhiy Lysak, head of the
Dnipropetrovsk Regional Military Administration").

A speaker given only as "the court" (or commission, tribunal, inquiry, panel) after the
text has named such a body in capitals speaks for that body: :func:`named_before` finds
the latest capitalised name ending in (or headed by, "Commission of Inquiry") the same
word within a few sentences before the speaker, whose side is then read as that name's.
A speaker given by one capitalised word keeps the office the text gave them when it named
them in full with a role in apposition after the name, on a line of its own (a post's
header, a caption): :func:`described_after` finds the latest such "<Given> <Surname>,
<role ...>" a few thousand characters before, and the side is read from that phrase,
the name with its description.
Linear: one bounded search back.
"""

from __future__ import annotations

import re

from .allegiance import _ROLE_TITLES

__all__ = ["described_after", "named_before"]

#: A body named by its kind alone.
_KIND = re.compile(r"(?i:the)\s+(court|commission|tribunal|inquiry|panel)")
#: How far back the name may be.
_REACH = 600
#: How far back (characters) a person's full name with its description may be.
_PERSON_REACH = 3000
#: A surname alone: one capitalised word.
_SURNAME = re.compile(r"[A-Z][\w’'-]+")


def named_before(text: str, subj_start: int, source: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the body "the court" (``source``, its phrase at
    ``subj_start``) names again, or of the person "Lysak" names again
    (:func:`described_after`), or None (see the module docstring)."""
    kind = _KIND.fullmatch(source)
    if kind is None or subj_start < 0:
        return described_after(text, subj_start, source)
    word = kind.group(1).capitalize()
    name = re.compile(
        rf"(?:[A-Z][\w.’'-]*\s+){{0,4}}{word}\b(?:\s+(?:of|for|on)(?:\s+[A-Z][\w-]*)+)?"
    )
    last = None
    for m in name.finditer(text, max(0, subj_start - _REACH), subj_start):
        if m.group() != word:
            last = m
    return (last.start(), last.end(), last.group()) if last is not None else None


def described_after(text: str, subj_start: int, source: str) -> tuple[int, int, str] | None:
    """(start, end, full name) of the latest "Serhiy Lysak, head of the Dnipropetrovsk
    Regional Military Administration" before ``subj_start`` whose surname is ``source``
    (one capitalised word), the description ending its line (a header or caption, not
    a sentence where the full name spoke itself) and naming a role in its first words
    (:data:`~geo.text.claims.allegiance._ROLE_TITLES`); ``end`` is the description's
    end, so ``text[start:end]`` is the name with it. None when there is none."""
    if subj_start <= 0 or _SURNAME.fullmatch(source) is None:
        return None
    named = re.compile(
        rf"\b(?P<name>(?:[A-Z][\w’'-]+[ \t]+){{1,2}}{re.escape(source)}),[ \t]+"
        r"(?P<desc>[^.,;:\n]{3,120})[ \t]*\n"
    )
    last = None
    for m in named.finditer(text, max(0, subj_start - _PERSON_REACH), subj_start):
        words = [w.lower() for w in m.group("desc").split()[:4]]
        if any(w in _ROLE_TITLES for w in words if w not in ("the", "a", "an")):
            last = m
    return (last.start(), last.end("desc"), last.group("name")) if last is not None else None
