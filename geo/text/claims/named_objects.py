"""Claims stage 3 helper, a reaction naming its object by a generic noun: which claim it
answers when the last one is about something else.

"The governments of ... said ... Russian military aircraft had violated their airspace
... Finland and Sweden ... said they had detected Russian drones over the Gulf of Finland.
Russia's Defence Ministry rejected the accusations, saying its aircraft had flown ... over
neutral waters" answers the four governments, not the drone sighting told last: the
reaction names what it answers only as "the accusations" ("the report", "the claims",
"the allegations") and its own words ("aircraft") are those of an earlier claim.
:func:`worded_object` picks, among the last claim and the two with a speaker before it
(within two paragraphs), the one sharing the most content words with the reaction, the
last claim on a tie. Linear: three claims read.
"""

from __future__ import annotations

import re

from .gates import folded_holds
from .targets import _content_words

__all__ = ["worded_object"]

#: A reaction naming its object by a generic noun: "rejected the accusations".
_GENERIC_OBJECT = re.compile(
    r"\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|called|"
    r"calls|branded|brands)\s+(?:the|these|those|such)\s+(?:accusations|allegations|"
    r"reports?|claims|charges|findings)\b",
    re.IGNORECASE,
)
#: A word every match of :data:`_GENERIC_OBJECT` holds (folded): its gate.
_GENERIC_NOUNS = ("accusations", "allegations", "report", "claims", "charges", "findings")
#: A caveat naming what it leaves open: "could not confirm how many aircraft had been
#: destroyed", "was unable to verify whether the depot was hit".
_OPEN_OBJECT = re.compile(
    r"\b(?:confirm|verify|establish|determine|say)\s+(?:how\s+many|how\s+much|whether|if|"
    r"the\s+(?:number|extent|scale)\s+of)\b",
    re.IGNORECASE,
)
_OPEN_OBJECT_WORDS = ("confirm", "verify", "establish", "determine", "say")
#: How many claims before the last one may be the object.
_BACK = 2


def worded_object(text: str, drafts: list, d, start: int, end: int):
    """The claim the reaction in ``text[start:end]`` answers, ``d`` being the one found so
    far (the last claim): see the module docstring."""
    if d is not drafts[-1]:
        return d
    m = None  # (the gates: a substring test in C where a pattern tries every character)
    if folded_holds(text, start, end, _GENERIC_NOUNS):
        m = _GENERIC_OBJECT.search(text, start, end)
    if m is None and folded_holds(text, start, end, _OPEN_OBJECT_WORDS):
        return _open_object(text, drafts, d, start, end)
    if m is None:
        return d
    # the reaction's own words, not its speaker's ("The Ukrainian Air Force spokesman ...
    # dismissed the report" shares "Ukrainian" with any claim about Ukrainian forces)
    return _most_shared(text, drafts, d, _content_words(text, m.start(), end))


def _open_object(text: str, drafts: list, d, start: int, end: int):
    """The claim a caveat naming what it leaves open answers ("The images could not
    confirm how many aircraft had been destroyed" after a governor's downed drones: the
    General Staff's "destroying two Su-34 bombers"): of the last claim and the two with
    a speaker before it (within two paragraphs), the one sharing the most content words
    with what is left open, the last on a tie; never one of the caveat's own speaker
    (the images do not leave their own finding open)."""
    m = _OPEN_OBJECT.search(text, start, end)
    if m is None:
        return d
    subject = {w.lower() for w in re.findall(r"\w+", text[start : m.start()])}
    return _most_shared(text, drafts, d, _content_words(text, m.end(), end), subject)


def _most_shared(text: str, drafts: list, d, words: set[str], subject: set[str] | None = None):
    """Of claim ``d`` (the last) and the claims with a speaker among the :data:`_BACK`
    before it (within two paragraphs), the one sharing the most of ``words`` (content
    words), the last on a tie; none whose speaker's last word is in ``subject``
    ("Satellite images ..." then "The images could not confirm ...")."""
    best, most = d, len(words & _content_words(text, d.start, d.end))
    for e in reversed(drafts[-1 - _BACK : -1]):
        if e.source is None or d.paragraph - e.paragraph > 2:
            continue
        if subject is not None and e.source.split()[-1].lower() in subject:
            continue
        shared = len(words & _content_words(text, e.start, e.end))
        if shared > most:
            best, most = e, shared
    return best
