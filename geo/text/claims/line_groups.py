"""Claims stage 1, the lines of a paragraph: which lines a wrapped paragraph joins.

:func:`line_groups` cuts a paragraph into groups of lines, each a run of text a sentence
split reads as one (a line, with the lines wrapped into it). A line break ends a group
unless the text was wrapped there (:func:`_wrapped`: the next line starts in lower case,
or a long line ends without punctuation and is no title; a line opening with a list's
mark, "* " or "1. ", never continues one).  In a text with no blank line
(:func:`geo.text.sentences.lines_are_paragraphs`: extracted web pages, newsroom exports,
pasted wire copy) each line is a paragraph, and a headline of sentence case ("Ukraine's
army reports 168 clashes along front, heaviest near Pokrovsk") would join the dateline
line after it; there a line the next line outruns by more than its own first word was
no line a wrapping cut (:func:`_outrun`); so in a live blog whose entry heading opens with
its time stamp ("09:12 GMT - Ukraine says Russia launched 98 drones overnight") over the
entry's body.  Linear in the paragraph's length.
"""

from __future__ import annotations

import re

__all__ = ["_title_case", "_wrapped", "line_groups"]

_LINE = re.compile(r"[^\n][^\n]*")  # ``[^\n]+``: skips ahead in C
#: A list item's mark at a line's start: "* ", "- ", "• ", "1. ", "2) ".
_BULLET = re.compile(r"(?:[*•▪◦‣·-]|\d{1,2}[.)])[ \t]")


def line_groups(text: str, start: int, end: int, by_line: bool = False) -> list[list[int]]:
    """``[start, end]`` offset pairs of the line groups of ``text[start:end]`` (one
    paragraph), blank lines skipped, each group stripped of outer space; ``by_line``:
    the text has no blank line (see the module docstring).

    >>> t = "Kyiv shelled\\nDrones hit the city\\nat night."
    >>> [t[a:b] for a, b in line_groups(t, 0, len(t))]
    ['Kyiv shelled', 'Drones hit the city\\nat night.']
    """
    groups: list[list[int]] = []
    for line in _LINE.finditer(text, start, end):
        s, e = line.start(), line.end()
        raw = text[s:e]
        if not raw.strip():
            continue
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        cur = text[s:e]
        if groups and _wrapped(text, groups[-1][0], groups[-1][1], cur, by_line):
            groups[-1][1] = e
        else:
            groups.append([s, e])
    return groups


def _wrapped(text: str, g0: int, g1: int, cur: str, by_line: bool = False) -> bool:
    """Whether line ``cur`` continues the lines ``text[g0:g1]`` (a wrapped paragraph);
    ``by_line``: the text has no blank line (a line ``cur`` outruns is then no wrapped
    one, unless ``cur`` starts in lower case: HTML source wraps where it likes).

    Only the tail of the group is read (its last character, its last 200 for the
    title-case test), so joining a long wrapped paragraph stays linear.
    """
    last = text[g1 - 1 : g1]
    if last in (".", "!", "?", ":", '"', "”", "’", ")") or _BULLET.match(cur):
        return False  # a list's item opens a line of its own: "* Explosions reported ..."
    if cur[:1].islower():
        return True
    return (
        g1 - g0 >= 60
        and last.isalnum()
        and not _title_case(text[max(g0, g1 - 200) : g1])
        and not ((by_line or _STAMPED.match(text, g0)) and _outrun(text, g0, g1, cur))
    )


#: A live blog's entry heading opens with its time stamp: "09:12 GMT - Ukraine says ...",
#: "[10:05] ", "10:05 am: " (the entry's body follows on the next line, no wrapping of it).
_STAMPED = re.compile(
    r"[ \t]*\[?\d{1,2}[:.]\d{2}\]?(?:[ \t]*(?:GMT|UTC|BST|CES?T|EES?T|MSK|ET|EST|EDT|"
    r"[ap]\.?m\.?|local(?:[ \t]+time)?))?[ \t]*(?:[-—–:|][ \t]|(?<=\])[ \t])"
)


def _outrun(text: str, g0: int, g1: int, cur: str) -> bool:
    """Whether line ``cur`` is longer than the group's last line plus a space and
    ``cur``'s first word: a wrapping that cut that line would have kept the word on it
    (every wrapped line is as long as the width allows), so no wrapping cut it.

    >>> t = "Russia says it took two villages in a week, Ukraine denies one"
    >>> _outrun(t, 0, len(t), "MOSCOW, March 8 - The Russian Defence Ministry said on Sunday "
    ...         "that its forces had liberated two villages over the past week.")
    True
    >>> _outrun(t, 0, len(t), "Rodinskoye, the ministry said.")
    False
    """
    last_line = g1 - max(text.rfind("\n", g0, g1) + 1, g0)
    return len(cur) > last_line + 1 + len(cur.split(None, 1)[0])


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
