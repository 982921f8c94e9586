"""Document-level facts: the article's headline."""

from __future__ import annotations

import re

from ..markup_escapes import line_text
from .title_datelines import title_dateline_end

__all__ = ["cut_title", "guess_title"]

_MAX_LINES = 6
_MAX_WORDS = 25
#: A title's length in characters at most (cut there, with "…"): a text without spaces
#: (a pasted blob, minified data) is one "word" of any length.
_MAX_CHARS = 200
#: A live blog's timestamped entry: "09:12 GMT - At least 18 killed ...", "14:05 ET: ...".
_ENTRY = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?"
    r"(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|EET|EEST|local\s+time)?\s*[-–—:|]"
)
#: A time stamp and its mark opening a line ("08:15. ...", "14:05 GMT - ..."): a digest's
#: entry, no headline ("11.20 GMT" alone is no such opening).
_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?"
    r"(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|EET|EEST|MSK|local\s+time)?\s*[-–—:|.]\s+(?=\S)"
)
#: What a masthead's issue or date line is made of ("Issue #88 · 29 November 2026",
#: "Vol. 3, No. 47", "Updated 12:30 GMT, 29 Nov 2026"): no headline is.
_ISSUE_WORDS = re.compile(
    r"(?i:\b(?:issue|vol|volume|no|number|edition|updated|published|posted|gmt|utc|am|pm|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?)|[\d#·•|,:/.–—-]+"
)
#: A line above a story that is no headline, and no lead either: a translator's or
#: editor's note ("Translated from the German. Berlin, 3 March 2025."), a byline, a time
#: stamp ("Updated: 3 March 2025"), a date alone ("Monday, 3 March 2025", "2025-03-03").
_MONTH_OR_DAY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
_NOTE = re.compile(
    r"(?:(?:translated|translation)\s*(?:from|by|:)|editor'?s note\b|by\s+[A-Z]\S*\s*\S*$|"
    r"(?:updated|published|posted|last modified)\s*:?\s*(?:on\s+|at\s+)?(?:\d|"
    + _MONTH_OR_DAY
    + r")|(?:photo|image|video|listen)\s*:|\d+\s+min(?:ute)?s?\s+read\b|"
    r"(?:\w+,?\s+)?\d{1,2}\s+[a-z]+\.?\s+\d{4}\.?$|\d{4}-\d\d-\d\d$|"
    r"[a-z]+\.?\s+\d{1,2},?\s+\d{4}\.?$)",
    re.IGNORECASE,
)
#: A Markdown title's mark ("# Weekly digest"): the heading is its text.
_MARKDOWN_TITLE = re.compile(r"\A#\s+(?=\S)")
#: A Markdown table's row or rule ("| Kharkiv | Kupiansk | 12 |", "|---|:--:|"): data,
#: never a headline.
_TABLE_ROW = re.compile(r"\|.*\||[|:\- ]*-[|:\- ]*\Z")
#: A briefing's greeting opening its lead ("Good morning.", "Hello and welcome back."):
#: no title; the lead's next sentence is.
_GREETING = re.compile(
    r"(?i:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|welcome|greetings)\b"
)
#: A sentence that ends inside a line and another that follows it ("... north of Izium.
#: The army said", "... of Izium. {{junk}}"; not "No. 7 (22 May)"): a paragraph of the
#: body, whatever ends the line.
_INNER_END = re.compile(r"[a-z]{2}[a-z0-9)\]”\"’'][.!?]\s+[^\s\d(a-z]")
#: Where a lead's first sentence ends: a full stop before a capital or a quotation mark.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]”\"’'][.!?])\s+(?=[A-Z“\"‘])")


