"""A story's credit lines: where its reporters were, not what it is about.

Wire copy ends with who reported it and from where: AP's "Associated Press writers Illia
Novikov in Kyiv, Ukraine, and Dasha Litvinova in Tallinn, Estonia, contributed to this
report.", Reuters' "(Reporting by Tom Balmforth in Kyiv; Additional reporting by Guy
Faulconbridge in Moscow; Editing by Mark Heinrich)", a paper's "Jane Doe contributed
reporting from Beirut.". The places there are the newsrooms: a map of a strike on Odesa's
port that also marks Tallinn spans 1,500 km, and a reporter's name read as a place is a
false warning. :func:`drop_credit_lines` leaves the mentions inside such credits out.

A credit is (1) the sentence holding "contributed to this report / story / article" or
"contributed (additional) reporting", from its start in its line to its end (or the
line's end); (2) a "Reporting by", "Additional reporting by", "Writing by", "Editing by",
"Compiled by" that opens a bracket (to its close) or a line (to its end) that does not end
as a sentence does or holds a second credit ("...; Editing by").
"Reported by" in a sentence ("the damage reported by the governor") is no credit.

Cost: one scan of the text for the cues, and per cue a look within its own line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .tokens import Mention, without_mentions

__all__ = ["credit_spans", "drop_credit_lines"]

#: "contributed to this report", "contributed reporting from", "contributed additional
#: reporting": the sentence naming a story's contributors.
_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:to\s+th(?:is|e)\s+(?:report|story|article)\b|"
    r"(?:additional\s+)?reporting\b)",
    re.IGNORECASE,
)
#: A Reuters-style credit opening a line or a bracket: "(Reporting by", "Editing by".
_CREDIT_OPENING = re.compile(
    r"(?m)^[ \t]*\(?[ \t]*(?:Additional[ \t]+)?(?:Reporting|Writing|Editing|Compiled)"
    r"[ \t]+by\b|\([ \t]*(?:Additional[ \t]+)?(?:Reporting|Writing|Compiled)[ \t]+by\b"
)
#: A second credit in the same line ("...; Editing by"): an unbracketed line that has one,
#: or does not end as a sentence does, is a credit ("Reporting by the Kyiv Independent
#: showed troops near Pokrovsk." is a sentence of the story).
_NEXT_CREDIT = re.compile(r";[ \t]*(?:Additional[ \t]+)?(?:reporting|writing|editing)[ \t]+by\b",
                          re.IGNORECASE)
#: Where a sentence ends inside a line: a small letter, a digit or a closing mark before
#: the stop ("A. Doe" is an initial, no end).
_SENTENCE_END = re.compile(r"[a-z0-9)\]\"”’'][.!?][\"”’]?[ \t]+")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the credit lines of ``text`` (module docstring), in
    text order.

    >>> text = ("Drones hit Odesa, the governor said.\\n\\nAssociated Press writer Dasha "
    ...         "Litvinova in Tallinn, Estonia, contributed to this report.")
    >>> [text[s:e] for s, e in credit_spans(text)]  # doctest: +NORMALIZE_WHITESPACE
    ['Associated Press writer Dasha Litvinova in Tallinn, Estonia, contributed to this
      report.']
    >>> text = "Kyiv said so.\\n(Reporting by Tom Balmforth in Kyiv; Editing by Mark Heinrich)"
    >>> [text[s:e] for s, e in credit_spans(text)]
    ['(Reporting by Tom Balmforth in Kyiv; Editing by Mark Heinrich)']
    >>> credit_spans("Shelling was reported by the governor of Kharkiv.")
    []
    """
    spans: list[tuple[int, int]] = []
    for m in _CONTRIBUTED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = line_start
        for end_mark in _SENTENCE_END.finditer(text, line_start, m.start()):
            start = end_mark.end()  # the last sentence end before the cue in its line
        end = _line_end(text, m.end())
        stop = _SENTENCE_END.search(text, m.end(), end)
        spans.append((start, stop.start() + 2 if stop is not None else end))
    for m in _CREDIT_OPENING.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = _line_end(text, m.end())
        if text[start] == "(":
            close = text.find(")", m.end(), end)
            end = close + 1 if close >= 0 else end
        elif text[start:end].rstrip().endswith((".", "!", "?")) and not _NEXT_CREDIT.search(
            text, start, end
        ):
            continue  # a sentence that starts "Reporting by ...", no credit
        spans.append((start, end))
    return sorted(spans)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def drop_credit_lines(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those inside a credit line of ``text`` (module docstring); the
    kept mentions' lists renumbered.

    >>> text = "Drones hit Odesa.\\nDasha Litvinova in Tallinn contributed to this report."
    >>> odesa, tallinn = Mention(11, 16, "odesa", 2, 2), Mention(37, 44, "tallinn", 7, 7)
    >>> [m.key for m in drop_credit_lines(text, [odesa, tallinn])]
    ['odesa']
    """
    spans = credit_spans(text) if "by" in text or "contributed" in text else []
    if not spans:
        return list(mentions)
    merged: list[tuple[int, int]] = []  # overlapping credits as one: each start after the last
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    starts = [s for s, _ in merged]
    drop = set()
    for k, m in enumerate(mentions):
        at = bisect_right(starts, m.start) - 1
        if at >= 0 and m.end <= merged[at][1]:
            drop.add(k)
    return without_mentions(mentions, drop)
