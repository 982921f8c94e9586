"""Claims stage 1, segmentation: sentences, tokens, quotations and clauses.

:func:`split_sentences` cuts a text into :class:`Sentence` records (headlines,
bylines and captions are ``line`` sentences); the word tokens are
:mod:`~geo.text.claims.tokens`'s; :func:`_quotations` finds the quoted spans of a
sentence and :func:`_clauses` cuts a sentence between independent
attributions ("X said ..., while Y said ..."). Every function is linear in the
length of what it is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sentences import lines_are_paragraphs
from ..wire_dateline import dateline_end, dateline_span  # re-exported
from .context import _Attribution
from .line_groups import _title_case, _wrapped, line_groups
from .tokens import _TOKEN, _Tok, tokenize, tokenize_between
from .vocab import _ABBREVIATIONS, _NAME_PARTICLE, _STARTERS

__all__ = [
    "MAX_SENTENCE",
    "_CLAUSE_BOUNDARY",
    "_CONTRAST",
    "_SENTENCE_END",
    "_TOKEN",
    "Sentence",
    "_Tok",
    "_bare",
    "_clauses",
    "_is_cap",
    "_overlaps",
    "_quotations",
    "_split_group",
    "_title_case",
    "_wrapped",
    "bare_dateline_end",
    "body_start",
    "dateline_end",
    "dateline_span",
    "split_sentences",
    "tokenize",
    "tokenize_between",
]


#: ``[.!?]+[\"”’»)\]]*(?=\s|$)``, opening with a single character so that ``re`` skips
#: to it in C (a pattern opening with a repeat is tried at every character).
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"”’»)\]]*(?=\s|$)")


_CLAUSE_BOUNDARY = re.compile(
    r"(?:[,;:]\s*(?:but|while|and|whereas|although|though|however|yet|since|when|"
    r"(?:(?:hours|days|weeks|minutes|moments|shortly|soon|just|a\s+day)\s+)?(?:as|after|before))?|"
    r"—|–|"
    r"\s(?:but|while|whereas))"
    r"\s*$"
)
#: A bare "and" before the next speaker: "the agency said two civilians were wounded and
#: the army said its troops had helped" (a clause of its own when the speaker differs).
_AND_BOUNDARY = re.compile(r"\sand\s*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a headline, byline or caption line) of the text.

    ``start``/``end`` are character offsets; ``paragraph`` counts blocks separated by
    blank lines (lines, in a text with none); ``line`` is true for text without
    sentence-final punctuation (headlines, bylines, captions).
    """

    start: int
    end: int
    paragraph: int
    line: bool = False
    cut: bool = False  # a piece after the first of a run cut at MAX_SENTENCE


#: A paragraph: lines up to a blank line (runs of characters at a time: the same
#: matches as ``(?:[^\n]|\n(?![ \t]*\n))+``, ten times faster).
_BLOCK = re.compile(r"(?:[^\n]+|\n(?![ \t]*\n))+")


