"""Claims stage 2d, a live blog's entry opened by its speaker and a colon.

Live blogs and channel digests attribute an entry by naming its speaker before a colon,
often after the entry's time, with no cue verb::

    11:02 EET - Sumy regional military administration: a drone hit a minibus near ...
    11:40 - Kharkiv regional governor Oleh Syniehubov: two people were injured in ...
    Zaporizhzhia governor Ivan Fedorov on Telegram: Russian forces shelled ...

:func:`colon_label` reads such a label at a paragraph's (or a line's) start: an optional
time ("11:02", "11.02 EET", "09:15 GMT") and dash, then a speaker's phrase of at most
eight words and, optionally, its medium ("on Telegram", "in a statement"), then a colon
and the entry's words. The phrase is a speaker's when its head is a body's or an office's
noun ("administration", "governor", "Air Force", "General Staff", "ministry", "police",
"spokesperson") or it ends in a name after such a noun or a title ("governor Oleh
Syniehubov"); every other word is capitalised or a speaker's modifier ("regional",
"military"). A heading of a place or a sector ("Kupiansk direction:", "Kherson Oblast:"),
of a section ("Background:", "Key takeaways:") or a phrase with a verb is no label. The
source is the person's full name, else the phrase as written. An entry holds at most
four sentences: a longer paragraph opening so is a story under a headline glued to it
("Police: Gunman's estranged wife worked at home. CARTHAGE, N.C. (AP) - ..."). Linear:
one match at the start of a paragraph's first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .segmentation import Sentence
from .vocab import _SOURCE_MODIFIERS, _TITLES

__all__ = ["colon_label"]

#: The entry's time and dash before the label: "11:02 EET - ", "09.15 GMT — ".
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s+[A-Z]{2,4})?\s*[-–—|]\s*)?"
#: The label: up to eight words of the phrase, an optional medium, a colon and the words.
_COLON_LABEL = re.compile(
    rf"[ \t]*{_TIME}(?P<phrase>(?:The\s+)?[A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){{0,7}}?)"
    r"(?P<medium>[ \t]+(?:on|via|in)[ \t]+(?:a[ \t]+|an[ \t]+|his[ \t]+|her[ \t]+|its[ \t]+)?"
    r"(?:Telegram|Facebook|X|Twitter|VK|Instagram|Viber|WhatsApp|statement|post|video"
    r"(?:[ \t]+(?:address|message|post|statement))?))?"
    r"[ \t]*:[ \t]+(?=[\"“A-Za-z0-9])"
)
#: Heads of a speaker's phrase: bodies, offices and the people who speak for them.
_HEADS = frozenset(
    """
    administration administrations ministry governor mayor force forces staff command army
    military police service office spokesman spokeswoman spokesperson commander head chief
    council agency navy guard brigade battalion regiment corps unit directorate department
    government president minister authorities authority officials official prosecutor
    prosecutors kremlin pentagon presidency headquarters grouping battlegroup operator
    company rescuers ombudsman commissioner secretary emergencies
    """.split()
)
#: Heads that open a section or a sector, no speaker.
_NOT_HEADS = frozenset(
    """
    direction directions axis sector front oblast region district update updates summary
    background context note takeaways highlights analysis timeline overview latest
    """.split()
)
_JOINERS = frozenset("of the and for".split())
#: The most sentences of an entry: a longer paragraph under a label is a story with a
#: headline glued on ("Police: Gunman's estranged wife worked at home. CARTHAGE ...").
_ENTRY_SENTENCES = 4


def colon_label(ctx: Any, sentences: Sequence[Sentence], first: int) -> tuple[str, int, int] | None:
    """(source, start, end) of the speaker a live blog's label names at the start of
    sentence ``first``, its paragraph's first (see the module docstring); None when it
    opens with no such label or its paragraph is longer than an entry."""
    text = ctx.text
    sent = sentences[first]
    last = min(len(sentences), first + _ENTRY_SENTENCES + 1) - 1
    if sentences[last].paragraph == sent.paragraph and last > first + _ENTRY_SENTENCES - 1:
        return None  # "Police: Gunman's wife worked there. CARTHAGE (AP) - ...": a story
    if ":" not in text[sent.start : min(sent.end, sent.start + 160)]:
        return None  # most sentences: no colon near their start
    m = _COLON_LABEL.match(text, sent.start, sent.end)
    if m is None:
        return None
    a, b = m.span("phrase")
    words = text[a:b].split()
    low = [w.lower().strip(".") for w in words]
    if any(w in _NOT_HEADS for w in low):
        return None  # "Kupiansk direction:", "Key takeaways:"
    for w, lw in zip(words[1:], low[1:], strict=True):
        known = lw in _HEADS or lw in _SOURCE_MODIFIERS or lw in _JOINERS or lw in _TITLES
        if w[:1].islower() and not known:
            return None  # a verb or a word of prose: "Russian forces advanced near:"
    head = _head(words, low)
    if head is None:
        return None
    phrase = text[a:b]
    if head < len(words) - 1:  # "governor Oleh Syniehubov": the name after the title
        name = " ".join(words[head + 1 :])
        last = words[-1]
        ctx.persons.setdefault(last, name)
        return ctx.persons[last], a, b  # the whole phrase: "Zaporizhzhia governor" sides
    return phrase, a, b


def _head(words: list[str], low: list[str]) -> int | None:
    """The index of the phrase's head noun or title (the last one); None if it has none
    or what follows it is not a person's name of one to three capitalised words."""
    for k in range(len(low) - 1, -1, -1):
        if low[k] in _HEADS or (k and low[k] in _TITLES):
            rest = words[k + 1 :]
            if not rest:
                return k
            if 1 <= len(rest) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in rest):
                return k
            return None
    return None