def guess_title(text: str) -> str:
    """The article's headline: the fullest short, unpunctuated line at its top.

    News pages pasted as text often start with a photo caption, a section name
    and a byline around the headline; the headline is the longest of the first
    few lines that is not a sentence (no final full stop) and has 3–25 words, and is
    not a masthead's issue or date line ("Issue #88 · 29 November 2026") or a Markdown
    section heading ("## In brief") or table row ("| Sumy | Shostka | 7 |") or a note
    above the story (a translator's or editor's note, a byline, a date alone). Falls
    back to the first line that is no such note (:func:`lead_title`).

    Examples
    --------
    >>> guess_title("War in Europe\\n\\nTroops Advance Toward the City of Sumy\\n\\nBy A. Writer\\n"
    ...             "Russian forces moved on Friday. More text follows here.")
    'Troops Advance Toward the City of Sumy'
    >>> guess_title("THE FRONT LINE WEEKLY\\nIssue #88 · 29 November 2026\\n\\n## In brief\\n"
    ...             "Drones hit the city of Sumy overnight, officials said on Friday.")
    'THE FRONT LINE WEEKLY'
    >>> guess_title("# Weekly world digest — 5 September\\n\\n## Pakistan\\nFloods receded.")
    'Weekly world digest — 5 September'
    >>> guess_title("# Drones hit Sumy\\n\\n*Published 3 November 2025*\\n\\nDrones struck Sumy.")
    'Drones hit Sumy'
    >>> guess_title("Just one sentence here.")
    'Just one sentence here.'
    >>> guess_title("")
    ''
    >>> len(guess_title("x" * 5000))
    202
    """
    lines: list[str] = []  # the first _MAX_LINES non-empty lines, stripped of markup
    for line in text.splitlines():
        line = _MARKDOWN_TITLE.sub("", line_text(line).strip()).strip("*_ \t")  # emphasis
        if line:
            lines.append(line)
            if len(lines) == _MAX_LINES:
                break
    best = ""
    for line in lines:
        words = line.split()
        if len(words) > 8 and (line.endswith((".", "!", "?", ":")) or _INNER_END.search(line)):
            break  # the body has started: a long sentence, or two in one line
        if _ENTRY.match(line):
            break  # a live blog's first entry: the headline is above it
        if line.startswith("##") or _NOTE.match(line) or _TABLE_ROW.match(line):
            continue  # a Markdown section heading or table row, a note above the story
        if (
            3 <= len(words) <= _MAX_WORDS
            and not line.endswith(".")
            and len(words) > len(best.split())
            and len(_ISSUE_WORDS.sub(" ", line).split()) >= 2
        ):
            best = line
    if best or not lines:
        return cut_title(best[title_dateline_end(best):])  # "KYIV, Dec 2 (Reuters) - ..."
    first = next((line for line in lines if not _NOTE.match(line)), lines[0])
    return cut_title(lead_title(text, first))


def cut_title(title: str) -> str:
    """``title``, cut to :data:`_MAX_CHARS` characters and "…" when longer, without the
    soft hyphens and runs of spaces that HTML decoded in place leaves ("Aalborg &amp;")."""
    if "\u00ad" in title or "  " in title:
        title = " ".join(title.replace("\u00ad", "").split())
    return title if len(title) <= _MAX_CHARS else title[:_MAX_CHARS].rstrip() + " …"


def lead_title(text: str, first: str) -> str:
    """A title for a text with no headline line, from its first line ``first`` after any
    wire dateline ("MOSCOW, February 21. /TASS/.", however short the lead): the line itself
    when short, else the lead's first sentence after any greeting ("Good morning."), cut
    to its first words when that is long too.

    >>> lead = "MOSCOW, May 2. /TASS/. Units advanced near the town. " + "More words. " * 30
    >>> lead_title(lead, lead.strip())
    'Units advanced near the town.'
    >>> lead = "Good morning. Strikes hit Gaza overnight, officials said. " + "More. " * 30
    >>> lead_title(lead, lead.strip())
    'Strikes hit Gaza overnight, officials said.'
    >>> lead = "08:15. Over the past day, drones struck Shebekino. " + "More. " * 30
    >>> lead_title(lead, lead.strip())
    'Over the past day, drones struck Shebekino.'
    >>> lead = "KYIV, Nov 30 (Reuters) - Drones hit Kharkiv, officials said."
    >>> lead_title(lead, lead)
    'Drones hit Kharkiv, officials said.'
    """
    if stamp := _STAMP.match(first):  # "08:15. Over the past day, ...": the news
        first = first[stamp.end():]
    from .wire_dateline import dateline_span

    at = text.find(first)
    start, end = dateline_span(text)
    if at >= 0 and at <= start < end <= at + len(first):
        first = text[end : at + len(first)].strip() or first  # a dateline is never a title
    else:  # nor one the body's readers leave alone: "МОСКВА, 1 декабря. /ТАСС/."
        first = first[title_dateline_end(first):]
    if len(first.split()) <= _MAX_WORDS:
        return first
    sentences = _SENTENCE_END.split(first, maxsplit=2)
    if len(sentences) > 1 and _GREETING.match(sentences[0]) and len(sentences[0].split()) <= 8:
        sentences = sentences[1:]  # "Good morning. Israeli strikes killed ...": the news
    sentence = sentences[0]
    words = sentence.split()
    return sentence if len(words) <= _MAX_WORDS else " ".join(words[:_MAX_WORDS]) + " …"
