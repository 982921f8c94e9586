"""Claims stage 5, a split verdict: confirmed for what it confirms, unverified for the rest.

"Reuters confirmed the two deaths in Kherson from hospital records but was unable to
verify the damage to the school." answers two claims told before it: the one that tells
the deaths ("a man and a woman were killed when shells hit ...") is confirmed, the one
that tells the damage ("a school and a pharmacy had been damaged") unverified. Each half
answers the latest claim before it (among the last :data:`_REACH`, of another speaker)
that tells the same thing: a word of the same event family (deaths: "killed", "dead",
"died"; damage: "damaged", "destroyed"; ...) or, failing one, a noun the half names
("the school"). The statuses the sentence's words gave to other claims are taken back.

:func:`split_verdicts` reads the text once and each claim at most a few times.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["split_verdicts"]

#: The claims looked back over for the one each half answers.
_REACH = 8

_SPLIT = re.compile(
    r"(?P<who>\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:has\s+|had\s+)?"
    r"(?:independently\s+)?(?:confirmed|verified)\s+(?P<yes>[^.;:]{3,140}?),?\s+but\s+"
    r"(?:was\s+|were\s+|is\s+|has\s+been\s+|had\s+been\s+)?"
    r"(?P<cue>(?:unable|not\s+able)\s+to|could\s+not|couldn[’']t|cannot|did\s+not)\s+"
    r"(?:independently\s+)?(?:verify|confirm)\s+(?P<no>[^.;:]{3,140})"
)

#: Event families: a noun of the verdict and the words of a claim that tell the event.
_FAMILIES = (
    (r"deaths?|dead|killings?|fatalit\w+|death\s+toll|toll",
     r"killed|kills?|killing|dead|died|deaths?|lives|fatalit\w+"),
    (r"injur\w+|wounded|casualt\w+",
     r"injur\w+|wounded|hurt|casualt\w+"),
    (r"damage|destruction",
     r"damaged?|destroyed|destruction|hit|struck|ablaze|on\s+fire"),
    (r"strikes?|attacks?|shelling|hits?",
     r"struck|strikes?|hit|attack\w*|shell\w*|targeted"),
    (r"launch\w*|drones?|missiles?",
     r"launch\w*|drones?|missiles?"),
)  # fmt: skip
_NOUN = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?P<noun>[a-z][\w-]{3,})\b")


def split_verdicts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Give the claims a split verdict answers their halves' statuses (see the module
    docstring); in place."""
    text = ctx.text
    if text.find(" but ") < 0 or ("confirmed" not in text and "verified" not in text):
        return  # every match holds " but " and one of the two words (case-sensitive)
    k = 0
    for m in _SPLIT.finditer(text):
        while k < len(drafts) and drafts[k].start < m.start():
            k += 1
        before = [d for d in drafts[max(0, k - _REACH) : k] if d.end <= m.start() + 1]
        before = [d for d in before if d.source is not None and d.source != m.group("who")]
        yes = _answered(text, m.group("yes"), before)
        no = _answered(text, m.group("no"), before)
        if yes is None or no is None or yes is no:
            continue
        for d in before:  # the sentence's words given to another claim are taken back
            d.statuses[:] = [s for s in d.statuses if not _within(text, s[2], m.start(), m.end())]
        said = f"{m.group('who')} confirmed {m.group('yes')}"
        yes.statuses.append((_STATUS_RANK["confirmed"], "confirmed", said.strip()))
        tail = text[m.end("yes") : m.end()].lstrip(", ").removeprefix("but ")
        unsaid = f"{m.group('who')} {tail}"  # "Reuters was unable to verify the damage ..."
        no.statuses.append((_STATUS_RANK["unverified"], "unverified", unsaid.strip()))


def _answered(text: str, half: str, before: list[_Draft]) -> _Draft | None:
    """The latest claim of ``before`` that tells what ``half`` of the verdict names."""
    for noun, told in _FAMILIES:
        if re.search(rf"\b(?:{noun})\b", half, re.IGNORECASE):
            told_re = re.compile(rf"\b(?:{told})\b", re.IGNORECASE)
            nouns = [n.group("noun") for n in _NOUN.finditer(half)]
            found = [d for d in before if told_re.search(text, d.start, d.end)]
            named = [d for d in found if any(text.find(n, d.start, d.end) >= 0 for n in nouns)]
            if named or found:
                return (named or found)[-1]
    return None


def _within(text: str, cue: str, start: int, end: int) -> bool:
    """Whether the status words ``cue`` are words of ``text[start:end]``."""
    return bool(cue) and text.find(cue, start, end) >= 0
