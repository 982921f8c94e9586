"""A caveat over two accounts inside the sentence of the second one reaches the first too.

"Ukrainian officials said 14 civilians were wounded. Moscow said it had struck only
military sites; Reuters could not verify either claim." leaves both claims unverified,
not only the one its sentence holds (:func:`pair_caveat`).
"""

from __future__ import annotations

import re

from .context import _Context, _Draft

__all__ = ["own_statuses", "pair_caveat"]

#: Two accounts named by a caveat: "either claim", "neither account", "both reports",
#: "either side's version", "the two accounts".
_PAIR = re.compile(
    r"\b(?:(?:either|neither)\s+(?:side[’']s\s+)?(?:claim|account|version|report|statement)|"
    r"both\s+(?:sides[’']\s+)?(?:claims|accounts|versions|reports|statements)|the\s+two\s+"
    r"(?:claims|accounts|versions|reports|statements))\b",
    re.IGNORECASE,
)


def own_statuses(
    ctx: _Context,
    new: list[_Draft],
    prev: _Draft | None,
    own_status: list[tuple[int, str, str]],
    start: int,
    end: int,
) -> None:
    """Give each status of the sentence at ``text[start:end]`` (``own_status``: rank,
    status, the words) to the claim of ``new`` its words follow (the first when none
    does), or to the claim whose speaker they open ("The M23, which the UN says ...,
    denied" is the M23's claim after the clause, not the UN's), and a caveat over two
    accounts to the claim before too (:func:`pair_caveat`)."""
    for rank, status, cue in own_status:
        at = ctx.text.find(cue, start, end) if cue else -1
        pos = at if at >= 0 else start
        target = next((d for d in new if at >= 0 and _after_relative(ctx.text, d, at)), None)
        target = target or next((d for d in reversed(new) if d.start <= pos), new[0])
        target.statuses.append((rank, status, cue))
    pair_caveat(ctx, new, prev, own_status, start, end)  # "...; could not verify either claim"


#: A relative clause right after a speaker's phrase: "The M23, which".
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who)\b")


def _after_relative(text: str, d: _Draft, at: int) -> bool:
    """Whether claim ``d`` is its subject's words after a relative clause about it, the
    subject's phrase opening at ``at``: "The M23, which the UN says ..., denied ..."."""
    return d.subj_start == at < d.start and _RELATIVE_AFTER.match(text, d.subj_end) is not None


def pair_caveat(
    ctx: _Context,
    new: list[_Draft],
    prev: _Draft | None,
    own_status: list[tuple[int, str, str]],
    start: int,
    end: int,
) -> None:
    """Give ``prev`` (the claim of the sentence before) the caveat in ``own_status`` that
    names two accounts ("...; Reuters could not verify either claim") when the sentence
    at ``text[start:end]`` holds only one claim before the caveat, of another speaker
    than ``prev``'s. Looks only at the sentence's own words."""
    if prev is None or prev.source is None:
        return
    text = ctx.text
    for rank, status, cue in own_status:
        at = text.find(cue, start, end) if cue else -1
        if status != "unverified" or at < 0 or _PAIR.search(text, at, min(end, at + 80)) is None:
            continue
        before = [d for d in new if d.start <= at]
        one = len(before) == 1 and before[0].source not in (None, prev.source)
        if one and all(s[1] != status for s in prev.statuses):
            prev.statuses.append((rank, status, cue))
