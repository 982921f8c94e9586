"""Claims stage 4e, a bulletin's header: whose lines follow when the title says so.

A military body's summary printed as it is issued opens with its title and then gives
its lines with no cue of their own::

    Operational information as of 08:00 on 14.01.2027 regarding the Russian invasion

    Over the past day, 163 combat clashes were recorded. ...
    In the Kupiansk direction, our defenders repelled 9 attacks near Petropavlivka.

:func:`bulletin_header` reads such a title in the text's first line: the Ukrainian
General Staff's stock title ("Operational information as of <time> on <date> regarding
the Russian invasion"), or a title naming its issuer and a bulletin's noun ("General
Staff update as of 18:00 on 3 February", "Summary of the Ministry of Defence of the
Russian Federation", "Air Force report", "Kherson Regional Military Administration: daily
summary"). It gives (issuer, side, party, cue, end):
:func:`header_voice` gives every line after the title with no speaker of its own that
issuer and side ("our defenders", "the invaders" are the issuer's words; not the
article's own reporting, which reads "independent"); a text with no title that opens
with a counted line in a side's first person (:func:`~geo.text.claims.our_voice.
untitled_side`) gives its lines that side and no speaker; and the title's full date
("01.12.2024") is the bulletin's date when no publication date is given
(:func:`header_date`). A first line with a cue verb ("Russian troops liberate
Kurakhovo, Defense Ministry says") is a headline, no title. Linear: reads the first line
once per text.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, NamedTuple

from .channel_titles import channel_title
from .context import _Context, _Draft
from .digest_titles import digest_title
from .handle_bylines import handle_bylines
from .our_voice import untitled_side
from .post_bylines import post_bylines
from .post_headers import post_headers
from .sides import country_label, remember_side, speaker_side
from .speakers import _canonical
from .statement_headers import statement_headers

__all__ = ["Header", "bulletin_header", "header_at", "header_date", "header_line", "header_voice"]


class Header(NamedTuple):
    """A bulletin's title: who issues it, their side and party, its cue (the title's
    bulletin noun, as written) and the end offset of the title line."""

    source: str | None  # None: an untitled bulletin, its issuer unnamed
    side: str | None
    party: str | None
    cue: str | None
    end: int
    until: int | None = None  # where the lines under the title end (None: the text's end)


#: The Ukrainian General Staff's stock title of its daily summaries.
_STAFF_TITLE = re.compile(
    r"[ \t]*(?:The\s+)?(?P<cue>Operational\s+(?:information|update))\s+as\s+of\b[^\n]{0,60}?\b"
    r"(?:regarding|on|about)\s+the\s+(?:Russian|full-scale(?:\s+Russian)?)\s+"
    r"(?:invasion|aggression)\b",
    re.IGNORECASE,
)
_STAFF = "the General Staff of the Armed Forces of Ukraine"
#: An issuer that puts out bulletins, as a title names it.
_ISSUER = (
    r"(?:(?:[A-Z][\w’'-]*\s+){0,3}?(?:General\s+Staff|Ministry\s+of\s+Defen[cs]e|"
    r"Defen[cs]e\s+Ministry|Air\s+Force|Navy|Joint\s+Forces\s+Command|"
    # "Operational update of the Khortytsia group of forces": a front's grouping
    r"(?:operational-strategic\s+|operational-tactical\s+)?group\s+of\s+forces|"
    # "Kherson Regional Military Administration: daily summary": a governor's office
    r"(?:Regional|Oblast|City|District)\s+(?:(?:Military|State)\s+)?Administration)"
    r"(?:\s+of\s+(?:the\s+)?(?:(?:(?-i:of|of\s+the)\s+)?(?-i:[A-Z])[\w’'-]*\s*){1,6})?)"
)
_NOUN = r"(?:update|summary|report|bulletin|briefing|operational\s+(?:information|update))"
#: A title naming its issuer: "General Staff update as of ...", "Summary of the
#: Ministry of Defence of the Russian Federation", "Ukrainian Air Force report".
_NAMED_TITLE = re.compile(
    rf"[ \t]*(?:(?:The\s+)?(?P<issuer>{_ISSUER})(?:[’']s)?(?:\s*[,:–—-])?\s+(?:daily\s+|morning\s+|"
    rf"evening\s+)?(?P<cue>{_NOUN})\b|(?P<cue2>{_NOUN})\s+(?:of|by|from)\s+the\s+"
    rf"(?P<issuer2>{_ISSUER}))",
    re.IGNORECASE,
)
#: A cue verb in the first line: a headline that tells a story, no bulletin's title.
_HEADLINE_VERB = re.compile(r"\b(?:says?|said|claims?|reports?|reported|tells?|told)\b")
#: The longest first line read as a title (characters).
_TITLE_REACH = 160


def bulletin_header(ctx: _Context) -> Header | None:
    """The bulletin's title in the text's first line (see the module docstring), or None;
    read once per text (kept in ``ctx.allegiance``)."""
    seen = ctx.allegiance
    if "header" not in seen:
        seen["header"] = _read(ctx) or _untitled(ctx)
    return seen["header"]


def _untitled(ctx: _Context) -> Header | None:
    """An untitled bulletin's voice (:func:`~geo.text.claims.our_voice.untitled_side`):
    its issuer unnamed (None), its side, over the whole text (``end`` -1)."""
    side = untitled_side(ctx.text)
    if side is None:
        return None
    return Header(None, side, country_label(ctx, side), None, -1)


def _read(ctx: _Context) -> Header | None:
    text = ctx.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    if end > _TITLE_REACH or end == len(text):
        return None  # a title stands on a line of its own, before the lines
    m = _STAFF_TITLE.match(text, 0, end)
    if m is not None:
        return Header(_STAFF, "UA", "Ukraine", m.group("cue"), end)
    m = _NAMED_TITLE.match(text, 0, end)
    if m is None and (channel := channel_title(ctx, end)) is not None:
        source, side, cue, a, b = channel  # "Svodka ... (from a Russian ... Telegram channel)"
        return Header(source, side, country_label(ctx, side) if side else None, cue, end)
    if m is None and (digest := digest_title(ctx, end)) is not None:
        source, side, party, cue, until = digest  # "Digest of posts by ... governor X on ..."
        party = party or (country_label(ctx, side) if side else None)
        return Header(source, side, party, cue, end, until)
    if m is None or _HEADLINE_VERB.search(text, m.end(), end):
        return None
    group = "issuer" if m.group("issuer") else "issuer2"
    a, b = m.span(group)
    source = text[a:b].strip()
    side, party = speaker_side(ctx, a, b, source)
    if party is None and side is not None and len(side) == 2:
        party = country_label(ctx, side)  # "General Staff update": Ukraine
    return Header(source, side, party, m.group("cue") or m.group("cue2"), end)


def header_at(ctx: _Context, pos: int) -> Header | None:
    """The title the text at ``pos`` comes under: the latest statement header
    (:mod:`.statement_headers`, "RAPID SUPPORT FORCES - OFFICIAL STATEMENT") or the
    first line's bulletin title ending before ``pos``, or None; the headers are read
    once per text (kept in ``ctx.allegiance``)."""
    seen = ctx.allegiance
    if "headers" not in seen:
        first = bulletin_header(ctx)
        heads = [first] if first is not None else []
        for h in statement_headers(ctx.text):
            if first is not None and h.line_end <= first.end:
                continue
            side, party = speaker_side(ctx, -1, -1, h.source)
            if side is None and party is None:  # "Ministry of Defence of Ukraine": its place
                side, party = speaker_side(ctx, h.start, h.end, h.source)
            if party is None and side is not None and len(side) == 2:
                party = country_label(ctx, side)
            heads.append(Header(h.source, side, party, h.cue, h.line_end))
        posts = (*post_headers(ctx.text), *post_bylines(ctx.text), *handle_bylines(ctx.text))
        for h in posts:  # "Gladkov, Telegram (translated):"
            source = _canonical(ctx, h.source, h.start)[0] or h.source  # "Governor X": X
            if source.lower() == h.source.lower():
                source = h.source  # a byline's own capitals: "Ministry of Defence (@DefenceHQ)"
            side, party = speaker_side(ctx, *h.phrase, source, where=h.phrase)
            if party is None and side is not None and len(side) == 2:
                party = country_label(ctx, side)
            heads.append(Header(source, side, party, h.cue, h.line_end, h.until))
        heads.sort(key=lambda h: h.end)
        seen["headers"] = heads
        seen["header_ends"] = [h.end for h in heads]
    k = bisect_left(seen["header_ends"], pos) - 1
    head = seen["headers"][k] if k >= 0 else None
    return None if head is not None and head.until is not None and pos >= head.until else head


def header_voice(ctx: _Context, d: _Draft) -> bool:
    """Give the line ``d`` (no speaker of its own) the issuer of the bulletin's title,
    when the text opens with one and ``d`` comes after it and has no other side; True
    when it did."""
    header = header_at(ctx, d.start)
    if header is None or d.source is not None:
        return False
    if d.side not in (None, header.side):
        return False  # "Units of the Yug group of forces ...": another side's forces
    d.side, d.party = header.side, header.party
    if header.source is None:
        return True  # an untitled bulletin: its side, no speaker
    d.source, d.cue, d.kind, d.descriptor = header.source, header.cue, "org", ""
    remember_side(ctx, header.source, (header.side, header.party))  # "the ministry said"
    return True


def header_line(ctx: _Context, d: _Draft, idx: int) -> bool:
    """Whether ``d`` is sentence ``idx`` alone, given its voice by the bulletin's title
    only (:func:`header_voice`): a speaker closing the next sentence may take it up."""
    header = header_at(ctx, d.start)
    return (
        header is not None
        and d.first == d.last == idx
        and (d.source, d.cue) == (header.source, header.cue)
        and not d.statuses
    )


def header_date(text: str, spans: Sequence[Any]) -> dt.date | None:
    """The full date the bulletin's title line states ("01.12.2024"), from the date
    ``spans`` found in ``text`` (:func:`~geo.text.dates.find_dates`), or None: the
    bulletin's date, when the caller gives no publication date."""
    if not (_STAFF_TITLE.match(text) or _NAMED_TITLE.match(text)):
        return None
    end = text.find("\n")
    for s in spans:
        if end >= 0 and s.offset_start < end and s.start and s.start == s.end:
            return dt.date.fromisoformat(s.start)
    return None
