"""Claims stage 5, a claim named by its owner and rated in one sentence: "A Ukrainian
channel's claim that two Russian trucks were on the bridge is not supported by the footage".

The owner ("A Ukrainian channel", "Rybar", "the ministry") is the speaker of what "claim
that" introduces; the sentence's own verb, "is unconfirmed", "is false", "is not supported
by the footage", is the outlet's verdict on it, not part of it. The claim takes the
verdict's status as a rated post does (:mod:`.rated_posts`): "false", "fabricated" deny it;
"misleading", "exaggerated", "not supported by" the evidence named dispute it;
"unconfirmed", "unverified" leave it unverified; "accurate" confirms it. A sentence no
claim held becomes one. Linear: one match at each sentence's opening.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .segmentation import Sentence
from .sides import speaker_side
from .verdicts import _WORD

__all__ = ["owned_verdicts"]

#: "A Ukrainian channel's claim that ... is unconfirmed", "Rybar's report that ... was false".
_OWNED_RATED = re.compile(
    r"[ \t]*(?P<owner>(?:(?:A|An|The)\s+)?[A-Z][^.;:“”\"’'\n]{0,50}?)[’']s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:claims?|assertions?|allegations?|reports?|accounts?)\s+that\s+"
    r"[^.;:]{3,240}?\s+(?:is|are|was|were)\s+(?:also\s+)?(?:"
    + _WORD
    + r"|(?P<unconfirmed>unconfirmed|not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|"
    r"verified))|(?P<unsupported>not\s+(?:supported|borne\s+out)\s+by))(?=[\s.,;:]|$)"
)
_STATUSES = ("denied", "disputed", "unverified", "confirmed", "unconfirmed", "unsupported")
_AS_STATUS = {"unconfirmed": "unverified", "unsupported": "disputed"}


def owned_verdicts(
    ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]
) -> list[_Draft]:
    """``drafts``, each sentence that rates an owner's claim (see the module docstring)
    made that owner's claim with the verdict's status: a claim of no speaker that the
    sentence opens changed in place, a new one where no claim holds the sentence."""
    text = ctx.text
    by_first = {d.first: d for d in drafts}
    held = {i for d in drafts for i in range(d.first, d.last + 1)}
    added: list[_Draft] = []
    for i, sent in enumerate(sentences):
        if text.find("that", sent.start, sent.end) < 0:
            continue  # what every match holds
        m = _OWNED_RATED.match(text, sent.start, sent.end)
        if m is None:
            continue
        d = by_first.get(i)
        if d is None and i not in held:
            d = _Draft(sent.start, sent.end, None, None, "none", "", i, i, sent.paragraph)
            added.append(d)
        if d is None or d.source is not None or d.start != sent.start:
            continue
        a, b = m.span("owner")
        d.source, d.cue, d.kind = m.group("owner"), "claim", "org"
        d.subj_start, d.subj_end = a, b
        d.side, d.party = speaker_side(ctx, a, b, d.source, where=(sent.start, sent.end))
        key = next(k for k in _STATUSES if m.group(k))
        status = _AS_STATUS.get(key, key)
        d.statuses = [s for s in d.statuses if s[1] != "unverified" or key != "unconfirmed"]
        d.statuses.append((_STATUS_RANK[status], status, text[m.start(key) : m.end()]))
    if not added:
        return drafts
    return sorted([*drafts, *added], key=lambda d: d.start)
