"""Claims stage 4d, a military bulletin's lines: whose words they are without a cue.

A military body's summary names its speaker once and then reports axis by axis,
each paragraph a line of the bulletin with no cue of its own:

- a general staff's summary: "..., according to the General Staff of the Armed
  Forces of Ukraine." then "Kupiansk direction: eight attacks were repelled near
  Kindrashivka." and "Pokrovsk direction: ... According to preliminary estimates, 40
  occupiers were killed in this direction." (a sector label opens the paragraph, or
  "In the Lyman direction, ..." opens the sentence);
- a defence ministry's: "Units of the Yug group of forces liberated Seversk." and
  "The Vostok group of forces continued its advance in the Zaporozhye region" (a
  state's group of forces, :data:`~geo.text.claims.parties._PARTIES`, is the subject).

:func:`bulletin_line` tells such a sentence (a claim even with no number: a line of
the bulletin that names a place or counts something, or a group of forces acting:
"Units of the Dnepr group of forces struck Ukrainian boats"), :func:`bulletin_voice` gives
it the bulletin's speaker: the last claim with a speaker, a few claims back at most
with only unattributed ones between, when that speaker is a body that issues bulletins
(no fighting unit: "A Ukrainian brigade operating in the Pokrovsk direction stated ..."
lends no voice to "Kupiansk direction: ...", nor a person in a role: "A Ukrainian military
observer reported ...", "a milblogger", "the group's spokesperson") with a country's side
or none known
("The General Staff said", not an analyst's institute, which is independent; for a
group of forces, the group's own country: a Russian ministry's words go on in "Units
of the Yug group ...", not a Ukrainian one's). With no such speaker, a group of forces
still tells the side: "Units of the Yug group of forces liberated Seversk." is Russia's
claim (source unknown), never the article's own.
:func:`counted_lead` joins a bulletin's opening count to the claim its speaker closes
("Over the past day, 163 combat engagements took place. The enemy launched ...,
according to the General Staff": one claim).
Linear: each sentence reads its first words and a bounded number of claims back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .bulletin import FIGHTING_UNIT as _UNIT
from .bulletin_header import header_line
from .context import _Context, _Draft
from .gates import holds
from .linking import _MILITARY_ACTION, _described
from .our_voice import our_forces
from .parties import _PARTIES
from .segmentation import Sentence
from .sides import country_label

__all__ = [
    "bulletin_line",
    "bulletin_voice",
    "cited_in_section",
    "counted_lead",
    "forces_subject",
    "sourced_line",
]


#: A sector label opening a paragraph: "Kupiansk direction:", "Huliaipole axis —",
#: "Kramatorsk and Toretsk directions:"; a region's: "Kherson Oblast:", "Sumy Region —".
_SECTOR_LABEL = re.compile(
    r"(?:[A-Z][\w’'-]+\s+){1,3}?(?:(?:and|&)\s+(?:[A-Z][\w’'-]+\s+){1,2})?"
    r"(?:direction|axis|sector|front|[Oo]blast|[Rr]egion|[Pp]rovince)s?\s*[:—–]\s"
)
#: A sector opening a sentence: "In the Lyman direction,", "On the Kupiansk axis,".
_SECTOR_OPENING = re.compile(
    r"(?:In|On)\s+the\s+(?:[A-Z][\w’'-]+(?:,\s+|\s+and\s+|\s+)){1,6}"
    r"(?:directions?|ax[ie]s|sectors?)\s*,"
)
#: A phrase fronted before the subject: "Over the past 24 hours,", "On Friday,".
_FRONTED = r"(?:(?:[A-Z][^,.;:!?\n]{0,60}),\s+)?"
#: A group of forces as the sentence's subject: "Units of the Yug group of forces",
#: "The Vostok group of forces", "Battlegroup Center units".
_FORCES = re.compile(
    _FRONTED
    + r"(?P<phrase>(?:(?:[Uu]nits|[Ff]ormations|[Tt]roops|[Ff]orces|[Ee]lements|[Ss]oldiers|"
    r"[Ss]ervicemen)\s+of\s+)?(?:[Tt]he\s+)?(?:(?:[A-Z][\w’'-]*\s+){1,2}(?:[Gg]roup(?:ing)?"
    r"\s+of\s+(?:[Ff]orces|[Tt]roops)|[Gg]roup(?:ing)?|[Bb]attle\s?group)|Battle\s?group\s+"
    r"[A-Z]\w+(?:\s+(?:units|troops|forces))?))\b"
)
#: The named groups of forces of ``_PARTIES`` (those with a country's side).
_GROUPS = tuple((rx, side, party) for rx, side, party in _PARTIES if side and "group" in rx.pattern)
#: Cues that source one statement ("according to the channels of the AFU").
_SOURCING = frozenset(("according to", "per"))
#: A person's role heading a speaker's phrase: "a Ukrainian military observer", "a Russian
#: milblogger", "the spokesperson of the Khortytsia group" issue no bulletin with sector
#: lines.
_PERSON_HEAD = re.compile(
    r"\b(?:observers?|analysts?|(?:mil)?bloggers?|correspondents?|journalists?|reporters?|"
    r"sources?|experts?|residents?|witness(?:es)?|commentators?|officials?|soldiers?|"
    r"volunteers?|spokes(?:man|woman|person|people))(?:\s*$|\s+(?:of|for|with|at)\s)",
    re.IGNORECASE,
)
#: How many claims back the bulletin's speaker may be (unattributed lines between).
_REACH = 24
#: How many sentences back a paragraph's sector label may be.
_LABEL_REACH = 4


def forces_subject(ctx: _Context, sent: Sentence) -> tuple[str, str | None] | None:
    """(side, party) of the state's group of forces the sentence has as its subject
    ("Units of the Yug group of forces liberated ..."), or None.

    Examples
    --------
    >>> from geo.text.claims.context import _Context
    >>> text = "Units of the Yug group of forces liberated Seversk."
    >>> forces_subject(_Context(text, []), Sentence(0, len(text), 0))
    ('RU', None)
    """
    if not holds(ctx.text, sent.start, sent.end, ("roup",)):
        return None  # "group", "grouping" or "battlegroup" is in every match, as written
    m = _FORCES.match(ctx.text, sent.start, sent.end)
    if m is None:
        return None
    phrase = m.group("phrase")
    for rx, side, _ in _GROUPS:
        if rx.search(phrase):
            return side, country_label(ctx, side)
    return None


def _sector_paragraph(text: str, sentences: Sequence[Sentence], idx: int) -> bool:
    """Whether sentence ``idx`` or its paragraph opens with a sector ("Kupiansk direction:",
    "On the Kramatorsk axis,"): "According to updated information, the enemy lost 48
    soldiers there" goes on with the paragraph's sector."""
    sent = sentences[idx]
    if _SECTOR_OPENING.match(text, sent.start, sent.end):
        return True
    k = idx
    while k > 0 and idx - k < _LABEL_REACH and sentences[k - 1].paragraph == sent.paragraph:
        k -= 1
    first = sentences[k]
    if first.paragraph != sent.paragraph:
        return False
    return bool(
        _SECTOR_LABEL.match(text, first.start, first.end)
        or _SECTOR_OPENING.match(text, first.start, first.end)
    )


