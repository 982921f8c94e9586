"""The speaker of one cue: the noun phrase a cue verb's speaker is, found from the cue.

:func:`_subject` reads the tokens left of a cue ("Russia's defence ministry
said", "it said", "..., but said", "A woman who fled to Tawila told"), or hands
over to the finders of :mod:`geo.text.claims.subjects` (appositions, inverted
subjects, frames such as ", saying"); :func:`_quoted_speaker` reads "quoted X as
saying". :func:`geo.text.claims.attribution._attributions` calls them for every
cue of a sentence.
"""

from __future__ import annotations

import re

from ..left_places import LEAVING
from .agents import _PARTITIVE, _TITLED_NAME, _clause_subject, _short_title, partitive_speaker
from .apposed_names import apposed_name
from .context import _Attribution, _Context
from .document_subject import document_subject
from .ground_phrases import ground_span
from .inhabitants import listed_people, placed_people
from .nested_cues import speaker_after
from .phrases import _POSTED, _np_left, _relative_subject, _sentence_subject, _skip_left
from .placed_appositions import placed_apposition
from .quoted_names import quoted_medium
from .relative_speakers import relative_speaker
from .segmentation import Sentence, _bare, _Tok
from .speakers import _canonical, _resolve_pronoun
from .subjects import (
    _apposition_subject,
    _content_before,
    _frame_subject,
    _inverted_subject,
    _previous_subject,
    _sentence_speaker,
)
from .trailing_pronouns import trailing_it_speaker
from .vocab import _PRONOUNS, _RELAYING, _SOURCE_NOUNS

__all__ = [
    "_OBJECT_PRONOUNS",
    "_QUOTED_AS",
    "_quoted_speaker",
    "_subject",
]


#: Cues that go on with what the last speaker said: "..., it added."
_CONTINUING = frozenset("added adds continued".split())


#: A speaker quoted by someone else: "quoted X as saying", "cited X as saying".
_QUOTED_AS = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<who>[^.;:“”\"]{2,160}?),?\s+as\s+"
    r"(?P<cue>saying|stating|telling|claiming|writing)\b"
)


def _quoted_speaker(
    ctx: _Context, toks: list[_Tok], m: re.Match[str], sent: Sentence
) -> _Attribution | None:
    """The attribution of "quoted X as saying": X (a person named in apposition after a
    description: "the head of the region, Vitaly Ganchev"), the cue "saying"."""
    at, end = m.span("who")
    raw = ctx.text[at:end]
    descriptor = ""
    comma = raw.rfind(", ")
    if comma > 0 and raw[comma + 2 : comma + 3].isupper():
        descriptor, at = raw[:comma].strip(), at + comma + 2  # the name after the comma
        raw = ctx.text[at:end]
    source, kind, own = _canonical(ctx, raw, at)
    if source is None:
        return None
    if raw.lower() in _OBJECT_PRONOUNS:  # "quoted him as saying": the last named person
        source, kind = _resolve_pronoun(ctx, _OBJECT_PRONOUNS[raw.lower()], m.start("who"))
    if descriptor and kind != "person":
        return None  # "quoted the ministry, the army and police as saying": no one name
    verb = next((i for i, t in enumerate(toks) if t.start >= m.start("cue")), None)
    if verb is None:
        return None
    return _Attribution(verb, m.group("cue"), at, end, source, kind, descriptor or own)


#: Auxiliaries after a cue in a relative clause without "that": "the fighters it says were
#: killed", "weapons they said had been seized".
_RELATIVE_AUX = frozenset("were was are is had have has".split())
#: Words before a subject pronoun that start a clause of their own ("and it said").
_CLAUSE_WORDS = frozenset(
    "and but or that as because while which who whom whose what when since so then where if "
    "though".split()
)


