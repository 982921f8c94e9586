"""Claims stage 4f, a fact check's verdict: the outlet rates the claim it checked.

A fact check states its verdict in its own voice, with no cue verb: "This claim is
false.", "The video is fake.", "Verdict: False.", "Rating: Misleading", "Our ruling:
Mostly false". :func:`fact_check_verdict` reads such a sentence (it is no claim of its
own) and sets the status of the claims it rates:

- false, fake, untrue, fabricated, "not true" → ``denied``;
- misleading, "mostly false", "partly false", "missing context", "out of context",
  exaggerated, altered, misattributed → ``disputed``;
- unproven, unverified, unsubstantiated → ``unverified``;
- true, correct, accurate → ``confirmed``.

The claims rated are those of the claim under check: the claims with a speaker in the
verdict's paragraph before it or, when it opens its paragraph, in the paragraph before
(a video "claims to show ..." and the channel's words it quotes), at most a few claims
back; a labelled verdict ("Verdict: False.") rates the first paragraph's claims with a
speaker, the claim checked being stated first; a later verdict (one closing the piece)
rates the claims an earlier one rated. A video's claim whose poster the text does not
name ("A video shared more than 40,000 times on Telegram and X claims to show ...")
takes the channel named just after it as its source ('The pro-Kremlin channel "Voenkor
Kotenok" wrote that ...'), the platform being no speaker. Linear: one match at the
sentence's start and a bounded look back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .segmentation import Sentence

__all__ = ["fact_check_verdict"]

_DENIED = r"false|fake|untrue|not\s+true|fabricated|fabrication|a\s+fabrication|baseless|incorrect"
_DISPUTED = (
    r"misleading|mostly\s+false|partly\s+false|partially\s+false|half[\s-]true|"
    r"missing\s+context|lacks\s+context|out\s+of\s+context|exaggerated|altered|manipulated|"
    r"misattributed|doctored|mixed"
)
_UNVERIFIED = r"unproven|unverified|unsubstantiated|unsupported"
_CONFIRMED = r"true|correct|accurate|mostly\s+true|genuine|authentic"
_WORD = (
    rf"(?:(?:completely|entirely|totally|wholly|simply)\s+)?(?:(?P<denied>{_DENIED})|"
    rf"(?P<disputed>{_DISPUTED})|(?P<unverified>{_UNVERIFIED})|(?P<confirmed>{_CONFIRMED}))"
)
#: "Verdict: False.", "Rating: Misleading", "Our ruling — Mostly false".
_LABELLED = re.compile(
    r"[ \t]*(?:(?:Our|The|Final)\s+)?(?:[Vv]erdict|[Rr]ating|[Rr]uling|[Cc]onclusion)\s*[:—–-]\s*"
    + _WORD
    + r"\s*(?:[.!]|$|(?=[—–]|\s-\s))",
    re.IGNORECASE,
)
#: "This claim is false.", "The video is fake.", "That post is misleading."
_STATED = re.compile(
    r"[ \t]*(?:This|That|The|These|Those)\s+(?:claims?|videos?|footage|posts?|images?|"
    r"photos?|photographs?|clips?|reports?|stor(?:y|ies)|allegations?)\s+(?:is|are)\s+"
    + _WORD
    + r"\s*[.!]",
    re.IGNORECASE,
)
#: How many claims back the claim under check may be.
_REACH = 4
#: Posted evidence whose poster is not named: "a video shared ... on Telegram and X".
#: Or the platforms it was shared on: "Telegram and X".
_PLATFORMS = r"(?:Telegram|X|Facebook|TikTok|YouTube|Instagram|VK|WhatsApp|social\s+media)"
_UNNAMED_POSTER = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:video|clip|footage|image|photo)\b|"
    rf"{_PLATFORMS}(?:(?:,\s+|\s+and\s+){_PLATFORMS})*$",
    re.IGNORECASE,
)
#: A medium as a speaker's description: 'The pro-Kremlin channel "Voenkor Kotenok"'.
_MEDIUM = re.compile(r"\b(?:channel|account|blog|page)\b", re.IGNORECASE)


def fact_check_verdict(
    ctx: _Context, sentences: Sequence[Sentence], idx: int, drafts: list[_Draft]
) -> bool:
    """Read sentence ``idx`` (no speaker of its own) as a fact check's verdict (see the
    module docstring): set the status of the claims it rates; True when it was one."""
    text = ctx.text
    sent = sentences[idx]
    m = _LABELLED.match(text, sent.start, sent.end) or _STATED.match(text, sent.start, sent.end)
    if m is None:
        return False
    status = next(k for k in ("denied", "disputed", "unverified", "confirmed") if m.group(k))
    rated = ctx.allegiance.get("verdict") or _under_check(
        sentences, idx, drafts, labelled=m.re is _LABELLED
    )
    if not rated:
        return False
    ctx.allegiance["verdict"] = rated
    cue = text[sent.start : m.end()].strip().rstrip(".!").strip()
    for d in rated:
        d.statuses.append((_STATUS_RANK[status], status, cue))
    _name_poster(text, rated)
    return True


def _under_check(
    sentences: Sequence[Sentence], idx: int, drafts: list[_Draft], *, labelled: bool
) -> list[_Draft]:
    """The claims with a speaker the verdict in sentence ``idx`` rates: those of its
    paragraph before it, or of the paragraph before when it opens its own; a labelled
    verdict ("Verdict: False.") those of the first paragraph with any, the claim checked
    being stated first, unless it closes a thread's post after a claim of its paragraph
    ("A Russian milblogger claims ... No evidence for that. Rating: Unsubstantiated."):
    that speaker's claims there."""
    para = sentences[idx].paragraph
    opens = idx == 0 or sentences[idx - 1].paragraph != para
    sourced = [d for d in drafts if d.source is not None and d.last < idx]
    if labelled and not opens and sourced and sourced[-1].paragraph == para:
        # "A Russian milblogger claims ... No evidence for that. Rating: Unsubstantiated.":
        # a thread's verdict inside a post rates the post's last claim (and its speaker's).
        last = sourced[-1]
        return [d for d in sourced[-_REACH:] if d.paragraph == para and d.source == last.source]
    if labelled and sourced:
        want = sourced[0].paragraph
        return [d for d in sourced[:_REACH] if d.paragraph == want]
    want = para - 1 if opens else para
    return [d for d in sourced[-_REACH:] if d.paragraph == want]


def _name_poster(text: str, rated: list[_Draft]) -> None:
    """A video's claim with no poster named takes the channel whose claim follows it
    among the rated ones (see the module docstring)."""
    for d, after in pairwise(rated):
        if (
            _UNNAMED_POSTER.match(d.source or "")
            and after.first == d.last + 1
            and after.kind == "org"
            and _MEDIUM.search(after.descriptor or "")
        ):
            d.source, d.kind, d.descriptor = after.source, after.kind, after.descriptor
            d.side, d.party = after.side, after.party
