"""Claims stage 4b, claims inside claims: a quoted claim answered in its quotation, and
a government's announcement joined with its spokesperson's words, and a quotation
of several sentences joined to the claim of the sentence that closes it.

:func:`_nested_counter_claims` runs per sentence on the claims of
:mod:`~geo.text.claims.extract`; :func:`_merge_spokespersons` once over the drafts of
a text. Both are linear in what they are given.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft
from .cues import _BACKREF
from .described_bodies import body_described
from .section_headings import heading_line
from .segmentation import Sentence
from .sides import speaker_side
from .speakers import _countries
from .spokesperson_statements import new_statement
from .status import _CONTRADICTION, _DENY, _STATUS_RANK, _clean

__all__ = ["_join_quote_openings", "_merge_spokespersons", "_nested_counter_claims"]


def _nested_counter_claims(
    ctx: _Context, sent: Sentence, new: list[_Draft], quoted: list[_Attribution]
) -> list[_Draft]:
    """A claim quoted and answered inside a quotation is a claim of its own.

    "Ukraine's army said: “Russia claims it captured the village, but our troops
    still hold it.”" -> the quoted speaker's claim ("Russia claims it captured the
    village"), disputed by the rest of the quotation, and the outer claim answering
    it (``responds_to``), which keeps the answering words only (claims never
    overlap). A quoted claim nobody answers stays part of the quotation.
    """
    text = ctx.text
    out = list(new)
    for q in quoted:
        if q.source is None or q.kind == "none" or q.after_content:
            continue
        outer = next((d for d in reversed(new) if d.start <= q.subj_start < d.end), None)
        if outer is None or outer.source == q.source:
            continue
        close = re.compile(r"[”\"]").search(text, q.subj_end, sent.end)
        quote_end = close.start() if close else sent.end
        cut = _QUOTE_CLAUSE.search(text, q.subj_end, quote_end)
        if cut is None:
            continue
        answer = text[cut.end() : quote_end]
        m = _CONTRADICTION.search(answer) or _DENY.search(answer)
        if m is None:
            continue
        status = "denied" if _DENY.search(answer) else "disputed"
        nested = _Draft(
            q.subj_start, cut.start(), q.source, q.cue, q.kind, q.descriptor,
            outer.first, outer.last, outer.paragraph, subj_start=q.subj_start,
            subj_end=q.subj_end,
        )  # fmt: skip
        nested.side, nested.party = speaker_side(ctx, q.subj_start, q.subj_end, q.source)
        words = answer.strip(' ”".')
        nested.statuses.append((_STATUS_RANK[status], status, _clean(f"{outer.source}: {words}")))
        outer.responds_to = nested
        # Claims never overlap: the outer claim keeps the answer ("our troops still
        # hold it"), the quoted claim what it answers.
        outer.start = cut.end() + len(answer) - len(answer.lstrip())
        out.append(nested)
    out.sort(key=lambda d: d.start)
    return out


_QUOTE_CLAUSE = re.compile(r",?\s*\b(?:but|while|whereas|yet)\b|;")


#: Offices that speak for a place or for themselves, not for the government before them
#: ("Moscow Mayor Sergei Sobyanin said", "Belgorod Gov. Vyacheslav Gladkov said", "Sen.
#: Roger Wicker said" after "Russia's Defence Ministry said": two claims).
_LOCAL_OFFICE = re.compile(
    r"\b(?:mayor|governor|gov(?=\.)|governorate|regional|local|city|municipal|village|"
    r"district|residents?|witness(?:es)?|sen(?=\.)|senator|rep(?=\.)|representative|"
    r"lawmakers?|legislators?|congress(?:wo)?man|MPs?|parliamentarians?)\b",
    re.IGNORECASE,
)


#: Speakers that are no government making an announcement (head nouns).
_NO_GOVERNMENT = frozenset(
    """sources source media reports milbloggers milblogger bloggers blogger
    residents witnesses outlets channels""".split()
)


#: Another party's claims the spokesperson answers, named by the party's adjective:
#: "Russian claims of capturing Kupiansk were a lie", "Moscow's assertions".
_OTHERS_CLAIMS = re.compile(
    r"\b(?:[A-Z][\w-]*(?:[’']s)?|enemy|the\s+enemy[’']s)\s+(?:claims?|assertions?|allegations?|"
    r"statements?|reports?)\b(?!\s+that\s+(?:it|they|we)\b)"
)


def _merge_spokespersons(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """A government's announcement and its named spokesperson's words: one claim."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("org", "group")
            and d.kind == "person"
            and d.descriptor
            and d.first == prev.last + 1
            and d.paragraph == prev.paragraph
            and not _LOCAL_OFFICE.search(d.descriptor)
            and not _other_body(d.descriptor, prev.source)  # "a spokesman for forces in the east"
            and not body_described(d.descriptor)  # "Ambrey, a British maritime security firm"
            # not an answer to a claim: "Kovalenko ... called Putin's claim a fantasy"
            and d.responds_to is None
            # a denial of its own ("spokesman X denied that ..."): a statement of its own
            and all(status != "denied" for _, status, _ in d.statuses)
            and _BACKREF.search(ctx.text, d.start, d.end) is None
            # nor to one nobody made in the text: "said Russian claims of ... were a lie"
            and _OTHERS_CLAIMS.search(ctx.text, d.start, d.end) is None
            # a government speaks, not "Ukrainian sources reported ...": no announcement
            and (prev.source or "").rsplit(None, 1)[-1].lower() not in _NO_GOVERNMENT
            and not new_statement(ctx.text, d)  # "Peskov also said", "told reporters that"
            and not heading_line(ctx.text, prev.start, prev.end)  # "13:40 GMT - Kremlin ..."
        ):
            desc_at = ctx.text.find(d.descriptor, d.start, d.end) if d.descriptor else -1
            if desc_at < 0:
                desc_at = d.start
            theirs = _countries(ctx, desc_at, desc_at + len(d.descriptor), first=True)
            ours = set(_countries(ctx, prev.subj_start, prev.subj_start + len(prev.source or "")))
            if theirs and theirs[0] in ours:
                prev.end = d.end
                prev.last = d.last
                prev.source, prev.cue, prev.kind = d.source, d.cue, d.kind
                prev.descriptor = d.descriptor
                prev.statuses.extend(d.statuses)
                continue
        out.append(d)
    return out


