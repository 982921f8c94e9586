"""Claims stage 3, status: how sure anyone is of a claim, in its sentence or after it.

The status cue patterns (denied, disputed, unverified, confirmed and the weak
"reportedly"), appositions that qualify what precedes them ("a figure Ukraine
has not confirmed"), reactions in a later sentence ("Kyiv denied the
accusation.") and contradictions from the other side ("fighting continued").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..fold import FoldedPattern, folded
from .context import _Attribution, _Context, _Draft
from .segmentation import Sentence, _overlaps
from .sides import INDEPENDENT, speaker_side
from .speakers import _countries
from .stems import _STATUS_HINT, _STATUS_HINT_WORDS, status_hints

__all__ = [
    "_ADJECTIVE_CONFIRMED",
    "_APPOSITION",
    "_BACKREF",
    "_BACKREF_NOUNS",
    "_BACKREF_START",
    "_CONFIRM",
    "_CONTENT_MARKERS",
    "_CONTRADICTION",
    "_DENY",
    "_DISPUTE_CALL",
    "_DISPUTE_VERB",
    "_EMBEDDED_CLAIM",
    "_HYPOTHETICAL",
    "_NEG_VERIFY",
    "_PASSIVE_DENIAL",
    "_PRONOUN_OBJECT",
    "_STATUS_HINT",
    "_STATUS_HINT_WORDS",
    "_STATUS_RANK",
    "_UNVERIFIED",
    "_WEAK",
    "_apposition",
    "_clean",
    "_other_side",
    "_reaction_cue",
    "_status_matches",
    "_unmask",
    "status_hints",
]


_CONTENT_MARKERS = re.compile(
    r"\b(?:saying|adding|insisting|arguing|noting|claiming|warning|and\s+said|but\s+said|said|"
    r"(?:calling|describing|branding|labell?ing)\s+(?:the|it|this|that|them|those|these|such)\b)\b"
)


_NEG_VERIFY = re.compile(
    r"(?:\b(?:has|have|had|could|can|would|did|does|do|was|were|is|are|it\s+was)\s+)?"
    r"(?:\bnot|n[’']t|\bcannot|\bnever|\byet\s+to|\bunable\s+to|\bimpossible\s+to|"
    r"\bdeclined\s+to|\brefused\s+to|\bno\s+way\s+to)\s+"
    r"(?:(?:be|been|immediately|independently|yet|publicly|officially|able\s+to|"
    r"possible\s+to|to)\s+)*"
    r"(?:(?:observed|seen|found|received|provided|offered)\s+(?:any\s+)?"
    r"(?:visual\s+|independent\s+|official\s+)?)?"
    r"(?:(?:confirm|verif|corroborat|substantiat|authenticat)\w*|"
    r"(?<=observed\s)(?:any\s+)?evidence|(?<=seen\s)(?:any\s+)?evidence|"
    r"(?<=found\s)(?:any\s+)?evidence)",
    re.IGNORECASE,
)


_UNVERIFIED = re.compile(
    r"\b(?:neither\s+confirm\w*\s+nor\s+den\w*|"
    r"neither\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?:confirm|verif|corroborat)\w*|"
    r"nor\s+(?:have|has|had|could|can|did|was|were)\s+[^.;]{0,40}?(?:confirm|verif)\w*|"
    r"unconfirmed|unverified|unsubstantiated|"
    r"uncorroborated|without\s+(?:providing\s+|offering\s+|giving\s+|presenting\s+)?"
    r"(?:any\s+)?evidence|(?:provided|offered|gave|presented)\s+no\s+evidence|"
    r"no\s+(?:independent|visual|official)\s+(?:confirmation|verification|evidence)|"
    r"(?:seen|observed|found)\s+no\s+(?:\w+\s+)?(?:confirmation|evidence)|"
    r"neither\b[^.;]{0,60}?\b(?:can|could|has|have|was|were|is|are)\s+(?:been\s+|be\s+)?"
    r"(?:independently\s+)?(?:confirm|verif|corroborat)\w*)\b",
    re.IGNORECASE,
)


#: No answer from the other party ("Kyiv has not commented"): the claim before stays
#: unverified. Always a reaction to the previous claim when it has no cue of its own.
_NO_COMMENT = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)*"
    r"(?:comment(?:ed)?|respond(?:ed)?)(?:\s+to\s+(?:a\s+|the\s+)?requests?\s+for\s+comment)?|"
    r"(?:has|have|had)n[’']t\s+(?:yet\s+)?(?:commented|responded)|"
    r"(?:declined|refused)\s+to\s+comment|made\s+no\s+(?:immediate\s+)?comment|"
    r"(?:was|were)\s+not\s+(?:immediately\s+)?available\s+for\s+comment|"
    r"(?:has|have|had)\s+yet\s+to\s+(?:comment|respond)|"
    r"there\s+was\s+no\s+(?:immediate\s+)?(?:comment|response)\s+from)\b",
    re.IGNORECASE,
)


_WEAK = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|"
    r"it\s+(?:is|was|has\s+been)\s+(?:reported|claimed|alleged|rumou?red)|"
    r"(?:is|are|was|were)\s+(?:said|reported|rumou?red)\s+to)\b",
    re.IGNORECASE,
)


#: A negation just before "confirmed" ("did not make confirmed advances", "no verified").
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|no|never|without)|n[’']t)\s+(?:[\w-]+\s+){0,2}$")


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
    r"(?:(?:the|this|that|these|those|it|them|such)\b[^.;]{0,60}?|(?:a|an)\s+)?"
    r"\b(?:exaggerat\w*|false|fake|untrue|baseless|propaganda|fabricat\w*|lies|lie|lying|"
    r"inflated|misleading|absurd|nonsense|groundless|unfounded|disinformation|provocation|"
    r"fiction|fantasy|pretext|smear|slander|hoax|staged)\b)",
    re.IGNORECASE,
)


_CONTRADICTION = re.compile(
    r"\b(?:(?:being|been)\s+pushed\s+(?:back|out)|"
    r"fighting\s+(?:(?:in|for|around|near|on)\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:continues|continued|was\s+continuing|is\s+continuing|"
    r"was\s+ongoing|is\s+ongoing|goes\s+on|was\s+still\s+going\s+on)|"
    r"(?:still|remains?|remained)\s+(?:holds?|held|controls?|controlled|in\s+control|"
    r"under\s+(?:\w+\s+)?control)|not\s+true|"
    r"continu(?:e|es|ed|ing)\s+to\s+(?:hold|control|defend)|"
    r"(?:was|were|is|are)\s+still\s+(?:fighting|battling)\s+for|"
    r"there\s+(?:was|were|is|are|had\s+been)\s+no\s+(?:[\w-]+\s+){0,2}?(?:military|troops|"
    r"soldiers|fighters|weapons|facilities|targets|positions|equipment)\b|"
    r"(?:was|were|is|are)\s+[\"“]?(?:false|untrue|exaggerated|inflated|lies|a\s+lie|"
    r"baseless|fabricated|fabrications|propaganda|fake)\b|no\s+such\s+\w+|"
    r"no\s+(?:[\w-]+\s+){1,2}?(?:was|were|had\s+been|has\s+been)\s+(?:hit|damaged|struck|"
    r"killed|injured|wounded|captured|lost|downed|destroyed|taken)|"
    r"(?:was|were|had|has)\s+not\s+(?:been\s+)?(?:hit|damaged|struck|captured|taken|lost|"
    r"downed|destroyed))\b",
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
    r"proposals?|offers?|advances?|capture|seizure|gains|breakthrough|incursion|takeover)"
)


_BACKREF = re.compile(
    rf"\b(?:the|this|that|these|those|such|his|her|their|its|[A-Z][\w-]*[’']s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_BACKREF_NOUNS}\b(?!\s+that\b)"
)


#: A denial whose object states its own content ("Kyiv denied Moscow's claim that it
#: had lost Robotyne"): about the claim it names, not about the sentence before.
_EMBEDDED_CLAIM = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes|refuted|refutes)\s+"
    r"(?:(?P<owner>[A-Z][\w-]*)[’']s\s+|(?P<people>[A-Z][a-z]+)\s+(?=claims?\b)|the\s+|"
    r"an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|assertions?|reports?|allegations?|accusations?|suggestions?)\s+that\b"
)


_BACKREF_START = re.compile(
    rf"^\W*(?:This|That|It|These|Those|Neither|None|Such|The\s+(?:[\w-]+\s+)?{_BACKREF_NOUNS})\b"
)


_PRONOUN_OBJECT = re.compile(
    r"\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|confirmed|"
    r"confirms|verified|refuted)\s+(?:that(?=\s*[.;!?]|\s*$)|(?:it|this|them|these|those)\b"
    r"(?!\s+\w+\s+(?:had|has|was|were))|(?:the|this|that|these|those|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:loss|losses|deaths?|strike|attack|incident|capture|withdrawal|casualties|downing|"
    r"shooting|accusations?|allegations?|claims?|reports?|figures?|account|killing|fall)\b)"
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


_STATUS_RANK = {
    "conceded": 6,
    "denied": 5,
    "disputed": 4,
    "unverified": 3,
    "confirmed": 2,
    "weak": 1,
}


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
    side, _ = speaker_side(ctx, attr.subj_start, attr.subj_end, attr.source)
    if side not in (None, INDEPENDENT) and prev.side not in (None, INDEPENDENT):
        return side != prev.side  # "Moscow-installed officials in Donetsk" vs "Kyiv"
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


#: The status patterns searched case-sensitively on the folded text (same matches,
#: :mod:`geo.text.fold`), compiled on first use.
_FOLDED = {
    rx: FoldedPattern(rx.pattern, rx.flags)
    for rx in (
        _NEG_VERIFY,
        _UNVERIFIED,
        _NO_COMMENT,
        _WEAK,
        _PASSIVE_DENIAL,
        _DENY,
        _DISPUTE_CALL,
        _DISPUTE_VERB,
        _CONFIRM,
    )
}


#: Pieces every match of a status pattern holds (lower case): a sentence whose folded
#: text has none of a pattern's pieces is not searched with it (same matches).
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _NEG_VERIFY: ("confirm", "verif", "corroborat", "substantiat", "authenticat", "evidence"),
    _UNVERIFIED: ("confirm", "verif", "corroborat", "substantiat", "evidence"),
    _NO_COMMENT: ("comment", "respon"),
    _WEAK: ("reported", "alleged", "purported", "supposed", "claimed", "rumo", "said"),
    _PASSIVE_DENIAL: ("denied",),
    _DENY: ("den", "refut"),
    _DISPUTE_CALL: ("dismiss", "reject", "brand", "call", "describ", "label", "termed"),
    _DISPUTE_VERB: ("disput", "contest", "reject", "dismiss", "challeng", "contradict"),
    _CONFIRM: ("confirm", "verifi", "corroborat", "authenticat"),
}


def _status_matches(text: str, sent: Sentence) -> list[tuple[int, int, int, str]]:
    """(start, end, rank, status) of every status cue in the sentence, in text order."""
    s, e = sent.start, sent.end
    low = folded(text)[s:e]  # what the folded patterns read

    def matches(rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        if any(piece in low for piece in _NEEDS[rx]):
            yield from _FOLDED[rx].finditer(text, s, e)

    found: list[tuple[int, int, int, str]] = []
    negated: list[tuple[int, int]] = []
    for m in matches(_NEG_VERIFY):
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "unverified"))
        negated.append(m.span())
    for m in matches(_UNVERIFIED):
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "unverified"))
        negated.append(m.span())
    for m in matches(_NO_COMMENT):
        found.append((m.start(), m.end(), _STATUS_RANK["unverified"], "nocomment"))
        negated.append(m.span())
    for m in matches(_WEAK):
        found.append((m.start(), m.end(), _STATUS_RANK["weak"], "weak"))
    passive = [m.span() for m in matches(_PASSIVE_DENIAL)]
    for m in matches(_DENY):
        if _overlaps(m.span(), negated) or _overlaps(m.span(), passive):
            continue
        found.append((m.start(), m.end(), _STATUS_RANK["denied"], "denied"))
    for m in matches(_DISPUTE_CALL):
        found.append((m.start(), m.end(), _STATUS_RANK["disputed"], "disputed"))
    for m in matches(_DISPUTE_VERB):
        if any(a <= m.start() < b for a, b, _, st in found if st == "disputed"):
            continue
        found.append((m.start(), m.end(), _STATUS_RANK["disputed"], "disputed"))
    for m in matches(_CONFIRM):
        if _ADJECTIVE_CONFIRMED.search(text, max(s, m.start() - 25), min(e, m.end() + 25)):
            continue  # "38 confirmed cases", "the confirmed death toll"
        if _overlaps(m.span(), negated) or _HYPOTHETICAL.search(
            text, max(s, m.start() - 40), m.start()
        ):
            continue  # "tests to confirm", "if the analysis confirms"
        if _NEGATED_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "did not make confirmed advances": nothing is confirmed
        found.append((m.start(), m.end(), _STATUS_RANK["confirmed"], "confirmed"))
    found.sort()
    return found


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
    if text[seg_start:start].strip().lower() in ("but", "yet", "but also", "and"):
        return None  # "..., but denied that its fighters had been defeated": the subject's
    tail = re.compile(r"[,;—–)]|\.(?=[\"”’]?\s*$)").search(text, end, sent.end)
    region_end = tail.start() if tail else sent.end
    while region_end > end and text[region_end - 1] in '.”"’ ':
        region_end -= 1
    return seg_start, region_end
