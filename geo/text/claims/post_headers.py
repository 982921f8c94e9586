"""Claims stage 4e, a social-media post printed under a line naming its author.

Outlets and monitors reprint an official's post, often translated, under a line of
its own that names the author and the medium and ends with a colon::

    Oleksandr Prokudin, head of the Kherson Regional Military Administration, on
    Telegram (translated from Ukrainian):

    Over the past day, the enemy shelled 41 settlements of the Kherson region. ...
    Komyshany: an FPV drone attacked a bus stop.

The post's lines have no cue of their own: they are the author's, up to the next
header or a line of the outlet's about the post ("The post included no photographs",
"Saldo did not say ...", "He gave no evidence"): what follows is the outlet's again.
:func:`post_headers` finds every such line: a line of its own (at most 200
characters, no sentence's full stop before its closing colon) that names a social
medium ("Telegram", "Facebook", "X", "VK", "Instagram", "WhatsApp", "Viber") as
"on Telegram", "Telegram," or "Telegram post" and ends with a colon, and whose text
before the first comma or "on"/"in" (the author's phrase, "Belgorod region governor
Vyacheslav Gladkov") opens with a capital letter or a unit's number ("93rd Separate
Mechanized Brigade"). The author is the phrase's last run
of capitalised words ("Vyacheslav Gladkov"; "the Kherson Regional Military
Administration" for a body), or the phrase itself. A line with a cue verb of its own
("Gladkov wrote on Telegram:") is an ordinary attribution, no header. Linear: one pass
over the text's medium words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .statement_headers import hit_lines

__all__ = ["PostLine", "appeal", "post_headers"]


class PostLine(NamedTuple):
    """A post's header line: its author as given, the author's offsets, the medium as
    written (the claims' cue), the end of the line and the span of the words that
    describe the author (the line up to the medium: "Kursk region governor ...")."""

    source: str
    start: int
    end: int
    cue: str
    line_end: int
    phrase: tuple[int, int]
    until: int | None = None  # where the reprinted post ends (None: the text's end)


#: The longest header line (characters).
_LINE_REACH = 200
_MEDIUM = r"(?:Telegram|Facebook|X|VK|VKontakte|Instagram|WhatsApp|Viber)"
#: The medium as a header names it: "on Telegram", "Telegram,", "Telegram post".
_MEDIUM_HIT = re.compile(
    rf"(?:\b(?:on|via|in\s+a)\s+(?:(?:his|her|its|their)\s+)?{_MEDIUM}\b|"
    rf"(?<=,\s){_MEDIUM}\b(?=\s*(?:,|\(|:|post|channel))|\b{_MEDIUM}\s+(?:post|channel)\b)"
)
#: What every ``_MEDIUM_HIT`` holds (a medium's name, then a word's end): a text without
#: it has no header (a fraction of the cost: most texts name no medium).
_ANY_MEDIUM = re.compile(rf"{_MEDIUM}\b")
#: A cue verb in the line: an attribution that opens a quotation, no header.
_CUE = re.compile(
    r"\b(?:wrote|writes|said|says|posted|posts|reported|reports|stated|announced|added)\b",
    re.IGNORECASE,
)
#: The author's phrase ends at the first comma, "on", "via" or "in".
_PHRASE_END = re.compile(r",|\s(?:on|via|in)\s")
#: An outlet's invitation to its channel: "Follow us on Telegram:", "Subscribe to ...".
_INVITATION = re.compile(
    r"(?:Follow|Subscribe|Join|Read|Watch|Listen|Share|Find|Contact|Write|Send|More|Also|"
    r"Updates?|News)\b",
    re.IGNORECASE,
)
#: The owner after "channel": "channel of the Kharkiv Regional Military Administration".
_CHANNEL_OF = re.compile(r"\s+of\s+(?P<owner>[^,(:]+?)\s*(?:[,(:]|$)")
#: A run of capitalised words (with "of", "the", "and" inside) closing the phrase.
_NAME_RUN = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?:of|the|and|for)\s+)*"
    r"(?-i:[A-Z])[\w’'.-]*)*\s*$"
)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
#: A unit's number opening its name: "93rd Separate Mechanized Brigade", "3rd Assault".
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)\s+(?-i:[A-Z])")


def post_headers(text: str) -> list[PostLine]:
    """Every post header line of ``text``, in text order (see the module docstring):
    its author, the author's offsets, the cue ("Telegram", the medium as written) and
    the line's end."""
    out: list[PostLine] = []
    if _ANY_MEDIUM.search(text) is None:
        return out
    n = len(text)
    afters = [m.start() for m in _AFTER_POST.finditer(text)]  # the outlet's lines on a post
    for hit, start, end in hit_lines(text, _MEDIUM_HIT.finditer(text)):
        line = text[start:end].rstrip()
        if end - start > _LINE_REACH or end == n or not line.endswith(":"):
            continue
        if "." in re.sub(r"\b[A-Z]\.|\d\.\d", "", line[:-1]) or _CUE.search(line):
            continue  # a sentence, or "Gladkov wrote on Telegram:"
        lead = len(line) - len(line.lstrip())
        owner = _CHANNEL_OF.match(text, hit.end(), start + len(line) - 1)
        if owner is not None:  # "From the Telegram channel of the Kherson administration:"
            a, b = owner.span("owner")
            phrase = (a, b)
        else:
            cut = _PHRASE_END.search(text, start + lead, start + len(line))
            a, b = start + lead, (cut.start() if cut else hit.start())
            phrase = (a, hit.start())
        opens = text[a : a + 1].isupper() or _ORDINAL.match(text, a, b) is not None
        if (not opens and owner is None) or _INVITATION.match(text, a, b):
            continue  # "Follow us on Telegram:": the outlet's invitation, no author
        run = _NAME_RUN.search(text, a, b)
        if run is not None and run.start() > a:
            a = run.start()
        author = text[a:b].strip()
        if m := _ARTICLE.match(author):
            a, author = a + m.end(), author[m.end() :]
        medium = re.search(_MEDIUM, text[hit.start() : hit.end()])
        if author:
            cue = medium.group() if medium else "post"
            k = bisect_left(afters, end)
            until = afters[k] if k < len(afters) else None
            out.append(PostLine(author, a, a + len(author), cue, end, phrase, until))
    return out


#: A line of the outlet's about the post printed above it, which ends the post: "The post
#: included no photographs", "In his post, ...", "Saldo did not say ...", "He gave no
#: evidence".
_AFTER_POST = re.compile(
    r"(?m)^[ \t]*(?:(?:The|His|Her|Its|Their|That|This|In\s+(?:the|his|her|its|their))\s+"
    r"(?:(?:Telegram|Facebook|social\s+media)\s+)?(?:post|message|statement|update|account)s?\b|"
    r"(?:He|She|They|[A-Z][\w’'-]+)\s+(?:did\s+not|didn[’']t|does\s+not|doesn[’']t)\s+"
    r"(?:say|give|provide|mention|specify|offer|elaborate|explain|cite)\b|"
    r"(?:He|She|They|[A-Z][\w’'-]+)\s+(?:gave|provided|offered|cited)\s+no\b)"
)


#: An appeal, no claim: "Please stay in shelters!", "Do not ignore the alerts."; nor is a
#: thread's note on itself: "5/ Our map has been updated.", "End of thread.".
_APPEAL = re.compile(
    r"\s*(?:\d{1,2}/(?:\d{1,2})?\s+)?(?:please\b|do\s+not\b|don[’']t\b|"
    r"(?:stay|take|remain|keep)\s+(?:in|cover|calm|safe)\b|glory\s+to\b|"
    r"(?:our|the|my)\s+maps?\s+(?:has|have)\s+been\s+updated\b|end\s+of\s+(?:the\s+)?thread\b)"
    r"|[^\d]*!\s*$",
    re.IGNORECASE,
)


def appeal(sentence: str) -> bool:
    """Whether ``sentence`` is an appeal to the reader, no claim ("Please stay in
    shelters during air-raid alerts!", "Glory to Ukraine!")."""
    return _APPEAL.match(sentence) is not None
