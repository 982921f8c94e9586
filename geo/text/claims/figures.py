"""Claims stage 3c, silences (continued): the claims a sentence that cannot check a figure
or an account is about.

"Neither side's losses can be independently verified" is about every side's count,
"Reuters was not able to verify the tolls given by either side" about the tolls of each
party, "either side's battlefield accounts" about the two sides' claims of fighting,
"could not verify any of the accounts" about every recent claim with a speaker. Each
looks back a few claims at most (:func:`.silences._recent`).
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .between_claims import _same_speaker
from .caveat_scope import caveat_scope, confirmed_by_others
from .context import _Context, _Draft
from .list_items import item_opening
from .owned_accounts import owned_targets
from .same_places import _place_keys
from .sides import INDEPENDENT
from .silences import _FIGURES, _recent

__all__ = ["_BOTH_ACCOUNTS", "figure_targets"]

#: Figures in the plural that may be several parties' claims ("AFP was unable to verify
#: the tolls" after the junta's toll and the jihadists').
_PLURAL_TOLLS = frozenset(("tolls", "casualties", "figures", "numbers", "tallies"))
#: Words for the two sides of a war: "the tolls given by either side".
_BOTH_SIDES = re.compile(
    r"\b(?:either|both|neither|each)\s+sides?\b|\bthe\s+two\s+sides\b", re.IGNORECASE
)
#: The accounts of both sides: "Neither side's account of the fighting", "Neither claim",
#: "the two sides' versions", "either side's battlefield accounts" (not a figure: any
#: claim of theirs).
_BOTH_ACCOUNTS = re.compile(
    r"\b(?:(?:either|neither)\s+(?:claim|account|version|report|statement)|"
    r"both\s+(?:claims|accounts|versions|reports|statements)|"
    r"(?:(?:either|both|neither|each)\s+sides?|the\s+two\s+sides)[’']s?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:claims?|accounts?|versions?|reports?|statements?)|"
    r"(?:claims?|accounts?|versions?|reports?|statements?)\s+(?:by|from|of)\s+"
    r"(?:both|either|neither|the\s+two)\s+(?:sides?|part(?:y|ies)|warring\s+parties))\b",
    re.IGNORECASE,
)
#: Accounts qualified as of the fighting: "either side's battlefield accounts".
_BATTLEFIELD = re.compile(r"\b(?:battlefield|front[- ]?line|combat)\b", re.IGNORECASE)
#: A claim of fighting on the ground: a capture, an advance, an attack repelled.
_FIGHTING = re.compile(
    r"\b(?:captur|seiz|advanc|attack|assault|repel|push|fighting|clash|entered|liberat|"
    r"taken\b|took\b|holding\b|held\b|contested\b|under\s+(?:\w+\s+)?control\b|"
    r"withdr[ae]w|retook|recaptur|encircl|offensive|counteroffensive|counterattack|"
    r"infiltrat|slipp\w*\s+into|pull\w*\s+back|retreat|destroy\w*\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:tanks?|vehicles?|armou?r\w*|artillery|positions?|drones?|missiles?|UAVs?)|"
    # the air war's tallies: "shot down or jammed 87 of the drones", "intercepted 19 drones"
    r"shot\s+down|downed|intercept|jammed)",
    re.IGNORECASE,
)
#: A military speaker, whose every claim is a battlefield report ("Russia's Defence
#: Ministry said its forces had carried out a massive strike"), unlike a mayor's.
_MILITARY = re.compile(
    r"\b(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|MoD|air\s+force|navy|army|"
    r"military|general\s+staff|armed\s+forces|brigade)\b",
    re.IGNORECASE,
)
#: Several accounts at once: "any of the accounts", "none of these claims", "the
#: battlefield reports", "their statements" (plural: every recent claim of a party).
_EVERY_ACCOUNT = re.compile(
    r"\b(?:(?:any|all|none|each|either|both|neither)\s+of\s+)?"
    r"(?:the|these|those|their|such|all)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:claims|accounts|versions|reports|statements)\b",
    re.IGNORECASE,
)
#: A caveat over a pair of accounts: "either of the claims", "neither of these reports".
_PAIR_OF = re.compile(r"(?:either|both|neither)\s+of\s", re.IGNORECASE)
#: A caveat pointing at the claims just before it: "These claims", "Those reports" (not
#: "the claims", "any of the accounts", "all their statements", "none of these claims").
_POINTING = re.compile(r"th(?:ese|ose)\s", re.IGNORECASE)
#: A caveat of the reporter's checking, not a party's silence: "A claim Reuters could not
#: verify", "could not be independently confirmed".
_CHECKED = re.compile(r"verif|confirm|corroborat|independent|check", re.IGNORECASE)
#: Whose figure it is: "The military's figures", "the ministry's count".
_OWNER = re.compile(r"\b([A-Za-z]+)[’']s\s+(?:[\w-]+\s+)?$")
#: A figure named in a sentence that says it cannot be checked.
_FIGURE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_FIGURES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def figure_targets(
    ctx: _Context, drafts: list[_Draft], idx: int, start: int, end: int
) -> list[_Draft]:
    """The claims a sentence that cannot check a figure is about ("Neither side's losses
    can be independently verified", "Reuters was not able to verify the tolls given by
    either side"): the recent claims stating that kind of figure (see
    :func:`comment_target`) - every one when the sentence speaks of both sides, else
    the latest. Empty when the sentence names no figure. Within the caveat's scope
    (:func:`.caveat_scope.caveat_scope`: not before a heading; "the battlefield reports"
    the claims of fighting); a sentence inside a list item ("- Ukraine's military said
    ... The claims could not be independently verified.") is about that item's claims
    only, not the bullet before's (another speaker, another matter); never a claim another
    confirmed ("Reuters was able to confirm the downing": :func:`.confirmed_by_others`)."""
    found = _figure_targets(ctx, drafts, idx, start, end)
    found = [d for d in found if not confirmed_by_others(d)]
    opening = item_opening(ctx.text, start)
    if opening is not None:
        found = [d for d in found if d.start >= opening]
    return caveat_scope(ctx, found, start, end, _FIGHTING)


def _figure_targets(
    ctx: _Context, drafts: list[_Draft], idx: int, start: int, end: int
) -> list[_Draft]:
    owned = owned_targets(ctx, drafts, idx, start, end)
    if owned:
        return owned  # "Neither Rybar's nor the brigade's account could be verified"
    m = _FIGURE_WORD.search(ctx.text, start, end)
    if m is None:
        both = _BOTH_ACCOUNTS.search(ctx.text, start, end)
        if both is not None:
            # "either account", "neither claim": two accounts, not each side's every claim
            found = _both_accounts(ctx, drafts, idx, _TWO_ACCOUNTS.match(both.group()) is None)
            if _BATTLEFIELD.search(ctx.text, max(start, both.start() - 24), both.end()):
                # "either side's battlefield accounts": their claims of fighting, not a
                # mayor's account of a strike on the city
                found = [d for d in found if _battlefield_report(ctx, d)]
            return found
        every = _EVERY_ACCOUNT.search(ctx.text, start, end)
        if every is None:
            return []
        found = _named_side(ctx, every.group(), _every_account(ctx, drafts, idx, start))
        if _PAIR_OF.match(every.group()):
            return found[:2]  # "Neither of these reports could be verified": the last two
        # "These claims could not be verified." the claims it follows, not every speaker's;
        # "The accounts could not be confirmed." after residents' words: theirs
        pointing = _POINTING.match(every.group()) or (
            bool(found) and _THE_ACCOUNTS.fullmatch(every.group()) is not None
            and _WITNESSES.search(found[0].source or "") is not None
        )
        return _last_run(ctx, found) if pointing else found
    words_rx = _FIGURES[m.group().lower()]
    text = ctx.text
    owner = _OWNER.search(text, max(start, m.start() - 40), m.start())
    if owner is not None:
        # "The military's figures ... could not be confirmed": the military's claims.
        word = re.compile(rf"\b{re.escape(owner.group(1))}\b", re.IGNORECASE)
        theirs = [d for d in _recent(drafts, idx) if d.source and word.search(d.source)]
        if theirs:
            return theirs[:1]
    found = []
    for d in _recent(drafts, idx):
        if not ctx.quantities.any_inside(d.start, d.end) and words_rx is None:
            continue
        if words_rx is not None and not (
            words_rx.search(text, d.start, d.end) and _counted(ctx, d)
        ):
            continue  # "injuring a 54-year-old woman" gives no number of casualties
        found.append(d)
    if _BOTH_SIDES.search(text, start, end):
        return found
    if m.group().lower() in _PLURAL_TOLLS and len({(d.side, d.party) for d in found}) > 1:
        return found  # "the figures", "the tolls" after two parties' claims: each one's
    if (words_rx is not None or m.group().lower() in _PLURAL_TOLLS) and found:
        # "could not verify the number of casualties" after a governor's toll and his
        # count of the children among the injured, "these figures" after a ministry's
        # toll and "The ministry also reported ..." (its paragraph): each of that speaker's
        last = found[0]
        return [d for d in found if (d.source == last.source or _same_speaker(d, last)) and (
            words_rx is not None or d.paragraph == last.paragraph)]  # fmt: skip
    return found[:1]


#: A bare "the accounts" (no "any of", "all"), and speakers whose words are accounts of
#: what they lived through: "Residents who fled ... said ... The accounts could not be
#: independently confirmed." is about the residents' words.
_THE_ACCOUNTS = re.compile(r"the\s+(?:accounts|reports|testimonies)", re.IGNORECASE)
_WITNESSES = re.compile(
    r"\b(?:residents|witnesses|survivors|villagers|locals|displaced|refugees|eyewitnesses|"
    r"people|families|relatives|patients|doctors|medics)\b",
    re.IGNORECASE,
)


def _battlefield_report(ctx: _Context, d: _Draft) -> bool:
    """Whether claim ``d`` is a battlefield report: of fighting on the ground or in the
    air, or any claim of a military speaker; not a mayor's account of a strike."""
    return bool(_FIGHTING.search(ctx.text, d.start, d.end) or _MILITARY.search(d.source or ""))


def _counted(ctx: _Context, d: _Draft) -> bool:
    """Whether claim ``d`` may state a count: not when its only numbers are ages ("a
    54-year-old woman"); "dozens of soldiers" or "at least 23 people" may."""
    found = ctx.quantities.inside(d.start, d.end)
    return not found or any(ctx.counts[i].unit != "years old" for i in found)


#: A caveat over exactly two accounts: "either account", "neither claim" (not "either
#: side's accounts", each of which may be several claims).
_TWO_ACCOUNTS = re.compile(r"(?:either|neither)\s+(?:claim|account|version|report|statement)\b",
                           re.IGNORECASE)  # fmt: skip


def _both_accounts(
    ctx: _Context, drafts: list[_Draft], idx: int, whole_sides: bool = True
) -> list[_Draft]:
    """The claims "Neither side's account" is about: the latest claim that answers a
    claim of another speaker, with the claim it answers ("Russia said it took the
    village ... A spokesman for Ukraine's forces said the attackers were pushed back");
    else the latest claim of each of the last two speakers who are a party (not
    independent evidence or monitors), or of the one party that spoke. With
    ``whole_sides`` false ("either account"), those two claims and their speakers' runs
    in their paragraphs, not the sides' earlier claims (:func:`_with_their_sides`)."""
    recent = [d for d in _recent(drafts, idx) if d.source is not None and d.side != INDEPENDENT]
    widen = _with_their_sides if whole_sides else _their_runs
    text = ctx.text
    answering = next((d for d in recent if d.responds_to is not None), None)
    if answering is not None and answering.responds_to.source is not None:
        pair = [answering, answering.responds_to]
        # the answering side going on in its paragraph: "The General Staff said 41 assaults
        # were repelled. Trehubov said the village was still contested."
        sides = {answering.side, answering.responds_to.side} - {None}
        # and the two sides telling the exchange again after a headline: "RSF says it
        # seized base; army says attack was repelled" then the body's two claims
        keys = {_side_key(answering), _side_key(answering.responds_to)} - {(None, None)}
        later = [
            d
            for d in recent
            if d.start > answering.start
            and ((d.paragraph == answering.paragraph and d.side in sides)
                 or (len(keys) == 2 and _side_key(d) in keys))
            and (_FIGHTING.search(text, d.start, d.end) or _retold(ctx, d, answering))
        ]
        return later + widen(recent, pair)
    # the last two sides, not speakers: "the ministry said ... Pushilin said ... Reuters
    # could not verify either side's battlefield accounts" is about Kyiv's words too; two
    # parties (countries or groups) before a speaker of neither between them ("said a
    # sergeant whose unit ...")
    found = _last_two([d for d in recent if _side_key(d) != (None, None)])
    found = found if len(found) == 2 else _last_two(recent)
    # one side's claims alone: "could not verify reports from either side" after them
    return widen(recent, found) if found else []


def _retold(ctx: _Context, d: _Draft, answering: _Draft) -> bool:
    """Whether ``d``, after a headline's exchange ("Drones hit X, governor says; RSF denies
    involvement"), tells the answered claim again: the same side and a place it names."""
    told = answering.responds_to
    if told is None or told.first != 0 or _side_key(d) != _side_key(told):
        return False
    line = ctx.text.find("\n")
    if line < 0 or ctx.text[:line].rstrip()[-1:] in ".!?\"”'’":
        return False  # the first line a sentence of the story, not a headline
    return not set(_place_keys(ctx, d)).isdisjoint(_place_keys(ctx, told))


def _last_two(recent: list[_Draft]) -> list[_Draft]:
    """The latest claim of each of the last two sides (:func:`_account_key`) in ``recent``."""
    found: list[_Draft] = []
    for d in recent:
        if all(_account_key(d) != _account_key(f) for f in found):
            found.append(d)
        if len(found) == 2:
            break
    return found


def _side_key(d: _Draft) -> tuple[str | None, str | None]:
    """A claim's side, or its party when it has no country ("the RSF")."""
    return d.side, d.party if d.side is None else None


def _named_side(ctx: _Context, words: str, found: list[_Draft]) -> list[_Draft]:
    """Of ``found``, the claims of the side a demonym in the caveat's ``words`` names:
    "could not verify the Russian claims" is about the Russian ministry's claims, not
    a Ukrainian governor's before them; ``found`` itself when no demonym is there."""
    codes = {lx.DEMONYMS[w] for w in re.findall(r"[a-z]+", words.lower()) if w in lx.DEMONYMS}
    if not codes:
        return found
    return [d for d in found if d.side in codes]


def _account_key(d: _Draft) -> tuple[str | None, str | None]:
    """A claim's side for "either side's account": its country, party or speaker."""
    if d.side is not None:
        return d.side, None
    return None, d.party or d.source


def _every_account(ctx: _Context, drafts: list[_Draft], idx: int, start: int) -> list[_Draft]:
    """The claims "could not verify any of the accounts" is about: every recent claim
    with a speaker (not the article's own reporting) in the latest one's paragraph and the
    one before (two before when the caveat at ``start`` is a paragraph of its own after
    them: a group's claim, its spokesman's figures, the other side's answer), back to a
    claim an earlier caveat already
    covers ("... A claim Reuters could not verify."), latest first; only those of the
    sentence just before when it holds several ("X said ..., while Y claimed ...")."""
    found: list[_Draft] = []
    paragraph = None
    for d in _recent(drafts, idx):
        if paragraph is None:
            paragraph = d.paragraph
            breaks = ctx.text.count("\n" if ctx.lines else "\n\n", d.end, start)
            reach = 2 if breaks else 1  # "... ¶ The claims could not be verified."
        if paragraph - d.paragraph > reach or any(
            s[1] == "unverified" and _CHECKED.search(s[2]) for s in d.statuses
        ):
            break  # not a party's silence: "India did not comment on the aircraft claim"
        if d.source is not None:  # an outlet's report too: "The Kyiv Independent reported"
            found.append(d)
    # "X said ..., while Y claimed ... . Reuters could not verify the claims.": the claims
    # of the sentence just before, when it holds several, not the paragraph before's.
    last = [d for d in found if d.first == found[0].first] if found else []
    if len(last) > 1 and idx - last[0].last == 1:
        return last
    return found


def _last_run(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """Of ``found`` (latest first), the claims a pointing caveat ("These claims could not be
    verified.") follows: the latest claim and those before it of the same speaker or side,
    of the same sentence, that it answers or that answer it, or of fighting after claims
    of fighting ("The governor said a school was
    hit. Separately, a conscript told journalists ... He said ... These claims ...": the
    conscript's two)."""
    run = found[:1]
    for d in found[1:]:
        last = run[-1]
        if not (
            _head(d.source) == _head(last.source)  # "a Russian milblogger", "the same milblogger"
            or (d.side is not None and d.side == last.side)
            or d.first == last.first
            or any(e.responds_to is d or d.responds_to is e for e in run)
            # two sides' claims of fighting: "Russia said it took Malynivka. Ukraine said
            # it repelled 14 assaults. ... These claims ..." (not a governor's toll before)
            or (_fights(ctx, d) and any(_fights(ctx, e) for e in run))
            # an exchange: "The RSF said ... The army said it struck RSF convoys."
            or any(_names_speaker(ctx, e, d) or _names_speaker(ctx, d, e) for e in run)
        ):
            break
        run.append(d)
    return run


#: Heads of a speaker's phrase too common to tell one party by: "the Armed Forces".
_GENERIC_HEADS = frozenset(
    "forces army ministry staff military government office command service police "
    "administration council agency spokesman spokeswoman spokesperson".split()
)


def _names_speaker(ctx: _Context, d: _Draft, e: _Draft) -> bool:
    """Whether claim ``d`` names the speaker of claim ``e`` by its proper name (the last
    word of ``e``'s phrase, capitalised, not a generic head): "its aircraft struck RSF
    supply convoys" names "The RSF"."""
    if not e.source:
        return False
    head = e.source.rsplit(None, 1)[-1].strip("’'")
    if not head[:1].isupper() or head.lower() in _GENERIC_HEADS:
        return False
    return re.search(rf"\b{re.escape(head)}\b", ctx.text[d.start : d.end]) is not None


def _fights(ctx: _Context, d: _Draft) -> bool:
    """Whether claim ``d`` is one of fighting on the ground (:data:`_FIGHTING`)."""
    return _FIGHTING.search(ctx.text, d.start, d.end) is not None


def _head(source: str | None) -> str | None:
    """A speaker's last word, lower-cased: "a Russian milblogger" → "milblogger"."""
    return source.rsplit(None, 1)[-1].lower() if source else None


def _their_runs(recent: list[_Draft], found: list[_Draft]) -> list[_Draft]:
    """``found`` and the earlier recent claims of their speakers in the same paragraph
    (a speaker's run: "said ... . He said ...")."""
    return [*found, *(d for d in recent if all(d is not f for f in found) and any(
        d.source == f.source and d.paragraph == f.paragraph and d.start < f.start for f in found
    ))]  # fmt: skip


def _with_their_sides(recent: list[_Draft], found: list[_Draft]) -> list[_Draft]:
    """``found`` and the other recent claims of the two sides found that come before
    them, when both sides are known and differ ("The Russian ministry said it hit a
    deployment point ... Peskov said ... Kyiv called it a lie ... The AP could not verify
    either side's account": the ministry's claim too; not a claim about another event
    after the exchange); and the earlier claims of a speaker found in the same paragraph,
    of no known side too ("a man who identified himself as a commander of the gang said
    ... He said no gang members had died. Neither side's claims could be verified.")."""
    found = _their_runs(recent, found)
    # A party with no country is known by its name ("the RSF": party Rapid Support Forces).
    sides = {(d.side, d.party if d.side is None else None) for d in found}
    if (None, None) in sides or len(sides) != 2:
        return found
    last = max(f.start for f in found)
    before = [
        d
        for d in recent
        if (d.side, d.party if d.side is None else None) in sides and d.start < last
    ]
    return [*found, *(d for d in before if all(d is not f for f in found))]
