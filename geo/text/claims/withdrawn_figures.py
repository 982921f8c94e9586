"""Claims stage 5b', a figure its own speaker withdrew, told in an apposition, is disputed.

"The Office of Disaster Preparedness said at least 19 people had died, a figure it later
withdrew, saying only eight deaths had been confirmed": the office's 19 is in doubt by
its own word, as a claim "walked back" is (:mod:`.retractions`), whatever the rest of the
sentence confirms. The claim holding the apposition ("a figure it later withdrew", "a
number since retracted", "a toll the agency later revised") is disputed; when the
apposition goes on with what the speaker said instead (", saying only eight deaths had
been confirmed"), that is the speaker's second claim, cut off the first with its own
status (the cues found in it), so the withdrawn count and the standing one are told apart.
A correction told after the standing claim, "said 17 soldiers were killed, correcting its
earlier statement, which had put the toll at 10", is cut off the claim the other way: the
corrected statement (from "correcting") is the speaker's claim, disputed, and the figure
before the comma stands (`_corrections`).
A figure revised upward to a new one ("said three civilians were killed, a figure later
revised to five as rescuers cleared the rubble") is a toll going on, not one in doubt: the
claim stands (:func:`_raised`).

:func:`withdrawn_figures` reads the text once, each claim's span at most once.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..numbers import find_quantities, parse_number_words
from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["withdrawn_figures"]

_FIGURE = r"(?:figure|number|toll|death\s+toll|count|tally|estimate|total|casualty\s+figure)"
_WHEN = r"(?:(?:later|subsequently|since|quickly|swiftly|then|hastily)\s+)?"
_VERB = (
    r"(?:withdr[ea]w|retracted|walked\s+back|rowed\s+back\s+on|corrected|"
    r"revised(?:\s+down(?:wards?)?)?)"
)
#: ", a figure it later withdrew", ", a number the ministry since retracted", ", a toll that
#: was later withdrawn".
_APPOSITION = re.compile(
    rf",\s+(?:a|the|an\s+earlier)\s+{_FIGURE}\s+(?:that\s+|which\s+)?"
    rf"(?:(?:it|they|he|she|officials|the\s+\w+(?:\s+\w+)?)\s+{_WHEN}{_VERB}"
    rf"|(?:(?:was|has\s+been|had\s+been)\s+)?{_WHEN}(?:withdrawn|retracted|walked\s+back|"
    rf"corrected|revised))\b",
    re.IGNORECASE,
)
#: A correction told after the claim that makes it: ", correcting its earlier statement,
#: which had put the toll at 10", ", revising an earlier figure that said 12 had died".
_CORRECTING = re.compile(
    r",\s+(?:(?:later|subsequently)\s+)?(?:correcting|revising|amending|updating)\s+"
    r"(?:its|his|her|their|an|the)\s+(?:own\s+)?(?:earlier|previous|initial|first|original)\s+"
    r"(?:statements?|figures?|tolls?|death\s+toll|reports?|counts?|tally|estimates?|announcement)\b",
    re.IGNORECASE,
)
#: What the speaker said instead, after the apposition: ", saying only eight ...".
_INSTEAD = re.compile(
    r"\s*(?:,|;|\s+and)\s+(?:saying|stating|adding|and\s+said)\s+(?:that\s+)?(?=\S)", re.IGNORECASE
)


def withdrawn_figures(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the claims whose figure their speaker withdrew disputed, what the
    speaker said instead a claim of its own (see the module docstring)."""
    text = ctx.text
    drafts = _corrections(text, drafts)
    if _APPOSITION.search(text) is None:
        return drafts
    starts = [d.start for d in drafts]
    out = list(drafts)
    added = 0
    for m in _APPOSITION.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or not drafts[i].start <= m.start() < drafts[i].end:
            continue
        d = drafts[i]
        if _raised(text, d.start, m.start(), m.end()):
            continue  # "a figure later revised to five": the toll goes on
        d.statuses.append((_STATUS_RANK["disputed"], "disputed", m.group(0).lstrip(", ")))
        rest = _INSTEAD.match(text, m.end())
        if rest is None or rest.end() >= d.end:
            continue
        tail = text[rest.end() : d.end].lower()
        kept = [s for s in d.statuses[:-1] if s[2] and s[2].lower() in tail]
        new = _Draft(rest.end(), d.end, d.source, d.cue, d.kind, d.descriptor, d.last, d.last,
                     d.paragraph, kept, d.subj_start, d.subj_end, d.side, d.party)  # fmt: skip
        d.statuses = [s for s in d.statuses if s not in kept]
        d.end = m.start()
        added += 1
        out.insert(i + added, new)
    return out


def _corrections(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with what a speaker corrected in the sentence of its claim, ", correcting
    its earlier statement, which had put the toll at 10", cut off the claim as the
    speaker's own claim, disputed (the claim before the comma keeps its statuses)."""
    if "orrect" not in text and "revis" not in text and "amend" not in text and "updat" not in text:
        return drafts
    starts = [d.start for d in drafts]
    out = list(drafts)
    added = 0
    for m in _CORRECTING.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or not drafts[i].start < m.start() < drafts[i].end or drafts[i].source is None:
            continue
        d = drafts[i]
        a = m.start() + 1 + len(m.group(0)[1:]) - len(m.group(0)[1:].lstrip())
        old = _Draft(a, d.end, d.source, d.cue, d.kind, d.descriptor, d.last, d.last,
                     d.paragraph, [(_STATUS_RANK["disputed"], "disputed", m.group(0)[1:].strip())],
                     d.subj_start, d.subj_end, d.side, d.party)  # fmt: skip
        d.end = m.start()
        added += 1
        out.insert(i + added, old)
    return out


#: The new figure after a revision: " to five", " up to 1,200", " upward to 12".
_NEW_FIGURE = re.compile(r"\s+(?:up(?:wards?)?\s+)?to\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")


def _raised(text: str, start: int, at: int, end: int) -> bool:
    """Whether the revision ending at ``end`` names a new figure higher than every one the
    claim states before it (``text[start:at]``)."""
    m = _NEW_FIGURE.match(text, end)
    if m is None or "down" in text[at:end].lower():
        return False
    n = m.group("n").replace(",", "")
    new = float(n) if n.isdigit() else parse_number_words(n)
    old = [q.value for q in find_quantities(text, start, at)]
    return new is not None and bool(old) and new > max(old)
