"""Claims stage 2b, subjects: the speaker's phrase of a cue in particular constructions.

A frame ("Israel struck the crossing, saying ..."; "calling the accusation a
pretext"), evidence a news outlet checked ("Satellite images reviewed by Reuters
showed": the images), the sentence's own speaker ("The ministry released video it said
showed ..."), content before the speaker ("..., the governor said"), an apposition
("X, head of ..., stated"; "The UN refugee agency, UNHCR, said"; "An army spokesman,
Brig. Gen. Nabil Abdallah, said") and an inverted subject ("..., said Ihor
Prokudin, head of ..."). :func:`cue_speaker._subject` tries them in turn.
"""

from __future__ import annotations

import re

from ..sentences import paragraph_end
from .branches import branch_speaker
from .context import _Attribution, _Context
from .phrases import _np_left, _sentence_subject
from .segmentation import Sentence, _bare, _is_cap, _Tok, tokenize_between
from .sides import remember_side, speaker_side
from .speakers import _canonical
from .tellers import ADDRESSEE_VERBS, opening_teller
from .vocab import (
    _ACTING_HEADS,
    _DETERMINERS,
    _NP_LEADING_WORDS,
    _NP_PREPOSITIONS,
    _ORG_WORDS,
    _RANKS,
    _SOURCE_MODIFIERS,
    _SOURCE_NOUNS,
    _TITLES,
    opens_description,
)

__all__ = [
    "_FRAME_CUES",
    "_apposition_subject",
    "_content_before",
    "_evidence_subject",
    "_frame_subject",
    "_inverted_subject",
    "_previous_subject",
    "_sentence_speaker",
]


def _frame_subject(
    ctx: _Context, toks: list[_Tok], v: int, j: int, date_tokens: set[int]
) -> _Attribution | None:
    cue = toks[v].text.lower()
    if cue not in _FRAME_CUES:
        return None
    if cue in _CHARACTERISING and not _characterises(toks, v):
        return None  # "calling the accusation a pretext", not "calling for calm"
    span = _sentence_subject(toks, j, date_tokens)
    if span is None:
        return None
    a, b = span
    raw = ctx.text[toks[a].start : toks[b].end]
    source, kind, descriptor = _canonical(ctx, raw, toks[a].start)
    return _Attribution(
        v, toks[v].text.lower(), toks[a].start, toks[b].end, source, kind, descriptor,
        frame=True,
    )  # fmt: skip


def _sentence_speaker(
    ctx: _Context, toks: list[_Tok], j: int, date_tokens: set[int]
) -> tuple[str | None, str] | None:
    """ "The ministry released video it said showed ...": "it" is the sentence's own
    subject when that is an organisation or group before the pronoun at token ``j``."""
    if j < 2:
        return None
    span = _sentence_subject(toks, j, date_tokens)
    if span is None or span[1] >= j - 1:
        return None
    a, b = span
    head = toks[b]
    low = _bare(head.text).lower()
    if toks[j].text.lower() == "it" and (
        (head.text.islower() and low.endswith("s"))
        or low in _ACTING_HEADS  # "Units of the Yug group ... repelled ..., it said"
        or (b + 1 < j and toks[b + 1].text.lower() in ("were", "are", "have"))
    ):
        return None  # "officials ... it said", "The crew were fighting a fire, it said"
    if not (low in _SOURCE_NOUNS or low in _ORG_WORDS or _is_cap(head)):
        return None
    source, kind, _ = _canonical(ctx, ctx.text[toks[a].start : head.end], toks[a].start)
    if kind == "person":
        return None
    return source, kind


#: The end of the sentence before: a full stop (or ? !), maybe a closing quotation mark.
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=\S)")


