"""Claims: who asserts what, how sure the article is of it, about where and when.

:func:`extract_claims` turns an article into :class:`~geo.model.Claim` records.
It is pure and deterministic: the toponyms and spatial features found by the
other stages are passed in, nothing is loaded.

What is a claim
---------------
1. **An attributed assertion**: a sentence, or a clause of one, with a speaker
   and a cue ("Russia announced on Friday that ...", "..., the governor said.",
   "According to Ukraine's General Staff, ...", "Russian officials say ...",
   "Footage released by Russian sources shows ..."). When a sentence holds two
   independent attributions joined by ", but", ", while", "; " ..., each clause
   is a claim; an attribution nested in what is said ("Zelensky said the army
   reported ...") and cue verbs inside a quotation are part of the claim.
2. **A sentence that carries a verification status** but no speaker
   ("..., reportedly due to ...", "unconfirmed reports ..."): ``source`` and
   ``cue`` are ``None``.
3. **A reported event the article states itself**: a sentence with a counted
   or measured quantity and a date or a place ("Russia handed over 6,000
   bodies under a June 2 agreement", "Russian forces are within 16 km of
   Sumy"); ``source`` and ``cue`` are ``None``. Descriptions ("X is a city of
   250,000 people", "X lies 30 km from Y"), headlines, bylines and captions are
   not claims (headlines only when attributed).

Continuations join the claim they continue: a sentence opening with "In
return", "In exchange", ... or naming "that exchange"; a bare quotation after
a claim; and a named spokesperson's statement in the next sentence of the same
paragraph after their government's announcement, when the first country their
description names is the government's ("Russia announced ... 3,000 ...
Vladimir Medinsky, head of Russia's negotiating team, stated, ...": one claim,
source Medinsky, because he speaks for Russia).

A reaction is not a claim of its own: a sentence whose only content is a
status of the claim before it ("Kyiv denied the accusation.", "The figure
could not be verified.") sets that status; one that also says something
("The army rejected the claim, saying its soldiers still held the base.") is
a claim too. A denial answers the previous claim when it refers back to it
or comes from another party (the speakers' countries, from the toponyms and
demonyms in their names, differ).

Fields
------
- ``source``: the speaker as written ("Ukrainian officials", "the Kremlin",
  "Russia"); a person by name, without titles, the full name when the article
  gave it ("Putin" -> "Vladimir Putin"); "he"/"she" resolve to the last named
  person, "it"/"they" to the last organisation or group that spoke.
- ``cue``: the attribution verb as written, lower-cased ("stated",
  "reiterated", "say", "according to").
- ``status``: ``asserted`` unless the text says otherwise, strongest first:
  ``denied`` ("a claim Medinsky denied", "Kyiv denied the accusation" in the
  next sentence), ``disputed`` ("rejected the claim", "called the figure
  exaggerated", another party saying "fighting continued"), ``unverified``
  ("a figure Ukraine has not confirmed", "could not be independently
  verified", "without providing evidence"), ``confirmed`` ("confirmed",
  "independently verified"), then the weak ``unverified`` of "reportedly",
  "allegedly", "it is reported", "is said to". A status may sit in an
  apposition of the same sentence or in one of the next two sentences that
  refers back ("The claim could not be verified."); ``status_cue`` holds those
  words. A denial with no claim to
  refer to ("Kyiv denied that its forces shelled the plant.") is a claim of its
  own: status ``denied``, cue "denied", source ``None`` (the accuser is
  unknown) and the denier in ``status_cue``.
- ``quantities``/``dates``: what :mod:`geo.text.numbers` and
  :mod:`geo.text.dates` find inside the claim's span.
- ``toponyms``/``features``: indexes of those whose spans fall inside the
  claim's span, plus the last named place for "the city", "the town", "the
  region" when the claim names none of that kind.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..model import Claim
from . import lexicon as lx
from .dates import find_dates
from .numbers import find_quantities

__all__ = ["CUE_VERBS", "EVIDENCE_VERBS", "Sentence", "extract_claims", "split_sentences"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs that attribute speech or a written statement.
CUE_VERBS = _words(
    """
    said says say saying stated states stating claimed claims claim claiming reiterated
    reiterates reiterate reiterating announced announces announce announcing accused accuses
    accuse accusing denied denies deny denying reported reports report reporting acknowledged
    acknowledges acknowledge acknowledging insisted insists insist insisting warned warns warn
    warning added adds adding told tells confirmed confirms confirm confirming noted notes
    noting argued argues argue arguing alleged alleges allege alleging asserted asserts assert
    declared declares estimated estimates estimate wrote writes posted tweeted explained
    explains emphasized emphasised emphasizes emphasises stressed stresses repeated repeats
    maintained maintains maintain admitted admits admit conceded concedes rejected rejects
    reject disputed disputes dispute dismissed dismisses blamed blames blame suggested
    indicated revealed disclosed promised pledged vowed threatened addressed clarified
    clarifying countered responded replied boasted offered proposed predicted cautioned
    assured urged contended described mentioned remarked affirmed
    """
)
#: Verbs through which evidence, not a person, speaks ("footage shows").
EVIDENCE_VERBS = _words("show shows showed shown suggest suggests indicate indicates appear")
_EVIDENCE_NOUNS = _words(
    """
    footage video videos images image imagery photos photographs pictures data figures records
    documents reports report satellite evidence analysis
    """
)
_STATUS_VERBS = _words(
    """
    denied denies deny denying refuted refutes rejected rejects reject disputed disputes
    dispute dismissed dismisses confirmed confirms confirm confirming
    """
)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|but|whereas|and|as)\b|\bwhile\b|\bbut\b")
_DENY_VERBS = _words("denied denies deny denying refuted refutes")
#: Lower-case heads of a speaker's noun phrase ("Ukrainian officials", "the governor").
_SOURCE_NOUNS = _words(
    """
    official officials source sources spokesman spokeswoman spokesperson spokespeople
    ministry military army forces force authorities authority governor mayor police
    witnesses witness residents resident analysts analyst government president minister
    commander commanders command staff office agency service observers diplomats diplomat
    leaders leader media outlets outlet report reports statement investigators prosecutors
    prosecutor monitors monitor experts expert negotiators negotiator team delegation
    administration council head chief director representative representatives envoy
    ambassador aide aides adviser advisers advisor advisors officer officers soldiers troops
    fighters medics doctors rescuers volunteers journalists correspondent correspondents
    bloggers blogger channels channel newspaper group organization organisation committee
    watchdog mission institute study assessment update bulletin briefing document documents
    footage video videos images imagery photos data figures inspectors intelligence operator
    company department headquarters guard unit brigade battalion regiment navy parliament
    lawmakers lawmaker deputy deputies mps kremlin pentagon people survivors relatives
    families prime secretary general generals researchers scientists academics historians
    economists engineers workers staffers insiders groups agencies organizations
    organisations charities activists campaigners ngos observers
    """
)
#: Lower-case modifiers inside a speaker's noun phrase.
_SOURCE_MODIFIERS = _words(
    """
    senior local regional military western foreign unnamed anonymous former top chief deputy
    defence defense interior health emergency emergencies air armed general state national
    federal presidential independent two three four several some other many pro-russian
    pro-kremlin pro-ukrainian separatist occupation russian-installed moscow-installed
    kremlin-backed self-proclaimed satellite open-source intelligence security border press
    news war human rights un aid humanitarian medical rescue energy nuclear city district
    provincial municipal naval ground joint operational strategic government-controlled
    israeli-run hamas-run video prime foreign-affairs southern northern eastern western
    central paramilitary rebel opposition
    """
)
#: Modifiers written in lower case inside a sentence ("Senior officials" -> "senior officials").
_LOWER_MODIFIERS = _words(
    "senior local regional unnamed anonymous several some many two three four other military"
)
_DETERMINERS = _words("the a an its their his her our")
_PART_OF_NAME = _words("and of for the a an & de")
#: Titles before a person's name.
_TITLES = lx.PERSON_TITLES | _words("honourable honorable hon doctor dr professor mr mrs ms")
_NP_PREPOSITIONS = _words("of for in at from")
_NP_LEADING_WORDS = _NP_PREPOSITIONS | _DETERMINERS  # words a noun phrase may start with
_ADVERBS = _words(
    """
    also again later earlier then now recently separately publicly officially repeatedly
    previously once further subsequently meanwhile initially first last yesterday today
    has have had would will could did does do had may might must should already still
    reportedly allegedly just even too
    """
)
_PASSIVE = _words("was were is are been be being")
_PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "group"}
_ORG_WORDS = _words(
    """
    ministry staff forces force army navy council committee office service agency command
    guard department court party union nations front brigade battalion regiment corps
    division group house bank fund organization organisation institute commission
    parliament government administration authority authorities cross crescent rights watch
    news press times post journal independent centre center university company association
    federation republic kingdom states coalition alliance movement unit media network
    kremlin pentagon reuters bloomberg tass interfax ria novosti ukrinform suspilne meduza
    jazeera hamas hezbollah taliban nato wagner isis rosatom gazprom naftogaz unicef unhcr
    ohchr iaea amnesty idf rsf saf sbu fsb gru cia mossad health executive affairs security
    defence defense safety emergency emergencies relief development environment agriculture
    interior justice education trade finance energy police bureau laboratory laboratories
    services hospital clinic foundation trust program programme project initiative society
    channel radio television tv broadcasting herald guardian telegraph daily weekly gazette
    review magazine tribune observer agency institute academy council
    """
)
_KNOWN_ORG_COUNTRIES = {"kremlin": "RU", "pentagon": "US", "idf": "IL", "sbu": "UA", "fsb": "RU"}
_MONTH_DAY_WORDS = frozenset(lx.MONTH_NAMES) | frozenset(lx.DAYS)
_FUNCTION_CAPS = _words(
    """
    the a an in on at but and or if as after before when while this that these those his her
    its their there here then since during despite although though however meanwhile earlier
    later last next some many most all both each every no not our we they he she it i you
    according video footage photos images nobody everyone everybody someone somebody anyone
    no-one none
    """
)
_ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st mt ft no nos vs jr
    sr inc ltd co corp dept est approx fig al
    mon tue tues wed thu thur thurs fri sat sun pres atty supt insp cpl pvt brig lieut
    """
) | frozenset(lx.MONTH_ABBREVIATIONS)
_STARTERS = _words(
    """
    the a an he she it they we i in on at but and this that these those his her its their
    there after before when while as officials meanwhile however some many
    """
)

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[’'\-][^\W\d_]+)*(?:[’'](?=\s|$|[,.;:!?—–)]))?"
    r"|\d[\d,.]*\d|\d|[^\s]"
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’»)\]]*(?=\s|$)")
_CLAUSE_BOUNDARY = re.compile(
    r"(?:[,;:]\s*(?:but|while|and|whereas|although|though|however|yet)?|—|–|"
    r"\s(?:but|while|whereas))"
    r"\s*$"
)
_CONTENT_MARKERS = re.compile(
    r"\b(?:saying|adding|insisting|arguing|noting|claiming|warning|and\s+said|but\s+said|said)\b"
)
_CONNECTIVE = re.compile(
    r"^\W*(?:In\s+return|In\s+exchange|In\s+turn|In\s+addition|Additionally|Moreover|"
    r"Furthermore|As\s+part\s+of\s+(?:the|that|this)\s+\w+)\b"
)
_EVENT_BACKREF = re.compile(
    r"\b(?:that|this|the\s+same)\s+(?:exchange|swap|transfer|handover|deal|attack|strike|"
    r"assault|operation|raid|incident|agreement|offensive|shelling|bombardment)\b",
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the|home|located|situated|about|around|some|roughly|"
    r"approximately|nearly|just|only|\d)\b|\bpopulation\b|\bhome\s+to\b|"
    r"\b(?:lies|lie|sits|sit|located|situated|borders|bordering)\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
_PLACE_BACKREF = re.compile(
    r"\b[Tt]he\s+(?P<w>city|town|village|settlement|region|province|oblast)\b"
    r"(?!\s+of\s+[A-Z])(?!['’]s\s+[A-Z])(?!\s+[A-Z])"
)

# --- status cues ------------------------------------------------------------------------

_NEG_VERIFY = re.compile(
    r"(?:\b(?:has|have|had|could|can|would|did|does|do|was|were|is|are|it\s+was)\s+)?"
    r"(?:\bnot|n[’']t|\bcannot|\bnever|\byet\s+to|\bunable\s+to|\bimpossible\s+to|"
    r"\bdeclined\s+to|\brefused\s+to|\bno\s+way\s+to)\s+"
    r"(?:(?:be|been|immediately|independently|yet|publicly|officially|able\s+to|"
    r"possible\s+to|to)\s+)*"
    r"(?:confirm|verif|corroborat|substantiat|authenticat)\w*",
    re.IGNORECASE,
)
_UNVERIFIED = re.compile(
    r"\b(?:neither\s+confirm\w*\s+nor\s+den\w*|"
    r"neither\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?:confirm|verif|corroborat)\w*|"
    r"nor\s+(?:have|has|had|could|can|did|was|were)\s+[^.;]{0,40}?(?:confirm|verif)\w*|"
    r"unconfirmed|unverified|unsubstantiated|"
    r"uncorroborated|without\s+(?:providing\s+|offering\s+|giving\s+|presenting\s+)?"
    r"(?:any\s+)?evidence|(?:provided|offered|gave|presented)\s+no\s+evidence|"
    r"no\s+independent\s+(?:confirmation|verification))\b",
    re.IGNORECASE,
)
_WEAK = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|"
    r"it\s+(?:is|was|has\s+been)\s+(?:reported|claimed|alleged|rumou?red)|"
    r"(?:is|are|was|were)\s+(?:said|reported|rumou?red)\s+to)\b",
    re.IGNORECASE,
)
_ADJECTIVE_CONFIRMED = re.compile(
    r"(?:(?:\b(?:the|a|an|no|any|of|other|more|new|total|all|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)|\d|-)\s*"
    r"(?:confirmed|verified)\b|\b(?:confirmed|verified)\s+(?:cases?|deaths?|dead|"
    r"infections?|instances?|victims?|patients?|outbreaks?|death\s+(?:toll|count)|casualties|"
    r"fatalities|injuries|reports?|sightings?|strikes?|kills?|losses)\b)",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|unless|until|once|to|awaiting|await|awaits|can|could|would|will|may|"
    r"might)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_DENY = re.compile(r"\b(?:denied|denies|deny|denying|refuted|refutes|refute)\b", re.IGNORECASE)
_DISPUTE_VERB = re.compile(
    r"\b(?:disputed|disputes|dispute|contested|contests|rejected|rejects|reject|dismissed|"
    r"dismisses|challenged|challenges|contradicted|contradicts)\b",
    re.IGNORECASE,
)
_DISPUTE_CALL = re.compile(
    r"\b(?:(?:dismissed|dismissing|rejected|rejecting|branded)\s+"
    r"(?:(?:the|this|that|these|those|such|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|allegations?|accusations?|remarks|comments|reports?|figures?|statements?|"
    r"assertions?|numbers?|account)|it|them|this)\s+as\b"
    r"(?=\s+[\"“]?\w)[^.;,]{0,40}|"
    r"(?:called|calling|calls|described|branded|labelled|labeled|termed)\s+"
    r"(?:the|this|that|these|those|it|them|such)\b[^.;]{0,60}?"
    r"\b(?:exaggerat\w*|false|fake|untrue|baseless|propaganda|fabricat\w*|lies|lie|lying|"
    r"inflated|misleading|absurd|nonsense|groundless|unfounded|disinformation|provocation|"
    r"fiction|fantasy)\b)",
    re.IGNORECASE,
)
_CONTRADICTION = re.compile(
    r"\b(?:fighting\s+(?:continues|continued|was\s+continuing|is\s+continuing|"
    r"was\s+ongoing|is\s+ongoing|goes\s+on|was\s+still\s+going\s+on)|"
    r"(?:still|remains?|remained)\s+(?:holds?|held|controls?|controlled|in\s+control|"
    r"under\s+(?:\w+\s+)?control)|not\s+true|"
    r"(?:was|were|is|are)\s+(?:false|untrue|exaggerated|inflated)|no\s+such\s+\w+)\b",
    re.IGNORECASE,
)
_CONFIRM = re.compile(
    r"\b(?:confirmed|confirms|confirm|confirming|verified|verifies|corroborated|"
    r"corroborates|authenticated)\b",
    re.IGNORECASE,
)
_BACKREF_NOUNS = (
    r"(?:claims?|figures?|reports?|allegations?|accusations?|assertions?|statements?|"
    r"accounts?|numbers?|estimates?|footage|videos?|images?|toll|information|charges?|"
    r"version|account|reports?|details|casualty\s+figures?|death\s+toll|remarks|comments|"
    r"proposals?|offers?)"
)
_BACKREF = re.compile(
    rf"\b(?:the|this|that|these|those|such|his|her|their|its|[A-Z][\w-]*[’']s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_BACKREF_NOUNS}\b"
)
_BACKREF_START = re.compile(
    rf"^\W*(?:This|That|It|These|Those|Neither|None|Such|The\s+(?:[\w-]+\s+)?{_BACKREF_NOUNS})\b"
)
_PRONOUN_OBJECT = re.compile(
    r"\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|confirmed|"
    r"confirms|verified|refuted)\s+(?:(?:it|this|them|these|those)\b"
    r"(?!\s+\w+\s+(?:had|has|was|were))|(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:loss|losses|deaths?|strike|attack|incident|capture|withdrawal|casualties|downing|"
    r"shooting|accusations?|allegations?|claims?|reports?|figures?|account)\b)"
)
_APPOSITION = re.compile(
    r"\s*(?:(?:(?:a|an|the|one|another|these|those|such)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|figures?|numbers?|toll|accounts?|assertions?|allegations?|accusations?|"
    r"charges?|reports?|statements?|estimates?|versions?|contention|characterization|"
    r"count|tally)\b|which\b|something\b|what\b|though\b|although\b|but\b|yet\b)",
    re.IGNORECASE,
)
_PASSIVE_DENIAL = re.compile(
    r"\b(?:was|were|been|be|being|is|are)\s+denied\b(?!\s+by)|"
    r"\bdenied\s+(?:access|entry|permission|"
    r"visas?|bail|the\s+right|passage|food|water|medical)\b",
    re.IGNORECASE,
)
#: Word stems every status cue above contains: a sentence without one has no status cue,
#: so the status patterns run only where one of these occurs (found in one pass).
_STATUS_HINT = re.compile(
    r"confirm|verif|corroborat|substantiat|authenticat|evidence|report|alleg|purport|"
    r"suppos|claim|rumou?r|said\s+to|den(?:y|ie)|refut|disput|contest|reject|dismiss|"
    r"challeng|contradict|brand|call|describ|label|termed",
    re.IGNORECASE,
)
_STATUS_RANK = {"denied": 5, "disputed": 4, "unverified": 3, "confirmed": 2, "weak": 1}


class _Within:
    """Records with character offsets, found inside a span by bisection.

    ``inside(s, e)`` lists the indexes (in the sequence given) of the records
    with ``s <= start`` and ``end <= e``: log n to find the first, then only the
    records that start in the span. This keeps every per-sentence and per-claim
    lookup linear over the document.
    """

    def __init__(self, items: Sequence[Any], start: str = "start", end: str = "end") -> None:
        keyed = sorted((getattr(x, start), i, getattr(x, end)) for i, x in enumerate(items))
        self.starts = [k[0] for k in keyed]
        self.order = [k[1] for k in keyed]
        self.ends = [k[2] for k in keyed]

    def inside(self, s: int, e: int) -> list[int]:
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e)
        return sorted(self.order[k] for k in range(lo, hi) if self.ends[k] <= e)

    def any_inside(self, s: int, e: int) -> bool:
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e)
        return any(self.ends[k] <= e for k in range(lo, hi))


