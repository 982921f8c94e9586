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
from .according import _ACCORDING, _according_matches, record_owner
from .agents import (
    _PASSIVE_ADVERBS,
    _apposed_person,
    _passive_agent,
    _remember_unnamed_person,
)
from .context import _Attribution, _Context
from .cue_speaker import _OBJECT_PRONOUNS, _quoted_speaker, _subject
from .cue_words import _cue_here
from .cyrillic_speakers import cyrillic_attributions, has_cyrillic
from .phrases import (
    _np_left,
    _np_right_end,
    _relative_subject,
    _sentence_subject,
    _skip_left,
)
from .quoted_passive import quoted_matches
from .relay import drop_relays
from .segmentation import _CONTRAST, Sentence, _bare, _overlaps, _quotations, _Tok
from .site_speakers import stray_site
from .speakers import _canonical, _resolve_pronoun
from .subjects import (
    _apposition_subject,
    _content_before,
    _evidence_subject,
    _inverted_subject,
)
from .verified_tallies import verified_tally
from .vocab import (
    _CLAUSE_BREAK,
    _DENY_VERBS,
    _EVENT_SUBJECTS,
    _EVIDENCE_NOUNS,
    _OBSERVERS,
    _OFFICE_ROLES,
    _ORG_WORDS,
    _PASSIVE,
    _SOURCE_NOUNS,
    CUE_VERBS,
    EVIDENCE_VERBS,
    SIGHT_VERBS,
    VERIFY_VERBS,
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


#: The medium of a statement before its author: "according to a statement by", "a post
#: on Telegram by", "data from".
_MEDIUM_BY = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:new|latest|joint|written|official|brief|daily|weekly|"
    r"separate|short)\s+)?(?:statements?|reports?|posts?|updates?|bulletins?|messages?|"
    r"figures|data|estimates?|assessments?|briefings?|notices?|summar(?:y|ies)|tally)"
    r"(?:\s+(?:on|in)\s+(?:Telegram|X|Facebook|social\s+media))?\s+(?:by|from|of|issued\s+by|"
    r"released\s+by|published\s+by)\s+"
)
#: What follows "according to" without naming a speaker: a bare common noun or two
#: ("according to plan", "according to international law", "according to preliminary
#: estimates", "according to the latest data"), no speaker noun among them.
_NO_SPEAKER_AFTER = re.compile(
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:plans?|schedule|protocol|procedures?|rules?|law|laws|"
    r"tradition|custom|script|norms?|standards?|regulations?|design|expectations?|"
    r"estimates?|data|figures|information|calculations?|counts?|tall(?:y|ies))"
)
#: A description in apposition after a name: ", adviser to the head of the DPR,".
_APPOSED_ROLE = re.compile(r",\s+((?:the\s+|an?\s+)?[a-z][^,;:.()“”\"]{0,100})(?:,|\.?[”\"]?\s*$)")
#: A word of such a description's first four: a title or a role ("adviser", "fellow").
_ROLE_HEADS = lx.PERSON_TITLES | _OFFICE_ROLES | frozenset(
    "member official officer leader founder analyst expert researcher fellow professor".split()
)
#: The words a cue may be (lower-cased): other tokens are never read as cues.
_ANY_CUE = CUE_VERBS | EVIDENCE_VERBS | SIGHT_VERBS | VERIFY_VERBS
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
    according = (  # what every match holds
        text.find("ccording", sent.start, sent.end) >= 0
        or text.find("er ", sent.start, sent.end) >= 0
    )
    for m in _according_matches(text, sent.start, sent.end) if according else ():
        if _overlaps(m.span(), masked):
            continue
        np_end = _np_right_end(text, m.end(), sent.end)
        at = m.end()
        medium = _MEDIUM_BY.match(text, at, np_end)
        if medium is not None and medium.end() < np_end:
            at = medium.end()  # "according to a statement by the Air Force": the Air Force
        raw = text[at:np_end].strip()
        if not raw or _NO_SPEAKER_AFTER.fullmatch(raw):
            continue  # "proceeding according to plan": no speaker
        source, kind, descriptor = _canonical(ctx, raw, at)
        if (owner := record_owner(ctx, toks, date_tokens, raw, m.start())) is not None:
            source, kind, descriptor, at, np_end = owner  # "according to its running list"
        apposed = _apposed_person(ctx, text, at + len(raw), sent.end) if kind != "person" else None
        if apposed is not None:
            # "according to the regional governor, Oleh Syniehubov": the person
            descriptor, kind = raw, "person"
            source, at, np_end = apposed
            raw = text[at:np_end]
        if kind == "person" and not descriptor:
            # "According to Yan Gagin, adviser to the head of the DPR, ...": who he is
            role = _APPOSED_ROLE.match(text, np_end, sent.end)
            if role is not None and not _ROLE_HEADS.isdisjoint(role.group(1).split()[:4]):
                descriptor = role.group(1)
        if raw.lower() in _OBJECT_PRONOUNS:  # "According to him": the last named person
            source, kind = _resolve_pronoun(ctx, _OBJECT_PRONOUNS[raw.lower()], m.end())
        verb = next(i for i, t in enumerate(toks) if t.start >= m.start())
        after = bool(text[sent.start : m.start()].strip(" ,“\"'‘"))
        cue = "per" if m.group()[0] in "Pp" else "according to"
        out.append(
            _Attribution(verb, cue, at, np_end, source, kind, descriptor, after_content=after)
        )
    if has_cyrillic(text, sent.start, sent.end):  # "..., повідомив Генеральний штаб ЗСУ"
        out.extend(a for a in cyrillic_attributions(ctx, toks, sent) )
    quoting = text.find(" as ", sent.start, sent.end) >= 0  # what every match holds
    for m in quoted_matches(text, sent.start, sent.end) if quoting else ():
        # "State media quoted the Moscow-installed head of the region, Vitaly Ganchev, as
        # saying that ...": the one quoted speaks, the medium that quotes does not.
        attr = _quoted_speaker(ctx, toks, m, sent)
        if attr is not None and not _overlaps(m.span(), masked):
            out.append(attr)
    # Only the cue words are read (found in one pass over the lower-cased words).
    if lows is None:
        lows = list(map(str.lower, map(_TEXT, toks)))
    cues = [] if _ANY_CUE.isdisjoint(lows) else [i for i, w in enumerate(lows) if w in _ANY_CUE]
    caps = bool(cues) and not any(map(str.islower, text[sent.start : sent.end]))  # in C
    for i in cues:
        tok = toks[i]
        low = lows[i]
        evidence = low in EVIDENCE_VERBS
        if _overlaps((tok.start, tok.end), masked) or i in date_tokens:
            continue
        if tok.text[0].isupper() and (not sent.line or len(toks) - i < 3):
            continue  # "... as Both Sides Trade Claims"
        if low in VERIFY_VERBS and not (_checked_evidence(lows, i) or verified_tally(lows, i)):
            continue  # "geolocated footage shows", "could not be verified by Reuters"
        if (
            i
            and not low.endswith("ing")
            and (  # "have been claiming": no passive
                lows[i - 1] in _PASSIVE
                or (i > 1 and lows[i - 1] in _PASSIVE_ADVERBS and lows[i - 2] in _PASSIVE)
            )
        ):
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
        if found is None or stray_site(text, found.subj_start, found.subj_end):
            continue  # (not "the old Celanese site has said")
        if low in SIGHT_VERBS and not _observer(ctx, found):
            continue  # "residents saw their homes burn" is what happened to them
        if text[found.subj_start : found.subj_end].lower() in _EVENT_SUBJECTS:
            continue  # "BREAKING: Explosions reported in Odesa": a reduced passive
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
    out = drop_relays(text, toks, out)  # "According to Saba, Yahya Saree said": Saree's
    if any(not a.frame for a in out):
        # "The army rejected the claim, saying ...": the frame repeats a speaker. After a
        # verb with a "that" clause of its own ("The Kremlin denied that ..., saying
        # fighting continued"), the frame says a second thing: it stays.
        out = [
            a
            for a in out
            if not a.frame
            or not any(
                (b.verb < a.verb and not _denies_that(lows, b.verb)) or b.after_content for b in out
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
            if not _CLAUSE_BREAK.search(between) and not _closing(ctx, toks, attr, out, sent):
                continue
        kept.append(attr)
    for before, attr in zip([None, *kept], kept, strict=False):
        # "Trehubov said a battalion commander had told reporters ... He said": a speaker
        # inside another's words is not what the next "he" refers to.
        if before is None or not _nested_speaker(ctx.text, toks[before.verb].end, attr):
            _remember_unnamed_person(ctx, attr)
    last = kept[-1] if kept else None
    if (
        len(kept) > 1
        and (last.after_content or _closes_after_comma(ctx, toks, last, sent))
        and not last.frame
        and last.cue not in ("according to", "per")
        and all(
            a.cue in _REPORTED_ACTS
            or a.evidence  # "A geolocated video shows ..., DeepState said": DeepState's
            or _SUBORDINATE.search(text, sent.start, max(0, a.subj_start))
            # "Houthi forces said they attacked a ship ..., the UKMTO said": the closing
            # speaker reports the first one's claim, nested in its own
            # (not after a contrast: "..., but Russian forces had taken two villages,
            # the ministry said" says only the clause after it)
            or (
                a.cue in _SAYING
                and _closing(ctx, toks, last, kept, sent)
                and _CONTRAST.search(text, a.subj_end, last.subj_start) is None
            )
            for a in kept[:-1]
        )
    ):
        # "Kiev accuses Russia of ..., Kremlin spokesman Dmitry Peskov said", "..., a day
        # after the army warned residents to leave, state media reported": the speaker
        # at the end says the whole sentence; the cue verbs before it are its content.
        return kept[-1:]
    return kept


#: Cues that may report what someone did rather than say who speaks: in "Kiev accuses
#: Russia of ..., Peskov said" the speaker at the end says it all.
_REPORTED_ACTS = frozenset(
    "accuses accused accusing blames blamed blaming calls called calling describes "
    "described told tells".split()
)


#: Plain cues of saying: "X said ..., Y said" is Y's report of what X said.
_SAYING = frozenset("said says claimed claims stated announced reported".split())


def _checked_evidence(lows: list[str], i: int) -> bool:
    """Whether the verify verb at ``i`` is a perfect tense with evidence for its object,
    "has geolocated footage", "have verified two videos", or a simple past with a
    determiner before it, "Open-source analysts geolocated the footage to a field" (not
    "geolocated footage shows", "could not be verified")."""
    if not i:
        return False
    if lows[i - 1] not in ("has", "have", "had"):
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if lows[i - 1] in _PASSIVE_AUXILIARIES or after not in _DETERMINED:
            return False
        return any(w in _EVIDENCE_NOUNS for w in lows[i + 2 : i + 5])
    return any(w in _EVIDENCE_NOUNS for w in lows[i + 1 : i + 5])


#: Auxiliaries of a passive before a verify verb: "was verified", "could not be verified".
_PASSIVE_AUXILIARIES = frozenset("be been being is are was were not".split())
#: Determiners opening the object of a verify verb in the simple past: "geolocated the".
_DETERMINED = frozenset("the a an this that these those both two three several".split())


def _observer(ctx: _Context, attr: _Attribution) -> bool:
    """Whether the speaker of a sight verb ("saw", "heard") is an observer on the spot
    ("AFP journalists at the scene", "a Reuters witness"): the head of their phrase,
    before any place they are at."""
    phrase = ctx.text[attr.subj_start : attr.subj_end] if attr.subj_start >= 0 else ""
    head = re.split(r"\s(?:at|in|on|near|from|outside|inside)\s", phrase, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", head.lower())
    return bool(words) and words[-1] in _OBSERVERS


#: A temporal clause just before a speaker: ", a day after the army warned ...", ", hours
#: before officials announced ...": what the clause's speaker said is background.
_SUBORDINATE = re.compile(
    r",\s*(?:(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?|hours?|months?)\s+|"
    r"(?:hours|days|weeks|minutes|moments|shortly|soon|just|only)\s+)?"
    r"(?:after|before|since|as|when|until)\s+(?:[\w’'-]+\s+){0,5}$"
)


#: What may follow a closing speaker's cue: a date or a place, no clause of its own.
_CLOSING_TAIL = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this)\b[^,;:“\"]{0,30})?\s*[.!?]?")


def _closing(
    ctx: _Context, toks: list[_Tok], attr: _Attribution, out: list[_Attribution], sent: Sentence
) -> bool:
    """Whether ``attr`` is the speaker closing the sentence after a comma ("..., Kremlin
    aide Yuri Ushakov said."): the reporter of all before it, even of a "that" clause,
    not a cue inside it."""
    if attr is not out[-1] or attr.subj_start <= sent.start:
        return False
    if not ctx.text[: attr.subj_start].rstrip().endswith(","):
        return False
    return _CLOSING_TAIL.fullmatch(ctx.text, toks[attr.verb].end, sent.end) is not None


#: A comma and a few words of description before a speaker's name: ", the monitoring
#: group DeepState said" (the name alone is the speaker's phrase).
_COMMA_DESCRIPTION = re.compile(r",\s+(?:[\w’'-]+\s+){0,3}$")


def _closes_after_comma(
    ctx: _Context, toks: list[_Tok], attr: _Attribution, sent: Sentence
) -> bool:
    """Whether ``attr`` closes the sentence after a comma and a short description:
    "..., the open-source project DeepState said."."""
    a = attr.subj_start
    if a <= sent.start or not _COMMA_DESCRIPTION.search(ctx.text, max(sent.start, a - 40), a):
        return False
    return _CLOSING_TAIL.fullmatch(ctx.text, toks[attr.verb].end, sent.end) is not None


def _denies_that(lows: list[str], verb: int) -> bool:
    """Whether the cue at token ``verb`` denies a "that" clause ("denied that ..."): what
    a frame after it says is the denier's ("..., saying fighting continued"), while
    after "reported that Yulia had phoned ..., saying" it may be the clause's subject's."""
    return lows[verb] in _DENY_VERBS and "that" in lows[verb + 1 : verb + 3]


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


def _nested_speaker(text: str, after: int, attr: _Attribution) -> bool:
    """Whether ``attr``'s speaker stands inside the words of the cue that ends at
    ``after`` ("said a battalion commander had told"): after it, with no clause break."""
    return 0 <= after <= attr.subj_start and not _CLAUSE_BREAK.search(text, after, attr.subj_start)
