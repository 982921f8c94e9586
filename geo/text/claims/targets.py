"""Claims stage 3c, targets: which earlier claims a reaction is about.

A denial answers every claim of the sentence before by the same side ("The management said ..., and
Rosatom accused ..."); "denied that Rutshuru had fallen" denies the claim of its
capture (:func:`answers.deny_captures`); a denial stating a content answers the recent
claim that shares most of its words; a coordinated denial of an act answers the claim
that accuses the denier. No comments and unverifiable accounts:
:mod:`~geo.text.claims.silences`. Each looks back a few claims at most.
"""

from __future__ import annotations

import re
from functools import partial

from .. import lexicon as lx
from .answers import _captures, deny_captures
from .cited_accounts import relays_account
from .context import _Attribution, _Context, _Draft
from .denial_scope import claim_of_denied_place
from .owned_claims import owned_claim
from .rebutted_claims import rebutted_claim
from .same_places import _place_keys, _span_place_keys
from .sides import INDEPENDENT, speaker_side
from .silences import _names_side, _recent, _said_words
from .status import _STATUS_RANK, _clean
from .struck_parties import named_only_as_target
from .unnamed_denials import deny_the_town

__all__ = [
    "accuses", "blamed_claim", "denial_further_back", "denies_involvement", "deny_captures_by",
    "deny_later_blame", "named_target", "party_captures", "with_its_sentence",
]


def with_its_sentence(drafts: list[_Draft], prev: _Draft) -> list[_Draft]:
    """``prev`` and the claims of its sentence by the same side ("The plant's management
    said Ukraine launched the drone, and Rosatom accused Kyiv ...": a denial in the next
    sentence answers both). Looks at the last few claims only."""
    same = [
        d
        for d in drafts[-4:]
        if d is not prev and d.first == prev.first and d.side is not None and d.side == prev.side
        and d.source != prev.source  # "said ... and accused ...": one of the two is answered
    ]  # fmt: skip
    return [*same, prev]


def deny_captures_by(
    ctx: _Context,
    attr: _Attribution,
    start: int,
    end: int,
    stop: int,
    prev: _Draft | None = None,
) -> None:
    """A denial by ``attr``'s speaker (the verb at ``text[start:end]``) of a capture it
    names ("denied that Walikale had fallen"): see :func:`answers.deny_captures`. The
    claim just before (``prev``), when it claims a capture without naming the place by
    another side ("The town is under our control," the rebels' spokesman said), is
    denied too."""
    speaker = speaker_side(ctx, attr.subj_start, attr.subj_end, attr.source)
    text = ctx.text
    near = 0 <= attr.subj_start < start and start - attr.subj_start <= 60
    clause = re.compile(r"[,;:—–]|\.(?=\s|$)").search(text, end, stop)
    upto = clause.start() if clause else stop  # "denied that Rutshuru had fallen"
    said = text[attr.subj_start : upto] if near else f"{attr.source or ''} {text[start:upto]}"
    cue = _clean(said)
    if deny_the_town(ctx, speaker, attr.source, (end, upto), prev, cue):
        return  # "denied that Russian troops had gained a foothold in the town"
    if (
        deny_captures(ctx, speaker, end, stop, cue)
        and prev is not None
        and (prev.side, prev.party) != speaker
        and not _place_keys(ctx, prev)
        and _captures(text, prev.start, prev.end)
    ):
        prev.statuses.append((_STATUS_RANK["denied"], "denied", cue))



def party_captures(ctx: _Context, drafts: list[_Draft], idx: int, about: _Draft) -> list[_Draft]:
    """The recent claims of a capture by ``about``'s party or speaker (latest first), which
    a denial of a capture answering ``about`` answers too: "M23 rebels said they had taken
    Walikale" and their spokesman's "Walikale is under our administration", then
    "Congo's government denied the town had fallen"."""
    text = ctx.text
    return [
        d
        for d in _recent(drafts, idx)
        if d is not about
        and (d.source == about.source or (about.party is not None and d.party == about.party))
        and _captures(text, d.start, d.end)
    ]

#: A reaction naming whose claim it answers: "the Russian claim", "these Ukrainian
#: reports", "Moscow's claims".
_NAMED_CLAIM = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?P<who>[A-Z][a-z]+)\s+(?:claims?|reports?|"
    r"statements?|accounts?|assertions?|allegations?)\b"
)