def _reduced_relative(toks: list[_Tok], j: int, v: int) -> bool:
    """Whether the pronoun at token ``j`` and its cue at ``v`` are a relative clause inside
    a noun phrase ("the fighters it says were killed"): a lower-case word before the
    pronoun, an auxiliary after the cue. Its speaker is then no speaker of the sentence
    unless the sentence's own subject is ("Israel struck sites it said were used ...")."""
    if j < 1 or v + 1 >= len(toks) or toks[v + 1].text.lower() not in _RELATIVE_AUX:
        return False
    before = toks[j - 1].text
    return before.isalpha() and before.islower() and before not in _CLAUSE_WORDS


def _who_before(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int] | None:
    """ "A displaced woman who fled to Tawila told": the phrase before "who" when the
    phrase ``span`` found before the cue closes a relative clause (a few words, no
    comma), from its article; else None."""
    a = span[0]
    for w in range(a - 1, max(0, a - 8), -1):  # not across a comma: ", officials said"
        if toks[w].text in (",", ";", "—", "“", "”", '"'):
            return None
        if toks[w].text.lower() == "who":
            d = next(
                (k for k in range(w - 1, max(-1, w - 5), -1) if toks[k].text.lower() in _ARTICLES),
                None,
            )
            return (d, w - 1) if d is not None and d < w - 1 else None
    return None


def _placed_before(
    toks: list[_Tok], span: tuple[int, int], date_tokens: set[int]
) -> tuple[int, int] | None:
    """ "The spokesperson for a Ukrainian brigade operating near Vovchansk stated",
    "Residents who fled to Myitkyina said": the speaker's phrase before the participle
    or "who" that places them, when the phrase ``span`` found before the cue is the place
    after it (a dozen words at most, no punctuation between: "Rwandan troops deployed near
    the gas project on the Afungi peninsula outside Palma said", "Medics in a field hospital
    near Kramatorsk said"); else None."""
    for w in range(span[0] - 2, max(-1, span[0] - 13), -1):
        low = toks[w].text.lower()
        if not low[:1].isalpha():
            return None
        held = w and _bare(toks[w - 1].text).lower() in _SOURCE_NOUNS
        if held and (low in _PLACE_PREPOSITIONS or low.endswith("ing")):
            # "Medics in a field hospital near", "Engineers repairing the substation outside"
            inner = _np_left(toks, w - 1, date_tokens)
            return (inner[0], w - 1) if inner is not None else None
        if (low in _POSTED or low == "who") and w:
            inner = _np_left(toks, w - 1, date_tokens)
            return (inner[0], w - 1) if inner is not None else None
    return None


#: "Residents I spoke to say", "People we talked with said": the people, not the reporter.
_SPOKE = frozenset("spoke spoken talked".split())


def _spoken_to(toks: list[_Tok], j: int) -> int | None:
    """The token before "[that|whom] I/we spoke to" ending at ``j``, or None."""
    if j < 3 or toks[j].text.lower() not in ("to", "with"):
        return None
    if toks[j - 1].text.lower() not in _SPOKE:
        return None
    k = j - 2
    if toks[k].text.lower() not in ("i", "we", "they", "he", "she"):
        return None
    k -= 1
    if k >= 1 and toks[k].text.lower() in ("that", "whom", "who"):
        k -= 1
    return k if toks[k].text[:1].isalpha() else None


_ARTICLES = frozenset("a an the".split())
#: Participles describing a speaker seen in a video or at a scene, or posts: "An RSF
#: commander standing in front of a gate said", "Posts sharing the image also say".
_POSTURES = frozenset(
    "standing sitting seated kneeling speaking wearing holding walking surrounded flanked "
    "dressed pictured filmed shown sharing circulating spreading reposting".split()
)


