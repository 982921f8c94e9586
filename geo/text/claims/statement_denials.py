"""Claims stage 4f, a statement's denials: the other side's claims called untrue.

A party's statement answers the other side in words of its own, with no cue verb:

- "Claims by the terrorist Dagalo militia that it controls all of El Fasher are false."
  (also "Reports from ... that ...", "The militia's claims that ..."; "are lies",
  "are baseless"; "are exaggerated" disputes): the claim named is the other side's.
  When a recent claim (among the last :data:`_REACH` claims) of another speaker names
  the places the denial names ("Our forces have completed the liberation of the city
  of El Fasher" under the other side's header), that claim is denied and the denial
  is no claim of its own; else the denial is a claim: source the one named ("the
  terrorist Dagalo militia"), cue "claims", status ``denied``, the denial its cue.
- "This is not true: our defenders continue to hold the village." in a statement's
  lines (:func:`~geo.text.claims.bulletin_header.header_at`) just after another
  speaker's claim: that claim is denied; the words after the colon are the
  statement's claim answering it (none when nothing follows).

Linear: one match at the sentence's start and a look back over a few claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bulletin_header import header_at, header_voice
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds
from .segmentation import Sentence
from .sides import remember_side, speaker_side
from .untruth import answer_status
from .verdicts import claim_line, fact_check_verdict

__all__ = ["statement_denial"]

_UNTRUE_WORDS = (
    r"(?:completely\s+|entirely\s+|totally\s+|absolutely\s+|utterly\s+)?"
    r"(?P<call>false|untrue|not\s+true|lies|a\s+lie|baseless|groundless|unfounded|"
    r"fabricat\w+|fake|fiction|nonsense|exaggerated|inflated|propaganda)\b"
)
#: "Claims by X that ... are false", "X's claims that ... are lies".
_NAMED_UNTRUE = re.compile(
    r"(?:But\s+|However,\s+)?(?:(?:The|These|Those|Such)\s+)?"
    r"(?:(?P<owner>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)[’']s?\s+)?"
    r"(?:claims?|reports?|allegations?|assertions?|statements?)\s+"
    r"(?:(?:made\s+)?(?:by|of|from)\s+(?P<who>[^.;:,]{2,80}?)\s+)?"
    r"that\s+(?P<what>[^.;]{3,240}?)\s+(?:are|is|were|was)\s+" + _UNTRUE_WORDS,
    re.IGNORECASE,
)
#: What every ``_NAMED_UNTRUE`` match holds (on the folded text).
_NAMED_UNTRUE_GATE = ("claim", "report", "allegation", "assertion", "statement")
#: "This is not true: ...", "That is a lie."
_UNTRUE_OPENING = re.compile(
    r"(?:That|This|It)(?:\s+is|[’']s)\s+(?:simply\s+|just\s+)?(?:not\s+true|untrue|false|"
    r"a\s+lie|a\s+fake|fake|nonsense)\s*(?P<stop>[.!]|[:;—–-])"
)
#: The claims looked back over for the one a denial names.
_REACH = 8
#: A capitalised word of the denied content (a place, a name), not its first.
_NAME = re.compile(r"(?<=\s)[A-Z][\w’'-]{2,}")


def statement_denial(
    ctx: _Context, sentences: Sequence[Sentence], idx: int, drafts: list[_Draft]
) -> bool:
    """Read sentence ``idx`` (no speaker of its own) as a statement's denial (see the
    module docstring): mark the claim it denies, add its own claim to ``drafts`` when it
    is one; True when it was such a denial."""
    if claim_line(ctx, sentences, idx, drafts):
        return True  # "Claim: Ukrainian air defence destroyed ..." (:mod:`.verdicts`)
    if fact_check_verdict(ctx, sentences, idx, drafts):
        return True  # "This claim is false.", "Verdict: False." (:mod:`.verdicts`)
    text = ctx.text
    sent = sentences[idx]
    named = folded_holds(text, sent.start, sent.end, _NAMED_UNTRUE_GATE)
    m = _NAMED_UNTRUE.match(text, sent.start, sent.end) if named else None
    if m is not None and (m.group("who") or m.group("owner")):
        return _named_untrue(ctx, sent, idx, m, drafts)
    m = _UNTRUE_OPENING.match(text, sent.start, sent.end)
    if m is None or not drafts:
        return False
    header = header_at(ctx, sent.start)
    prev = drafts[-1]
    if header is None or idx - prev.last > 1 or prev.source in (None, header.source):
        return False
    cue = text[sent.start : m.start("stop")].strip()
    prev.statuses.append((_STATUS_RANK["denied"], "denied", cue))
    body = m.end()
    while body < sent.end and text[body].isspace():
        body += 1
    if m.group("stop") in ".!" or body >= sent.end:
        return True  # "This is not true.": no claim of its own
    d = _Draft(body, sent.end, None, None, "none", "", idx, idx, sent.paragraph)
    header_voice(ctx, d)
    d.responds_to = prev
    drafts.append(d)
    return True


def _named_untrue(
    ctx: _Context, sent: Sentence, idx: int, m: re.Match[str], drafts: list[_Draft]
) -> bool:
    text = ctx.text
    status = answer_status(m.group("call"))
    cue = text[sent.start : m.end()].strip()
    header = header_at(ctx, sent.start)
    voice = header.source if header is not None else None
    names = {w for w in _NAME.findall(" " + m.group("what"))}
    for d in reversed(drafts[-_REACH:]):
        if d.source == voice or d.source is None:
            continue
        claim = text[d.start : d.end]
        if names and all(re.search(rf"\b{re.escape(w)}\b", claim) for w in names):
            d.statuses.append((_STATUS_RANK[status], status, cue))
            return True
    group = "who" if m.group("who") else "owner"
    a, b = m.span(group)
    who = text[a:b].strip()
    d = _Draft(sent.start, sent.end, who, "claims", "group", "", idx, idx, sent.paragraph,
               [(_STATUS_RANK[status], status, cue)], subj_start=a, subj_end=b)  # fmt: skip
    d.side, d.party = speaker_side(ctx, a, b, who, where=(sent.start, sent.end))
    remember_side(ctx, who, (d.side, d.party))
    drafts.append(d)
    return True
