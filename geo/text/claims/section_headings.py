"""Claims stage 4, a section heading of an explainer is no claim.

"What we know" pieces and analysts' write-ups open their sections with a heading in the
form of a question's clause: "What the sides say", "What officials said", "What the
footage shows", "How Russia reported it", "Why Kyiv says it matters?". Such a line has a
speaker and a reporting verb but says nothing: its object is the question word, and the
section's sentences carry the claims. A draft is such a heading when its line (a line of
its own, no closing full stop) is a question word, at most six words and a reporting verb
at the end (a question mark may close it). One look at the line of each draft.

A live page's entry heading ("09:45 GMT - Kremlin rejects report on prisoner talks", a
stamped line with no closing full stop) over an entry whose first claim has the same
speaker ("Kremlin spokesman Dmitry Peskov said ...") only announces that claim: it is no
claim of its own (:func:`without_entry_headings`), nor one whose speaker's words are all in
that claim ("10:40 GMT - Dnipro governor says two killed" over "..., regional governor Serhiy
Lysak said"); one that states a count the claim does not tell again stays a claim of its
own ("09:12 GMT - Ukraine says Russia launched 98 drones overnight" over an entry without
the 98).
"""

from __future__ import annotations

import re
from typing import Any

from .caveat_scope import _ENTRY_STAMP

__all__ = ["heading_line", "section_heading", "without_entry_headings", "without_section_headings"]

#: A heading line: a question word, a few words and a reporting verb ending the line.
_HEADING = re.compile(
    r"[ \t]*(?:What|How|Why|Where|Who|When)(?:[ \t]+[\w’'-]+){1,6}?[ \t]+"
    r"(?:say|says|said|claim|claims|claimed|show|shows|showed|report|reports|reported|"
    r"know|knows|found|finds|tell|tells|told|told\s+us|allege|alleges|alleged)"
    r"[ \t]*\??[ \t]*"
)


def section_heading(text: str, start: int) -> bool:
    """Whether the line holding offset ``start`` of ``text`` is a section heading in the
    form of a question's clause ("What the sides say").

    >>> section_heading("What the sides say\\n\\nRussia said it took the town.", 0)
    True
    >>> section_heading("What Russia says is that it took the town.", 0)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > 80:
        return False
    return _HEADING.fullmatch(text, line_start, line_end) is not None


def heading_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a heading of the text under it: a whole line with no
    closing punctuation, with a line of the same paragraph after it (a live blog's entry
    heading, "13:40 GMT - Kremlin rejects report", over its first sentence). What is said
    under it is no part of it.

    >>> t = "13:40 GMT - Kremlin rejects report\\nKremlin spokesman Dmitry Peskov said ..."
    >>> heading_line(t, 0, 34)
    True
    >>> heading_line("Peskov said it was false.\\nHe said more.", 0, 25)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    body = text[start:end].rstrip()
    if text[line_start:start].strip() or not body or body[-1] in _CLOSING:
        return False
    after = start + len(text[start:end].rstrip())
    line_end = text.find("\n", after)
    return (
        line_end >= 0
        and not text[after:line_end].strip()
        and text[line_end + 1 : line_end + 2] not in ("", "\n", "\r")
    )


#: What closes a sentence, not a heading: a full stop, a mark, a closing quotation mark.
_CLOSING = frozenset('.!?:;"”’')


def without_section_headings(ctx: Any, drafts: list[Any]) -> list[Any]:
    """``drafts`` without the section headings (see the module docstring)."""
    text = ctx.text
    if not any(text.startswith(("Wh", "Ho"), d.start) for d in drafts):
        return drafts  # every heading's draft opens with its question word
    return [d for d in drafts if not section_heading(text, d.start)]


_WORD = re.compile(r"[A-Z][\w-]+")


def without_entry_headings(ctx: Any, drafts: list[Any]) -> list[Any]:
    """``drafts`` without the live page's entry headings whose speaker speaks again in the
    entry's next claim, named by a word of its speaker or of the claim's first words (see
    the module docstring)."""
    text = ctx.text
    drop = set()
    for k, d in enumerate(drafts[:-1]):
        stamp = _ENTRY_STAMP.match(text, text.rfind("\n", 0, d.start) + 1)
        if stamp is None or d.source is None or stamp.end() < d.start - 1:
            continue
        line_end = text.find("\n", d.start)
        line = text[d.start : line_end if line_end >= 0 else len(text)].rstrip()
        if not line or line[-1] in _CLOSING or d.end > d.start + len(line) + 1:
            continue
        body = drafts[k + 1]
        if _ENTRY_STAMP.search(text, d.start + len(line), body.start) or body.source is None:
            continue  # the next claim is in another entry
        if not _counts_repeated(ctx, d, body):
            continue  # a heading with a count of its own stays ("... launched 98 drones")
        opening = text[body.start : min(body.end, body.start + 60)]  # "Kremlin spokesman"
        if set(_WORD.findall(d.source)) & set(_WORD.findall(f"{body.source} {opening}")):
            drop.add(k)
        elif _speaker_named_in(d.source, text[body.start : body.end]):
            drop.add(k)  # "Dnipro governor says ..." over "..., regional governor X said"
    return [d for k, d in enumerate(drafts) if k not in drop]


def _counts_repeated(ctx: Any, heading: Any, body: Any) -> bool:
    """Whether every count of ``heading`` is told again in ``body`` ("10:15 GMT - Russia
    says it downed 41 Ukrainian drones" over "... destroyed 41 Ukrainian drones ..."; "two
    killed" over "Two people were killed"); true for a heading with no count."""
    counts = ctx.counts
    said = {counts[i].value for i in ctx.quantities.inside(heading.start, heading.end)}
    return said <= {counts[i].value for i in ctx.quantities.inside(body.start, body.end)}


#: A word of a speaker's phrase that names no one: articles, "the", a possessive's "'s".
_NAMING = re.compile(r"[A-Za-z][\w-]{3,}")


def _speaker_named_in(source: str, claim: str) -> bool:
    """Whether every word of four letters or more of the heading's speaker ``source``
    ("Dnipro governor") is a word of the entry's first claim ``claim`` ("..., regional
    governor Serhiy Lysak said"); case is ignored."""
    words = {w.lower() for w in _NAMING.findall(source)}
    return bool(words) and words <= {w.lower() for w in re.findall(r"[\w-]+", claim)}
