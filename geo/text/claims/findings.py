"""Claims stage 2d, findings: what an outlet's own analysis finds is the outlet's claim.

"Our analysis of the footage shows it was filmed near Oleshky" is the article's own
reporting (``source`` None), not a claim of "the footage"; "A Reuters analysis of
satellite images showed ...", "The BBC's analysis of the clip found ..." are Reuters' and
the BBC's; and "Another clip, said to show a strike in Bryansk, was in fact filmed in
Kursk in 2024" is the outlet's own finding about a clip (a debunk states no speaker but
is a claim, however old the footage). :func:`finding_owner` reads such a subject at the
start of a sentence: "<owner> analysis|review|investigation|examination|assessment of
..." and a verb of finding ("found", "shows", "concluded", "established", ...), or "We
found", "We established", or a fact-checking desk's: "AFP Fact Check found", "BBC
Verify found" (a search or a check is an analysis too: "Our reverse image search found";
"The footage actually dates from 2023" a debunk; "Flight-tracking data reviewed by our
team show" the outlet's own); :func:`own_findings` rewrites the
sentence's attributions so,
and :func:`own_finding` gives a sentence with no cue word its owner (``extract`` makes
it a claim). Linear: one anchored match per sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .context import _Attribution, _Context, _Draft
from .gates import holds
from .sides import remember_side, speaker_side
from .tokens import _Tok

__all__ = ["Finding", "finding_voice", "own_finding", "own_findings"]


class Finding(NamedTuple):
    """Who found it (None: the outlet writing), the owner's offsets and the verb."""

    source: str | None
    start: int
    end: int
    cue: str
    verb_start: int


_NOUN = (
    r"(?:analysis|analyses|review|investigation|examination|assessment|reconstruction|"
    r"search|check|verification|geolocation)"
)
_FIND = (
    r"(?P<verb>found|finds|find|shows?|showed|concluded|concludes|established|establishes|"
    r"determined|indicates|indicated|suggests|suggested|revealed|reveals)"
)
#: What every ``_FIND`` verb holds: sentences without one are no finding's.
_FIND_GATE = ("find", "found", "show", "conclude", "establish", "determine", "indicate",
              "suggest", "reveal")  # fmt: skip
#: "Our analysis of the footage shows", "A Reuters analysis of satellite images showed",
#: "The BBC's analysis of the clip found", "Our analysis shows", "We found".
_FINDING = re.compile(
    rf"\s*(?:(?:(?P<our>Our|My)|(?:[Aa]n?|[Tt]he)\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*?)"
    rf"(?:[’']s)?|(?P<poss>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*?)[’']s)\s+(?:own\s+)?"
    rf"(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?{_NOUN}(?:\s+of\s+[^,;:.]{{1,100}}?)?|(?P<we>We)|"
    rf"(?P<desk>(?:[A-Z][\w.&-]*\s+){{0,3}}(?:Fact[\s-]Check(?:er|ers|ing)?|Factcheck|Verify))|"
    # evidence the outlet itself examined: "Flight-tracking data reviewed by our team"
    rf"(?:[\w-]+\s+){{0,3}}?(?:data|images|imagery|footage|records|documents|logs)\s+"
    rf"(?:reviewed|analy[sz]ed|examined|checked|seen)\s+by\s+(?:our\s+(?:team|reporters|"
    rf"journalists|desk|staff)|us|this\s+(?:newspaper|outlet|agency)))"
    rf"\s+(?:also\s+)?{_FIND}\b"
)
#: A clip found to have been filmed elsewhere or earlier: "was in fact filmed in Kursk",
#: "actually dates from 2023".
_DEBUNK = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:in\s+fact|actually|really)\s+(?P<verb>filmed|shot|"
    r"recorded|taken|posted)|(?:in\s+fact|actually|really)\s+(?P<verb2>dates?)\s+(?:back\s+)?"
    r"(?:from|to))\b"
)

#: Words one of which every ``_DEBUNK`` match holds.
_DEBUNK_GATE = ("fact", "actually", "really")


def finding_owner(text: str, start: int, end: int) -> Finding | None:
    """The finding that opens the sentence ``text[start:end]`` (see the module docstring).

    >>> t = "A Reuters analysis of satellite images showed the bridge was destroyed."
    >>> finding_owner(t, 0, len(t)).source
    'Reuters'
    >>> t = "Our analysis of the clip found it was filmed in 2024."
    >>> f = finding_owner(t, 0, len(t)); (f.source, f.cue)
    (None, 'found')
    """
    m = _FINDING.match(text, start, end) if holds(text, start, end, _FIND_GATE) else None
    if m is not None:
        group = next((g for g in ("name", "poss", "desk") if m.group(g)), None)
        s, e = m.span(group) if group else (m.start(), m.start())
        return Finding(text[s:e] if group else None, s, e, m.group("verb").lower(), m.start("verb"))
    m = _DEBUNK.search(text, start, end) if holds(text, start, end, _DEBUNK_GATE) else None
    if m is not None:
        verb = "verb" if m.group("verb") else "verb2"
        return Finding(None, start, start, m.group(verb).lower(), m.start(verb))
    return None


def own_finding(text: str, start: int, end: int) -> Finding | None:
    """The finding of a sentence with no attribution (its owner, None for the outlet's
    own), or None."""
    return finding_owner(text, start, end)


def finding_voice(ctx: _Context, d: _Draft, found: Finding) -> None:
    """Give the claim ``d`` of a sentence with no attribution its finding's owner, cue and
    side; an owner None (the outlet writing) leaves it the article's own, cue None."""
    if found.source is None:
        return
    d.source, d.cue, d.kind, d.subj_start, d.subj_end = (
        found.source, found.cue, "org", found.start, found.end
    )  # fmt: skip
    d.side, d.party = speaker_side(ctx, found.start, found.end, found.source)
    remember_side(ctx, found.source, (d.side, d.party))


def own_findings(text: str, toks: list[_Tok], out: list[_Attribution]) -> list[_Attribution]:
    """``out`` with the attribution of a finding's verb given to the finding's owner (see
    the module docstring); a finding of the outlet's own ("Our analysis ... shows") has
    no attribution: the sentence is the article's own reporting."""
    if not toks or not out:
        return out
    found = finding_owner(text, toks[0].start, toks[-1].end)
    if found is None:
        return out
    kept = []
    for a in out:
        if toks[a.verb].start == found.verb_start:
            if found.source is None:
                continue  # the outlet's own: the sentence is its reporting (``own_finding``)
            a.source, a.subj_start, a.subj_end = found.source, found.start, found.end
            a.kind, a.descriptor, a.evidence = "org", "", False
        kept.append(a)
    return kept
