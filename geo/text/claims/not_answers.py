"""Claims stage 3 helper: a contradiction that answers not the claim before it.

It names another side's claim ("called the Israeli account a lie" after medics' words),
tells of other people (:mod:`.other_people`), or says an attempt was beaten back after a
claim that nothing happened:

"Ukraine's southern defence forces said there had been no new crossings near Kherson.
RIA Novosti cited a source as saying Ukrainian boats were repelled near the bridge." The
source's "were repelled" says the crossing failed, as the claim before it does: it does
not dispute "there had been no new crossings" (it would dispute "our marines crossed the
river"). :func:`agreed_failure` tells such a pair. Reads the two spans once.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Draft
from .other_people import about_other_people

__all__ = ["agreed_failure", "names_another_claim"]

#: An attempt beaten back, in the passive: "were repelled", "was foiled".
_BEATEN_BACK = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:foiled|thwarted|repelled|repulsed)\b",
    re.IGNORECASE,
)
#: A claim that an event did not happen: "there had been no new crossings", "no attack
#: took place", "there was no assault".
_NOTHING_HAPPENED = re.compile(
    r"\bthere\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+no\b|"
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:took\s+place|had\s+taken\s+place|happened|occurred)\b",
    re.IGNORECASE,
)


def agreed_failure(text: str, d: _Draft, before: _Draft) -> bool:
    """Whether claim ``d`` says an attempt was beaten back ("were repelled") and the claim
    ``before`` it would answer says no such event happened ("there had been no new
    crossings"): both say the same, so ``d`` disputes nothing."""
    return (
        _BEATEN_BACK.search(text, d.start, d.end) is not None
        and _NOTHING_HAPPENED.search(text, before.start, before.end) is not None
    )


#: A reaction naming whose claim it answers: "called the Israeli account a lie".
_NAMED_ACCOUNT = re.compile(
    r"\b(?:the|this|these|those)\s+(?P<who>[A-Z][a-z]+)\s+(?:[A-Z][\w-]*[’']s\s+)?"
    r"(?:claims?|accounts?|reports?|"
    r"versions?|statements?|allegations?)\b"
)


def names_another_claim(text: str, d: _Draft, before: _Draft) -> bool:
    """Whether ``d`` names whose claim it answers, not ``before``'s ("called the Israeli
    account a lie" after medics' words), or tells of other people (:mod:`.other_people`)."""
    m = _NAMED_ACCOUNT.search(text, d.start, d.end)
    code = lx.DEMONYMS.get(m.group("who").lower()) if m is not None else None
    return (
        (code is not None and before.side != code)
        or about_other_people(text, d, before)
        or agreed_failure(text, d, before)  # "were repelled" after "there had been no ..."
    )