def _previous_subject(ctx: _Context, sent: Sentence) -> tuple[str | None, str] | None:
    """ "Russia's Defense Ministry made no mention of the store. In its daily briefing it
    said ...": "it" is the subject of the sentence before (same paragraph) when that is
    an organisation, before the last organisation that spoke. None otherwise."""
    text = ctx.text
    lo = max(0, sent.start - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text[lo : sent.start].rstrip())]
    if not ends and lo > 0:
        return None  # a sentence too long to read back
    start = lo + ends[-1] if ends else lo
    if paragraph_end(ctx.lines).search(text, start, sent.start):
        return None  # another paragraph
    toks = tokenize_between(text, start, sent.start)
    if not toks:
        return None
    span = _sentence_subject(toks, len(toks), set())
    if span is None or span[0] != 0:
        return None
    a, b = span
    head = toks[b]
    if (low := _bare(head.text).lower()) not in _ORG_WORDS or low in _ACTING_HEADS:
        return None
    source, kind, _ = _canonical(ctx, text[toks[a].start : head.end], toks[a].start)
    if kind != "org" or source is None:
        return None
    if ctx.last_org is not None and (source in ctx.last_org or ctx.last_org in source):
        return None  # the organisation that spoke last: as the speaker it was
    # The pronoun's claim reads its side from the phrase it stands for.
    remember_side(ctx, source, speaker_side(ctx, toks[a].start, head.end, source))
    return source, kind


def _content_before(text: str, sent: Sentence, pos: int) -> bool:
    """Content before the speaker: "“...,” the governor said", "Three died, police said"."""
    before = text[sent.start : pos].rstrip()
    return before.endswith((",", "”", '"', "’")) and len(before) > 15


#: "-ing" cues that frame a main clause as what its subject says ("..., saying ...").
_FRAME_CUES = frozenset(
    "saying claiming insisting arguing alleging stating asserting maintaining warning calling "
    "telling blaming "
    "describing branding labelling labeling".split()
)
#: Frame cues that characterise their object ("calling the accusation a pretext"): a cue
#: only before one of ``_OBJECTS``.
_CHARACTERISING = frozenset("calling describing branding labelling labeling".split())
_OBJECTS = frozenset("the it this that them those these such his her their its".split())
#: What a characterisation says of its object ("a pretext", "as propaganda", "baseless").
_VERDICT = frozenset(
    """a an as baseless false fake lies lie absurd groundless unfounded propaganda nonsense
    provocation untrue fabricated fabrication""".split()
)


def _characterises(toks: list[_Tok], v: int) -> bool:
    """Whether "calling"/"describing" at token ``v`` judges its object ("calling the
    accusation a pretext", "describing it as propaganda"), not names it ("calling it
    Goodwinville") or asks for something ("calling for calm")."""
    if v + 1 >= len(toks) or toks[v + 1].text.lower() not in _OBJECTS:
        return False
    return any(t.text.lower() in _VERDICT for t in toks[v + 2 : v + 6])
#: Academic and professional credentials after a name ("Jane Roe, M.S., R.D., said").
_CREDENTIAL = re.compile(
    r"(?:[A-Z][a-z]?\.){1,4}|[A-Z]{2,4}|Ph\.?\s?D\.?|Jr\.?|Sr\.?|Esq\.?|[IVX]{2,4}"
)


#: A part of an organisation whose name in apposition speaks: "Hamas's armed wing, the
#: Qassam Brigades, claimed" (not "the agency, the HUR": later "a source in the agency").
_BRANCHES = frozenset("wing arm faction affiliate branch offshoot".split())