_ENDS_SENTENCE = re.compile(r"[.!?][\"”’)]?$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets, robust to abbreviations ("U.S.", "Gen.") and quotations.

    A blank line ends a paragraph (in a text with none, a line does:
    :func:`lines_are_paragraphs`); a line break ends a sentence unless the
    text was wrapped (the next line starts in lower case, or a long line ends
    without punctuation). A run longer than :data:`MAX_SENTENCE` characters
    with no sentence end (a list, a table, hostile input) is cut at its last
    clause break or space before the limit, so that no stage's work on one
    sentence grows with the document.

    Examples
    --------
    >>> text = 'Gen. Ivan Petrov said the U.S. embassy closed. "It is over," he said.'
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['Gen. Ivan Petrov said the U.S. embassy closed.', '"It is over," he said.']
    >>> [s.line for s in split_sentences("Kyiv Under Fire\\n\\nDrones hit Kyiv.")]
    [True, False]
    """
    out: list[Sentence] = []
    para = 0
    by_line = int(lines_are_paragraphs(text))
    for block in _BLOCK.finditer(text):
        groups = line_groups(text, block.start(), block.end(), bool(by_line))
        for s, e in groups:
            for sent in _split_group(text, s, e, para):
                out.extend(_bounded(text, sent))
            para += by_line
        if groups and not by_line:
            para += 1
    return out


_NEXT_CHAR = re.compile(r"\s*(\S)")


def _last_word(text: str, a: int, b: int) -> str:
    """The run of non-space characters ending ``text[a:b]`` ("" after a space): what
    ``re.compile(r"(\\S+)$").search(text, a, b)`` finds, without trying every start.

    Examples
    --------
    >>> _last_word("said Gen. Petrov", 0, 9), _last_word("a b ", 0, 4), _last_word("x\\n", 0, 2)
    ('Gen.', '', 'x')
    """
    window = text[a:b]
    if window.endswith("\n"):
        window = window[:-1]  # ``$`` matches before a final line break too
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


#: The longest sentence the claims stages take (characters); longer runs are cut.
MAX_SENTENCE = 1500
_CUT = re.compile(r"[;,:—–]\s+|\s+")


def _bounded(text: str, sent: Sentence) -> list[Sentence]:
    """``sent`` cut into pieces of at most :data:`MAX_SENTENCE` characters."""
    if sent.end - sent.start <= MAX_SENTENCE:
        return [sent]
    out: list[Sentence] = []
    start = sent.start
    while sent.end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        clause = space = None  # the last clause break and the last space, in the 2nd half
        for m in _CUT.finditer(text, start + MAX_SENTENCE // 2, limit):
            if m.group()[0].isspace():
                space = m
            else:
                clause = m
        cut = clause or space
        stop, nxt = (cut.start() + (0 if cut is space else 1), cut.end()) if cut else (limit, limit)
        out.append(Sentence(start, stop, sent.paragraph, sent.line, start > sent.start))
        start = nxt
    if start < sent.end:
        out.append(Sentence(start, sent.end, sent.paragraph, sent.line, True))
    return out


def _split_group(text: str, s: int, e: int, para: int) -> list[Sentence]:
    out: list[Sentence] = []
    begin = s
    for m in _SENTENCE_END.finditer(text, s, e):
        pos = m.end()
        nxt = _NEXT_CHAR.match(text, pos, e)
        if nxt is None:
            break
        c = nxt.group(1)
        if c.islower() or c in ",;":
            continue
        if m.group() == ".":
            # The word before the period, read in a bounded window (never from the
            # sentence's start: "Mr. Mr. Mr. ..." would be quadratic).
            word = _last_word(text, max(begin, m.start() - 64), m.start()).lstrip("(“\"‘'")
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
            if len(word) <= 2 and word.isdigit() and m.start() - len(word) == begin:
                continue  # "1. Russian forces carried out ...": a list's number
            if _INITIALS.fullmatch(word):
                nw = _NEXT_WORD.match(text, pos, e)
                if not nw or nw.group(1).lower() not in _STARTERS:
                    continue
        out.append(Sentence(begin, pos, para, False))
        begin = pos + len(nxt.group()) - 1
    if begin < e:
        chunk = text[begin:e].rstrip()
        line = not _ENDS_SENTENCE.search(chunk)
        out.append(Sentence(begin, begin + len(chunk), para, line))
    return out


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _is_cap(tok: _Tok) -> bool:
    """A capitalised word, or a name with a particle ("al-Qidra")."""
    first = tok.text[:1]
    if first.isupper():
        return True
    # Particles start with one of these letters: most words skip the pattern.
    return first in "abdei" and bool(_NAME_PARTICLE.match(tok.text))


def _bare(word: str) -> str:
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip("’'")


def _quotations(text: str, sent: Sentence) -> list[tuple[int, int]]:
    """Spans of the quotations in a sentence (“...”, "...")."""
    return [m.span() for m in _QUOTED.finditer(text, sent.start, sent.end)]


#: A contrast opening a clause of its own: ", while", ", whereas", ", but", "; ".
_CONTRAST = re.compile(r"(?:,\s*(?:while|whereas|but)|;)\s+")
_START = re.Match.start
#: A relative clause opening another speaker's words: ", which the army said", "in which".
_WHICH = re.compile(r"(?:,\s*|\s(?:in|during|after|at|from|on)\s+)which\s+$")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


#: A cue's subject a relative pronoun after the speaker's phrase: ", which said".
_RELATIVE_CUE = re.compile(r",\s*(?:which|who)\s+(?:also\s+|later\s+)?(?=\w+\b)")


def _clauses(
    text: str, sent: Sentence, attributions: list[_Attribution]
) -> list[tuple[tuple[int, int], _Attribution]]:
    """Split a sentence between independent attributions."""
    chosen: list[tuple[int, _Attribution]] = []  # (clause start, attribution)
    opens: dict[int, int] = {}  # where the words of a clause said by a speaker after them open
    for attr in attributions:
        if not chosen:
            chosen.append((sent.start, attr))
            continue
        last_start, last_attr = chosen[-1]
        if attr.relative_end > last_start:
            # "The M23, which the UN says is backed by Rwanda, denied ...": the clause about
            # the subject is its speaker's claim, what follows it the subject's
            chosen.append((attr.relative_end, attr))
            opens[len(chosen) - 1] = attr.relative_end + 2  # after ", "
            continue
        if attr.frame:
            # "The Kremlin denied that ..., saying fighting continued": the frame's words
            # are a clause of their own (its subject is the sentence's, before the split).
            at = text.find(f", {attr.cue}", last_start, sent.end)
            if at > last_start:
                chosen.append((at, attr))
            continue
        if attr.source is not None and last_attr.source == attr.source and attr.kind != "none":
            continue  # "he said ... and added": one claim
        if attr.after_content:
            # "The port authority said shipping had not been disrupted, while premiums had
            # risen, according to two industry sources": the speaker at the end says the
            # clause after the last contrast, not what the speaker before said.
            lo = max(last_start, last_attr.subj_end)
            cut = max(_CONTRAST.finditer(text, lo, attr.subj_start), default=None, key=_START)
            if cut is not None:
                chosen.append((cut.start(), attr))
                opens[len(chosen) - 1] = cut.end()
            continue
        rel = _RELATIVE_CUE.match(text, attr.subj_end, attr.subj_end + 24)
        if rel is not None and attr.source is not None and text.startswith(attr.cue, rel.end()):
            chosen.append((rel.start(), attr))  # "according to the Red Cross, which said"
            opens[len(chosen) - 1] = text.index("wh", rel.start())
            continue
        which = _WHICH.search(text, last_start, attr.subj_start)
        if which is not None and attr.source is not None and attr.kind != "none":
            chosen.append((which.start(), attr))  # "..., which the military said had been
            continue  # intercepted": another speaker's claim about what was said before
        boundary = _CLAUSE_BOUNDARY.search(text, last_start, attr.subj_start)
        if boundary is None and attr.source is not None and attr.kind != "none":
            boundary = _AND_BOUNDARY.search(
                text, max(last_start, last_attr.subj_end), attr.subj_start
            )
        if boundary is None:
            continue
        gap = text[boundary.end() : attr.subj_start]
        if gap.strip():
            continue
        chosen.append((boundary.start(), attr))
    out: list[tuple[tuple[int, int], _Attribution]] = []
    for n, (start, attr) in enumerate(chosen):
        end = chosen[n + 1][0] if n + 1 < len(chosen) else sent.end
        if n:
            start = opens.get(n, start + 2 if attr.frame else attr.subj_start)
        chunk = text[start:end]
        stripped = chunk.rstrip(" \t\n,;:—–-")
        if stripped.strip():
            out.append(((start, start + len(stripped)), attr))
    return out


#: A dateline of a place in capitals and a dash only: "KYIV — ", "ZAPORIZHZHIA – ".
_BARE_DATELINE = re.compile(r"\s*[A-Z][A-Z'’-]{2,}(?:[ \t][A-Z][A-Z'’-]{2,}){0,2}[ \t]*[—–][ \t]+")


def bare_dateline_end(text: str) -> int:
    """Where a dateline of capitals and a dash only ("KYIV — ") at the start of ``text``
    ends (0 when there is none): a dateline only when its words name a place, which
    the caller checks ("NATO — ..." is a name, no dateline).

    >>> bare_dateline_end("KYIV — Sea drones hit a warship."), bare_dateline_end("Kyiv said.")
    (7, 0)
    """
    m = _BARE_DATELINE.match(text)
    return m.end() if m is not None else 0


def body_start(text: str, start: int, end: int) -> int:
    """Where the claim ``text[start:end]`` starts without the wire dateline it opens
    with, if any ("KYIV (AP) — Russian forces ..." starts at "Russian"); ``start`` when
    the claim does not open the text or lies within the dateline."""
    opens, dateline = dateline_span(text)
    if start > opens or not dateline:
        return start
    return dateline if dateline < end else start
