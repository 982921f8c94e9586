"""Claims stage 2d, transcripts (labels): a label per line, and a title as a label.

Helpers of :func:`~geo.text.claims.transcript.label_speaker`:

- :func:`line_label`: a transcript printed without blank lines between its turns holds
  several labels in one paragraph ("Q: Does the agreement cover ...?" and, on the next
  line, "Misri: It covers the friction points ..."): a label opening the sentence's own
  line (not the paragraph's first) speaks for that line; a line with no label goes on
  with the paragraph's.
- :func:`titled_label`: a label that is a title ("MINISTER:", "Spokesman:", "PRIME
  MINISTER:") names the person the text gave that title before ("Defence Minister Pedro
  Sanchez"), else the role as the text gave it ("Defence minister's press conference":
  "Defence minister"), else "the minister".
- :func:`quote_label`: Ukrainska Pravda's 'Quote from Fedorov: "..."' names its speaker;
  a bare 'Quote: "..."' gives the words to the person named last before it.

Each reads the sentence's line or a bounded stretch of text before the label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from .segmentation import Sentence

__all__ = ["line_label", "quote_label", "titled_label"]

#: Titles that stand for a person in a transcript's label.
_TITLES = (
    r"(?:(?:prime|foreign|defen[cs]e|interior|deputy|vice)\s+)?(?:minister|president|premier)|"
    r"chancellor|spokes(?:man|woman|person)|governor|mayor|general|commander|ambassador|"
    r"secretary(?:[ \t]+of[ \t]+state)?|chairman|chairwoman|chair"
)
_TITLE_LABEL = re.compile(rf"(?:{_TITLES})", re.IGNORECASE)
#: How far before the label the title's holder may be named (characters).
_REACH = 3000
#: The longest line read as a transcript's turn (characters).
_LINE_REACH = 2000
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}"


def titled_label(text: str, label: str, at: int) -> str | None:
    """The speaker a title label ``label`` at ``at`` stands for (see the module
    docstring), or None when the label is no title.

    Examples
    --------
    >>> t = "Defence Minister Ivan Petrov spoke in Kyiv.\\n\\nMINISTER: We hold the line."
    >>> titled_label(t, "MINISTER", t.index("MINISTER:"))
    'Ivan Petrov'
    >>> t = "Transcript: Defence minister's press conference\\n\\nMINISTER: We hold."
    >>> titled_label(t, "MINISTER", t.index("MINISTER:"))
    'Defence minister'
    """
    if _TITLE_LABEL.fullmatch(label) is None:
        return None
    title = r"[ \t]+".join(re.escape(w) for w in label.split())
    lo = max(0, at - _REACH)
    held = list(re.finditer(rf"(?i:{title})[ \t]+(?P<name>{_NAME})", text[lo:at]))
    if held and not held[-1]["name"].isupper():
        return held[-1]["name"]
    for role in re.finditer(
        rf"(?:(?:[A-Z][\w-]*)[ \t]+)?(?i:{title})\b(?![ \t]*[:,])", text[lo:at]
    ):
        if role.group() != role.group().upper():  # not a label, nor "Q: Minister, ..."
            return role.group()  # the first: "Defence minister's press conference"
    return f"the {label.lower()}"


def line_label(
    ctx: Any,
    sentences: Sequence[Sentence],
    idx: int,
    pattern: re.Pattern[str],
    read: Callable[[Any, Sentence], tuple[str, int, int] | None],
) -> tuple[tuple[str, int, int] | None] | None:
    """``(label,)`` when sentence ``idx`` lies on a line of its own inside its paragraph
    that opens with a label (``pattern``; ``read`` gives its speaker, None for one who
    asks); None when the paragraph's label holds (see the module docstring)."""
    text = ctx.text
    sent = sentences[idx]
    lo = max(0, sent.start - _LINE_REACH)
    line = text.rfind("\n", lo, sent.start) + 1
    if line == 0 and lo > 0:
        return None  # a line that long is prose, not a transcript's turn
    first = idx
    while first and sentences[first - 1].start >= line:
        first -= 1
    if first and sentences[first - 1].paragraph == sent.paragraph:
        opening = sentences[first]
        at_line = not text[line : opening.start].strip()
        if at_line and pattern.match(text, opening.start, opening.end):
            return (read(ctx, opening),)
    return None


#: A quotation's label: "Quote:", "Quote from Fedorov:", "Quote from Ivan Fedorov:".
_QUOTE = re.compile(
    r"Quotes?(?:[ \t]+(?:from|by)[ \t]+(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}))?"
    r"[ \t]*:[ \t]+(?=[\"“«])"
)


def quote_label(ctx: Any, sent: Sentence) -> tuple[str, int, int] | None:
    """(source, start, end) of the speaker of a quotation labelled 'Quote from NAME:' (the
    full name when the text named the person before) or 'Quote:' (the person named last
    before the label); None when the sentence opens with no such label or no one was
    named."""
    m = _QUOTE.match(ctx.text, sent.start, sent.end)
    if m is None:
        return None
    if m.group("name"):
        name = m.group("name")
        full = ctx.persons.get(name.split()[-1], name)
        return full, m.start("name"), m.end("name")
    k = bisect_left(ctx.mention_offsets, sent.start)
    if not k:
        return None
    return ctx.mentions[k - 1][1], m.start(), m.end() - 1
