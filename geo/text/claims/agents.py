"""Claims stage 2, agents: speakers the subject finder of :mod:`~geo.text.claims.attribution`
does not see by itself.

The agent of a passive cue ("was reported by Egyptian state media", "was confirmed by
Governor Alexander Bogomaz, who said ..."); a name in apposition after a description
("according to the regional governor, Oleh Syniehubov") or after a title that ends with
a body's word ("Spokesperson for the Joint Forces Task Force Viktor Trehubov"); "One of
them, speaking ..., said" (and "One of them, a 68-year-old retired teacher, said": the
teacher); the subject of a clause after ", but another ..." for a cue
coordinated with its verb; an apposition whose comma sits inside a quoted title; and
the unnamed or one-word-named people who speak, remembered as mentions so that a later
"he"/"she" binds to them ("An official with knowledge of the talks ... he said").
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context
from .introduced_people import PERSON_ROLES as _PERSON_ROLES
from .phrases import _np_right_end
from .segmentation import Sentence, _bare, _Tok
from .speakers import _canonical
from .vocab import _MONTH_DAY_WORDS, _ORG_WORDS, _SOURCE_NOUNS

__all__ = [
    "_APPOSED_NAME",
    "_PARTITIVE",
    "_PASSIVE_ADVERBS",
    "_TITLED_NAME",
    "_apposed_person",
    "_clause_subject",
    "_passive_agent",
    "_remember_unnamed_person",
    "_short_title",
    "partitive_speaker",
]


#: Cues that name rather than state: "a vote was called by ..." has no speaker.
_CALLED = frozenset("called calls calling".split())

_AFTER_AGENT = re.compile(
    r"\s(?:on|last|this|earlier|late|early|overnight|yesterday|today|in\s+an?|at\s+an?|"
    r"via|through|that|to\s+(?:be|have))\b"  # "believed by analysts to be inflated"
)
#: One or some of a group named before: "One of them", "Two of the officials".
_PARTITIVE = re.compile(
    r"\s*((?:One|Two|Three|Some|Several|Both|Many|Most|Neither|Each)\s+of\s+(?:them|"
    r"(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?[\w-]+))(?=,)"
)
_PASSIVE_ADVERBS = frozenset("also later first earlier since independently officially".split())
#: A name in apposition after a description: "the head of the regional council, Mykola
#: Lukashuk, who said".
_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=\s*[,.;]|\s*$)")


def _apposed_person(ctx: _Context, text: str, end: int, limit: int) -> tuple[str, int, int] | None:
    """The person named in apposition right after a phrase ending at ``end`` ("the
    regional governor, Oleh Syniehubov"): their canonical name, start and end; None when
    no name follows or the name is no person's."""
    name = _APPOSED_NAME.match(text, end, limit)
    if name is None:
        return None
    person, kind, _ = _canonical(ctx, name.group(1), name.start(1))
    return (person, name.start(1), name.end(1)) if kind == "person" else None


def _passive_agent(ctx: _Context, toks: list[_Tok], v: int, sent: Sentence) -> _Attribution | None:
    """The agent of a passive cue ("Progress was reported by Egyptian state media", "The
    attack was confirmed by Governor Alexander Bogomaz, who said ...") as the speaker of
    the sentence, or None without "by" and a speaker-like phrase after it."""
    if v + 2 >= len(toks) or toks[v + 1].text.lower() != "by":
        return None
    if toks[v].text.lower() in _CALLED:
        return None  # not "a vote was called by the Leader of the House"
    text = ctx.text
    start = toks[v + 2].start
    end = _np_right_end(text, start, sent.end)
    tail = _AFTER_AGENT.search(text, start, end)
    end = tail.start() if tail is not None else end  # "by state media on Wednesday"
    raw = text[start:end].strip()
    if not raw:
        return None
    source, kind, descriptor = _canonical(ctx, raw, start)
    apposed = _apposed_person(ctx, text, start + len(raw), sent.end) if kind != "person" else None
    if apposed is not None:
        descriptor, kind = raw, "person"
        source, start, end = apposed
    if source is None or kind == "none":
        return None
    head = _bare(raw.split()[-1]).lower()
    if kind != "person" and head not in _SOURCE_NOUNS and head not in _ORG_WORDS and not (
        raw[:1].isupper() or (descriptor and source == raw.split()[-1])  # "the channel Astra"
    ):
        return None  # "was reported by the roadside": no speaker
    end = start + len(raw) if apposed is None else end
    return _Attribution(v, toks[v].text.lower(), start, end, source, kind, descriptor,
                        after_content=True)


#: An indefinite description after a speaker's phrase: ", a marine from Mykolaiv,".
_APPOSED_ROLE = re.compile(r",\s+((?:a|an)\s+[^,.;:\n]{1,60}),")
#: A title ending with an organisation's word, then a person's name of two or three words.
_TITLED_NAME = re.compile(
    r"\b(?:[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Hh]ead|[Cc]hief|[Dd]irector)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,6}?"
    r"(?:Forces?|Command|Staff|Group|Task\s+Force|Corps|Brigade|Ministry|Service|Agency|"
    r"Office|Directorate|Administration|Council|Guard|Army|Navy)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})$"
)
#: An indefinite article and up to two modifiers the speaker's phrase left out, right before it.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,2}$")
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][\w’'-]*[a-z]|al|el|bin|de|van|von))*")


def _remember_unnamed_person(ctx: _Context, attr: _Attribution) -> None:
    """Make an unnamed person who speaks ("An official with knowledge of the talks ...
    said") what a later "he"/"she" refers to, as a named one is: an indefinite phrase
    whose head (before any "with", "at", "familiar", ...) is a person's role."""
    source = attr.source
    if source is None or attr.subj_start < 0:
        return
    if attr.kind == "person":
        # "A relative ..., who gave only his first name, Mahmoud, told": a one-word name
        # the person registry does not keep.
        if not _PERSON_NAME.fullmatch(source) or source.lower() in _MONTH_DAY_WORDS:
            return
        ctx.insert_mention(attr.subj_start, source)
        return
    words = source.lower().split()
    if words[:2] == ["one", "of"]:  # "One of them, a marine from Mykolaiv, told"
        apposed = _APPOSED_ROLE.match(ctx.text, attr.subj_start + len(source))
        words = apposed.group(1).lower().split() if apposed else words
    if words and words[0] not in ("a", "an", "one") and _INDEFINITE_BEFORE.search(
        ctx.text, max(0, attr.subj_start - 40), attr.subj_start
    ):
        words = ["a", *words]  # "A 20-year-old conscript from ...": the article before an age
    if len(words) < 2 or words[0] not in ("a", "an", "one"):
        return
    head = next((w for w in words[1:] if w in _PERSON_ROLES), None)
    if head is None or words.index(head) > 3:
        return
    ctx.insert_mention(attr.subj_start, source)


def _clause_subject(
    ctx: _Context, toks: list[_Tok], j: int, sent: Sentence
) -> tuple[int, int] | None:
    """The speaker opening the clause that the "and" at token ``j`` continues, when the
    clause starts with ", but another ...", ", but the ..." ("..., but another prominent
    milblogger denied this claim and stated ..."): (start, end) offsets, else None."""
    text = ctx.text
    found = list(_BUT_SUBJECT.finditer(text, sent.start, toks[j].start))
    if not found:
        return None
    m = found[-1]
    verb = next(
        (k for k in range(j - 1, -1, -1) if toks[k].start >= m.end() and
         toks[k].text.lower() in _STATUS_OR_CUE and toks[k - 1].start >= m.start("np")),
        None,
    )  # fmt: skip
    if verb is None:
        return None
    first = next((k for k in range(verb) if toks[k].start >= m.start("np")), None)
    if first is None or not all(t.text[:1].isalpha() for t in toks[first:verb]) or verb - first > 5:
        return None
    h = verb - 1
    while h > first and toks[h].text.lower() in _BETWEEN:
        h -= 1  # "..., but the rebels later denied firing on the city and blamed ..."
    head = toks[h].text.lower()
    if head not in _SOURCE_NOUNS and not toks[h].text[:1].isupper():
        return None
    return toks[first].start, toks[h].end


_BUT_SUBJECT = re.compile(r",\s*(?:but|yet|while)\s+(?P<np>(?:another|a|an|the|other)\s)")
_STATUS_OR_CUE = frozenset("denied denies rejected rejects disputed disputes dismissed".split())
#: Adverbs and auxiliaries between the clause's speaker and its verb: "the rebels later denied".
_BETWEEN = frozenset(
    "later also quickly swiftly immediately subsequently then since had has have".split()
)


def _short_title(toks: list[_Tok], end: int) -> bool:
    """Whether ``toks[..end]`` closes a short quoted title: capitalised words (and a few
    short lower-case ones) back to an opening quotation mark ("“Northern Arrows")."""
    for k in range(end, max(-1, end - 7), -1):
        word = toks[k].text
        if word in ("“", '"', "‘"):
            return k < end
        if not (word[:1].isupper() or (word.isalpha() and len(word) <= 4)):
            return False
    return False


#: A description in apposition after "One of them": ", a 68-year-old retired teacher".
_PARTITIVE_ROLE = re.compile(r",\s+((?:an?|the)\s+(?:[\w-]+\s+){0,4}?([a-z]+))\s*$")


def partitive_speaker(
    ctx: _Context, part: re.Match[str], comma: int, verb: int, cue: str
) -> _Attribution:
    """The speaker of "One of them, ..., said" (``part``: the :data:`_PARTITIVE` match;
    ``comma``: the offset of the comma before the cue): the description in apposition
    when it ends in a speaker's noun ("One of them, a 68-year-old retired teacher,
    said": "a 68-year-old retired teacher"), else the few themselves ("One of them")."""
    role = _PARTITIVE_ROLE.match(ctx.text, part.end(), comma)
    if role is not None and role.group(2) in _SOURCE_NOUNS:
        a, b = role.span(1)
        return _Attribution(verb, cue, a, b, role.group(1), "person", part.group(1))
    return _Attribution(verb, cue, part.start(1), part.end(1), part.group(1), "group")
