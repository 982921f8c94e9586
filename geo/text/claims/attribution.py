"""Claims stage 2, attribution: the speaker and the cue of each statement.

For every cue verb of a sentence ("said", "claimed", "according to", evidence
verbs such as "footage shows") the speaker's noun phrase is found to its left
("Russia's defence ministry said"), after it ("..., said Ihor Prokudin"), in an
apposition ("X, head of ..., stated") or at the start of a coordinated clause.
"""

from __future__ import annotations

import re
from operator import itemgetter

from .. import lexicon as lx
from .agents import (
    _PARTITIVE,
    _PASSIVE_ADVERBS,
    _TITLED_NAME,
    _apposed_person,
    _clause_subject,
    _passive_agent,
    _remember_unnamed_person,
    _short_title,
)
from .context import _Attribution, _Context
from .cue_words import _cue_here
from .phrases import (
    _np_left,
    _np_right_end,
    _relative_subject,
    _sentence_subject,
    _skip_left,
)
from .segmentation import Sentence, _bare, _overlaps, _quotations, _Tok
from .speakers import _canonical, _resolve_pronoun
from .subjects import (
    _apposition_subject,
    _content_before,
    _evidence_subject,
    _frame_subject,
    _inverted_subject,
    _previous_subject,
    _sentence_speaker,
)
from .vocab import (
    _CLAUSE_BREAK,
    _DENY_VERBS,
    _EVIDENCE_NOUNS,
    _ORG_WORDS,
    _PASSIVE,
    _PRONOUNS,
    _SOURCE_NOUNS,
    CUE_VERBS,
    EVIDENCE_VERBS,
)

__all__ = [
    "_ACCORDING",
    "_ANY_CUE",
    "_apposition_subject",
    "_attributions",
    "_content_before",
    "_inverted_subject",
    "_np_left",
    "_np_right_end",
    "_relative_subject",
    "_sentence_subject",
    "_skip_left",
    "_subject",
]


_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
#: The medium of a statement before its author: "according to a statement by", "a post
#: on Telegram by", "data from".
_MEDIUM_BY = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:new|latest|joint|written|official|brief|daily|weekly|"
    r"separate|short)\s+)?(?:statements?|reports?|posts?|updates?|bulletins?|messages?|"
    r"figures|data|estimates?|assessments?|briefings?|notices?|summar(?:y|ies)|tally)"
    r"(?:\s+(?:on|in)\s+(?:Telegram|X|Facebook|social\s+media))?\s+(?:by|from|of|issued\s+by|"
    r"released\s+by|published\s+by)\s+"
)
#: The words a cue may be (lower-cased): other tokens are never read as cues.
_ANY_CUE = CUE_VERBS | EVIDENCE_VERBS
_TEXT = itemgetter(2)  # a token's text


