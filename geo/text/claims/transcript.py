"""Claims stage 2d, transcripts: a speaker's label opening a paragraph.

A news conference, an interview or a briefing printed as questions and answers names
who speaks once, in a label before a colon, and then gives their words without a cue
verb::

    Question: Is Pokrovsk still under Ukrainian control?

    Zelenskyy: Our forces are holding the northern part of the city.

:func:`label_speaker` gives each sentence of such a paragraph its speaker when the label
is a person the text named before ("Zelenskyy" after "Ukrainian President Volodymyr
Zelenskyy": the full name), or a full name of two or three capitalised words, upper case
allowed ("STUBB:", "Alexander Stubb:"), or an upper-case surname named nowhere else that
opens two lines or more of a text whose other lines ask ("PARNELL:" answering "Q:").
A greeting or thanks alone ("Good afternoon.") is no claim. A label that asks ("Question:", "Q:",
"Reporter:") or one that is no person ("Update:", "Photo:", "Editor's note:") gives no
speaker, and a question ("... , will Finland send more air defence?") in a speaker's
paragraph is no claim. The cue of such a claim is ``":"``, the label's colon: the
attribution as written. A reply that only calls untrue the claim of another speaker
the answer quoted ("The Russians have been claiming that they took it. That is not
true.") denies that claim and is none of its own. Linear: the label is read once per paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .colon_speakers import colon_label
from .context import _Context
from .segmentation import Sentence
from .transcript_labels import line_label, quote_label, titled_label

__all__ = ["TRANSCRIPT_CUE", "asked_between", "label_speaker", "reply_status", "untrue_reply"]

#: The cue of a claim a transcript's label attributes: the label's colon.
TRANSCRIPT_CUE = ":"

#: A label opening a paragraph: one to three capitalised words (upper case allowed, a
#: hyphen or an apostrophe inside) and a colon.
_LABEL = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]*:[ \t]+(?=[\"“A-Z0-9])"
)
#: A speaker's reply calling what they just quoted untrue: "That is not true.", "This is
#: a lie.", "No, that is not true."
_UNTRUE_REPLY = re.compile(
    r"(?:No,?\s+(?:that|this|it)|That|This|It)(?:\s+is|[’']s)\s+(?:simply\s+|just\s+)?"
    r"(?:not\s+true|untrue|false|a\s+lie|a\s+fake|fake|nonsense)\s*[.!]"
)
#: A reply calling it propaganda or exaggerated: "That is propaganda." disputes it.
_DISPUTING_REPLY = re.compile(
    r"(?:That|This|It)(?:\s+is|[’']s)\s+(?:simply\s+|just\s+|pure\s+)?(?:propaganda|"
    r"an?\s+exaggeration|exaggerated|(?:a\s+)?provocation)\s*[.!]"
)
#: A bare "No." answers a question asking whether what was quoted is true.
_BARE_NO = re.compile(r"No\s*[.!]")
_TRUE_QUESTION = re.compile(r"\b(?:true|so|correct|right|accurate)\b", re.IGNORECASE)
#: Labels of the one who asks: their paragraph holds questions, not claims.
_ASKING = frozenset("q question questions reporter reporters journalist interviewer host".split())
#: Words of a label that heads a region or a sector, no person: "Kherson Oblast:",
#: "Donetsk Region:", "Kupiansk direction:".
_REGION_WORDS = frozenset(
    "oblast oblasts region regions province district raion krai republic direction "
    "directions axis axes sector sectors front frontline".split()
)
#: Words of a label that heads a section of a report, no person: "Key Takeaways:",
#: "Main Developments:", "Latest Updates:", "Background:".
_SECTION_WORDS = frozenset(
    "takeaways takeaway highlights developments updates update summary background "
    "analysis context timeline points facts note notes correction corrections assessment "
    "overview latest breaking recap".split()
)


def label_speaker(
    ctx: _Context, sentences: Sequence[Sentence], idx: int
) -> tuple[str, int, int] | None:
    """(source, start, end) of the labelled speaker sentence ``idx`` belongs to: the full
    name and the label's offsets; None when its paragraph opens with no person's label,
    or the sentence asks a question (see the module docstring)."""
    sent = sentences[idx]
    said = ctx.text[sent.start : sent.end].rstrip()
    if said.endswith(("?", "?”", '?"')):
        return None
    if _PLEASANTRY.fullmatch(said, _opening(said)):
        return None  # "PARNELL: Good afternoon.", "Thank you.": no claim
    labels: dict[int, tuple[str, int, int] | None] = ctx.allegiance.setdefault("labels", {})
    own = line_label(ctx, sentences, idx, _LABEL, _label)  # "Misri: ..." after "Q: ..."
    if own is not None:
        return own[0]
    if sent.paragraph not in labels:
        first = idx
        while first and sentences[first - 1].paragraph == sent.paragraph:
            first -= 1  # once per paragraph: the labels of those read are kept
        opening = sentences[first]  # a live blog's "11:02 - Sumy administration: ..."
        labels[sent.paragraph] = _label(ctx, opening) or colon_label(ctx, sentences, first)
    return labels[sent.paragraph]


def _label(ctx: _Context, sent: Sentence) -> tuple[str, int, int] | None:
    """The person a paragraph's label names, if its first sentence opens with one."""
    if ctx.text.startswith("Quote", sent.start) and (q := quote_label(ctx, sent)) is not None:
        return q  # 'Quote from Fedorov: "..."'
    m = _LABEL.match(ctx.text, sent.start, sent.end)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if words[0].lower() in _ASKING or any(
        w.lower() in _REGION_WORDS or w.lower() in _SECTION_WORDS for w in words
    ):
        return None  # the one who asks; "Kupiansk direction:", "Key Takeaways:"
    titled = ctx.allegiance.setdefault("titled", {})  # one speaker per title label
    if name.upper() not in titled:
        titled[name.upper()] = titled_label(ctx.text, name, m.start("name"))
    if (role := titled[name.upper()]) is not None:
        return role, m.start("name"), m.end("name")  # "MINISTER:": the minister named before
    last = words[-1]
    title = last.title() if last.isupper() else last  # "STUBB:" names Stubb
    full = ctx.persons.get(title)
    if full is None and _names_place(ctx, m.start("name"), m.end("name")):
        return None  # "Kherson:", "Zaporizhzhia Nuclear Plant:": a heading, no speaker
    if full is None and len(words) > 1 and all(w[1:].islower() or w.isupper() for w in words):
        full = " ".join(w.title() if w.isupper() else w for w in words)
    if full is None and len(words) == 1 and last.isupper() and _answers_questions(ctx, name):
        full = title  # "PARNELL:" answering "Q:" lines, named nowhere else: Parnell
    if full is None or not full.endswith(title):
        return None  # "Update:", "Editor's note:": no person the text names
    return full, m.start("name"), m.end("name")


