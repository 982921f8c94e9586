"""Claims stage 3b, which claim a piece of evidence confirms: the one whose content it
matches, not merely the latest.

"M23 rebels captured the town of Masisi, the group's spokesman said. The army's spokesman
said soldiers had withdrawn from the town centre ... Satellite images reviewed by Reuters
confirmed that M23 fighters had set up positions at the town's market" confirms the M23's
claim, which the images' content names (M23, the town), not the army's claim just before
it. :func:`finding_target` weighs the claims of other speakers among the last few
(:data:`_REACH` claims, :data:`_SENTENCES` sentences back) by the content words they share
with the finding and returns the one sharing strictly more than the claim just before;
otherwise that claim. What a claim denies is no content it claims: "Governor Yuri Slyusar
claimed that air defenses downed 12 drones and denied that the refinery was damaged.
Geolocated footage confirms a fire at the refinery" confirms the General Staff's claim
that the refinery was struck, and disputes the governor's, whose denial it contradicts
(:func:`_denied_spans`, :func:`_contradicted`). A name or a number (a capitalised word,
"M23", "Masisi") weighs two, another word of four letters or more one, and a nationality
or a word every side's forces share ("Ukrainian", "forces", "troops") nothing: in a war's
copy every claim has them. Only evidence confirming by its own verb ("Satellite images ...
confirmed that", "Geolocated footage confirmed that") is read so: footage that "shows"
something, or is set against what was said ("But footage verified by ... shows"), answers
the claim just before. A few claims, each read once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon as lx
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds

__all__ = ["finding_target"]

#: How many claims back, and how many sentences back, a finding may reach.
_REACH = 4
_SENTENCES = 4
#: A finding: evidence that confirms by its own verb or was checked.
_EVIDENCE = re.compile(
    r"(?:\w+\s+){0,3}?(?:footage|videos?|images|imagery|photos|photographs|pictures)\b",
    re.IGNORECASE,
)
#: A word every ``_EVIDENCE`` match holds, as :func:`geo.text.fold.folded` writes it: a
#: span without one is not searched (most claims' lead-ins).
_EVIDENCE_WORDS = ("footage", "video", "image", "photo", "picture")
_CHECKED = re.compile(r"(?:\w+\s+)?(?:geolocated|geo-located|verified|authenticated)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'-]*|\d[\d,.]*")
#: Words of reporting and of the run of a sentence that match nothing of content.
_PLAIN = frozenset(
    """said says told added adding stated claimed confirmed confirm confirms showed shows
    show reviewed taken published released posted monday tuesday wednesday thursday friday
    saturday sunday that this these those with from into onto over under after before
    their there they them were have been being which while where when what also about
    around near spokesman spokeswoman spokesperson official officials statement earlier
    later still""".split()
)
#: Words every side's forces share: they tell no claim from another.
_FORCES = frozenset(
    """forces troops soldiers fighters units servicemen militants rebels army military
    militias""".split()
)
#: The verb of a confirmation, a few words after the evidence ("Satellite images reviewed
#: by Reuters and taken on Sunday confirmed that"): the cue may be a participle before it.
_CONFIRMED = re.compile(r"\bconfirm(?:ed|s)\b")
_VERB_REACH = 80
#: A denial's verb, and the end of the clause it governs.
_DENIAL = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes)\b")
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:but|while|and|adding|saying)\b")
#: Evidence set against the claim before: "But footage ... shows".
_BUT = re.compile(r"\W*(?:But|However|Yet)\b")


def _content(text: str, start: int, end: int) -> dict[str, int]:
    """The content words of ``text[start:end]``, lower-cased, a final "'s" cut, with their
    weights (see the module docstring)."""
    out: dict[str, int] = {}
    for m in _WORD.finditer(text, start, end):
        raw = m.group().removesuffix("’s").removesuffix("'s")
        w = raw.lower()
        named = raw[0].isupper() or any(c.isdigit() for c in w)
        if (len(w) < 4 and not named) or w in _PLAIN:
            continue
        out[w] = 0 if w in _FORCES or w in lx.DEMONYMS else 2 if named else 1
    return out


def _denied_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` a denial governs: from the verb ("denied that the
    refinery was damaged", "rejected reports that ...") to the clause's end."""
    spans = []
    for m in _DENIAL.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, m.end(), end)
        spans.append((m.start(), stop.start() if stop else end))
    return spans


def _claimed(text: str, start: int, end: int) -> dict[str, int]:
    """The content words ``text[start:end]`` claims: :func:`_content` less the words
    under a denial (:func:`_denied_spans`)."""
    out = _content(text, start, end)
    for a, b in _denied_spans(text, start, end):
        for w in _content(text, a, b):
            out.pop(w, None)
    return out


def _contradicted(ctx: _Context, d: _Draft, found: dict[str, int], denier: _Draft) -> bool:
    """Dispute ``denier`` when the evidence ``d`` confirms what one of its denials names
    (words of ``found``, the confirmed content, under the denial), with the evidence's
    words as the cue; whether it did."""
    text = ctx.text
    for a, b in _denied_spans(text, denier.start, denier.end):
        if _shared(found, _content(text, a, b)) > 0:
            cue = " ".join(text[max(d.start, d.subj_start) : d.end].split()).rstrip(".")
            denier.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
            return True
    return False


def _shared(found: dict[str, int], other: dict[str, int]) -> int:
    return sum(v for w, v in found.items() if w in other)


def finding_target(
    ctx: _Context, d: _Draft, before: _Draft | None, drafts: Sequence[_Draft]
) -> _Draft | None:
    """The claim the evidence ``d`` confirms (see the module docstring): ``before`` (the
    claim just before), or an earlier claim of the last few whose content ``d`` matches
    better; ``before`` when ``d`` is no such evidence. A claim whose denial ``d``
    contradicts is disputed; None when that claim is ``before`` and no claim is confirmed
    (``d`` then answers ``before``)."""
    if before is None or not d.source or d.subj_start < 0:
        return before
    if not (
        _CHECKED.match(d.source)
        or _EVIDENCE.match(d.source)
        # "Satellite images reviewed by Reuters confirm": the outlet speaks for the images
        or (
            folded_holds(ctx.text, d.start, d.subj_start, _EVIDENCE_WORDS)
            and _EVIDENCE.search(ctx.text, d.start, max(d.start, d.subj_start))
        )
    ):
        return before
    verb = _CONFIRMED.search(ctx.text, d.subj_end, min(d.end, d.subj_end + _VERB_REACH))
    if verb is None:
        return before  # "Geolocated footage shows ...": what it shows, of the claim before
    text = ctx.text
    if _BUT.match(text, d.start, d.end):
        return before  # "But footage verified by BBC Verify shows": against the claim before
    found = _content(text, verb.end(), d.end)  # what it confirms
    if not found:
        return before
    best, most = before, _shared(found, _claimed(text, before.start, before.end))
    seen = 0
    for other in reversed(drafts):
        if seen >= _REACH or d.first - other.last > _SENTENCES:
            break
        if other is before or other is d or other.start >= d.start:
            continue
        seen += 1
        if not other.source or other.source == d.source:
            continue
        shared = _shared(found, _claimed(text, other.start, other.end))
        if shared > most:
            best, most = other, shared
    if before.source == d.source:
        return best
    if best is not before:
        _contradicted(ctx, d, found, before)  # "... and denied that the refinery was damaged"
    elif most == 0 and _contradicted(ctx, d, found, before):
        d.responds_to = d.responds_to or before  # what it answers: the denial, disputed
        return None  # and confirms nothing
    return best
