"""Claims stage 4f, a fact check's verdict: the outlet rates the claim it checked.

A fact check states its verdict in its own voice, with no cue verb: "This claim is
false.", "The video is fake.", "Verdict: False.", "Rating: Misleading", "Our ruling:
Mostly false". An unlabelled verdict ("The report is false.") is the outlet's only in a
text that is a fact check (it says so, "Fact check", or labels a verdict, or tells of its
own checks, "Our analysis", "We verified"); in a news story it rates nothing.
:func:`fact_check_verdict` reads such a sentence (it is no claim of its own) and sets the
status of the claims it rates:

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
Kotenok" wrote that ...'), the platform being no speaker. A fact check that states the
claim under a label ("Claim: Ukrainian air defence destroyed a Russian A-50 ...") and rates
it at once ("Rating: False") before it tells who made it: the labelled line is a claim
(:func:`claim_line`), the verdict rates it and the claims of the first speaker after the
verdict in that speaker's paragraph ("Posts shared ... on Facebook say ..."), who is the
labelled claim's speaker too (:func:`pending_verdict`). Linear: one match at the
sentence's start and a bounded look back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds
from .segmentation import Sentence

__all__ = ["checkers_rating", "claim_line", "fact_check_verdict", "pending_verdict"]

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
#: What a verdict rates: "this claim", "the video".
_RATED_THINGS = (
    r"(?:claims?|videos?|footage|posts?|images?|photos?|photographs?|clips?|reports?|"
    r"stor(?:y|ies)|allegations?)"
)
#: "This claim is false.", "The video is fake.", "That post is misleading."; "We rate this
#: claim False.", "We rate these posts as misleading."
_STATED = re.compile(
    rf"[ \t]*(?:(?:This|That|The|These|Those)\s+{_RATED_THINGS}\s+(?:is|are)|"
    rf"We\s+(?:rate|have\s+rated)\s+(?:this|that|the|these|those)\s+{_RATED_THINGS}"
    r"(?:\s+as)?)\s+[“\"]?"
    + _WORD
    + r"[”\"]?\s*[.!]",
    re.IGNORECASE,
)
#: A named checker's rating: "StopFake rated it as misleading", "The fact-checking
#: project rated the post 'False',", "PolitiFact has rated the claim Mostly False."
_RATER = re.compile(
    r"[ \t]*(?:[\w’'-]+[ \t]+){1,6}?(?:has[ \t]+|have[ \t]+)?(?:rated|rates|labell?ed)[ \t]+"
    rf"(?:it|them|(?:the|this|that|these|those|each)[ \t]+(?:[\w-]+[ \t]+)?{_RATED_THINGS})"
    r"(?:[ \t]+as)?[ \t]+[“\"]?" + _WORD + r"[”\"]?\s*[.!,;]",
    re.IGNORECASE,
)
#: Words one of which every ``_RATER`` match holds (folded: the pattern ignores case).
_RATER_GATE = ("rate", "label")
#: What makes a text a fact check, whose own voice rates claims: its label, a verdict's.
_FACT_CHECK = re.compile(
    r"\bfact[\s-]?check|\b(?:[Vv]erdict|[Rr]ating|[Rr]uling)\s*[:—–]|\bdebunk|\bBBC\s+Verify\b|"
    r"\b(?:Our|We)\s+(?:analysis|verified|checked|found|traced|geolocated)\b",
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
    m = (
        _LABELLED.match(text, sent.start, sent.end)
        or _STATED.match(text, sent.start, sent.end)
        or (
            _RATER.match(text, sent.start, sent.end)
            if folded_holds(text, sent.start, sent.end, _RATER_GATE)
            else None
        )
    )
    if m is None or (m.re is _STATED and not _fact_check(ctx)):
        return False  # "The report is false." in a news story: no verdict of the outlet's
    status = next(k for k in ("denied", "disputed", "unverified", "confirmed") if m.group(k))
    rated = ctx.allegiance.get("verdict") or _under_check(
        sentences, idx, drafts, labelled=m.re is not _STATED  # a checker's rating as a label's
    )
    checked = ctx.allegiance.get("claim_line")
    if not rated and checked is not None and m.re is _LABELLED:
        rated = [checked]  # "Claim: ..." then "Rating: False": the posts after it too
        ctx.allegiance["pending_verdict"] = (status, idx)
    if not rated:
        return False
    ctx.allegiance["verdict"] = rated
    cue = text[sent.start : m.end()].strip().rstrip(".!").strip()
    for d in rated:
        d.statuses.append((_STATUS_RANK[status], status, cue))
    _name_poster(text, rated)
    return True


def checkers_rating(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a named checker's rating ("StopFake rated it as
    misleading."): a verdict, no answer of the sentence's own."""
    return _RATER.match(text, start, end) is not None


def _fact_check(ctx: _Context) -> bool:
    """Whether the text is a fact check (:data:`_FACT_CHECK`), read once per text: only
    there is an unlabelled "This claim is false." the outlet's verdict."""
    seen = ctx.allegiance
    if "fact_check" not in seen:
        seen["fact_check"] = _FACT_CHECK.search(ctx.text) is not None
    return seen["fact_check"]


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


#: The claim under check stated under a label: "Claim: ...", "The claim: ...".
_CLAIM_LINE = re.compile(r"[ \t]*(?:The\s+)?(?:[Cc]laim|CLAIM)\s*[:—–]\s+(?=\S)")


def claim_line(
    ctx: _Context, sentences: Sequence[Sentence], idx: int, drafts: list[_Draft]
) -> bool:
    """Read sentence ``idx`` (no speaker of its own) as a fact check's labelled claim
    under check ("Claim: ..."): a claim, its speaker unknown until the verdict's claims
    name it (see the module docstring); True when it was one."""
    sent = sentences[idx]
    if _CLAIM_LINE.match(ctx.text, sent.start, sent.end) is None:
        return False
    d = _Draft(sent.start, sent.end, None, None, "none", "", idx, idx, sent.paragraph)
    ctx.allegiance["claim_line"] = d
    drafts.append(d)
    return True


def pending_verdict(ctx: _Context, drafts: list[_Draft]) -> None:
    """Give a verdict that rated a labelled claim before anyone was named for it to the
    claims of the first speaker after it (in that speaker's paragraph), and that speaker
    to the labelled claim (see the module docstring)."""
    pending = ctx.allegiance.get("pending_verdict")
    checked = ctx.allegiance.get("claim_line")
    if pending is None or checked is None:
        return
    status, idx = pending
    later = [d for d in drafts if d.source is not None and d.first > idx]
    if not later:
        return
    first = later[0]  # the poster's claims: not the answers after them in the paragraph
    own = (first.paragraph, first.source)
    rated = [d for d in later[:_REACH] if (d.paragraph, d.source) == own]
    cue = next((c for _, st, c in checked.statuses if st == status), status)
    for d in rated:
        d.statuses.append((_STATUS_RANK[status], status, cue))
    checked.source, checked.cue, checked.kind = first.source, first.cue, first.kind
    checked.side, checked.party = first.side, first.party
