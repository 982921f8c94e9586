"""Claims stage 2d, relays: a medium that passes a party's words on is not their speaker.

"According to Saba, Houthi military spokesman Yahya Saree said the group had launched a
missile" and "Al-Masirah TV reported that the Houthis said they had shot down a drone":
the claims are the spokesman's and the Houthis', the news agency and the channel only
carry them. :func:`drop_relays` removes such a medium's attribution when the speaker it
relays follows it at once ("According to X, Y said", "X reported that Y said"); a
medium that reports in its own voice ("Saba reported that U.S. aircraft struck the
port") keeps its claim. Reads the words between two attributions only.
"""

from __future__ import annotations

import re

from ..agents import OUTLET_APPOSITION
from .context import _Attribution
from .findings import own_findings
from .frame_speakers import framed_as_main
from .hedged_subjects import unhedged
from .posters import posted_claims
from .relative_cues import outside_relatives, subject_relatives, unconfirmed_relatives
from .report_owners import report_owners
from .reported_accusations import reported_accusers
from .tokens import _Tok

__all__ = ["drop_relays"]


#: A medium's words in a speaker's phrase: "the Saba news agency", "Al-Masirah TV",
#: "state television", "the rebels' broadcaster".
_MEDIUM = re.compile(
    r"(?i:\b(?:news|press)\s+agency|\bstate\s+media|\bmedia\s+outlet|\btelevision|"
    r"\bchannel|\bbroadcaster|\bradio|\bnewspaper|\boutlet|\bwebsite)\b|"
    r"\b(?:TV|Saba|SUNA|WAFA|IRNA|SANA|Al[- ]Masirah|Al[- ]Manar|TASS|RIA|Interfax|Ukrinform)\b"
)
#: Nothing but a comma or "that" between the medium and the speaker it relays, after the
#: medium's apposition if any ("According to Saba, the Houthi-run news agency, ...").
_BETWEEN = re.compile(r"(?:" + OUTLET_APPOSITION + r")?[\s,]*(?:that\s+)?")


def drop_relays(text: str, toks: list[_Tok], out: list[_Attribution]) -> list[_Attribution]:
    """``out`` (in text order) without the attributions of media that relay the speaker
    right after them (see the module docstring)."""
    drop: set[int] = set()
    for n in range(len(out) - 1):
        medium, speaker = out[n], out[n + 1]
        if medium.source is None or not _MEDIUM.search(medium.source):
            continue
        if speaker.source is None or speaker.kind == "none" or speaker.frame:
            continue
        if speaker.subj_start < 0 or _MEDIUM.search(speaker.source):
            continue
        end = max(medium.subj_end, toks[medium.verb].end)
        if end <= speaker.subj_start and _BETWEEN.fullmatch(text, end, speaker.subj_start):
            drop.add(n)
    kept = subject_relatives(text, toks, [a for n, a in enumerate(out) if n not in drop])
    kept = unconfirmed_relatives(text, toks, kept)
    kept = outside_relatives(text, kept)
    kept = reported_accusers(kept, _MEDIUM)
    out = own_findings(text, toks, posted_claims(text, toks, kept))
    return framed_as_main(unhedged(text, report_owners(text, toks, out)))
