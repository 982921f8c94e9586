"""Claims stage 2d, a report's owner: "X documented ..., according to a report" is X's.

A monitor's or rights group's findings are often told with the group as the subject of
an evidence verb and the document named after: "Human Rights Watch documented at least
14 attacks on civilian vehicles, according to a report published on Monday". The
attribution "according to a report" names no one; the report is the subject's, who is
the speaker. :func:`report_owners` gives such an attribution, whose speaker is a bare
document ("a report", "the study", "a new statement", with what follows it), the name
that opens the sentence when a verb of finding follows it ("documented", "recorded",
"verified", "counted", "found", "identified", "registered"), after a wire dateline if
any. Reads the sentence's opening once.
"""

from __future__ import annotations

import re

from .context import _Attribution
from .segmentation import body_start
from .tokens import _Tok

__all__ = ["report_owners"]

#: A document with no owner named: "a report published on Monday", "the new study".
_BARE_DOCUMENT = re.compile(
    r"(?i:an?|the|its|their)\s+(?:(?:new|latest|recent|annual|monthly|weekly|separate|"
    r"joint|written)\s+)*(?i:report|study|statement|survey|review|briefing|update|"
    r"assessment|investigation)(?:\s+(?:published|released|issued|made\s+public|out)\b"
    r"(?:(?!\b(?:by|from|of)\b)[^,;])*)?"
)
#: The name opening the sentence and a verb of finding after it.
_OWNER = re.compile(
    r"(?P<name>(?:The\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|on|in)\s+(?:the\s+)?)?){0,6}"
    r"[A-Z][\w’'&.-]*)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:documented|recorded|verified|"
    r"counted|found|identified|registered|tallied|logged)\b"
)


def report_owners(text: str, toks: list[_Tok], out: list[_Attribution]) -> list[_Attribution]:
    """``out`` with a bare document's attribution given to the sentence's opening name
    (see the module docstring); changed in place and returned."""
    if not toks or not out:
        return out
    for a in out:
        if a.source is None or a.subj_start < 0 or not _BARE_DOCUMENT.fullmatch(a.source):
            continue
        m = _OWNER.match(text, body_start(text, toks[0].start, a.subj_start), a.subj_start)
        if m is None or m.group("name") in ("The", "We", "It", "They"):
            continue
        s, e = m.span("name")
        a.source, a.subj_start, a.subj_end = text[s:e], s, e
        a.kind, a.descriptor, a.evidence = "org", "", False
    return out