def named_target(
    ctx: _Context, drafts: list[_Draft], prev: _Draft, idx: int, start: int, stop: int,
    speaker: _Attribution | None = None,
) -> _Draft:  # fmt: skip
    """The claim a reaction in sentence ``idx`` (``text[start:stop]``) answers when it
    names whose claim it is ("ISW has not observed evidence to confirm the Russian
    claim" after a Ukrainian commander's words): the latest recent claim by that
    country; else the claim its denied content or its places name (not in the name of
    ``speaker`` opening it, "Ukraine's Dnipro operational-strategic group"); else ``prev``."""
    prev = rebutted_claim(ctx, prev, speaker, start, stop)  # "The claim could not be verified"
    m = _NAMED_CLAIM.search(ctx.text, start, stop)
    code = lx.DEMONYMS.get(m.group("who").lower()) if m is not None else None
    if code is None:
        owned = owned_claim(ctx, drafts, idx, start, stop)
        if owned is not None:
            return owned
        found = _denied_content(ctx, drafts, prev, idx, start, stop)
        if speaker is not None and 0 <= speaker.subj_start - start <= 2:
            start = max(start, speaker.subj_end)  # its places are the reaction's content's
        return _same_place(ctx, drafts, found, idx, start, stop) if found is prev else found
    if prev.side == code:
        return prev
    # the latest account of that side, its own or relayed ("could not confirm Russian claims")
    relayed = partial(relays_account, ctx.text, code=code)
    return next((d for d in _recent(drafts, idx) if d.side == code or relayed(d)), prev)


def _same_place(
    ctx: _Context, drafts: list[_Draft], prev: _Draft, idx: int, start: int, stop: int
) -> _Draft:
    """The claim a reaction naming places answers when ``prev`` names others ("Ukraine's
    General Staff confirmed the strike on the Luhansk depot" after a claim about Kherson):
    the latest recent claim naming one of them; else ``prev``."""
    ours = set(_span_place_keys(ctx, start, stop))
    theirs = set(_place_keys(ctx, prev))
    if not ours or ours & theirs:
        return prev
    if not theirs:  # "rejected the claim" after a claim naming no place: that claim
        return claim_of_denied_place(ctx, _recent(drafts, idx), prev, start, stop, ours)
    return next((d for d in _recent(drafts, idx) if ours & set(_place_keys(ctx, d))), prev)


#: A denial's own clause: "denied that it had fired any rockets", "denied shelling ...".
_DENIED_CLAUSE = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|rejected|rejects)\s+"
    r"(?:(?P<that>that)\s+)?(?P<what>(?:(?!\s(?:and|but)\s(?:said|says|added|stated))[^.;:,—–])+)",
    re.IGNORECASE,
)
#: An object that refers back instead of stating a content: "denied the claim".
_BACK_OBJECT = re.compile(r"(?i:the|this|these|those|his|her|its|their|such|any|a|an)\b")
#: Words of one kind of event, read as one ("struck" and "hit", "buildings" and "block").
_EVENT_CLASSES = {
    w: cls
    for cls, words in (
        ("attack", "struck strike strikes striking hit hits hitting shelled shelling attacked "
                   "attack attacks bombed bombing targeted targeting airstrike airstrikes "
                   "bombardment raid raids damaged"),
        ("fire", "fired fire firing launched launch launching launches"),
        ("rocket", "rockets rocket missiles missile drones drone projectiles"),
        ("building", "buildings building block blocks house houses homes apartment apartments "
                     "residential"),
        ("kill", "killed killing kill dead died deaths harmed harm hurt injured wounded "
                 "injuring wounding"),
        ("civilian", "civilians civilian residents people"),
        ("capture", "captured capture seized taken took control"),
        ("encircle", "encircled encircle encircling encirclement surrounded cauldron"),
        ("troops", "troops units soldiers servicemen fighters militants terrorists gunmen "
                   "militiamen combatants"),
        ("ship", "ship ships vessel vessels tanker tankers carrier freighter cargo boat"),
        # being somewhere: "denied that its soldiers were in the area" answers "soldiers
        # crossed the border", "entered the village"
        ("presence", "crossed crossing entered entering area present presence inside"),
    )
    for w in words.split()
}  # fmt: skip
_CONTENT_WORD = re.compile(r"[A-Za-z]{3,}")
_STOP = frozenset(
    "that this these those with from into have been were will would their there which "
    "since about after before over under said says also its".split()
)
#: How many recent claims a denial's content may reach back to.
_DENIAL_BACK = 4


def _content_words(text: str, start: int, stop: int) -> set[str]:
    """The content words of ``text[start:stop]``, event words by their class, others by
    their first five letters."""
    out = set()
    for m in _CONTENT_WORD.finditer(text, start, stop):
        w = m.group().lower()
        cls = _EVENT_CLASSES.get(w)
        if cls is not None:
            out.add(cls)  # "hit" and "struck"
        elif len(w) > 3 and w not in _STOP:
            out.add(w[:5])
    return out


