"""Claims stage 5c, another speaker's claim judged by name: "This confirms the ministry's
claim that ...", "we see no evidence for the MoD's claim that ...".

An analyst, a monitor or an outlet may name a party's claim only to judge it: "This
confirms the Russian Defence Ministry's claim of 1 July that its troops had reached the
street." holds the ministry's claim (source and side the ministry's, cue the noun
"claim"), confirmed; "However, we see no evidence for the MoD's claim that Chasiv Yar
has been fully captured." and "... contradicts Moscow's claim that ..." hold the owner's
claim, disputed. The judging words are the judge's verdict, not a claim of theirs: a
sentence that is only the frame around the named claim ("This confirms", "We see no
evidence for") gives no claim of its own, and a claim that ran into the judging sentence
ends before it. :func:`judged_claims` searches the text once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import matches_from
from .member_sides import member_of
from .segmentation import Sentence
from .sides import speaker_side

__all__ = ["judged_claims"]

#: How many claims back an owner named by its abbreviation may find its side.
_BACK = 8
_OWNER = r"(?:[A-Z][\w’'-]*\s+){0,3}[\w-]+"
_JUDGED = re.compile(
    r"\b(?:(?P<yes>confirms?|confirmed|corroborates?|corroborated|supports|supported|"
    r"backs\s+up|verifies|verified|bears\s+out|bore\s+out)|(?P<no>contradicts?|contradicted|"
    r"refutes?|refuted|undermines?|undermined|(?:see|saw|seen|found|find|is|was|have|has)\s+"
    r"no\s+(?:\w+\s+)?(?:evidence|footage|sign|confirmation)\s+(?:for|of|to\s+support|"
    r"supporting)))\s+(?:the\s+)?(?P<owner>" + _OWNER + r")(?:[’']s|(?<=s)[’'])\s+"
    r"(?:[a-z-]+\s+)?(?P<noun>claims?|reports?|assertions?|statement)"
    r"(?:\s+(?:of|on|from|made\s+on)\s+[^,;.]{1,30}?)?\s+that\s+",
)
#: The words every ``_JUDGED`` match begins with (as written: the pattern minds case):
#: the scan tries it only where one begins (:func:`~geo.text.scans.matches_from`).
_JUDGED_STARTS = (
    "confirm", "corroborat", "support", "backs", "verifi", "bears", "bore", "contradict",
    "refut", "undermin", "see", "saw", "found", "find", "is", "was", "have", "has",
)  # fmt: skip
#: What a frame-only sentence holds before the judging verb: "This", "2/ However, we".
_FRAME = re.compile(
    r"\W*(?:\d{1,2}/(?:\d{1,2})?\s+)?(?:(?:however|but|and|so|yet|still|crucially),?\s+)?"
    r"(?:this|that|it|which|we|I|the\s+(?:footage|video|imagery|images?|clip))?\s*"
    r"(?:also\s+|therefore\s+|clearly\s+|partly\s+)?",
    re.IGNORECASE,
)


def judged_claims(
    ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]
) -> list[_Draft]:
    """``drafts`` with the claims judged by name cut out as their owners' (see the module
    docstring), in text order."""
    text = ctx.text
    if "that" not in text or ("claim" not in text and "report" not in text
                              and "assertion" not in text and "statement" not in text):
        return drafts  # fmt: skip
    out = list(drafts)
    starts = [s.start for s in sentences]
    for m in matches_from(_JUDGED, text, _JUDGED_STARTS):
        k = bisect_right(starts, m.start()) - 1
        if k < 0:
            continue
        sent = sentences[k]
        if m.end() >= sent.end:
            continue
        holder = next((d for d in out if d.start <= m.start() < d.end), None)
        if holder is not None and holder.end > sent.end:
            continue  # a claim that goes on past the sentence: left as it is
        status = "confirmed" if m.group("yes") else "disputed"
        a, b = m.span("owner")
        owner = m.group("owner")
        frame_only = _FRAME.fullmatch(text, sent.start, m.start()) is not None
        verdict = text[sent.start : m.end()].strip()
        before = next((d for d in reversed(out) if d.start < sent.start), None)
        if before is not None and before is not holder:  # "This confirms" read as its answer
            before.statuses[:] = [s for s in before.statuses if not s[2] or s[2] not in verdict]
        if holder is not None:
            holder.statuses[:] = [s for s in holder.statuses if not s[2] or s[2] not in verdict]
            if holder.start >= sent.start and frame_only:
                out.remove(holder)  # "This confirms ...": the frame says nothing of its own
            else:
                holder.end = sent.start if holder.start < sent.start and frame_only else m.start()
        inner = _Draft(a, sent.end, owner, m.group("noun"), "org", "", k, k, sent.paragraph,
                       [(_STATUS_RANK[status], status, verdict)], subj_start=a,
                       subj_end=b)  # fmt: skip
        inner.side, inner.party = speaker_side(ctx, a, b, owner)
        if inner.side is None:  # "the MoD's claim" after "the Russian Defence Ministry's"
            body = "Defence Ministry" if owner.upper() == "MOD" else owner
            named = (d for d in reversed(out[-_BACK:]) if d.side is not None and d.source)
            same = next((d for d in named if member_of(body, "org", d.source, d.kind)), None)
            if same is not None:
                inner.side, inner.party = same.side, same.party
        out.append(inner)
    out.sort(key=lambda d: d.start)
    return out