def _apposition_subject(
    ctx: _Context, toks: list[_Tok], j: int, v: int, date_tokens: set[int]
) -> _Attribution | None:
    """ "X, head of ..., stated" and "The head of ..., X, said"."""
    text = ctx.text
    c = next((k for k in range(j - 1, max(-1, j - 18), -1) if toks[k].text == ","), None)
    if c is None or c + 1 >= j:
        return None
    seg = toks[c + 1 : j]
    k = 0
    while k + 2 < len(seg) and _bare(seg[k].text).lower() in _RANKS and seg[k + 1].text == ".":
        k += 2  # "Brig. Gen. Nabil Abdallah": the name after the abbreviated ranks
    if k and all(_is_cap(t) for t in seg[k:]):
        seg = seg[k:]
    while c >= 2:  # step over credentials: "Jane Roe, M.S., R.D., a dietitian, said"
        c2 = next((k for k in range(c - 1, max(-1, c - 6), -1) if toks[k].text == ","), None)
        if c2 is None or c2 + 1 >= c:
            break
        if not _CREDENTIAL.fullmatch(text[toks[c2 + 1].start : toks[c - 1].end]):
            break
        c = c2
    if len(seg) > 3 and seg[-1].text == ")" and seg[-3].text == "(":
        seg = seg[:-3]  # "Pakistan's military media wing, Inter-Services Public Relations (ISPR),"
    seg_text = text[seg[0].start : seg[-1].end]
    e = c - 1  # the body's last token; "The ... Alliance Army (MNDAA), part of ..., said":
    e -= 3 if e >= 3 and toks[e].text == ")" and toks[e - 2].text == "(" else 0  # its name
    before = _np_left(toks, e, date_tokens) if c else None
    if before is None:
        if 2 <= c <= 14 and toks[0].text in ("The", "A", "An") and all(_is_cap(t) for t in seg):
            # "The Russian-installed head of the occupied part of the oblast, Vladimir
            # Saldo, claimed": a name after a description that opens the sentence.
            source, kind, _ = _canonical(ctx, seg_text, seg[0].start)
            if kind == "person" and len(seg) <= 4:
                desc = text[toks[0].start : toks[c - 1].end]
                return _Attribution(v, toks[v].text.lower(), seg[0].start, seg[-1].end,
                                    source, kind, desc)  # fmt: skip
        return None
    a, b = before
    if (owned := branch_speaker(ctx, toks, b, j - 1, v)) is not None:
        return owned  # "the M23 and its political wing, the AFC, said": the M23's
    np_text = text[toks[a].start : toks[b].end]
    placed = _placed_head(toks, a, b, date_tokens)
    if placed is not None:
        # "A spokesperson for the U.N. peacekeeping force in southern Lebanon, UNIFIL,
        # told": the body before the place describes the name after the comma.
        a, b = placed
        np_text = text[toks[a].start : toks[c - 1].end]
    cue = toks[v].text.lower()
    if (
        len(seg) >= 2
        and seg[0].text.lower() == "the"
        and all(_is_cap(t) for t in seg[1:])
        and _bare(toks[b].text).lower() in _BRANCHES
    ):
        seg = seg[1:]  # "Hamas's armed wing, the Qassam Brigades, claimed"
        seg_text = text[seg[0].start : seg[-1].end]
    if all(_is_cap(t) for t in seg) and len(seg) <= 4:
        source, kind, _ = _canonical(ctx, seg_text, seg[0].start)
        head = _bare(toks[b].text).lower()
        if kind != "person" and len(seg) >= 2 and (head in _SOURCE_NOUNS or head in _TITLES):
            # "The ministry's spokesman, Ashraf al-Qidra, said": a name after a role.
            source, kind = seg_text, "person"
            ctx.persons.setdefault(seg[-1].text, seg_text)
        if kind == "person":
            return _Attribution(v, cue, seg[0].start, seg[-1].end, source, kind, np_text)
        if head in _SOURCE_NOUNS or head in _ORG_WORDS:
            # "The UN refugee agency, UNHCR, said", "Congo's army spokesman, ...": the
            # name after a description of what it is speaks.
            return _Attribution(v, cue, seg[0].start, seg[-1].end, source, kind, np_text)
    first = seg[0].text.lower()
    if (
        seg[0].text[:1].islower()
        or first in _DETERMINERS
        or opens_description([t.text for t in seg])
        or (first.endswith(("’s", "'s")) and len(seg) > 1 and not _is_cap(seg[-1]))
    ):  # "Magen David Adom, Israel's national emergency service, said"
        source, kind, descriptor = _canonical(ctx, np_text, toks[a].start)
        descriptor = f"{descriptor}, {seg_text}".strip(", ")
        return _Attribution(v, cue, toks[a].start, toks[b].end, source, kind, descriptor)
    return None


#: Prepositions placing a body: "the force in southern Lebanon", "the office at the port".
_PLACE_PREPOSITIONS = frozenset("in at near on".split())