def bulletin_line(
    ctx: _Context, sentences: Sequence[Sentence], idx: int, counted: bool
) -> tuple[str, str | None] | tuple[None, None] | None:
    """Whether sentence ``idx`` (no cue of its own) is a bulletin's line: (side, party)
    of the group of forces it has as subject, (None, None) for a line under a sector
    label, None for no bulletin line. A line under a sector label is a claim when it
    names a place or ``counted`` (a count with a unit: "40 occupiers were killed"); one
    about a group of forces also when they act ("struck Ukrainian boats")."""
    sent = sentences[idx]
    if sent.line:
        return None
    places = bool(ctx.literal_places(sent.start, sent.end))
    forces = forces_subject(ctx, sent)
    if forces is not None:
        acts = _MILITARY_ACTION.search(ctx.text, sent.start, sent.end) is not None
        return forces if places or counted or acts else None
    if (places or counted) and _sector_paragraph(ctx.text, sentences, idx):
        return None, None
    return None


def bulletin_voice(
    d: _Draft,
    drafts: Sequence[_Draft],
    forces: tuple[str | None, str | None],
    sentences: Sequence[Sentence] = (),
    text: str = "",
) -> None:
    """Give the bulletin line ``d`` the speaker of the bulletin (see the module
    docstring), else the side of its group of forces ``forces`` ((None, None): none).
    A speaker cited inside an earlier labelled section ("Pokrovsk direction: The Russian
    MoD claimed ...") lends no voice past it (:func:`cited_in_section`)."""
    speaker = None
    for back in range(1, min(_REACH, len(drafts)) + 1):
        before = drafts[-back]
        if before.source is not None:
            speaker = before
            break
    side, party = forces
    if (
        speaker is not None
        and not sourced_line(drafts, speaker)
        and speaker.kind == "org"
        and _UNIT.search(speaker.source or "") is None  # a brigade issues no bulletin
        and not _person_apart(d, speaker, sentences, text)  # nor "a military observer"
        and (speaker.side is None or len(speaker.side) == 2)  # a country's, or not known
        and side in (None, speaker.side)
        and 0 <= d.paragraph - speaker.paragraph <= _REACH
        and not cited_in_section(text, sentences, speaker, d)
    ):
        d.source, d.cue, d.kind, d.descriptor = (
            speaker.source,
            speaker.cue,
            speaker.kind,
            speaker.descriptor,
        )
        d.side, d.party = speaker.side, speaker.party
    elif side is not None:
        d.side, d.party = side, party


