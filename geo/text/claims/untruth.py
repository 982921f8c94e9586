"""Claims stage 3, untruth: calling a claim untrue denies it; calling it overstated disputes it.

One rule for every way of answering a claim with a word about its truth, so that
"dismissed as fake the Kiev regime's claims", "dismissed the Israeli account as
fake", "called the claim a fake" and "said the report was false" all deny (as
"denied the report" does), while "called the figure exaggerated", "dismissed it as
propaganda", "said the claims were inflated" dispute: the answer says the event did
not happen, or only that it was told wrongly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as lx
from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["answer_status", "called_claim", "called_earlier"]


#: Words saying what was claimed did not happen: "fake", "false", "lies", "fabricated"
#: (a fact check's "mostly false" or "partly false" says it was told wrongly).
_UNTRUE = re.compile(
    r"\b(?:fakes?|(?<!mostly\s)(?<!partly\s)(?<!partially\s)false|falsehoods?|untrue|not\s+true|lies|lie|lying|fabricat\w*|baseless|"
    r"groundless|unfounded|fiction|fictional|hoax|staged|invented|made\s+up)\b",
    re.IGNORECASE,
)


def answer_status(words: str) -> str:
    """"denied" when the answering ``words`` call the claim untrue, else "disputed".

    Examples
    --------
    >>> answer_status('called the claim "a fake"'), answer_status("said the report was false")
    ('denied', 'denied')
    >>> answer_status("called the figure exaggerated"), answer_status("fighting continued")
    ('disputed', 'disputed')
    """
    return "denied" if _UNTRUE.search(words) else "disputed"


def called_claim(
    text: str, status: str, start: int, end: int, cue_start: int | None, opens: int
) -> tuple[int, str, str] | None:
    """(rank, status, cue) when the call at ``text[start:end]`` ("called Russian claims that
    Kamianske had been captured 'a fake'") answers the claim whose cue noun starts at
    ``cue_start`` inside it, with what it claims: that claim is denied or disputed by the
    caller, whose words from ``opens`` (the sentence's start) are the cue. Else None."""
    if status != "disputed" or cue_start is None or not start < cue_start < end:
        return None
    if _CALLED.match(text, start) is None or _STATES.match(text, cue_start) is None:
        return None  # not "called Putin's claim 'a fantasy'": an answer to a claim before
    end += text[end : end + 1] in "\"”’'"  # the quotation closing the words called
    words = text[opens:end].strip(" \t\n,;:")
    status = answer_status(text[start:end])
    return _STATUS_RANK[status], status, words


#: A claim's noun with what it claims after it: "claims that Kamianske had been captured".
_STATES = re.compile(r"\w+\s+that\s", re.IGNORECASE)
_CALLED = re.compile(r"(?:called|calling|calls|described|branded|labell?ed|termed)\b", re.I)


#: A call naming whose claims it answers, with what they claim: "called rebel claims that
#: the town had fallen 'pure propaganda'", "dismissed Russian reports that ...".
_CALLED_OWNED = re.compile(
    r"(?:called|calling|calls|described|describing|branded|branding|labell?ed|termed|"
    r"dismissed|dismissing|rejected|rejecting)\s+(?P<owner>[A-Za-z-]+?)(?:[’']s)?\s+"
    r"(?:claims|allegations|reports|statements|assertions)\s+that\b"
)


def called_earlier(
    ctx: _Context, recent: Iterator[_Draft], start: int, end: int
) -> tuple[list[_Draft], str]:
    """The earlier claims a call at ``ctx.text[start:end]`` inside a speaker's own words
    answers ("Junta spokesman Zaw Min Tun said troops still held the airport and called
    rebel claims that the town had fallen 'pure propaganda'"), with the status it gives
    them: the ``recent`` claims (latest first) whose speaker holds the owner's word
    ("rebel": "Kachin rebels", "rebels of the KIA") or, for a demonym ("Russian claims
    that"), speaks for that country. No claims when the call names no owner."""
    m = _CALLED_OWNED.match(ctx.text, start, end)
    if m is None:
        return [], ""
    owner = m.group("owner").lower()
    code = lx.DEMONYMS.get(owner)
    stem = owner.removesuffix("s")
    if stem in _NO_OWNER:
        return [], ""
    found = [
        d
        for d in recent
        if (code is not None and d.side == code)
        or any(w.removesuffix("s") == stem for w in (d.source or "").lower().split())
    ]
    return found, answer_status(ctx.text[start:end])


#: Words before "claims that" that name no owner: "called the claims that ...".
_NO_OWNER = frozenset(("the", "these", "those", "such", "its", "their", "his", "her", "earlier"))