def _denied_content(
    ctx: _Context, drafts: list[_Draft], prev: _Draft, idx: int, start: int, stop: int
) -> _Draft:
    """The claim a denial's own clause is about ("Hezbollah denied that it had fired any
    rockets" after the Israeli military's "a launcher used to fire rockets" and a news
    agency's report of a house hit): of the last few claims, the one sharing the most
    content words with the clause (at least two, more than ``prev``); else ``prev``."""
    m = _DENIED_CLAUSE.search(ctx.text, start, stop)
    if m is None or (m.group("that") is None and _BACK_OBJECT.match(m.group("what"))):
        return prev
    words = _content_words(ctx.text, m.start("what"), m.end("what"))
    if len(words) < 2:
        return prev
    best, best_score = prev, len(words & _content_words(ctx.text, prev.start, prev.end))
    for n, d in enumerate(_recent(drafts, idx)):
        if n >= _DENIAL_BACK:
            break
        score = len(words & _content_words(ctx.text, d.start, d.end))
        if score > best_score and score >= 2:
            best, best_score = d, score
    return best


def denial_further_back(
    ctx: _Context,
    drafts: list[_Draft],
    prev: _Draft,
    attr: _Attribution,
    idx: int,
    start: int,
    stop: int,
) -> bool:
    """Whether a denial by ``attr``'s speaker, of the same side as ``prev`` (the claim
    just before), answers an earlier claim of another side that its clause repeats: "A
    glide bomb hit an apartment block, killing three, the administration said. ...
    Peskov said Moscow's aims had not changed. The Russian ministry denied that its
    forces had struck residential buildings" (see :func:`_denied_content`), or an
    earlier claim of no known side that accuses the denier (:func:`accuses`)."""
    found = _denied_content(ctx, drafts, prev, idx, start, stop)
    if found is prev:
        return False
    side = speaker_side(ctx, attr.subj_start, attr.subj_end, attr.source)
    if side[0] in (None, INDEPENDENT):
        return False
    # "A rights group said drone strikes killed 14, blaming the army. ... An army
    # spokesman denied that civilians had been harmed": an accuser of no side's.
    return found.side not in (None, INDEPENDENT, side[0]) or (
        found.side in (None, INDEPENDENT) and accuses(ctx, found, attr)
    )


#: A state's armed body named in a speaker's phrase: "an army spokesman".
_BODY_WORDS = re.compile(r"\b(?:army|military|police|navy|militia|paramilitary|junta)\b")
#: Up to two words just before a speaker's phrase, in its clause: "The army-aligned".
_MODIFIERS = re.compile(r"(?:[\w’'-]+\s+){1,2}$")
#: Head nouns too vague to name an accused ("officials", "sources").
_VAGUE_HEADS = frozenset("officials official sources source people authorities".split())


def accuses(ctx: _Context, prev: _Draft, attr: _Attribution) -> bool:
    """Whether the claim ``prev``, by another speaker, names ``attr``'s speaker as the
    one who acted, so that a denial by ``attr``'s speaker answers it: by its head noun
    ("Activists said the army shelled a market ... The army said ... and denied
    attacking civilians") or by its side's demonym or country ("Ukrainian officials said
    Russian forces shelled ... Russia's Defence Ministry said ... and denied ...")."""
    if attr.source is None or prev.source is None or prev.source == attr.source:
        return False
    side, party = speaker_side(ctx, attr.subj_start, attr.subj_end, attr.source)
    if side not in (None, INDEPENDENT) and side == prev.side:
        return False  # "Moscow says strikes hit military targets": its own side's claim
    words = _said_words(ctx, prev)
    head = attr.source.rsplit(None, 1)[-1].lower()
    if head.isalpha() and head not in _VAGUE_HEADS and head in words:
        # "struck a Hamas commander": the denier as the target, not the one who acted
        return not named_only_as_target(ctx.text, prev.start, prev.end, head)
    # the speaker's phrase and the modifiers its name left out ("army-aligned")
    a = max(0, attr.subj_start)
    before = _MODIFIERS.search(ctx.text, max(0, a - 40), a)
    phrase = ctx.text[before.start() if before else a : attr.subj_end] if a else ""
    if any(w in words for w in _BODY_WORDS.findall(f"{attr.source} {phrase}".lower())):
        # "blaming the army" and "An army spokesman denied ...", "The army-aligned
        # government denied ..."
        return True
    if party and side is None and all(w.lower() in words for w in party.split()):
        return True  # "Rapid Support Forces fighters killed ..." and "The RSF ... denied"
    if side in (None, INDEPENDENT) or side == prev.side:
        return False
    return _names_side(ctx, words, side)