def _person_apart(d: _Draft, speaker: _Draft, sentences: Sequence[Sentence], text: str) -> bool:
    """Whether ``speaker`` is a person in a role ("A Ukrainian military observer", "a
    milblogger") whose account ``d`` does not go on: ``d`` is in a later paragraph, or the
    speaker is cited inside a sector's paragraph ("Pokrovsk direction: ... A Russian
    milblogger claimed ..."). In the speaker's own paragraph with no sector label ("Bloggers
    also wrote ... In the Artemovsk direction, the front line did not move, one of them
    said.") the account goes on."""
    if _PERSON_HEAD.search(speaker.source or "") is None:
        return False
    if d.paragraph != speaker.paragraph or not sentences:
        return True
    return _sector_paragraph(text, sentences, speaker.first)


def cited_in_section(text: str, sentences: Sequence[Sentence], speaker: _Draft, d: _Draft) -> bool:
    """Whether ``speaker`` is cited inside a section of an assessment of its own, the
    paragraph under a sector label ("Pokrovsk direction: The Russian Ministry of Defense
    claimed that Russian forces seized Udachne."), and ``d`` is in a later paragraph:
    the analyst's sections are the analyst's own reporting, and "Huliaipole direction:
    Russian forces attacked near Huliaipole." is not the ministry's. A bulletin names
    its speaker in a lead before its sections ("..., according to the General Staff."),
    and its lines carried from it (no subject of their own) carry it on."""
    if not sentences or d.paragraph == speaker.paragraph or speaker.subj_start < 0:
        return False
    k = speaker.first
    while (
        k > 0
        and speaker.first - k < _LABEL_REACH
        and sentences[k - 1].paragraph == speaker.paragraph
    ):
        k -= 1
    first = sentences[k]
    return first.paragraph == speaker.paragraph and bool(
        _SECTOR_LABEL.match(text, first.start, first.end)
    )


def sourced_line(drafts: Sequence[_Draft], speaker: _Draft) -> bool:
    """Whether ``speaker``, a recent claim "according to" someone, only sources its own
    line of a bulletin in another voice: a line of the same paragraph before it has no
    speaker ("On the Krasnoarmeysk direction, our troops are clearing ... In Dimitrov,
    according to the channels of the AFU, supply is possible only by drones."), so the
    lines after it go on in the bulletin's own voice, not the source's."""
    if speaker.cue not in _SOURCING:
        return False
    k = next((k for k in range(len(drafts) - 1, max(-1, len(drafts) - _REACH - 1), -1)
              if drafts[k] is speaker), None)  # fmt: skip
    if k is None:
        return False
    for before in reversed(drafts[max(0, k - _REACH) : k]):
        if before.paragraph != speaker.paragraph:
            return False
        if before.source is None:
            return True
    return False


def counted_lead(
    ctx: _Context,
    sentences: Sequence[Sentence],
    idx: int,
    d: _Draft,
    drafts: list[_Draft],
    quantities: Sequence[Any],
) -> None:
    """Start the claim ``d`` of sentence ``idx``, whose speaker closes it ("..., according
    to the General Staff."), at the sentence before when that one only counts: "Over the
    past day, 163 combat engagements took place. The enemy launched 3 missile strikes
    ..., according to the General Staff" is one claim, the General Staff's. The sentence
    before must be in the same paragraph, be no claim and no heading, count something
    with a unit and name no place (a count at a place is an event of its own), or tell
    of the speaker's forces in the first person ("Our drone operators hit ...",
    :mod:`.our_voice`)."""
    if idx == 0 or d.start != sentences[idx].start or d.kind not in ("org", "group"):
        return
    before = sentences[idx - 1]
    if before.paragraph != sentences[idx].paragraph or before.line:
        return
    # a line in the title's voice only (:mod:`.bulletin_header`) this speaker takes up
    titled = bool(drafts) and header_line(ctx, drafts[-1], idx - 1)
    if drafts and drafts[-1].last >= idx - 1 and not titled:
        return  # the sentence before is a claim already
    s, e = before.start, before.end
    ours = our_forces(ctx.text, s, e)  # "Our drone operators hit ... . 3 occupiers killed"
    if not ours and not any(quantities[i].unit for i in ctx.quantities.inside(s, e)):
        return
    if not ours and (ctx.literal_places(s, e) or _described(ctx.text, s, e)):
        return
    if titled:
        drafts.pop()  # one claim, the closing speaker's
    d.start, d.first = s, idx - 1