def _other_body(descriptor: str, source: str | None) -> bool:
    """Whether a spokesperson's ``descriptor`` names a body other than ``source``: "a
    spokesman for Ukrainian forces in the east" after "Ukraine's General Staff" (not "the
    air force's spokesman"/"spokesman for the air force" after "Ukraine's air force")."""
    m = _BODY_OF.search(descriptor)
    if m is None or not source:
        return False
    return source.rsplit(None, 1)[-1].lower() not in m.group("body").lower().split()


#: A spokesperson's body named after "for"/"of": "a spokesman for Ukrainian forces".
_BODY_OF = re.compile(
    r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?P<body>[^,;()]+)",
    re.IGNORECASE,
)
#: Quotation marks that open and close a quotation.
_OPEN, _CLOSE = '“"', '”"'
#: How many sentences back a quotation closed in a claim's sentence may open.
_QUOTE_BACK = 4


def _join_quote_openings(
    ctx: _Context, drafts: list[_Draft], sentences: list[Sentence]
) -> list[_Draft]:
    """Claims whose quotation opened sentences before: they start where it opened.

    "“The enemy is throwing everything it has at this sector. They come in small
    groups, and we destroy them,” he said." -> one claim of the speaker from the
    opening mark, not a claim of its last sentence and a sentence of no one. The
    opening sentence must be in the same paragraph, at most a few sentences back, and
    the sentences between must hold no claim with a speaker of its own (claims of no
    speaker inside the quotation join it). Linear in the drafts.
    """
    text = ctx.text
    out: list[_Draft] = []
    for d in drafts:
        first = sentences[d.first]
        opening = None
        if d.source is not None and d.start == first.start and _closes_earlier(text, first):
            opening = _opening_sentence(text, sentences, d.first)
        if opening is not None:
            start = sentences[opening].start
            k = len(out)
            while k and out[k - 1].start >= start:  # the claims inside the quotation
                k -= 1
            inside = out[k:]
            if all(o.source is None for o in inside):
                del out[len(out) - len(inside) :]
                for o in inside:
                    d.statuses.extend(o.statuses)
                d.start, d.first = start, opening
        out.append(d)
    return out


def _closes_earlier(text: str, sent: Sentence) -> bool:
    """Whether the sentence's first quotation mark closes a quotation it did not open
    ("... houses,” he said." or '... houses," he said.')."""
    k = _first_mark(text, sent.start, sent.end)
    if k <= sent.start:
        return False
    if text[k] == "”":
        return True
    # A straight mark closes when punctuation comes before it and a space after it.
    return text[k] == '"' and text[k - 1] in ",.?!" and (k + 1 == sent.end or text[k + 1] == " ")


def _first_mark(text: str, start: int, end: int) -> int:
    """The offset of the first quotation mark (“ ” ") in ``text[start:end]``, or -1."""
    found = [k for k in (text.find(m, start, end) for m in _MARKS) if k >= 0]
    return min(found) if found else -1


_MARKS = ("“", "”", '"')


def _opening_sentence(text: str, sentences: list[Sentence], idx: int) -> int | None:
    """The sentence before ``idx`` (same paragraph, a few back) that opens a quotation
    it does not close, when every sentence between has no quotation mark."""
    for j in range(idx - 1, max(-1, idx - 1 - _QUOTE_BACK), -1):
        sent = sentences[j]
        if sent.paragraph != sentences[idx].paragraph or sent.line:
            return None
        s = text[sent.start : sent.end].lstrip()
        marks = s.count("“") + s.count("”") + s.count('"')
        if s[:1] in _OPEN and marks == 1:
            return j
        if marks:
            return None
    return None