def _placed_head(
    toks: list[_Tok], a: int, b: int, date_tokens: set[int]
) -> tuple[int, int] | None:
    """The noun phrase of a body placed by a place phrase that ends at ``b`` ("the U.N.
    peacekeeping force in southern Lebanon": the force), when the phrase ``a..b`` has no
    speaker noun at its end; else None."""
    head = _bare(toks[b].text).lower()
    if head in _SOURCE_NOUNS or head in _ORG_WORDS:
        return None
    p = next((k for k in range(max(a, 1), b) if toks[k].text.lower() in _PLACE_PREPOSITIONS), None)
    if p is None:  # the place phrase may start before ``a``: "in southern Lebanon"
        p = a - 1
        if p >= 1 and toks[p].text.islower() and toks[p].text.lower() not in _PLACE_PREPOSITIONS:
            p -= 1
        if p < 1 or toks[p].text.lower() not in _PLACE_PREPOSITIONS:
            return None
    body = _bare(toks[p - 1].text).lower()
    if body not in _SOURCE_NOUNS and body not in _ORG_WORDS:
        return None
    inner = _np_left(toks, p - 1, date_tokens)
    return (min(a, inner[0]) if inner else a, p - 1)


def _inverted_subject(
    ctx: _Context, toks: list[_Tok], v: int, sent: Sentence, *, after_content: bool
) -> _Attribution | None:
    """ "..., said Ihor Prokudin, head of ..." -> the phrase after the verb."""
    if toks[v].text.lower() in ADDRESSEE_VERBS:  # "..., told The Associated Press": the told
        return opening_teller(ctx, toks, v, sent, after_content=after_content)  # are no speaker
    k = v + 1
    start = k
    while k < len(toks):
        t = toks[k]
        tl = _bare(t.text).lower()
        if _is_cap(t) and t.text[:1].isalpha():
            k += 1
            continue
        if tl in _DETERMINERS and k == start:
            k += 1
            continue
        if tl in _SOURCE_NOUNS or tl in _SOURCE_MODIFIERS:
            k += 1
            continue
        if tl in _NP_PREPOSITIONS and k > start and k + 1 < len(toks):
            k += 1
            continue
        break
    while k > start and toks[k - 1].text.lower() in _NP_LEADING_WORDS:
        k -= 1
    if k == start:
        return None
    last = toks[k - 1]
    if not (_is_cap(last) or _bare(last.text).lower() in _SOURCE_NOUNS):
        return None
    raw = ctx.text[toks[start].start : last.end]
    source, kind, descriptor = _canonical(ctx, raw, toks[start].start)
    if kind == "person" and k < len(toks) and toks[k].text == ",":
        # "..., said Vladimir Medinsky, Russia's top negotiator." (not ", who blamed ...")
        stop = r"(?!,\s+(?:who|which|whose)\b)"
        tail = re.compile(rf"(?:{stop}[^.;:—–()“”\"])*").match(ctx.text, toks[k].end, sent.end)
        appositive = tail.group().strip(" ,") if tail else ""
        if appositive and len(appositive.split()) <= 12:
            descriptor = f"{descriptor}, {appositive}".strip(", ")
    return _Attribution(
        v, toks[v].text.lower(), toks[start].start, last.end, source, kind, descriptor,
        after_content=after_content,
    )  # fmt: skip


