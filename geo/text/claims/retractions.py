"""Claims stage 5b, a claim its own speaker withdrew is disputed.

A speaker who takes back what they said leaves it in doubt, as another party's answer
would: "Ukraine's Defense Ministry on Nov. 18 walked back its claim that Ukrainian forces
had liberated Novoselivka" is the ministry's claim (source and side its own), disputed;
"The ministry later deleted the statement", "It retracted the report", "The post was
later deleted", "The ministry later withdrew the figure" (a toll, a tally) dispute the
recent claim of the speaker named ("the ministry": the claim of a speaker whose name
holds "ministry"; "It": the claim just before). The withdrawal tells of the claim, not of
the war: when a sentence says only that, the claim it holds is the one withdrawn; what a
deleted post said, told in a relative clause ("The ministry's post, which said the
brigade had "fully cleared" the village, was deleted"), is a claim of the post's owner
(the speaker before whose name holds "ministry"), disputed.

:func:`retractions` reads each claim's span once and looks back a few claims at most.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..fold import FoldedPattern
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .member_sides import member_of
from .segmentation import Sentence
from .sides import speaker_side

__all__ = ["retractions"]

_THING = (
    r"(?:claims?|reports?|statements?|posts?|messages?|announcement|tweet|video|assertion|"
    r"figures?|toll|tally|count|estimate)"  # "later withdrew the figure"
)
_WHEN = r"(?:(?:later|subsequently|quietly|then|hastily)\s+)?"
#: "walked back its claim that", "later deleted the statement", "retracted the report".
_ACTIVE = re.compile(
    rf"\b{_WHEN}(?:walked\s+back|retracted|withdrew|rowed\s+back\s+on|backtracked\s+on|"
    rf"deleted|removed|took\s+down|corrected)\s+(?:its|his|her|their|the|that|this|an?)\s+(?:earlier\s+|own\s+|"
    rf"original\s+)?{_THING}\b(?P<that>\s+that\b)?",
    re.IGNORECASE,
)
#: "The post was later deleted", "the statement has since been removed".
_PASSIVE = re.compile(
    rf"\b(?P<thing>{_THING})\s+(?:was|were|has\s+since\s+been|had\s+been|has\s+been)\s+{_WHEN}"
    r"(?:deleted|removed|taken\s+down|retracted|withdrawn)\b",
    re.IGNORECASE,
)
#: What a deleted post said, told in a relative clause: "The ministry's post, which said
#: the brigade had "fully cleared" the village, was deleted in the afternoon."
_HELD_PASSIVE = re.compile(
    rf"\b(?:(?P<owner>\w+)[’']s\s+)?(?:[A-Z]\w+\s+)?(?P<thing>{_THING}),\s+which\s+"
    r"(?P<verb>said|claimed|stated|reported|announced)\s+(?:that\s+)?(?P<content>[^;]{5,300}?),\s+"
    rf"(?:was|were|has\s+since\s+been|had\s+been|has\s+been)\s+{_WHEN}"
    r"(?:deleted|removed|taken\s+down|retracted|withdrawn)\b",
    re.IGNORECASE,
)
#: Words before the verb that are no part of its subject: "on Nov. 18", "on Monday".
_SUBJECT_TAIL = re.compile(
    r"\s*(?:,\s*)?(?:\b(?:on|late|early|in|this|last|by)\b[^,]*|\b(?:later|then|also)\b)?\s*,?\s*$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"\s*(?:(?:separately|meanwhile|however|but|and|then|later),?\s+)*", re.I)
_VERBS = re.compile(
    r"\b(?:walked\s+back|retracted|withdr[ea]w|rowed\s+back|backtracked|deleted|removed|"
    r"t[oa]ken?\s+down|took\s+down|corrected)\b",
    re.IGNORECASE,
)
#: ``_VERBS`` searched on the folded text, after a substring test of the words every
#: match holds (same answer: :mod:`geo.text.fold`): most texts withdraw nothing.
_ANY_VERB = FoldedPattern(_VERBS.pattern)
_OWNER = re.compile(r"(\w+)[’']s\s*$")
_PRONOUNS = frozenset("it he she they".split())
#: How many claims back a withdrawal may reach.
_REACH = 3


def retractions(
    ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]
) -> list[_Draft]:
    """``drafts`` with the claims their speakers withdrew disputed (see the module
    docstring); the list itself is returned."""
    text = ctx.text
    if not _ANY_VERB.occurs_in(text):
        return drafts
    starts = [d.start for d in drafts]
    sentence_starts = [s.start for s in sentences]
    for m in _ACTIVE.finditer(text):
        i = bisect_right(starts, m.start()) - 1  # the claim holding it, or the last before
        d = drafts[i] if i >= 0 else None
        inside = d is not None and d.start <= m.start() < d.end
        k = bisect_right(sentence_starts, m.start()) - 1
        s0 = d.start if inside and d is not None else sentences[k].start
        s0 = _LEAD.match(text, s0, m.start()).end()
        tail = _SUBJECT_TAIL.search(text, s0, m.start())
        s1 = tail.start() if tail is not None else m.start()
        subject, cue = text[s0:s1].strip(), text[s0 : m.end()].strip()
        if inside and d is not None and d.source and _COORDINATED.search(text, d.start, m.start()):
            drafts[i + 1 : i + 1] = _own_sentence(d, m, text)  # "..., but later withdrew the claim"
            starts = [t.start for t in drafts]
            continue
        if (clause := _CLAUSE.search(text, s0, s1)) is not None:
            subject = text[clause.end() : s1].strip()  # "..., but the Russian MoD later withdrew"
            s0 = clause.end()
        named = subject[:1].isupper() or _THE_NAME.match(subject) is not None
        if m.group("that") and named and not (inside and d and d.source):
            if not inside:  # a sentence with no cue nor count: its claim is the withdrawn one
                sent = sentences[k]
                d = _Draft(sent.start, sent.end, None, None, "none", "", k, k, sent.paragraph)
                i += 1
                drafts.insert(i, d)
                starts.insert(i, d.start)
            _own(ctx, drafts, i, subject, s0, s1, cue)  # "X walked back its claim that"
        elif i >= 0:
            _withdraw(drafts, i if inside else i + 1, subject, cue)
    for m in _HELD_PASSIVE.finditer(text):  # "The ministry's post, which said ..., was deleted"
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and drafts[i].end > m.start():
            continue  # inside a claim already
        owner = m.group("owner") or ""
        k = bisect_right(sentence_starts, m.start()) - 1
        body = next((d for d in reversed(drafts[max(0, i + 1 - _REACH) : i + 1])
                     if d.source and _names(owner, d.source)), None)  # fmt: skip
        a, b = m.span("content")
        cue = text[m.start() : m.end()].strip()
        d = _Draft(a, b, body.source if body else text[m.start() : m.end("thing")].strip(),
                   m.group("verb"), "org", "", k, k, sentences[k].paragraph,
                   [(_STATUS_RANK["disputed"], "disputed", cue)])  # fmt: skip
        if body is not None:
            d.side, d.party, d.kind = body.side, body.party, body.kind
        drafts.insert(i + 1, d)
        starts.insert(i + 1, a)
    for m in _PASSIVE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        inside = i >= 0 and drafts[i].start <= m.start() < drafts[i].end
        lead = text[max(0, m.start() - 40) : m.start()]
        owner = _OWNER.search(lead)
        s0 = _sentence_start(text, max(0, m.start() - 300), m.start())
        _withdraw(drafts, i if inside else i + 1, owner.group(1) if owner else "",
                  text[s0 : m.end()].strip())  # fmt: skip
    return drafts


#: A withdrawal sharing the subject of the claim it is in: "The military had earlier said
#: ..., but later withdrew the claim", "claimed ..., but later corrected his statement".
_COORDINATED = re.compile(r"(?:,\s*|\s+)(?:but|and)\s+(?:(?:later|then|subsequently)\s+)?\Z")
#: A clause before the withdrawal's own subject: "Russian forces advanced, but the MoD ...".
_CLAUSE = re.compile(r".*(?:,\s+(?:but|and|while|although)|;)\s+", re.DOTALL)
_THE_NAME = re.compile(r"the\s+[A-Z]")  # "the Russian Ministry of Defense (MoD)"
#: What the speaker said instead: "... corrected his earlier statement and said that ...".
_INSTEAD = re.compile(r"\s*(?:,\s*)?(?:and\s+said|saying|and\s+stated)\s+(?:that\s+)?(?=\S)")


def _own_sentence(d: _Draft, m: re.Match[str], text: str) -> list[_Draft]:
    """Dispute ``d``, whose own speaker withdraws it in the sentence that makes it (the
    match ``m`` inside ``d``); what the speaker said instead after the withdrawal, "and
    said that only reconnaissance groups had reached the bank", is cut off as a claim of
    its own: returned (a list of at most one draft) to stand after ``d``."""
    cue = text[m.start() : m.end()].strip()
    rest = _INSTEAD.match(text, m.end())
    out: list[_Draft] = []
    if rest is not None and rest.end() < d.end:
        new = _Draft(rest.end(), d.end, d.source, d.cue, d.kind, d.descriptor, d.last, d.last,
                     d.paragraph, [], d.subj_start, d.subj_end, d.side, d.party)  # fmt: skip
        out.append(new)
        d.end = rest.start()
    d.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
    return out


def _sentence_start(text: str, floor: int, at: int) -> int:
    """Where the sentence holding ``at`` begins (not before ``floor``)."""
    floor = max(floor, at - 400)
    k = max(text.rfind(". ", floor, at), text.rfind("\n", floor, at))
    return k + 1 if k >= 0 else floor


def _own(
    ctx: _Context, drafts: list[_Draft], i: int, subject: str, s0: int, s1: int, cue: str
) -> None:
    """``drafts[i]`` is ``subject``'s claim, withdrawn; its members after it take its side."""
    d = drafts[i]
    d.source, d.cue, d.kind, d.subj_start, d.subj_end = subject, "claim", "org", s0, s1
    d.side, d.party = speaker_side(ctx, s0, s1, subject, where=(d.start, d.end))
    d.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
    for later in drafts[i + 1 : i + 1 + _REACH]:
        if later.side is None and member_of(later.source or "", later.kind, subject, "org"):
            later.side, later.party = d.side, d.party  # "A ministry spokesperson later told"
        elif later.source != subject:
            break


def _withdraw(drafts: list[_Draft], i: int, subject: str, cue: str) -> None:
    """Dispute the recent claim before ``drafts[i]`` whose speaker ``subject`` names."""
    words = subject.lower().split()
    head = words[-1] if words else ""
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        t = drafts[j]
        if t.source is None:
            continue
        if not head or head in _PRONOUNS or _names(head, t.source):
            t.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
            return


def _names(word: str, source: str) -> bool:
    """Whether ``word`` ("ministry", "ministries") is a word of the speaker ``source``."""
    said = source.lower().replace("’", "'").split()
    word = word.lower()
    return bool(word) and (word in said or word.rstrip("s") in said)
