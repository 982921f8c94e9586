"""The sentences and paragraphs of a text, for the toponym path: split once per document.

The stages that read a name's own sentence or paragraph (:mod:`geo.text.local_evidence`:
a namesake among its sentence's places, a town over a village only another paragraph
speaks for) share one :class:`Blocks`, made by :func:`text_blocks` from one scan of the
text.  A sentence ends at a full stop, a question or an exclamation mark (a closing
quote or bracket may follow) before a space and a capital, an opening quote or bracket,
or a digit, or at a line's end (a semicolon ends none: splitting there too cost a
namesake on the dev corpora and changed nothing else).  A paragraph ends at a
blank line, or in a text with none (extracted pages, newsroom exports, pasted copy) at
a line's end (:func:`paragraph_break`).  An abbreviation's dot before a name ("Gen.
Petrov") splits one sentence in two, which only narrows what its own sentence says.

Cost: one regular-expression scan per document, and a bisection per offset looked up.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["Blocks", "lines_are_paragraphs", "paragraph_break", "paragraph_end", "text_blocks"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LINE_BREAK = re.compile(r"\n")
#: The end of a sentence: ``[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])|\n``, written to open with
#: the one character class every match starts with (``re`` skips to it in C; a pattern
#: opening with alternatives is tried at every character), the alternative then read
#: from the character matched.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9]))")


@dataclass(frozen=True, slots=True)
class Blocks:
    """Start offsets of a text's sentences and paragraphs, in order (each starts with 0).

    Examples
    --------
    >>> b = text_blocks("Shelling hit Kupiansk. Drones struck Izium; two died.\\n\\nCalm.")
    >>> b.sentences, b.paragraphs
    ((0, 23, 55), (0, 55))
    >>> [b.sentence(k) for k in (0, 23, 45, 55)], [b.paragraph(k) for k in (0, 55)]
    ([0, 1, 1, 2], [0, 1])
    """

    sentences: tuple[int, ...]
    paragraphs: tuple[int, ...]

    def sentence(self, offset: int) -> int:
        """The index of the sentence holding character ``offset``."""
        return bisect_right(self.sentences, offset) - 1

    def paragraph(self, offset: int) -> int:
        """The index of the paragraph holding character ``offset``."""
        return bisect_right(self.paragraphs, offset) - 1


def text_blocks(text: str) -> Blocks:
    """Split ``text`` into sentences and paragraphs (see the module docstring).

    >>> text_blocks("Drones hit Kyiv.\\nKharkiv was calm.").paragraphs
    (0, 17)
    """
    return Blocks(
        (0, *(m.end() for m in _SENTENCE_END.finditer(text))),
        (0, *(m.end() for m in paragraph_break(text, _PARAGRAPH_BREAK).finditer(text))),
    )


@functools.lru_cache(maxsize=4)  # each stage that reads paragraphs asks of one document
def lines_are_paragraphs(text: str) -> bool:
    """Does ``text`` separate its paragraphs by line breaks alone (no blank line in it)?
    Extracted web pages (trafilatura), newsroom exports and pasted copy do: each line
    (with the lines wrapped into it) is then a paragraph of its own.

    >>> lines_are_paragraphs("Drones hit Kyiv.\\nKharkiv was calm.")
    True
    >>> lines_are_paragraphs("Drones hit Kyiv.\\n\\nKharkiv was calm.")
    False
    """
    return _PARAGRAPH_BREAK.search(text) is None


def paragraph_break(text: str, blank: re.Pattern[str]) -> re.Pattern[str]:
    """What ends a paragraph of ``text``: ``blank`` (the caller's blank-line pattern), or
    in a text with no blank line (:func:`lines_are_paragraphs`) a line break.  One scan
    of the text: call it once per document, not per mention.

    >>> paragraph_break("Kyiv.\\nKharkiv.", _PARAGRAPH_BREAK) is _LINE_BREAK
    True
    >>> paragraph_break("Kyiv.\\n\\nKharkiv.", _PARAGRAPH_BREAK) is _PARAGRAPH_BREAK
    True
    """
    return _LINE_BREAK if lines_are_paragraphs(text) else blank


def paragraph_end(lines: bool) -> re.Pattern[str]:
    """What ends a paragraph in a text whose paragraphs are lines (``lines``,
    :func:`lines_are_paragraphs`) or blank-line blocks."""
    return _LINE_BREAK if lines else _PARAGRAPH_BREAK