def _attributions(
    ctx: _Context,
    toks: list[_Tok],
    masked: list[tuple[int, int]],
    date_tokens: set[int],
    sent: Sentence,
    quoted: list[_Attribution] | None = None,
    lows: list[str] | None = None,
) -> list[_Attribution]:
    """The speakers and cues of a sentence, in order; ``quoted`` receives those inside a
    quotation when the sentence has a speaker outside it ("X said: “Russia claims ...”").
    ``lows``: the tokens' texts lower-cased, when the caller has them."""
    out: list[_Attribution] = []
    text = ctx.text
    according = text.find("ccording", sent.start, sent.end) >= 0  # what every match holds
    for m in _ACCORDING.finditer(text, sent.start, sent.end) if according else ():
        if _overlaps(m.span(), masked):
            continue
        np_end = _np_right_end(text, m.end(), sent.end)
        at = m.end()
        medium = _MEDIUM_BY.match(text, at, np_end)
        if medium is not None and medium.end() < np_end:
            at = medium.end()  # "according to a statement by the Air Force": the Air Force
        raw = text[at:np_end].strip()
        if not raw:
            continue
        source, kind, descriptor = _canonical(ctx, raw, at)
        apposed = _apposed_person(ctx, text, at + len(raw), sent.end) if kind != "person" else None
        if apposed is not None:
            # "according to the regional governor, Oleh Syniehubov": the person
            descriptor, kind = raw, "person"
            source, at, np_end = apposed
            raw = text[at:np_end]
        if raw.lower() in _OBJECT_PRONOUNS:  # "According to him": the last named person
            source, kind = _resolve_pronoun(ctx, _OBJECT_PRONOUNS[raw.lower()], m.end())
        verb = next(i for i, t in enumerate(toks) if t.start >= m.start())
        after = bool(text[sent.start : m.start()].strip(" ,“\"'‘"))
        out.append(
            _Attribution(
                verb, "according to", at, np_end, source, kind, descriptor, after_content=after
            )
        )
    quoting = text.find(" as ", sent.start, sent.end) >= 0  # what every match holds
    for m in _QUOTED_AS.finditer(text, sent.start, sent.end) if quoting else ():
        # "State media quoted the Moscow-installed head of the region, Vitaly Ganchev, as
        # saying that ...": the one quoted speaks, the medium that quotes does not.
        attr = _quoted_speaker(ctx, toks, m, sent)
        if attr is not None and not _overlaps(m.span(), masked):
            out.append(attr)
    # Only the cue words are read (found in one pass over the lower-cased words).
    if lows is None:
        lows = list(map(str.lower, map(_TEXT, toks)))
    cues = [] if _ANY_CUE.isdisjoint(lows) else [i for i, w in enumerate(lows) if w in _ANY_CUE]
    caps = bool(cues) and not any(c.islower() for c in text[sent.start : sent.end])
    for i in cues:
        tok = toks[i]
        low = lows[i]
        evidence = low in EVIDENCE_VERBS
        if _overlaps((tok.start, tok.end), masked) or i in date_tokens:
            continue
        if tok.text[0].isupper() and (not sent.line or len(toks) - i < 3):
            continue  # "... as Both Sides Trade Claims"
        if i and (lows[i - 1] in _PASSIVE or (i > 1 and lows[i - 1] in _PASSIVE_ADVERBS
                                             and lows[i - 2] in _PASSIVE)):
            by = _passive_agent(ctx, toks, i, sent)
            if by is not None:
                out.append(by)  # "was reported by Egyptian state media", "confirmed by X"
            continue  # "shelling was reported"
        if not _cue_here(toks, lows, i):
            continue  # a noun ("the report"), an adjective ("condemned killer"), naming
        found = _subject(ctx, toks, i, date_tokens, sent)
        if evidence:
            # "Satellite images reviewed by Reuters showed": the images speak, Reuters
            # checked them; "Satellite imagery from Planet Labs, taken on ..., shows".
            found = _evidence_subject(ctx, toks, i, sent, found)
        if found is None:
            continue
        attr = found
        if (sent.line or caps) and not _headline_speaker(ctx, attr, low):
            continue  # "EXPLOSIONS REPORTED IN KHARKIV": a passive headline
        if evidence:
            if _EVIDENCE_NOUNS.isdisjoint(lows[:i]):
                continue
            attr.evidence = True
        out.append(attr)
    quotes = _quotations(text, sent) if out else []
    outside = [a for a in out if not _overlaps((toks[a.verb].start, toks[a.verb].end), quotes)]
    if outside:
        if quoted is not None:
            quoted.extend(a for a in out if a not in outside)
        out = outside  # the cue verbs of quoted speech belong to the quotation
    out.sort(key=lambda a: a.verb)
    if any(not a.frame for a in out):
        # "The army rejected the claim, saying ...": the frame repeats a speaker. After a
        # verb with a "that" clause of its own ("The Kremlin denied that ..., saying
        # fighting continued"), the frame says a second thing: it stays.
        out = [
            a
            for a in out
            if not a.frame
            or not any(
                (b.verb < a.verb and not _denies_that(lows, b.verb)) or b.after_content
                for b in out
            )
        ]  # "Kiev accuses Russia ..., calling it a pretext, Peskov said": Peskov's words
    # "Aid groups warned that fighting near El Fasher threatened the hospital": a cue
    # verb inside the reported "that" clause belongs to the content, not to a speaker.
    kept: list[_Attribution] = []
    for attr in out:
        last = kept[-1] if kept else None
        if (
            last is not None
            and not (attr.frame and last.subj_start == attr.subj_start)
            and any(lows[k] == "that" for k in range(last.verb + 1, attr.verb))
        ):
            between = ctx.text[toks[last.verb].end : toks[attr.verb].start]
            if not _CLAUSE_BREAK.search(between):
                continue
        kept.append(attr)
    for attr in kept:
        _remember_unnamed_person(ctx, attr)
    last = kept[-1] if kept else None
    if (
        len(kept) > 1
        and last.after_content
        and not last.frame
        and last.cue != "according to"
        and all(a.cue in _REPORTED_ACTS for a in kept[:-1])
    ):
        # "Kiev accuses Russia of ..., Kremlin spokesman Dmitry Peskov said": the speaker
        # at the end says the whole sentence; the cue verbs before it are its content.
        return kept[-1:]
    return kept


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


#: Cues that may report what someone did rather than say who speaks: in "Kiev accuses
#: Russia of ..., Peskov said" the speaker at the end says it all.
_REPORTED_ACTS = frozenset(
    "accuses accused accusing blames blamed blaming calls called calling describes "
    "described".split()
)


