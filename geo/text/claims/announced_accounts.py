"""Claims stage 5, a party's claim judged before it is told: "denied a Russian claim that
an F-16 had been shot down", "confirming a Ukrainian claim of a successful strike".

A lead may answer a claim the article only tells further down::

    Ukraine's Defence Ministry on Wednesday denied a Russian claim that an F-16 fighter
    jet had been shot down over the Dnipropetrovsk region, ...

    Russia's Defence Ministry said on Tuesday evening that its air defence systems had
    destroyed a Ukrainian F-16 near the town of Pavlohrad, ...

The words name the claim by its owner ("a Russian claim", "Kyiv's account"), with what it
says after "that" or "of". When no claim of the owner's side stands before them (a few
claims back: :mod:`.named_accounts` judges those), the judged claim is the first one
after them, within the next two paragraphs, whose speaker is of the owner's side and
which shares a content word or a model's name ("F-16") with what the words say of it
(up to a comma). It takes ``denied``
(denied, denies), ``disputed`` (rejected, dismissed, contradicting, refuting) or
``confirmed`` (confirming, corroborating), the judging words as its cue, and the claim
holding them answers it. Linear: one search of the text, a bounded look each way per
match.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .. import lexicon as lx
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import matches_from
from .named_accounts import _CAPITALS
from .targets import _content_words

__all__ = ["announced_accounts"]

#: How many claims back a claim of the owner's side makes the words look back, and how
#: many ahead the judged claim may be.
_BACK = 6
_AHEAD = 6
_JUDGED = re.compile(
    r"\b(?:(?P<deny>denied|denies|denying)|"
    r"(?P<no>rejected|rejects|rejecting|dismissed|dismisses|dismissing|contradicting|"
    r"contradicts|contradicted|refuting|refutes|refuted)|"
    r"(?P<yes>confirming|confirms|confirmed|corroborating|corroborates|corroborated))\s+"
    r"(?:a|an|the)\s+(?P<owner>[A-Z][\w-]*)(?:[’']s)?\s+(?:(?:earlier|initial|official)\s+)?"
    r"(?:claims?|accounts?|reports?|statements?)\s+(?:that|of)\s+(?P<what>[^.;,]{8,240})"
)
#: A model's name with its number: "F-16", "Su-34", "S-400" (no content word of its own).
_MODEL = re.compile(r"\b[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Z]?\b")
#: The words every match of :data:`_JUDGED` begins with: it is tried only where one does.
_STARTS = ("den", "reject", "dismiss", "contradict", "refut", "confirm", "corroborat")


def announced_accounts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Mark the claims judged before they are told (see the module docstring)."""
    text = ctx.text
    if not any(noun in text for noun in ("claim", "account", "report", "statement")):
        return  # every match of _JUDGED names one of these nouns
    starts = [d.start for d in drafts]
    for m in matches_from(_JUDGED, text, _STARTS):
        owner = m.group("owner")
        code = lx.DEMONYMS.get(owner.lower()) or _CAPITALS.get(owner)
        if code is None:
            continue
        at = bisect_left(starts, m.end())  # the first draft starting after the words
        holder = next((d for d in drafts[max(0, at - 2) : at] if d.start <= m.start() < d.end),
                      None)
        before = drafts[max(0, at - _BACK) : at]
        if any(d.side == code and d.end <= m.start() for d in before):
            continue  # a claim told before: :mod:`.named_accounts`, the reactions
        words = _words(text, *m.span("what"))
        last = holder.paragraph + 2 if holder is not None else None
        judged = None
        for d in drafts[at : at + _AHEAD]:
            if last is not None and d.paragraph > last:
                break
            if d.side == code and d.source and words & _words(text, d.start, d.end):
                judged = d
                break
        if judged is None:
            continue
        status = "denied" if m.group("deny") else "confirmed" if m.group("yes") else "disputed"
        cue = text[m.start() : m.start("what")].strip()
        judged.statuses.append((_STATUS_RANK[status], status, cue))
        if holder is not None and holder.responds_to is None:
            holder.responds_to = judged


def _words(text: str, start: int, end: int) -> set[str]:
    """The content words of ``text[start:end]`` (:func:`~.targets._content_words`) and
    the models it names ("F-16")."""
    return _content_words(text, start, end) | set(_MODEL.findall(text, start, end))