def _posture_before(toks: list[_Tok], j: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """The speaker's phrase before a participle describing them, when the cue follows that
    phrase's words with no comma ("An RSF commander standing in front of a gate said",
    ``j`` the token before the cue): that phrase, else None."""
    for k in range(j, max(0, j - 10), -1):
        if not toks[k].text[:1].isalnum():
            return None  # a comma, a quotation mark: another construction
        if toks[k].text.lower() in _POSTURES:
            return _np_left(toks, k - 1, date_tokens) if k else None
    return None

#: Prepositions before a place inside a relative clause: "who fled to Tawila told".
_PLACE_PREPOSITIONS = frozenset("to in at from near into outside around inside".split())
#: Verbs of leaving or reaching a place named right after them: "Troops who entered
#: Kupiansk said" (the troops speak).
_GONE = frozenset(LEAVING.split("|"))


def _second_that(toks: list[_Tok], a: int) -> bool:
    """Does the subject starting at token ``a`` open a second "that" clause of a cue
    before it ("said the talks would go on but that Moscow rejected ...")?"""
    k = a if toks[a].text.lower() == "that" else a - 1
    return k >= 1 and toks[k].text.lower() == "that" and toks[k - 1].text.lower() in _JOINS


_JOINS = frozenset("but and yet or".split())


#: Object pronouns after "according to", read as the subject pronoun they stand for.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}


def _closing_person(
    ctx: _Context, toks: list[_Tok], v: int, sent: Sentence
) -> _Attribution | None:
    """The person named right after a cue that closes its sentence ("..., said Babagana
    Zulum, the Borno state governor."), who speaks whatever stands between the commas
    before the cue ("in Bama, abducting women, said ..." is no apposition of Bama); None
    when the name goes on into a clause ("said Putin had lied") or names no person."""
    found = _inverted_subject(ctx, toks, v, sent, after_content=True)
    if found is None or found.kind != "person":
        return None
    rest = ctx.text[found.subj_end : sent.end].lstrip()
    if rest[:1] == "," and (_FINITE.search(rest) or _LISTED.match(rest)):
        return None  # "said Ivan Petrov, a resident, was killed": what is said; "declared
        # Buner, Bajaur and Mansehra disaster-hit areas": the first of the names it lists
    if rest and rest[0] not in ".,;!?":
        # "..., said governor Ivan Fedorov on Telegram.": where or how he said it, no clause
        tail = _SAID_WHERE.fullmatch(rest)
        return found if tail is not None and not _FINITE.search(rest) else None
    return found


#: What may follow a closing speaker's name to its sentence's end: "on Telegram", "in a
#: video address", "on Friday".
_SAID_WHERE = re.compile(r"(?:on|in|via|at|during|to)\s+[^,;:“”\"]{1,60}?[.!?]?\s*")
#: A preposition opening the sentence just before a phrase: "In Kherson".
_PLACED_OPENING = re.compile(r"\W*(?:In|At|Near|From|Outside|Around|Inside|On)\s+(?:the\s+)?")
#: The names after the first of a list: ", Bajaur and Mansehra".
_LISTED = re.compile(r",(?:\s+[A-Z][\w'’-]*)+(?:,(?:\s+[A-Z][\w'’-]*)+)*,?\s+(?:and|or)\s+[A-Z]")
#: A finite verb after the name's apposition: the name opens what is said.
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|did|died)\b")