def _denies_that(lows: list[str], verb: int) -> bool:
    """Whether the cue at token ``verb`` denies a "that" clause ("denied that ..."): what
    a frame after it says is the denier's ("..., saying fighting continued"), while
    after "reported that Yulia had phoned ..., saying" it may be the clause's subject's."""
    return lows[verb] in _DENY_VERBS and "that" in lows[verb + 1 : verb + 3]


def _who_before(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int] | None:
    """ "A displaced woman who fled to Tawila told": the phrase before "who" when the
    phrase ``span`` found before the cue closes a relative clause (a few words, no
    comma), from its article; else None."""
    a = span[0]
    for w in range(a - 2, max(0, a - 8), -1):
        if toks[w].text in (",", ";", "—", "“", "”", '"'):
            return None
        if toks[w].text.lower() == "who":
            d = next(
                (k for k in range(w - 1, max(-1, w - 5), -1) if toks[k].text.lower() in _ARTICLES),
                None,
            )
            return (d, w - 1) if d is not None and d < w - 1 else None
    return None


_ARTICLES = frozenset("a an the".split())
#: Prepositions before a place inside a relative clause: "who fled to Tawila told".
_PLACE_PREPOSITIONS = frozenset("to in at from near into".split())


#: Object pronouns after "according to", read as the subject pronoun they stand for.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}


def _headline_speaker(ctx: _Context, attr: _Attribution, cue: str) -> bool:
    """Whether a headline's (or an all-caps line's) attribution has a real speaker.

    Headlines drop auxiliaries: "Explosions Reported in Kharkiv" is passive. A past
    participle cue needs a speaker-like subject (an official, an organisation, a
    person the text names, a place or a nationality); present-tense cues ("SAYS")
    take any subject.
    """
    if not cue.endswith("ed") or attr.source is None:
        return True
    phrase = ctx.text[attr.subj_start : attr.subj_end]
    words = [_bare(w).lower() for w in re.findall(r"[\w’'-]+", phrase)]
    if not words:
        return False
    head = words[-1]
    if head in _SOURCE_NOUNS or head in _ORG_WORDS or head in lx.DEMONYMS:
        return True
    if ctx.places.any_inside(attr.subj_start, attr.subj_end):
        return True
    return attr.source in ctx.persons.values()


def _subject(
    ctx: _Context, toks: list[_Tok], v: int, date_tokens: set[int], sent: Sentence
) -> _Attribution | None:
    text = ctx.text
    cue = toks[v].text.lower()
    j = _skip_left(toks, v - 1, 0, date_tokens)
    if j < 0:
        return None
    prev = toks[j]
    if prev.text == ",":
        if cue.endswith("ing"):
            # ", saying ...": the main clause's speaker, kept only when the main clause
            # has no cue of its own ("Israel struck the crossing, saying ...").
            return _frame_subject(ctx, toks, v, j, date_tokens)
        found = _apposition_subject(ctx, toks, j, v, date_tokens)
        if found is not None:
            return found
        part = _PARTITIVE.match(text, sent.start, toks[j].start)
        if part is not None and part.end() < toks[j].start and text[part.end()] == ",":
            # "One of them, speaking on condition of anonymity, said": the few the
            # sentence before named.
            return _Attribution(v, cue, part.start(1), part.end(1), part.group(1), "group")
        span = _relative_subject(toks, j, date_tokens)
        if span is not None:
            # "The RSF-led Tasis coalition, which has formed a rival government, said"
            a, b = span
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
    if low in _PRONOUNS:
        own = _sentence_speaker(ctx, toks, j, date_tokens) if low in ("it", "they") else None
        if own is None and low in ("it", "they") and _reduced_relative(toks, j, v):
            return None  # "The military's figures for the fighters it says were killed ..."
        if own is None and low == "it":
            own = _previous_subject(ctx, sent)
        source, kind = own if own else _resolve_pronoun(ctx, low, prev.start)
        after = _content_before(text, sent, prev.start)
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
            return _Attribution(
                v, cue, a_start, a_end, source, kind, descriptor, coordinated=True
            )
        # "The General Staff did not mention it, but said ...": the sentence's subject.
        span = _sentence_subject(toks, j, date_tokens)
        if span is None:
            return None
        a, b = span
        raw = text[toks[a].start : toks[b].end]
        source, kind, descriptor = _canonical(ctx, raw, toks[a].start)
        return _Attribution(
            v, cue, toks[a].start, toks[b].end, source, kind, descriptor, coordinated=True
        )
    span = _np_left(toks, j, date_tokens)
    if span is None:
        span = _relative_subject(toks, j, date_tokens)
        if span is None:
            return None
    elif span[0] >= 2 and toks[span[0] - 1].text.lower() in _PLACE_PREPOSITIONS:
        span = _who_before(toks, span) or span  # "A woman who fled to Tawila told"
    a, b = span
    if a and toks[a - 1].text.lower() in ("no", "neither", "nor"):
        return None  # "No group claimed responsibility": nobody speaks
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