#: A denial of a part in something, not of the thing: "denied any involvement in the
#: rocket fire", "denied responsibility for", "denied any role", "denied it was behind".
_INVOLVEMENT = re.compile(
    r"\s+(?:(?:any|all|its|their|his|her)\s+)?(?:involvement|responsibility|role|part|link|"
    r"links|connection|hand)\b|\s+(?:that\s+)?(?:it|they|he|she|its\s+\w+)\s+(?:was|were|"
    r"had\s+been)\s+(?:behind|responsible|involved)\b|\s+being\s+(?:behind|involved)\b|"
    # "denied that any drone had crossed into Poland from its territory": not the origin
    r"\s+that\s+[^.;]{0,80}?\bfrom\s+(?:its|their)\s+(?:territory|soil|airspace)\b",
    re.IGNORECASE,
)


#: The object of a denial of involvement that names another event: "in a separate
#: blast", "for another attack".
_ANOTHER_EVENT = re.compile(
    r"\s+(?:[\w-]+\s+){1,4}?(?:a\s+|the\s+)?(?:separate|another|other|different|second|"
    r"earlier|previous)\s+(?:\w+\s+)?(?:blast|attack|strike|explosion|shooting|incident|"
    r"shelling|raid|bombing)s?\b",
    re.IGNORECASE,
)


def denies_involvement(text: str, end: int) -> bool:
    """Whether the denial whose verb ends at ``end`` denies a part in something ("denied
    any involvement in the rocket fire"), not that the thing happened."""
    return _INVOLVEMENT.match(text, end) is not None


def blamed_claim(
    ctx: _Context,
    drafts: list[_Draft],
    idx: int,
    prev: _Draft,
    attr: _Attribution,
    end: int,
    stop: int,
) -> tuple[bool, _Draft | None]:
    """Whether a denial of involvement by ``attr``'s speaker answers a claim, and which.

    The latest recent claim that names the denier as the one who acted ("The military
    said Hezbollah was responsible for the launch. ... Hezbollah denied any
    involvement"); else, unless the denier is an armed group with no country, the
    caller's usual target (``None``; "A missile hit a clinic, the regional
    administration said. Russia has denied responsibility for the strike" answers the
    accusation the claim implies between two states); else none ("the Israeli military
    said it had intercepted rockets fired from Lebanese territory. Hezbollah denied any
    involvement": the rockets were fired, whoever fired them), nor the article's own
    report ("The attack displaced 5,000 people. The ELN denied responsibility": the ELN's
    denial is its own claim). A denial of involvement in
    another event ("denied responsibility for a separate blast at ... in Nuseirat", the
    object at ``text[end:stop]``) answers no claim about other places.
    """
    if _ANOTHER_EVENT.match(ctx.text, end):
        return False, None  # "a separate blast", "another attack"
    places = set(_span_place_keys(ctx, end, stop))
    blamed = next(
        (
            d
            for d in _recent(drafts, idx)
            if d.source is not None
            and d.source != attr.source
            and accuses(ctx, d, attr)
            and (not places or not places.isdisjoint(_place_keys(ctx, d)))
        ),
        None,
    )
    if blamed is not None:
        return True, blamed
    if prev.source is None:
        return False, None  # the article's own report blames nobody: the denial stands alone
    side, party = speaker_side(ctx, attr.subj_start, attr.subj_end, attr.source)
    return not (side is None and party), None


#: How many sentences after a denial of involvement a claim blaming the denier may come.
_LATER_BLAME = 4


def deny_later_blame(ctx: _Context, new: list[_Draft], idx: int) -> None:
    """Deny the claims of sentence ``idx`` that blame a party whose denial of involvement
    came a few sentences before and answered nothing ("Hezbollah on Friday denied
    involvement in a drone attack ... The Israeli military said on Thursday that
    Hezbollah had launched two drones")."""
    for at, attr, rank, cue in ctx.denied_involvement[-2:]:
        if idx - at > _LATER_BLAME:
            continue
        head = re.escape((attr.source or "").rsplit(None, 1)[-1]) if attr.source else ""
        if not head:
            continue
        # the denier as the one who acted, or as the one blamed ("Hezbollah had launched",
        # "blamed the group"), not as an object ("struck a Hezbollah launch site")
        blame = re.compile(
            rf"\b{head}\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:\w+ed|fired|launched|shot|"
            rf"struck|hit|behind|responsible)\b|\b(?:blam|accus)\w*\s+(?:the\s+)?"
            rf"(?:{head}|group|militants?|movement)\b",
            re.IGNORECASE,
        )
        for d in new:
            if d.source is not None and d.source != attr.source and blame.search(
                ctx.text, d.start, d.end
            ):
                d.statuses.append((rank, "denied", cue))