def _subject(
    ctx: _Context, toks: list[_Tok], v: int, date_tokens: set[int], sent: Sentence
) -> _Attribution | None:
    text = ctx.text
    cue = toks[v].text.lower()
    j = _skip_left(toks, v - 1, 0, date_tokens)
    if j < 0:
        return None
    prev = toks[j]
    if prev.text in ("”", '"') and (named := _named_by_quote(text, toks, j)) is not None:
        j, prev = named, toks[named]  # 'a commander with the call sign "Rusyn" told'
    elif prev.text in ("”", '"') and (medium := quoted_medium(text, toks, j, v, cue)):
        return medium  # 'The pro-Kremlin channel "Voenkor Kotenok" wrote'
    if prev.text == ",":
        if cue.endswith("ing"):
            # ", saying ...": the main clause's speaker, kept only when the main clause
            # has no cue of its own ("Israel struck the crossing, saying ...").
            return _frame_subject(ctx, toks, v, j, date_tokens)
        closing = _closing_person(ctx, toks, v, sent)
        if closing is not None:
            return closing  # "..., abducting women, said Babagana Zulum, the governor."
        span = _relative_subject(toks, j, date_tokens)
        people = placed_people(toks, span) if span is not None and span[0] >= 2 else None
        found = None if people else _apposition_subject(ctx, toks, j, v, date_tokens)
        found = placed_apposition(ctx, toks, found, date_tokens)  # "trapped in X, east of Y,"
        if found is not None and _PLACED_OPENING.fullmatch(text, sent.start, found.subj_start):
            found = None  # "In Kherson, two were hurt, said the governor, ...": a place
        if found is not None:
            return found
        part = _PARTITIVE.match(text, sent.start, toks[j].start)
        if part is not None and part.end() < toks[j].start and text[part.end()] == ",":
            # "One of them, speaking on condition of anonymity, said": the few the
            # sentence before named; "One of them, a retired teacher, said": the teacher
            return partitive_speaker(ctx, part, toks[j].start, v, cue)
        if span is not None:
            # "The RSF-led Tasis coalition, which has formed a rival government, said"; "A
            # local elder in Moqokori, who asked not to be named, said": the elder
            a, b = people or span
            raw = text[toks[a].start : toks[b].end]
            source, kind, descriptor = _canonical(ctx, raw, toks[a].start)
            after = _content_before(text, sent, toks[a].start)
            return _Attribution(
                v, cue, toks[a].start, toks[b].end, source, kind, descriptor, after_content=after
            )
        return _inverted_subject(ctx, toks, v, sent, after_content=True)
    if prev.text in ("”", '"', "’", "'"):
        if j >= 2 and toks[j - 1].text == "," and _short_title(toks, j - 2):
            # 'Netanyahu, speaking at a ceremony for the campaign Israel calls "Northern
            # Arrows," said ...': the comma closing an apposition sits inside the title's quotes.
            found = _apposition_subject(ctx, toks, j - 1, v, date_tokens)
            if found is not None:
                return found
        return _inverted_subject(ctx, toks, v, sent, after_content=True)
    low = prev.text.lower()
    if low in ("which", "who") and (rel := relative_speaker(ctx, toks, v, j, date_tokens, sent)):
        return rel  # "according to the Red Cross, which said ...": the Red Cross
    if low in _PRONOUNS:
        after = _content_before(text, sent, prev.start)
        # "..., the ministry said. ..., it added": the speaker goes on, neither the
        # subject of what it adds nor the sentence before's ("Units of ...").
        goes_on = after and cue in _CONTINUING
        own = (
            _sentence_speaker(ctx, toks, j, date_tokens)
            if low in ("it", "they") and not goes_on
            else None
        )
        if (own is None or speaker_after(text, toks[v].end, sent.end)) and (
            low in ("it", "they") and _reduced_relative(toks, j, v)
        ):
            return None  # "The military's figures for the fighters it says were killed ..."
        if own is None and low == "it" and not goes_on:
            own = _previous_subject(ctx, sent)
        own = trailing_it_speaker(ctx, sent, own) if low == "it" and after else own
        source, kind = own if own else _resolve_pronoun(ctx, low, prev.start)
        return _Attribution(v, cue, prev.start, prev.end, source, kind, after_content=after)
    if low in ("and", "but"):
        if cue.endswith("ing"):
            return None
        own = _clause_subject(ctx, toks, j, sent)
        if own is not None:
            # "..., but another milblogger denied this claim and stated that ...": the
            # subject of the clause after "but", not the sentence's.
            a_start, a_end = own
            source, kind, descriptor = _canonical(ctx, text[a_start:a_end], a_start)
            return _Attribution(v, cue, a_start, a_end, source, kind, descriptor, coordinated=True)
        # "The General Staff did not mention it, but said ...": the sentence's subject.
        span = _sentence_subject(toks, j, date_tokens)
        if span is None:
            return None
        a_start, a_end = apposed_name(text, toks[span[0]].start, toks[span[1]].end, sent.end)
        source, kind, descriptor = _canonical(ctx, text[a_start:a_end], a_start)
        return _Attribution(v, cue, a_start, a_end, source, kind, descriptor, coordinated=True)
    span = ground_span(toks, j, date_tokens)  # "Partners on the ground", "the governor Moscow
    # installed in Kherson"
    if span is None and (spoke := _spoken_to(toks, j)) is not None:
        span = _np_left(toks, spoke, date_tokens)  # "Residents I spoke to say"
    if span is None:
        # "The daily summary of the Ministry of Defence ... on the progress of ... claimed"
        span = _relative_subject(toks, j, date_tokens) or document_subject(toks, j)
        span = span or _who_before(toks, (j, j))  # "A man who identified himself as a conscript"
        span = span or _posture_before(toks, j, date_tokens)  # "a commander standing by a gate"
        if span is None:
            return None
    elif span[0] >= 2 and (people := placed_people(toks, span)) is not None:
        span = people  # "Residents in occupied Mariupol said": the residents, not the city
    elif span[0] >= 2 and toks[span[0] - 1].text.lower() in _PLACE_PREPOSITIONS | _GONE:
        # "A woman who fled to Tawila told"; "a brigade operating near Vovchansk stated"
        span = (
            _who_before(toks, span) or _placed_before(toks, span, date_tokens)
            or listed_people(toks, span) or span  # "Residents of A and of villages near B said"
        )
    elif span[0] >= 2 and (who := _who_before(toks, span)) is not None:
        span = who  # "A soldier who identified himself as a sergeant of the brigade said"
    elif span[0] >= 2 and (people := listed_people(toks, span)) is not None:
        span = people  # "Residents of Kherson and nearby Bilozerka said"
    a, b = span
    if a > 3 and toks[a - 1].text == ")" and toks[a - 3].text == "(" and toks[a - 4].text.istitle():
        outer = _np_left(toks, a - 4, date_tokens)  # "of the Sever (North) group of forces"
        a = outer[0] if outer else a
    if a > 3 and toks[a - 1].text == "by" and toks[a - 2].text in _RELAYING and (
        toks[a - 4].text[:1].isupper() and toks[a - 4].text not in ("A", "An", "The")
    ):
        a, b = _np_left(toks, a - 3, date_tokens) or (a, b)  # "A JNIM statement relayed by SITE"
    if a and toks[a - 1].text.lower() in ("no", "neither", "nor"):
        return None  # "No group claimed responsibility": nobody speaks
    if _second_that(toks, a):
        return None  # "X stated that ... but that Ukrainian forces maintain": X's words
    if a and toks[a - 1].text.lower() in ("each", "both"):
        a -= 1  # "Each side said", "Both sides accused each other": not one side
    raw = text[toks[a].start : toks[b].end]
    source, kind, descriptor = _canonical(ctx, raw, toks[a].start)
    if kind != "person" and (name := _TITLED_NAME.search(raw)) is not None:
        # "Spokesperson for the Joint Forces Task Force Viktor Trehubov": a name after a
        # title that ends with an organisation's word.
        full = name.group("name")
        ctx.persons.setdefault(full.split()[-1], full)
        source, kind, descriptor = full, "person", raw[: name.start("name")].strip()
    after = _content_before(text, sent, toks[a].start)
    return _Attribution(
        v, cue, toks[a].start, toks[b].end, source, kind, descriptor, after_content=after
    )


#: Words that introduce a name in quotation marks: 'with the call sign "Rusyn"'.
_NAMING = re.compile(
    r"\s(?:with\s+the\s+call\s*-?\s*sign|with\s+the\s+nom\s+de\s+guerre|known\s+as|"
    r"nicknamed|code-?named|dubbed|going\s+by)\s*[“\"]$",
    re.IGNORECASE,
)


def _named_by_quote(text: str, toks: list[_Tok], j: int) -> int | None:
    """The token before the naming words when the quotation closing at token ``j`` is a
    short name they introduce ('a Ukrainian commander with the call sign "Rusyn" told':
    "commander"), else None."""
    k = next((k for k in range(j - 1, max(-1, j - 5), -1) if toks[k].text in ("“", '"')), None)
    if k is None or k == 0:
        return None
    m = _NAMING.search(text, max(0, toks[k].start - 40), toks[k].end)
    if m is None:
        return None
    before = next((i for i in range(k - 1, -1, -1) if toks[i].end <= m.start()), None)
    return before
