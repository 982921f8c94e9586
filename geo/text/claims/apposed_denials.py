"""Claims stage 5, a denial set in apposition to a claim, with the denier's own words after it.

"Russia's Defence Ministry said its troops had captured the village of Zelenyi Hai, a claim
Ukraine's military rejected, saying the assault had been beaten back": the capture is the
ministry's, disputed by the apposition (:mod:`.reactions` makes it so); what follows
", saying" (", adding", ", insisting", ", calling it") is what the denier says, a claim of
the denier (a body or a person named in the apposition) with the denier's side, cut off
the ministry's claim and answering it. A caveat of the reporter's checking on the claim
("Reuters could not independently verify either side's account") covers the denier's
words too.

:func:`apposed_denials` reads each claim's span once.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .sides import speaker_side
from .speakers import _canonical

__all__ = ["apposed_denials"]

#: ", a claim Ukraine's military rejected, saying ...", ", an account the RSF has denied,
#: adding ...".
_APPOSED = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:claim|assertion|account|report|statement|version)\s+"
    r"(?:that\s+)?(?P<denier>[A-Z][^,;:.]{1,60}?)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:flatly|quickly|swiftly|also|since)\s+)?(?:denied|rejected|dismissed|disputed|refuted)"
    r",\s+(?P<frame>(?:saying|adding|insisting|calling|describing)\b)"
)
#: A caveat of the reporter's checking, not a party's silence.
_CHECKED = re.compile(r"verif|confirm|corroborat|independent", re.IGNORECASE)


def apposed_denials(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the denier's words after an apposed denial cut off as the denier's
    claim (see the module docstring)."""
    text = ctx.text
    out: list[_Draft] = []
    for d in drafts:
        out.append(d)
        if d.source is None or text.find(", a", d.start, d.end) < 0:
            continue  # what every match holds
        m = _APPOSED.search(text, max(d.start, d.subj_end), d.end)
        if m is None:
            continue
        a, b = m.span("denier")
        source, kind, descriptor = _canonical(ctx, text[a:b], a)
        if source is None or source == d.source:
            continue
        side, party = speaker_side(ctx, a, b, source, descriptor=descriptor)
        checked = [s for s in d.statuses if s[1] == "unverified" and _CHECKED.search(s[2])]
        own = _Draft(
            m.start("frame"), d.end, source, m.group("frame"), kind, descriptor, d.last, d.last,
            d.paragraph, checked, subj_start=a, subj_end=b, side=side, party=party,
            responds_to=d,
        )  # fmt: skip
        d.end = m.start("frame") - 2 if text[m.start("frame") - 2] == "," else m.start("frame")
        out.append(own)
    return out
