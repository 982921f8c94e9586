"""The side of a claim's speaker, with what the sentences before tell of it.

:func:`draft_side` is :func:`~geo.text.claims.sides.speaker_side` for one attribution,
then, when that finds none: evidence is independent ("satellite images by Planet Labs
show"); the speaker of the claim just before named the other way ("..., the governor
said. Oleh Syniehubov wrote") keeps its side, and so does the body before named again
or one of its members ("the group", "a police spokeswoman",
:mod:`~geo.text.claims.member_sides`); and an office holder of a government named
right after that government's reaction, which made no claim of its own ("Congo's
government denied the town had fallen. Communications Minister Patrick Muyaya told
reporters ..."), speaks for that government (:func:`remember_reactor`). A speaker in
the first person ("according to our military") under a post's or a statement's header
(:func:`~geo.text.claims.bulletin_header.header_at`) is on the side of its author, first;
a body named by "its" after what a country did ("Poland scrambled jets, its operational
command said") is that country's, first (:mod:`~geo.text.claims.owned_bodies`); a head of
government the text sets in a country ("In Cambodia, Hun Manet said") speaks for it, last
(:mod:`~geo.text.claims.placed_leaders`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .allegiance import same_speaker_again
from .answering_bodies import answering_body_side
from .bulletin_header import header_at
from .context import _Attribution, _Context, _Draft
from .member_sides import member_of
from .owned_bodies import owner_side
from .placed_leaders import placed_leader
from .side_bodies import remember_side
from .sides import INDEPENDENT, speaker_side
from .unit_members import unit_member_after

__all__ = ["claimed_by", "draft_side", "remember_denier", "remember_reactor"]

#: A government office named without its country: "Communications Minister", "the
#: government spokesman".
_OFFICE = re.compile(r"\b(?:minister|spokes(?:man|woman|person)|secretary|government)\b", re.I)


#: A speaker in the first person: "our military", "our air defence", "we".
_FIRST_PERSON = re.compile(r"(?:our|we)\b", re.IGNORECASE)


def draft_side(
    ctx: _Context,
    attr: _Attribution,
    where: tuple[int, int],
    prev: _Draft | None,
    idx: int,
    paragraph: int,
) -> tuple[str | None, str | None]:
    """(side, party) of the claim ``text[where]`` of ``attr``'s speaker in sentence
    ``idx`` of ``paragraph``, ``prev`` the claim before (see the module docstring)."""
    if _FIRST_PERSON.match(attr.source or ""):
        header = header_at(ctx, where[0])  # "according to our military" in Saldo's post
        if header is not None and header.side is not None:
            return header.side, header.party
    if (owned := owner_side(ctx, attr, where)) is not None:
        return owned  # "Poland scrambled jets ..., its operational command said": Poland's
    side = speaker_side(
        ctx, attr.subj_start, attr.subj_end, attr.source, descriptor=attr.descriptor, where=where
    )
    if side != (None, None):
        return side
    if attr.evidence:
        return (INDEPENDENT, None)  # "satellite images by Planet Labs show"
    if (
        prev is not None
        and prev.last == idx - 1
        and prev.side is not None
        and same_speaker_again(attr.source, attr.kind, attr.descriptor, prev.source, prev.kind)
    ):
        return (prev.side, prev.party)  # "the governor said. Oleh Syniehubov wrote"
    if prev is not None and _answered_since(ctx, prev, idx):
        prev = None  # "... claimed ... . Ukrainian commanders dispute this. '...,' said a
        # battalion commander": the answering side's man, not the claim's
    if (
        prev is not None
        and prev.side is not None
        and idx - prev.last <= 2
        and member_of(attr.source, attr.kind, prev.source, prev.kind)
    ):
        return (prev.side, prev.party)  # "Amnesty said ... The group said"
    if (
        prev is not None
        and prev.side not in (None, INDEPENDENT)
        and idx - prev.last <= 2
        and unit_member_after(attr.source, prev.source)
    ):
        return (prev.side, prev.party)  # "Ukraine's army said ... A brigade spokesman said"
    reactor = ctx.reactor
    if (
        reactor is not None
        and reactor[:2] == (idx - 1, paragraph)
        and attr.kind == "person"
        and _OFFICE.search(attr.descriptor)
    ):
        return reactor[2]  # "Congo's government denied ... Communications Minister ... told"
    header = header_at(ctx, where[0])
    if (
        header is not None
        and header.side not in (None, INDEPENDENT)
        and _BARE_BODY.fullmatch(attr.source or "")
    ):
        return header.side, header.party  # "According to the Air Force" in a ministry's release
    # "In Cambodia, Hun Manet said"; "The RSF said it took X. The army denied this"
    answering = answering_body_side(ctx, attr, where, prev, idx)
    return placed_leader(ctx, attr, where) or answering or side


#: A state's body named with no country ("the Air Force", "the army"): in a statement or
#: bulletin under an issuer's header, the issuer's state's.
_BARE_BODY = re.compile(
    r"(?:the\s+)?(?:air\s+force|army|navy|general\s+staff|armed\s+forces|military|"
    r"air\s+defen[cs]e(?:\s+forces)?|border\s+guard|national\s+guard|police)",
    re.IGNORECASE,
)


def _answered_since(ctx: _Context, prev: _Draft, idx: int) -> bool:
    """Whether a reaction of another side that made no claim (:func:`remember_reactor`)
    came between claim ``prev`` and sentence ``idx``."""
    r = ctx.reactor
    return r is not None and prev.last < r[0] < idx and r[2][0] != prev.side


def remember_reactor(
    ctx: _Context, attributions: Sequence[_Attribution], idx: int, paragraph: int
) -> None:
    """Keep the side of the speaker of sentence ``idx``, a reaction that made no claim
    ("Congo's government denied the town had fallen."), for an office holder named next."""
    a = attributions[0] if attributions else None
    side = speaker_side(ctx, a.subj_start, a.subj_end, a.source) if a and a.source else None
    ctx.reactor = (idx, paragraph, side) if side and side[0] not in (None, INDEPENDENT) else None


def remember_denier(ctx: _Context, attr: _Attribution) -> None:
    """Keep the side of ``attr``'s speaker, who denies another's claim and so speaks in no
    claim of its own ("Viktor Trehubov, the Ukrainian military's spokesperson, denied
    Russian claims that ...": the claim is Russia's), for the same speaker named again
    ('"This is simply not true," he said': Ukraine's)."""
    if attr.source:
        side = speaker_side(
            ctx, attr.subj_start, attr.subj_end, attr.source, descriptor=attr.descriptor
        )
        remember_side(ctx, attr.source, side)


def claimed_by(ctx: _Context, attr: _Attribution, span: tuple[int, int], source: str) -> None:
    """Make ``attr``, a denial's, the claim of the body it denies (``source``, whose phrase
    is ``text[span]``): "Kyiv denied Moscow's claim that ...", "denied Russian claims
    that ...". The denier's side is kept first (:func:`remember_denier`), and its
    description goes with it."""
    remember_denier(ctx, attr)
    attr.subj_start, attr.subj_end = span
    attr.source, attr.kind, attr.descriptor = source, "org", ""