class _Tok(NamedTuple):
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a headline, byline or caption line) of the text.

    ``start``/``end`` are character offsets; ``paragraph`` counts blocks
    separated by blank lines; ``line`` is true for text without sentence-final
    punctuation (headlines, bylines, captions).
    """

    start: int
    end: int
    paragraph: int
    line: bool = False


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets, robust to abbreviations ("U.S.", "Gen.") and quotations.

    A blank line ends a paragraph; a line break ends a sentence unless the
    text was wrapped (the next line starts in lower case, or a long line ends
    without punctuation).

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
    for block in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        groups: list[list[int]] = []
        for line in re.finditer(r"[^\n]+", block.group()):
            s = block.start() + line.start()
            e = block.start() + line.end()
            raw = text[s:e]
            if not raw.strip():
                continue
            s += len(raw) - len(raw.lstrip())
            e -= len(raw) - len(raw.rstrip())
            if groups and _wrapped(text[groups[-1][0] : groups[-1][1]], text[s:e]):
                groups[-1][1] = e
            else:
                groups.append([s, e])
        for s, e in groups:
            out.extend(_split_group(text, s, e, para))
        if groups:
            para += 1
    return out


def _wrapped(prev: str, cur: str) -> bool:
    if prev.endswith((".", "!", "?", ":", '"', "”", "’", ")")):
        return False
    if cur[:1].islower():
        return True
    return len(prev) >= 60 and prev[-1:].isalnum() and not _title_case(prev)


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _split_group(text: str, s: int, e: int, para: int) -> list[Sentence]:
    out: list[Sentence] = []
    begin = s
    for m in _SENTENCE_END.finditer(text, s, e):
        pos = m.end()
        nxt = re.compile(r"\s*(\S)").match(text, pos, e)
        if nxt is None:
            break
        c = nxt.group(1)
        if c.islower() or c in ",;":
            continue
        if m.group() == ".":
            word_m = re.compile(r"(\S+)$").search(text, begin, m.start())
            word = word_m.group(1).lstrip("(“\"‘'") if word_m else ""
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
            if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
                nw = re.compile(r"\s*([A-Za-z]+)").match(text, pos, e)
                if not nw or nw.group(1).lower() not in _STARTERS:
                    continue
        out.append(Sentence(begin, pos, para, False))
        begin = pos + len(nxt.group()) - 1
    if begin < e:
        chunk = text[begin:e].rstrip()
        line = not re.search(r"[.!?][\"”’)]?$", chunk)
        out.append(Sentence(begin, begin + len(chunk), para, line))
    return out


# --- drafts -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Attribution:
    verb: int  # token index of the cue ("according" for "according to")
    cue: str
    subj_start: int  # character offsets of the speaker's phrase
    subj_end: int
    source: str | None
    kind: str  # person | org | group | none
    descriptor: str = ""
    evidence: bool = False
    after_content: bool = False  # "..., the governor said." / "according to X" at the end
    coordinated: bool = False  # "X said ... but denied ...": the subject of an earlier verb


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    source: str | None
    cue: str | None
    kind: str
    descriptor: str
    first: int  # sentence indexes
    last: int
    paragraph: int
    statuses: list[tuple[int, str, str]] = field(default_factory=list)  # rank, status, cue
    subj_start: int = -1


@dataclass(slots=True)
class _Context:
    text: str
    toponyms: Sequence[Any]
    persons: dict[str, str] = field(default_factory=dict)  # surname -> full name
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name)
    last_org: str | None = None
    last_group: str | None = None
    toponym_spans: list[tuple[int, int]] = field(default_factory=list)
    mention_offsets: list[int] = field(default_factory=list)  # of ``mentions``, ascending
    places: _Within = field(init=False)
    dates: _Within = field(init=False)
    quantities: _Within = field(init=False)
    features: _Within = field(init=False)
    status_hints: list[int] = field(default_factory=list)  # offsets of _STATUS_HINT matches

    def __post_init__(self) -> None:
        self.toponym_spans = sorted((t.start, t.end) for t in self.toponyms)
        self.places = _Within(self.toponyms)

    def mention(self, offset: int, name: str) -> None:
        self.mentions.append((offset, name))
        self.mention_offsets.append(offset)


def extract_claims(
    text: str,
    toponyms: Sequence[Any],
    features: Sequence[Any] = (),
    *,
    article_date: dt.date | None = None,
) -> tuple[Claim, ...]:
    """The claims of an article, in text order (see the module docstring).

    Parameters
    ----------
    text : str
        The article.
    toponyms : sequence of Toponym
        The places found in ``text`` (``start``, ``end``, ``place``); claims
        refer to them by index.
    features : sequence of Feature, optional
        Spatial features found in ``text``; claims refer to them by index.
    article_date : datetime.date, optional
        Publication date: resolves "on Friday", "earlier this month" and
        year-less dates.

    Returns
    -------
    tuple of Claim

    Examples
    --------
    >>> text = ("Russia said on Friday that its forces had captured 12 villages. "
    ...         "The claim could not be independently verified.")
    >>> c, = extract_claims(text, [])
    >>> c.source, c.cue, c.status, c.status_cue
    ('Russia', 'said', 'unverified', 'The claim could not be independently verified')
    >>> [(q.value, q.unit) for q in c.quantities], [d.text for d in c.dates]
    ([(12, 'villages')], ['on Friday'])
    >>> extract_claims("The river runs through the city.", [])
    ()
    """
    sentences = split_sentences(text)
    ctx = _Context(text, toponyms)
    tokens = [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    date_spans = find_dates(text, article_date=article_date)
    quantities = find_quantities(text, dates=date_spans)
    ctx.dates = _Within(date_spans, "offset_start", "offset_end")
    ctx.quantities = _Within(quantities)
    ctx.features = _Within(features)
    ctx.status_hints = [m.start() for m in _STATUS_HINT.finditer(text)]
    drafts: list[_Draft] = []
    starts = [t.start for t in tokens]
    for idx, sent in enumerate(sentences):
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        toks = [t for t in tokens[lo:hi] if t.end <= sent.end]
        if not sent.line:
            _register_persons(ctx, toks)
        _sentence_claims(ctx, sentences, idx, toks, drafts, date_spans, quantities)
    drafts = _merge_spokespersons(ctx, drafts)
    return tuple(
        _finish(ctx, d, date_spans, quantities, features, sentences[max(0, d.first - 2)].start)
        for d in drafts
    )


# --- one sentence -----------------------------------------------------------------------


def _sentence_claims(
    ctx: _Context,
    sentences: Sequence[Sentence],
    idx: int,
    toks: list[_Tok],
    drafts: list[_Draft],
    date_spans: Sequence[Any],
    quantities: Sequence[Any],
) -> None:
    text = ctx.text
    sent = sentences[idx]
    s_text = text[sent.start : sent.end]
    prev = _previous_claim(drafts, sentences, idx)

    # 1. Status cues; appositions that refer back to this sentence's content are masked.
    k = bisect_left(ctx.status_hints, sent.start)
    hinted = k < len(ctx.status_hints) and ctx.status_hints[k] < sent.end
    events = _status_matches(text, sent) if hinted else []
    masked: list[tuple[int, int]] = []
    same: list[tuple[int, str, str]] = []
    loose: list[tuple[int, int, int, str]] = []  # start, end, rank, status
    for start, end, rank, status in events:
        region = _apposition(text, sent, start, end)
        if region is not None:
            masked.append(region)
            same.append((rank, status, _clean(text[region[0] : region[1]])))
        else:
            loose.append((start, end, rank, status))

    # 2. Attributions outside the masked regions.
    here = [date_spans[i] for i in ctx.dates.inside(sent.start, sent.end)]
    date_tokens = {
        i
        for i, t in enumerate(toks)
        for d in here
        if d.offset_start <= t.start and t.end <= d.offset_end
    }
    attributions = _attributions(ctx, toks, masked, date_tokens, sent)

    # 3. Reactions: a status about the previous claim ("Kyiv denied the accusation.").
    backref = bool(
        _BACKREF.search(s_text) or _BACKREF_START.match(s_text) or _PRONOUN_OBJECT.search(s_text)
    )
    reaction = False
    own_status: list[tuple[int, str, str]] = list(same)
    for start, end, rank, status in loose:
        verb_attr = next(
            (a for a in attributions if toks[a.verb].start <= start < toks[a.verb].end + 1), None
        )
        if verb_attr is None:
            verb_attr = next((a for a in attributions if start <= toks[a.verb].start < end), None)
        if status == "weak":
            own_status.append((rank, "unverified", text[start:end]))
            continue
        is_verb = verb_attr is not None and verb_attr.cue in _STATUS_VERBS
        if is_verb and verb_attr.coordinated and len(attributions) > 1:
            continue  # "confirmed that ... but denied any plans": part of what is said
        refers = backref or (
            is_verb
            and verb_attr.cue in _DENY_VERBS
            and prev is not None
            and prev.cue not in _DENY_VERBS
            and _other_side(ctx, prev, verb_attr)
        )
        if status == "disputed" and not (refers or _DISPUTE_CALL.search(s_text)):
            continue  # "dismissed the commander"
        if status in ("denied", "disputed") and not (is_verb or refers) and attributions:
            continue  # inside what is said: "confirmed that ... but denied any plans"
        if prev is not None and refers:
            prev.statuses.append((rank, status, _reaction_cue(text, sent, verb_attr, start, end)))
            reaction = True
        elif is_verb:
            # "The IAEA confirmed that ...", "Israel denied that ...": speaker and verb.
            if verb_attr.subj_start < start:
                own_status.append((rank, status, _clean(text[verb_attr.subj_start : end])))
            else:  # "..., confirmed the governor"
                own_status.append((rank, status, _clean(text[start : verb_attr.subj_end])))
            if status == "denied":
                verb_attr.source, verb_attr.kind = None, "none"
        else:
            own_status.append((rank, status, _clean(text[start:end])))

    if reaction and not _CONTENT_MARKERS.search(_unmask(s_text, sent.start, masked)):
        if not any(a.cue not in _STATUS_VERBS for a in attributions):
            return
        attributions = [a for a in attributions if a.cue not in _STATUS_VERBS]

    # 4. Claims: one per independent attribution, or one unattributed.
    if attributions:
        clauses = _clauses(text, sent, attributions)
        new: list[_Draft] = []
        for (start, end), attr in clauses:
            d = _Draft(
                start,
                end,
                attr.source,
                attr.cue,
                attr.kind,
                attr.descriptor,
                idx,
                idx,
                sent.paragraph,
                subj_start=attr.subj_start,
            )
            new.append(d)
        if not new:
            return
        for rank, status, cue in own_status:
            pos = sent.start
            m = re.search(re.escape(cue), text[sent.start : sent.end]) if cue else None
            if m:
                pos = sent.start + m.start()
            target = next((d for d in reversed(new) if d.start <= pos), new[0])
            target.statuses.append((rank, status, cue))
        _contradictions(text, new, prev)
        for d in new:
            if d.kind in ("org", "group") and d.source:
                ctx.last_org = d.source if d.kind == "org" else ctx.last_org
                ctx.last_group = d.source
        drafts.extend(new)
        return
    if sent.line:
        return
    # Continuations of the previous claim.
    if prev is not None and prev.last == idx - 1 and prev.paragraph == sent.paragraph:
        quote_only = s_text[:1] in '“"' and s_text.rstrip()[-1:] in '”"'
        if _CONNECTIVE.match(s_text) or _EVENT_BACKREF.search(s_text) or quote_only:
            prev.end = sent.end
            prev.last = idx
            prev.statuses.extend(own_status)
            return
    if own_status:
        drafts.append(
            _Draft(
                sent.start, sent.end, None, None, "none", "", idx, idx, sent.paragraph, own_status
            )
        )
        return
    if _reported_event(ctx, sent, date_spans, quantities):
        drafts.append(
            _Draft(sent.start, sent.end, None, None, "none", "", idx, idx, sent.paragraph)
        )


def _reaction_cue(
    text: str, sent: Sentence, attr: _Attribution | None, start: int, end: int
) -> str:
    """The words of a reaction to an earlier claim: "Kyiv denied any involvement",
    "The figure could not be independently verified"."""
    cue_start = attr.subj_start if attr is not None else sent.start
    if start - cue_start > 60:
        cue_start = start
    tail = re.compile(r"[^,.;:—–()“”\"]*").match(text, end, sent.end)
    words = list(re.finditer(r"\S+", text[end : tail.end()]))
    cue_end = end
    if words and len(words) <= 8 and words[0].group().lower() != "that":
        cue_end = end + words[-1].end()
    return _clean(text[min(cue_start, start) : cue_end])


def _other_side(ctx: _Context, prev: _Draft, attr: _Attribution) -> bool:
    """Whether ``attr``'s speaker is another party than the speaker of ``prev``."""
    if prev.source is None or attr.source is None:
        return prev.source != attr.source
    if prev.source == attr.source:
        return False
    theirs = set(_countries(ctx, attr.subj_start, attr.subj_end))
    ours = set(_countries(ctx, prev.subj_start, prev.subj_start + len(prev.source)))
    if prev.kind == "person" or prev.subj_start < 0:
        ours = set()
    return not (theirs and ours and theirs & ours)