#: A greeting or thanks alone: no claim of the one who says it.
_PLEASANTRY = re.compile(
    r"[ \t]*(?:(?:Good\s+(?:morning|afternoon|evening)|Thank\s+you|Thanks|Hello|Hi|Welcome)"
    r"(?:,?\s+(?:everyone|everybody|all|very\s+much|for\s+having\s+me|again))?)[.!]?"
)


def _opening(said: str) -> int:
    """Where a sentence's words start after its paragraph's label, if it opens with one."""
    m = _LABEL.match(said)
    return m.end() if m is not None else 0


#: A line asking in a transcript: "Q:", "Question:", "REPORTER:".
_ASKING_LINE = re.compile(r"^[ \t]*(?i:q|question|reporter|journalist)[ \t]*:", re.M)


def _answers_questions(ctx: _Context, label: str) -> bool:
    """Whether the text is a transcript where the upper-case ``label`` answers: it opens
    two lines or more and another line asks ("Q: ..."). A heading's label ("UPDATE:") that
    opens one line, or a text with no questions, is no speaker's."""
    known = ctx.allegiance.setdefault("answering", {})
    if label not in known:
        opens = re.compile(rf"^[ \t]*{re.escape(label)}[ \t]*:", re.M)
        twice = len(opens.findall(ctx.text)) >= 2
        known[label] = twice and _ASKING_LINE.search(ctx.text) is not None
    return known[label]


def _names_place(ctx: _Context, start: int, end: int) -> bool:
    """Whether a toponym of the analysis lies inside the label ``text[start:end]``."""
    spans = ctx.toponym_spans
    k = bisect_left(spans, (start, start))
    return (k < len(spans) and spans[k][0] < end) or (k > 0 and spans[k - 1][1] > start)


def untrue_reply(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a sentence, only calls what was said before untrue
    ("That is not true."): in a speaker's answer, it denies the claim they quoted.

    >>> untrue_reply("That is not true.", 0, 17), untrue_reply("That is our town.", 0, 17)
    (True, False)
    """
    return _UNTRUE_REPLY.fullmatch(text, start, end) is not None


def reply_status(
    text: str, sentences: Sequence[Sentence], idx: int, body: int
) -> tuple[str, bool] | None:
    """The status a speaker's answer ``text[body:end]`` of sentence ``idx`` gives the claim
    the question quoted, and whether the answer is only that: ("denied", True) for "That
    is not true." or a bare "No." after "Is that true?" ("No. Our units hold ...": the
    rest is a claim of its own, False), ("disputed", True) for "That is propaganda.";
    None for a reply that says no such thing.

    >>> from geo.text.claims.segmentation import split_sentences
    >>> t = "HOST: Moscow says it took the town. Is that true?\\n\\nSYRSKYI: No."
    >>> ss = split_sentences(t)
    >>> reply_status(t, ss, len(ss) - 1, t.index("No."))
    ('denied', True)
    """
    end = sentences[idx].end
    if untrue_reply(text, body, end):
        return "denied", True
    if _DISPUTING_REPLY.fullmatch(text, body, end) is not None:
        return "disputed", True
    no = _BARE_NO.match(text, body, end)
    if idx and no is not None and not text[no.end() : no.end() + 2].strip()[:1].isdigit():
        asked = text[sentences[idx - 1].start : sentences[idx - 1].end].rstrip()
        if asked.endswith("?") and _TRUE_QUESTION.search(asked):
            return "denied", no.end() >= end
    return None


#: The most sentences between a claim and its answer that may all be questions.
_ASKED_REACH = 3


def asked_between(text: str, sentences: Sequence[Sentence], last: int, idx: int) -> list[int]:
    """The sentences between ``last`` and ``idx`` when every one asks a question ("ANCHOR:
    What is the government saying?" between a claim and the answer to it), at most three;
    else none.

    >>> from geo.text.claims.segmentation import split_sentences
    >>> t = "Kyiv said the town held. Is that so? Moscow said it fell."
    >>> asked_between(t, split_sentences(t), 0, 2)
    [1]
    """
    between = range(last + 1, idx)
    if not text or not between or len(between) > _ASKED_REACH:
        return []
    for k in between:
        if not text[sentences[k].start : sentences[k].end].rstrip().endswith(("?", "?”", '?"')):
            return []
    return list(between)