#: Evidence a news outlet checked, not said: "Satellite images reviewed by Reuters",
#: "footage verified by BBC Verify" (researchers who analysed it speak: "images
#: analysed by Yale researchers show").
#: Evidence a person shared, before that person's pronoun: "Pictures he shared".
_SHARED_EVIDENCE = re.compile(
    r"(?P<np>(?:\b(?:[Ss]atellite|[Dd]rone|[Nn]ew|CCTV|[Ss]ecurity|[Vv]ideo)\s+)*"
    r"\b(?i:footage|videos?|images|imagery|photos|photographs|pictures|clips?))\s+$"
)
_CHECKED_EVIDENCE = re.compile(
    r"(?P<np>(?:\b(?:[Ss]atellite|[Dd]rone|[Cc]ommercial|[Aa]erial|[Nn]ew|[Gg]eolocated|"
    r"CCTV|[Ss]ecurity|[Vv]ideo|[Mm]obile\s+phone)\s+)*"
    r"\b(?i:footage|videos?|images|imagery|photos|photographs|pictures|clips?))\s+"
    # "taken on Saturday and reviewed by Reuters": when it was made, then who checked it
    r"(?:(?:taken|captured|shot|filmed|recorded|published|released|posted)\s+"
    r"(?:[\w,-]+\s+){0,5}?and\s+)?"
    r"(?:(?:later|also|independently|separately)\s+)?"
    r"(?:reviewed|verified|analy[sz]ed|examined|geolocated|seen|obtained|checked|"
    r"authenticated|studied|assessed)\s+by\s+(?P<who>(?:[Tt]he\s+)?(?:Reuters|AP|"
    r"Associated\s+Press|AFP|Agence\s+France-Presse|BBC(?:\s+Verify)?|CNN|Sky\s+News|"
    r"Al\s+Jazeera|Bloomberg|New\s+York\s+Times|Washington\s+Post|Guardian|"
    r"Financial\s+Times|Wall\s+Street\s+Journal|Kyiv\s+Independent|(?:NBC|CBS|ABC)\s+News|"
    r"Economist|Le\s+Monde|Der\s+Spiegel|newspaper|this\s+(?:newspaper|outlet|publication|"
    r"agency)|us|our\s+(?:team|reporters))\b)"
)
#: Evidence and a participle set off by commas before its verb: "Satellite imagery from
#: Planet Labs, taken on Wednesday afternoon, shows".
_EVIDENCE_APPOSITION = re.compile(
    r"(?P<np>(?:\b[\w’'-]+\s+){0,2}?\b(?i:footage|videos?|images|imagery|photos|"
    r"photographs|pictures|clips?)(?:\s+(?:from|by|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3})?),\s+(?:taken|captured|recorded|filmed|released|"
    r"published|posted|shared|dated|obtained)\b[^,;]{0,80},\s*$"
)


def _evidence_subject(
    ctx: _Context, toks: list[_Tok], v: int, sent: Sentence, found: _Attribution | None
) -> _Attribution | None:
    """The evidence that speaks through the evidence verb at token ``v`` when the phrase
    before the verb names who checked it ("images reviewed by Reuters showed" -> the
    images) or a participle in commas parts it from the verb; else ``found``."""
    text = ctx.text
    verb = toks[v]
    if v and toks[v - 1].text == ",":
        m = _EVIDENCE_APPOSITION.search(text, max(sent.start, verb.start - 200), verb.start)
        if m is not None:
            return _evidence_attribution(text, toks, v, *m.span("np"))
    if found is None or found.subj_start <= sent.start:
        return found
    if text[found.subj_start : found.subj_end].lower() in ("he", "she", "they", "it", "we"):
        # "Pictures he shared on Telegram showed ...": the pictures, not "he".
        shared = _SHARED_EVIDENCE.search(text, max(sent.start, found.subj_start - 80),
                                         found.subj_start)  # fmt: skip
        if shared is not None:
            return _evidence_attribution(text, toks, v, *shared.span("np"))
    m = next(
        (
            m
            for m in _CHECKED_EVIDENCE.finditer(text, max(sent.start, found.subj_start - 120),
                                                found.subj_end)
            if m.start("who") <= found.subj_start < m.end("who")
        ),
        None,
    )  # fmt: skip
    if m is None:
        return found
    return _evidence_attribution(text, toks, v, *m.span("np"))


def _evidence_attribution(text: str, toks: list[_Tok], v: int, a: int, b: int) -> _Attribution:
    """Evidence at ``text[a:b]`` speaking through the verb at token ``v``, named as
    written ("Satellite imagery from Planet Labs": not the company's name alone)."""
    return _Attribution(v, toks[v].text.lower(), a, b, text[a:b], "org", evidence=True)
