"""Claims stage 4d, partial answers: an answer about one of the places a claim lists.

"The Russian MoD claimed that Russian forces seized Yablukove (southeast of
Huliaipole) and Zatyshshia (northeast of Huliaipole). ISW assesses that the Russian
MoD's claim about Zatyshshia is premature." The assessment disputes the capture of
Zatyshshia, not that of Yablukove. :func:`split_partial_answers` cuts such a claim
before the place the answer names ("... seized Yablukove (...)" | "Zatyshshia (...)."):
both parts keep the speaker, the part from the named place takes the answer's status
and is what the answer ``responds_to``.

A confirmation of part of a claim confirms no claim whole (:func:`partly_confirms`):
"Satellite images ... confirmed two of the four strikes" leaves "the navy said it struck
four targets" as it was; an independent speaker's confirmation with a reserve ("ISW
confirmed the Ukrainian advance, but said Russian forces still held positions on the
southern edge") disputes no independent evidence it confirms (:func:`confirms_with_reserve`).

The cut is made when the answer names places (countries aside) that the claim names
too, the claim names another place before the first of them, and that place follows
a list's joint (", ", " and ", ", and "). Linear in the claims and their places.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicon as lx
from ..numbers import parse_number_words
from .context import _Context, _Draft
from .short_advances import short_advance

__all__ = [
    "answers_most_places",
    "confirms_less",
    "confirms_with_reserve",
    "partly_confirms",
    "split_partial_answers",
]


def _keyed_places(ctx: _Context, start: int, end: int) -> list[tuple[object, object]]:
    """(key, toponym) of the places named in ``text[start:end]``, countries aside."""
    out = []
    for t in ctx.literal_places(start, end):
        place = getattr(t, "place", None)
        if place is not None and place.kind == "country":
            continue
        out.append((place.geonameid if place is not None and place.geonameid else t.text, t))
    return out


def answers_most_places(ctx: _Context, answer: _Draft, claim: _Draft) -> bool:
    """Whether ``answer`` names at least half the places (countries aside) that ``claim``
    names: footage of "western Toretsk" is about "advanced near Toretsk and Chasiv Yar",
    not about the article's own list "attacked near Bilohorivka, Verkhnokamianske, Vyimka,
    Fedorivka and Vasiukivka", which it neither cuts (the cut is for a speaker's claim)
    nor confirms as a whole."""
    keys = {key for key, _ in _keyed_places(ctx, claim.start, claim.end)}
    named = keys & {key for key, _ in _keyed_places(ctx, answer.start, answer.end)}
    return 2 * len(named) >= len(keys)


def split_partial_answers(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """The claims with each claim answered about only some of its places cut in two
    (see the module docstring)."""
    text = ctx.text
    out: list[_Draft] = []
    parts: dict[int, _Draft] = {}  # id of an answered claim -> its part the answer is about
    for r in drafts:
        d = r.responds_to
        if d is not None and id(d) in parts:
            r.responds_to = parts[id(d)]
        elif d is not None and d.start < r.start and r.source is not None and d.source is not None:
            part = _split(ctx, text, d, r)
            if part is not None:
                parts[id(d)] = part
                r.responds_to = part
        out.append(r)
    if not parts:
        return drafts
    with_parts: list[_Draft] = []
    for d in out:
        with_parts.append(d)
        if id(d) in parts:
            with_parts.append(parts[id(d)])
    return with_parts


def _split(ctx: _Context, text: str, d: _Draft, r: _Draft) -> _Draft | None:
    """The part of claim ``d`` from the first place answer ``r`` names, cut off ``d``
    and given the answer's status; None when the answer is about the whole claim."""
    places = _keyed_places(ctx, d.start, d.end)
    if not places:
        return None
    keys = {key for key, _ in places}
    if not {key for key, _ in _keyed_places(ctx, r.start, r.end)} <= keys:
        return None  # the answer is (also) about other places
    answer = text[r.start : r.end]
    # The place the answer names again, by the same word, after a list's joint in the
    # claim and after another place of it (a name the gazetteer may lack: "Zatyshshia").
    cut = None
    claim = text[d.start : d.end]
    for word in _names(answer):
        m = re.search(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)({re.escape(word)})\b", claim)
        if m is not None and (cut is None or m.start() < cut[0]):
            cut = (m.start(), m.start(1))
    if cut is None:
        return None
    joint, at = d.start + cut[0], d.start + cut[1]
    if not any(t.end <= joint and d.subj_end <= t.start for _, t in places):
        return None  # no place of the claim before the named one
    moved = [s for s in d.statuses if s[2] and s[2][:40] in answer]
    if not moved:
        return None
    part = _Draft(
        at, d.end, d.source, d.cue, d.kind, d.descriptor, d.last, d.last,
        d.paragraph, moved, subj_start=d.subj_start, subj_end=d.subj_end, side=d.side,
        party=d.party,
    )  # fmt: skip
    d.statuses = [s for s in d.statuses if s not in moved]
    d.end = joint
    return part