def _unmask(s_text: str, offset: int, masked: list[tuple[int, int]]) -> str:
    chars = list(s_text)
    for a, b in masked:
        for i in range(max(0, a - offset), min(len(chars), b - offset)):
            chars[i] = " "
    return "".join(chars)


def _clean(cue: str) -> str:
    """Status words without edge punctuation or a leading conjunction ("but Kyiv denies it")."""
    cue = cue.strip(" \t\n,;:—–-.").strip()
    return re.sub(r"^(?:but|and|yet|though|although|while)\s+", "", cue, flags=re.IGNORECASE)


def _reported_event(
    ctx: _Context, sent: Sentence, date_spans: Sequence[Any], quantities: Sequence[Any]
) -> bool:
    """A sentence that states a counted or measured event with a date or a place."""
    inside = [i for i in ctx.quantities.inside(sent.start, sent.end) if quantities[i].unit]
    if not inside:
        return False
    s_text = ctx.text[sent.start : sent.end]
    if _DESCRIPTION.search(s_text):
        return False
    return ctx.dates.any_inside(sent.start, sent.end) or ctx.places.any_inside(sent.start, sent.end)


def _previous_claim(drafts: list[_Draft], sentences: Sequence[Sentence], idx: int) -> _Draft | None:
    """The claim a status in sentence ``idx`` may refer back to (two sentences at most)."""
    if not drafts:
        return None
    d = drafts[-1]
    if idx - d.last > 2 or sentences[idx].paragraph - d.paragraph > 1:
        return None
    return d


