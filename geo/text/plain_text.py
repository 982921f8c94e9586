"""Recognition's plain copy of a text: odd spaces, no-break hyphens and terminal escape
sequences made plain, one character for one, so that every offset stays the text's.

Pasted copy carries no-break and thin spaces ("San\u00a0Francisco"), tabs, a word
processor's no-break hyphen ("Bila\u2011Tserkva") and, from a terminal, escape
sequences ("\x1b[2J"); recognition reads names on this copy (the analysis keeps the
text itself).
"""

from __future__ import annotations

import re

__all__ = ["plain_spaces"]

#: Spaces other than " " (tab, no-break, thin, ideographic ...): one " " each; and the
#: no-break hyphen U+2011 (word processors and CMSes write "Bila\u2011Tserkva"): one "-".
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u2011\u202f\u205f\u3000]")
_TO_SPACE = (
    str.maketrans(dict.fromkeys("\t\u00a0\u1680\u202f\u205f\u3000", " "))
    | {c: " " for c in range(0x2000, 0x200B)}
    | {0x2011: "-"}
)


#: A terminal's escape sequence pasted with a text (a colour, "clear screen", a window
#: title: "\x1b[2J", "\x1b]0;title\x07"): no words of the text ("Bbq\x1b[2JTown" holds
#: no "JTown").
_TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|.?)")


def _blank_escapes(text: str) -> str:
    """``text`` with terminal escape sequences made spaces, one for one."""
    return _TERMINAL_ESCAPE.sub(lambda m: " " * len(m.group()), text)


def plain_spaces(text: str) -> str:
    r"""``text`` with tabs and Unicode spaces made plain spaces, one for one
    ("San\u00a0Francisco", "Kyiv\tOblast" are read as "San Francisco", "Kyiv Oblast"),
    and no-break hyphens plain hyphens ("Bila\u2011Tserkva" as "Bila-Tserkva"), one
    character for one (offsets are kept); ``text`` itself when it has none.

    >>> plain_spaces("San\u00a0Francisco\tand Kyiv") == "San Francisco and Kyiv"
    True
    >>> plain_spaces("Bila\u2011Tserkva")
    'Bila-Tserkva'
    >>> plain_spaces("Bbq\x1b[2JTown, \x1b]0;title\x07Kyiv")
    'Bbq    Town,           Kyiv'
    """
    if "\x1b" in text:
        text = _blank_escapes(text)
    if text.isascii():  # a flag of the string: the tab is its one odd space then
        return text.translate(_TO_SPACE) if "\t" in text else text
    if _ODD_SPACES.search(text) is None:
        return text
    return text.translate(_TO_SPACE)