#: A capitalised word of an answer, which may name a place of the claim again; not a
#: possessive ("the Russian MoD's claim").
_NAME = re.compile(r"\b[A-Z][\w-]+\b(?![’'])")


def _names(answer: str) -> list[str]:
    """The capitalised words of an answer that may name a place: not its first word, nor
    a nationality ("Russian"), in text order without repeats."""
    words = _NAME.findall(answer, 1)
    return list(dict.fromkeys(w for w in words if w.lower() not in lx.DEMONYMS))


#: A confirmation of part of what was claimed: "confirmed two of the four strikes",
#: "verified only some of the hits".
_PART_CONFIRMED = re.compile(
    r"\b(?:confirm|verif|corroborat)\w*\s+(?:only\s+)?(?:"
    r"(?P<n>[\w,]+)\s+of\s+(?:the|its|their|those|these)\s+(?P<m>[\w,]+)|"
    r"(?:some|part|several|a\s+few)\s+of\b)",
    re.IGNORECASE,
)
#: A confirmation its speaker qualifies: "confirmed the Ukrainian advance, but said
#: Russian forces still held positions on the southern edge".
_CONFIRMED_BUT = re.compile(
    r"\b(?:confirm|verif|corroborat)\w*\b[^.;]{1,80}?,?\s+but\s+(?:said|added|noted)\b",
    re.IGNORECASE,
)


#: A negation just before the verb: "did not confirm", "declined to confirm", "could not
#: verify", "has yet to confirm", "neither confirmed".
_NOT_BEFORE = re.compile(
    r"(?:\b(?:not|never|neither|yet\s+to|unable\s+to|declined\s+to|refused\s+to)|n[’']t)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def partly_confirms(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` confirms only part of a claim: "N of the M <things>"
    with N below M (or M no number), "some of"; not a negated verb ("did not confirm
    two of the ..."). Linear: one search in the span.

    >>> partly_confirms("Satellite images confirmed two of the four strikes.", 0, 51)
    True
    >>> partly_confirms("Satellite images confirmed the strike on the depot.", 0, 51)
    False
    """
    m = _PART_CONFIRMED.search(text, start, end)
    if m is None or _NOT_BEFORE.search(text, max(start, m.start() - 25), m.start()):
        return False
    if m["n"] is None:
        return True
    n, of = _count(m["n"]), _count(m["m"])
    return n is not None and (of is None or n < of)


def confirms_less(text: str, d: _Draft, before: _Draft, captures: Callable[..., bool]) -> bool:
    """Whether the evidence ``d`` confirms less than the claim ``before``: part of its
    count ("confirmed two of the four strikes": :func:`partly_confirms`), or an advance
    into part of a place (:func:`~geo.text.claims.short_advances.short_advance`) when
    the claim tells of its capture (``captures(text, start, end)``); nothing of a claim
    that says there was no advance ("continued offensive operations ... but did not make
    confirmed advances": footage of an advance does not confirm that)."""
    return (
        partly_confirms(text, d.start, d.end)
        or (short_advance(text, d) and captures(text, before.start, before.end))
        or _NO_ADVANCE.search(text, before.start, before.end) is not None
    )


#: A claim that forces did not advance: "did not make confirmed advances", "did not
#: advance", "made no confirmed gains".
_NO_ADVANCE = re.compile(
    r"\b(?:did\s+not|didn['’]t|have\s+not|has\s+not)\s+(?:make\s+(?:any\s+)?(?:confirmed\s+)?"
    r"(?:advances|gains)|advance)\b|\bmade\s+no\s+(?:confirmed\s+)?(?:advances|gains)\b",
    re.IGNORECASE,
)


def confirms_with_reserve(text: str, d: _Draft, before: _Draft) -> bool:
    """Whether the independent ``d`` confirms the independent ``before`` with a reserve
    ("Geolocated footage confirmed that Ukrainian soldiers had raised a flag over the
    school. ISW confirmed the Ukrainian advance, but said Russian forces still held
    positions on the southern edge"): its "still held" disputes nothing. A party's
    answer keeps disputing ("The army confirmed the attack, but said no soldiers had been
    killed"), and so does a negated verb ("did not confirm the loss, but said ...")."""
    if not d.side == before.side == "independent":
        return False
    m = _CONFIRMED_BUT.search(text, d.start, d.end)
    return m is not None and not _NOT_BEFORE.search(text, max(d.start, m.start() - 25), m.start())


def _count(word: str) -> int | float | None:
    """The number a word states ("four", "12", "1,200"), else None."""
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else parse_number_words(word.lower())