# --- status -----------------------------------------------------------------------------


def _status_matches(text: str, sent: Sentence) -> list[tuple[int, int, int, str]]:
    """(start, end, rank, status) of every status cue in the sentence, in text order."""
    s, e = sent.start, sent.end
    found: list[tuple[int, int, int, str]] = []
    negated: list[tuple[int, int]] = []
    for m in _NEG_VERIFY.finditer(text, s, e):
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "unverified"))
        negated.append(m.span())
    for m in _UNVERIFIED.finditer(text, s, e):
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "unverified"))
        negated.append(m.span())
    for m in _WEAK.finditer(text, s, e):
        found.append((m.start(), m.end(), _STATUS_RANK["weak"], "weak"))
    passive = [m.span() for m in _PASSIVE_DENIAL.finditer(text, s, e)]
    for m in _DENY.finditer(text, s, e):
        if _overlaps(m.span(), negated) or _overlaps(m.span(), passive):
            continue
        found.append((m.start(), m.end(), _STATUS_RANK["denied"], "denied"))
    for m in _DISPUTE_CALL.finditer(text, s, e):
        found.append((m.start(), m.end(), _STATUS_RANK["disputed"], "disputed"))
    for m in _DISPUTE_VERB.finditer(text, s, e):
        if any(a <= m.start() < b for a, b, _, st in found if st == "disputed"):
            continue
        found.append((m.start(), m.end(), _STATUS_RANK["disputed"], "disputed"))
    for m in _CONFIRM.finditer(text, s, e):
        if _ADJECTIVE_CONFIRMED.search(text, max(s, m.start() - 25), min(e, m.end() + 25)):
            continue  # "38 confirmed cases", "the confirmed death toll"
        if _overlaps(m.span(), negated) or _HYPOTHETICAL.search(
            text, max(s, m.start() - 40), m.start()
        ):
            continue  # "tests to confirm", "if the analysis confirms"
        found.append((m.start(), m.end(), _STATUS_RANK["confirmed"], "confirmed"))
    found.sort()
    return found


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _apposition(text: str, sent: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The span of an apposition holding a status about what precedes it, or None.

    "... 76,000 troops—a figure Ukraine has not confirmed ...", ", a claim X denied",
    ", which Kyiv denied", ", though Reuters could not verify it".
    """
    window = text[sent.start : start]
    cut = max(window.rfind(c) for c in (",", ";", "—", "–", "(", " - "))
    if cut <= 0:
        return None
    seg_start = sent.start + cut + 1
    if not text[sent.start : seg_start - 1].strip():
        return None
    if not _APPOSITION.match(text, seg_start, start):
        return None
    tail = re.compile(r"[,;—–)]|\.(?=[\"”’]?\s*$)").search(text, end, sent.end)
    region_end = tail.start() if tail else sent.end
    while region_end > end and text[region_end - 1] in '.”"’ ':
        region_end -= 1
    return seg_start, region_end


def _cue_text(text: str, d: _Draft, m: re.Match[str]) -> str:
    """The speaker and the contesting words: "Ukraine's military said fighting continued"."""
    start = d.subj_start if d.subj_start >= 0 else d.start
    if m.start() - start > 60:
        return _clean(m.group())
    return _clean(text[start : m.end()])


def _contradictions(text: str, new: list[_Draft], prev: _Draft | None) -> None:
    """Another party saying "fighting continued" disputes the claim before it."""
    for i, d in enumerate(new):
        before = new[i - 1] if i else prev
        if before is None or before.source == d.source or d.source is None:
            continue
        if before is not prev and before not in new:
            continue
        m = _CONTRADICTION.search(text, d.start, d.end)
        if m:
            before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue_text(text, d, m)))


# --- attribution ------------------------------------------------------------------------


_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|an|az|bin|ibn|abu|de|da|di|du)[-‐’'][A-Z]")
_PARTICLES = _words("al el bin ibn abu bint de da di du dos das van von der den la le ter")


def _is_cap(tok: _Tok) -> bool:
    """A capitalised word, or a name with a particle ("al-Qidra")."""
    return tok.text[:1].isupper() or bool(_NAME_PARTICLE.match(tok.text))


def _bare(word: str) -> str:
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip("’'")


def _attributions(
    ctx: _Context,
    toks: list[_Tok],
    masked: list[tuple[int, int]],
    date_tokens: set[int],
    sent: Sentence,
) -> list[_Attribution]:
    out: list[_Attribution] = []
    text = ctx.text
    for m in _ACCORDING.finditer(text, sent.start, sent.end):
        if _overlaps(m.span(), masked):
            continue
        np_end = _np_right_end(text, m.end(), sent.end)
        raw = text[m.end() : np_end].strip()
        if not raw:
            continue
        source, kind, descriptor = _canonical(ctx, raw, m.end())
        verb = next(i for i, t in enumerate(toks) if t.start >= m.start())
        after = bool(text[sent.start : m.start()].strip(" ,“\"'‘"))
        out.append(
            _Attribution(
                verb, "according to", m.end(), np_end, source, kind, descriptor, after_content=after
            )
        )
    quotes = _quotations(text, sent)
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        evidence = low in EVIDENCE_VERBS
        if low not in CUE_VERBS and not evidence:
            continue
        if _overlaps((tok.start, tok.end), masked) or i in date_tokens:
            continue
        if tok.text[0].isupper() and (not sent.line or len(toks) - i < 3):
            continue  # "... as Both Sides Trade Claims"
        if i and toks[i - 1].text.lower() in _PASSIVE:
            continue  # "shelling was reported"
        if i and toks[i - 1].text.lower() in ("a", "an", "the", "this", "that", "his", "her"):
            continue  # a noun: "a claim", "the report"
        found = _subject(ctx, toks, i, date_tokens, sent)
        if found is None:
            continue
        attr = found
        if evidence:
            left = " ".join(t.text.lower() for t in toks[:i])
            if not any(w in _EVIDENCE_NOUNS for w in left.split()):
                continue
            attr.evidence = True
        out.append(attr)
    outside = [a for a in out if not _overlaps((toks[a.verb].start, toks[a.verb].end), quotes)]
    if outside:
        out = outside  # the cue verbs of quoted speech belong to the quotation
    out.sort(key=lambda a: a.verb)
    # "Aid groups warned that fighting near El Fasher threatened the hospital": a cue
    # verb inside the reported "that" clause belongs to the content, not to a speaker.
    kept: list[_Attribution] = []
    for attr in out:
        last = kept[-1] if kept else None
        if last is not None and any(
            toks[k].text.lower() == "that" for k in range(last.verb + 1, attr.verb)
        ):
            between = ctx.text[toks[last.verb].end : toks[attr.verb].start]
            if not _CLAUSE_BREAK.search(between):
                continue
        kept.append(attr)
    return kept


def _quotations(text: str, sent: Sentence) -> list[tuple[int, int]]:
    """Spans of the quotations in a sentence (“...”, "...")."""
    quoted = re.finditer(r"“[^”]*”?|\"[^\"]*\"?", text[sent.start : sent.end])
    spans = [m.span() for m in quoted]
    return [(sent.start + a, sent.start + b) for a, b in spans]


def _np_right_end(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"[^,.;:—–()“”\"]*").match(text, pos, limit)
    end = m.end() if m else pos
    stop = re.compile(
        r"\s(?:that|who|which|whose|and\s+(?:the|a|an)\s+[a-z]+\s+(?:of|in))\s"
    ).search(text, pos, end)
    if stop:
        end = stop.start()
    words = list(re.finditer(r"\S+", text[pos:end]))
    if len(words) > 10:
        end = pos + words[9].end()
    return end


def _skip_left(toks: list[_Tok], j: int, lo: int, date_tokens: set[int]) -> int:
    """Step left over adverbs, auxiliaries and dates between a subject and its verb."""
    while j >= lo:
        low = toks[j].text.lower()
        if low == ")":
            opening = next(
                (k for k in range(j - 1, max(lo - 1, j - 8), -1) if toks[k].text == "("), None
            )
            if opening is not None:
                j = opening - 1  # "the military intelligence agency (HUR) said"
                continue
        if j in date_tokens or low in _ADVERBS or (low.endswith("ly") and toks[j].text.islower()):
            j -= 1
            continue
        if low in ("not", "n't", "never") and j - 1 >= lo:
            j -= 1
            continue
        break
    return j


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
            return None  # ", saying ...", ", clarifying that ...": the main clause's speaker
        found = _apposition_subject(ctx, toks, j, v, date_tokens)
        if found is not None:
            return found
        return _inverted_subject(ctx, toks, v, sent, after_content=True)
    if prev.text in ("”", '"', "’", "'"):
        return _inverted_subject(ctx, toks, v, sent, after_content=True)
    low = prev.text.lower()
    if low in _PRONOUNS:
        source, kind = _resolve_pronoun(ctx, low, prev.start)
        after = _content_before(text, sent, prev.start)
        return _Attribution(v, cue, prev.start, prev.end, source, kind, after_content=after)
    if low in ("and", "but"):
        if cue.endswith("ing"):
            return None
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
    a, b = span
    raw = text[toks[a].start : toks[b].end]
    source, kind, descriptor = _canonical(ctx, raw, toks[a].start)
    after = _content_before(text, sent, toks[a].start)
    return _Attribution(
        v, cue, toks[a].start, toks[b].end, source, kind, descriptor, after_content=after
    )


def _content_before(text: str, sent: Sentence, pos: int) -> bool:
    """Content before the speaker: "“...,” the governor said", "Three died, police said"."""
    before = text[sent.start : pos].rstrip()
    return before.endswith((",", "”", '"', "’")) and len(before) > 15


def _np_left(toks: list[_Tok], j: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """The speaker's noun phrase ending at token ``j``: (first, last) token indexes."""
    head = toks[j]
    low = _bare(head.text).lower()
    if not (_is_cap(head) or low in _SOURCE_NOUNS) or not head.text[:1].isalpha():
        # "officials at the plant said": the head before a short prepositional phrase.
        for k in range(j - 1, max(-1, j - 5), -1):
            tl = toks[k].text.lower()
            if not toks[k].text[:1].isalpha():
                return None
            if tl in _NP_PREPOSITIONS and k and _bare(toks[k - 1].text).lower() in _SOURCE_NOUNS:
                inner = _np_left(toks, k - 1, date_tokens)
                return (inner[0], j) if inner else None
        return None
    if _is_cap(head) and low in _FUNCTION_CAPS:
        return None
    k = j
    while k - 1 >= 0:
        t = toks[k - 1]
        tl = _bare(t.text).lower()
        if k - 1 in date_tokens:
            break
        if tl in _DETERMINERS:
            k -= 1
            break
        if _is_cap(t) and t.text[:1].isalpha():
            if tl in _FUNCTION_CAPS:
                break
            k -= 1
            continue
        if tl in _SOURCE_MODIFIERS or tl in _SOURCE_NOUNS:
            k -= 1
            continue
        if tl in ("and", "&") and k - 2 >= 0 and _is_cap(toks[k - 2]) and _is_cap(toks[k]):
            k -= 1
            continue
        if tl in _PARTICLES and k - 2 >= 0 and _is_cap(toks[k - 2]):
            k -= 1  # "Ursula von der Leyen"
            continue
        if t.text.endswith(("’s", "'s")) and t.text[:1].isalpha():
            k -= 1  # "the territory's Health Ministry"
            continue
        if tl in _NP_PREPOSITIONS and k - 2 >= 0:
            before = _bare(toks[k - 2].text).lower()
            if before in _SOURCE_NOUNS or before in _TITLES:
                k -= 1
                continue
        break
    return k, j


def _sentence_subject(toks: list[_Tok], upto: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence (after a leading adverbial and its comma)."""
    k = 0
    lead = toks[0].text.lower() if toks else ""
    if (lead in _FUNCTION_CAPS and lead not in _DETERMINERS) or 0 in date_tokens:
        comma = next((i for i in range(upto) if toks[i].text == ","), None)
        if comma is None:
            return None
        k = comma + 1
    b = k
    while b < upto:
        t = toks[b]
        tl = _bare(t.text).lower()
        if b == k and tl in _DETERMINERS:
            b += 1
            continue
        if (_is_cap(t) and t.text[:1].isalpha()) or tl in _SOURCE_NOUNS or tl in _SOURCE_MODIFIERS:
            b += 1
            continue
        break
    if b == k:
        return None
    return _np_left(toks, b - 1, date_tokens)


def _relative_subject(toks: list[_Tok], j: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """ "Officials who spoke on condition of anonymity said": the phrase before "who"."""
    for k in range(j, max(-1, j - 12), -1):
        if toks[k].text in (",", ";", "—"):
            return None
        if toks[k].text.lower() == "who" and k:
            return _np_left(toks, k - 1, date_tokens)
    return None


def _apposition_subject(
    ctx: _Context, toks: list[_Tok], j: int, v: int, date_tokens: set[int]
) -> _Attribution | None:
    """ "X, head of ..., stated" and "The head of ..., X, said"."""
    text = ctx.text
    c = next((k for k in range(j - 1, max(-1, j - 18), -1) if toks[k].text == ","), None)
    if c is None or c + 1 >= j:
        return None
    seg = toks[c + 1 : j]
    seg_text = text[seg[0].start : seg[-1].end]
    before = _np_left(toks, c - 1, date_tokens) if c else None
    if before is None:
        return None
    a, b = before
    np_text = text[toks[a].start : toks[b].end]
    cue = toks[v].text.lower()
    if all(_is_cap(t) for t in seg) and len(seg) <= 4:
        source, kind, _ = _canonical(ctx, seg_text, seg[0].start)
        head = _bare(toks[b].text).lower()
        if kind != "person" and len(seg) >= 2 and (head in _SOURCE_NOUNS or head in _TITLES):
            # "The ministry's spokesman, Ashraf al-Qidra, said": a name after a role.
            source, kind = seg_text, "person"
            ctx.persons.setdefault(seg[-1].text, seg_text)
        if kind == "person":
            return _Attribution(v, cue, seg[0].start, seg[-1].end, source, kind, np_text)
    first = seg[0].text.lower()
    if seg[0].text[:1].islower() or first in _DETERMINERS or first in _TITLES:
        source, kind, descriptor = _canonical(ctx, np_text, toks[a].start)
        descriptor = f"{descriptor}, {seg_text}".strip(", ")
        return _Attribution(v, cue, toks[a].start, toks[b].end, source, kind, descriptor)
    return None


def _inverted_subject(
    ctx: _Context, toks: list[_Tok], v: int, sent: Sentence, *, after_content: bool
) -> _Attribution | None:
    """ "..., said Ihor Prokudin, head of ..." -> the phrase after the verb."""
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
        # "..., said Vladimir Medinsky, Russia's top negotiator."
        tail = re.compile(r"[^.;:—–()“”\"]*").match(ctx.text, toks[k].end, sent.end)
        appositive = tail.group().strip(" ,") if tail else ""
        if appositive and len(appositive.split()) <= 12:
            descriptor = f"{descriptor}, {appositive}".strip(", ")
    return _Attribution(
        v, toks[v].text.lower(), toks[start].start, last.end, source, kind, descriptor,
        after_content=after_content,
    )  # fmt: skip


def _clauses(
    text: str, sent: Sentence, attributions: list[_Attribution]
) -> list[tuple[tuple[int, int], _Attribution]]:
    """Split a sentence between independent attributions."""
    chosen: list[tuple[int, _Attribution]] = []  # (clause start, attribution)
    for attr in attributions:
        if not chosen:
            chosen.append((sent.start, attr))
            continue
        last_start, last_attr = chosen[-1]
        if attr.source is not None and last_attr.source == attr.source and attr.kind != "none":
            continue  # "he said ... and added": one claim
        boundary = _CLAUSE_BOUNDARY.search(text, last_start, attr.subj_start)
        if boundary is None or attr.after_content:
            continue
        gap = text[boundary.end() : attr.subj_start]
        if gap.strip():
            continue
        chosen.append((boundary.start(), attr))
    out: list[tuple[tuple[int, int], _Attribution]] = []
    for n, (start, attr) in enumerate(chosen):
        end = chosen[n + 1][0] if n + 1 < len(chosen) else sent.end
        if n:
            start = attr.subj_start
        chunk = text[start:end]
        stripped = chunk.rstrip(" \t\n,;:—–-")
        if stripped.strip():
            out.append(((start, start + len(stripped)), attr))
    return out


# --- names ------------------------------------------------------------------------------


def _register_persons(ctx: _Context, toks: list[_Tok]) -> None:
    """Remember the people a sentence names (full names and their surnames)."""
    i = 0
    while i < len(toks):
        if not (_is_cap(toks[i]) and toks[i].text[:1].isalpha()):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(toks)
            and (_is_cap(toks[j + 1]) or toks[j + 1].text in _PARTICLES)
            and toks[j + 1].text[:1].isalpha()
            and toks[j + 1].start - toks[j].end == 1
            and not toks[j].text.endswith(("’s", "'s"))
        ):
            j += 1
        run = toks[i : j + 1]
        name = _person_part(ctx, run)
        if name:
            full = " ".join(t.text for t in name)
            if len(name) >= 2:
                ctx.persons.setdefault(name[-1].text, full)
                ctx.mention(name[0].start, ctx.persons[name[-1].text])
            elif name[0].text in ctx.persons:
                ctx.mention(name[0].start, ctx.persons[name[0].text])
        i = j + 1


def _person_part(ctx: _Context, run: Sequence[_Tok]) -> list[_Tok]:
    """The trailing personal name of a capitalised run, after titles and places."""
    name: list[_Tok] = []
    titled = False
    for t in run:
        low = _bare(t.text).lower()
        if (
            low in _TITLES
            or low in lx.DEMONYMS
            or t.text.endswith(("’s", "'s"))
            or _in_toponym(ctx, t.start, t.end)
            or low in _FUNCTION_CAPS
            or low in _MONTH_DAY_WORDS
        ):
            titled = titled or low in _TITLES
            name = []
            continue
        if low in _ORG_WORDS or t.text.isupper():
            if name:
                return []  # "Public Health", "Safety Executive": an organisation
            titled = False
            continue  # "Defence Minister ...": part of a title
        name.append(t)
    if len(name) >= 2 and len(name) <= 4:
        return name
    if len(name) == 1 and (titled or name[0].text in ctx.persons):
        return name
    return []


def _in_toponym(ctx: _Context, start: int, end: int) -> bool:
    spans = ctx.toponym_spans
    i = bisect_right(spans, (start, float("inf"))) - 1
    while i >= 0 and spans[i][0] <= start:
        if end <= spans[i][1]:
            return True
        if start - spans[i][0] > 200:
            break
        i -= 1
    return False


def _canonical(ctx: _Context, raw: str, offset: int) -> tuple[str | None, str, str]:
    """(source, kind, descriptor) for a speaker's phrase."""
    raw = raw.strip()
    toks = [_Tok(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(raw)]
    caps = [t for t in toks if _is_cap(t)]
    if caps and caps[-1] is toks[-1]:
        # A trailing capitalised run may be a person: "Russian President Vladimir Putin".
        k = len(toks) - 1
        while k - 1 >= 0 and _is_cap(toks[k - 1]) and not toks[k - 1].text.endswith(("’s", "'s")):
            k -= 1
        run = toks[k:]
        name = _person_part(ctx, run)
        lead = _bare(toks[k - 1].text).lower() if k else ""
        if name and name[0] is run[0] and lead in _PART_OF_NAME:
            name = []  # "The Health and Safety Executive", "the Ministry of Health"
        if name and re.search(
            r"\b(?:office|ministry|family|lawyers?|team|staff)\s+(?:of|for)\b", raw
        ):
            name = []  # "The office of France's president Nicolas Sarkozy"
        if name and name[-1] is toks[-1]:
            last = name[-1].text
            full = " ".join(t.text for t in name)
            if len(name) == 1:
                full = ctx.persons.get(last, full)
            else:
                ctx.persons.setdefault(last, full)
                full = ctx.persons[last]
            descriptor = raw[: name[0].start - offset].strip()
            return full, "person", descriptor
        if len(toks) == 1 and not _in_toponym(ctx, toks[0].start, toks[0].end):
            low = toks[0].text.lower()
            common = low in _SOURCE_NOUNS or low in _SOURCE_MODIFIERS
            if not (common or low in _ORG_WORDS or toks[0].text.isupper() or low in lx.DEMONYMS):
                full = ctx.persons.get(toks[0].text, toks[0].text)
                return full, "person", ""
    source = raw
    first = toks[0].text if toks else ""
    if first in ("The", "A", "An") or (
        (first.lower() in _SOURCE_NOUNS or first.lower() in _LOWER_MODIFIERS)
        and first[1:].islower()
    ):
        source = first.lower() + raw[len(first) :]
    head = _bare(toks[-1].text).lower() if toks else ""
    kind = "group" if head.endswith("s") and not _is_cap(toks[-1]) else "org"
    return source, kind, ""


def _resolve_pronoun(ctx: _Context, pronoun: str, pos: int) -> tuple[str | None, str]:
    kind = _PRONOUNS[pronoun]
    if kind == "person":
        k = bisect_left(ctx.mention_offsets, pos)
        return (ctx.mentions[k - 1][1], "person") if k else (None, "none")
    if kind == "org":
        return (ctx.last_org, "org") if ctx.last_org else (None, "none")
    return (ctx.last_group, "group") if ctx.last_group else (None, "none")


# --- merging and finishing --------------------------------------------------------------


def _countries(ctx: _Context, start: int, end: int, *, first: bool = False) -> list[str]:
    """Countries a phrase refers to, in text order: places inside it and demonyms."""
    found: list[tuple[int, str]] = []
    for i in ctx.places.inside(start, end):
        t = ctx.toponyms[i]
        if getattr(t, "place", None) is not None:
            found.append((t.start, t.place.country_code))
    for m in re.finditer(r"[^\W\d_]+", ctx.text[start:end]):
        low = m.group().lower()
        code = lx.DEMONYMS.get(low) or _KNOWN_ORG_COUNTRIES.get(low)
        if code:
            found.append((start + m.start(), code))
    found.sort()
    codes = [c for _, c in found if c]
    return codes[:1] if first else codes


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


def _finish(
    ctx: _Context,
    d: _Draft,
    date_spans: Sequence[Any],
    quantities: Sequence[Any],
    features: Sequence[Any],
    context_start: int,
) -> Claim:
    """The claim record; "the city" may name a place of the two sentences before."""
    status, status_cue = "asserted", ""
    if d.statuses:
        _rank, status, status_cue = max(d.statuses, key=lambda s: s[0])
        if status == "weak":
            status = "unverified"
        status_cue = status_cue or status
    tops = ctx.places.inside(d.start, d.end)
    for m in _PLACE_BACKREF.finditer(ctx.text, d.start, d.end):
        want = "admin1" if m["w"].lower() in ("region", "province", "oblast") else "place"
        if any(getattr(ctx.toponyms[i], "kind", "") == want for i in tops):
            continue
        earlier = [
            i
            for i in ctx.places.inside(context_start, m.start())
            if getattr(ctx.toponyms[i], "kind", "") == want
        ]
        if earlier and earlier[-1] not in tops:
            tops.append(earlier[-1])
    feats = ctx.features.inside(d.start, d.end)
    return Claim(
        start=d.start,
        end=d.end,
        text=ctx.text[d.start : d.end],
        source=d.source,
        cue=d.cue,
        status=status,
        quantities=tuple(quantities[i] for i in ctx.quantities.inside(d.start, d.end)),
        dates=tuple(date_spans[i] for i in ctx.dates.inside(d.start, d.end)),
        toponyms=tuple(sorted(tops)),
        features=tuple(feats),
        status_cue=status_cue,
    )
