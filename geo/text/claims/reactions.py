"""The reactions stage of a sentence: its loose status cues, read against the claims before.

A status word outside an apposition ("Kyiv denied the accusation.", "Russia has
not commented", "The claim could not be independently verified") either answers
the previous claim, answers a claim of the same sentence ("said ..., but X
rejected the claim"), or is the sentence's own status. :func:`sentence_reactions` sorts
the loose cues of one sentence into those and returns what the claims stage
(:mod:`geo.text.claims.extract`) needs to make the sentence's drafts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .accused_denials import accused_instead
from .answers import _captures
from .backing_denials import unnamed_backer
from .claim_owners import about_the_answerer, take_claim_owner
from .confirmed_events import confirmed_event
from .context import _Attribution, _Context, _Draft
from .denied_captures import denied_captures
from .figure_kinds import other_figure
from .figures import figure_targets
from .named_runs import named_runs
from .owned_claims import side_account
from .partial import partly_confirms
from .quiet_answers import after_and, looking_into, own_aside, self_silence, unconfirmed_by_other
from .same_places import outcome_answer
from .segmentation import Sentence, _Tok
from .silences import _recent, comment_run, comment_target, others_before
from .standing_answers import own_position_taken
from .status import (
    _BACKREF,
    _BACKREF_START,
    _DENY,
    _DISPUTE_CALL,
    _EMBEDDED_CLAIM,
    _PRONOUN_OBJECT,
    _STATUS_RANK,
    _clean,
    _other_side,
    _reaction_cue,
    clause_cue,
)
from .status_clauses import drop_status_speakers
from .targets import (
    accuses,
    blamed_claim,
    denial_further_back,
    denies_involvement,
    deny_captures_by,
    named_target,
    with_its_sentence,
)
from .unanswered_denials import clause_answered, only_investigating
from .unrelated_denials import denies_other_target, denies_other_thing
from .unseen_objects import unseen_claims
from .untruth import called_claim, called_earlier
from .vocab import _DENY_VERBS, _STATUS_VERBS

__all__ = ["Reactions", "sentence_reactions"]


class Reactions(NamedTuple):
    """What the loose status cues of a sentence make of it.

    Attributes
    ----------
    reaction : bool
        A cue answered a claim before this sentence (its statuses were added there).
    answer_from : _Attribution or None
        The speaker whose words answered the previous claim.
    answered : _Draft or None
        The claim they answered (the previous one or one further back).
    coordinated_answer : _Draft or None
        The claim answered by "said ... and denied ...".
    in_sentence : list of (int, int, str, str)
        ``(offset, rank, status, cue)``: answers to a claim of this sentence
        ("The army said ..., but the rebels rejected the claim").
    own_status : list of (int, str, str)
        ``(rank, status, cue)``: the sentence's own statuses.
    """

    reaction: bool
    answer_from: _Attribution | None
    answered: _Draft | None
    coordinated_answer: _Draft | None
    in_sentence: list[tuple[int, int, str, str]]
    own_status: list[tuple[int, str, str]]


def sentence_reactions(
    ctx: _Context,
    sent: Sentence,
    idx: int,
    toks: list[_Tok],
    drafts: list[_Draft],
    prev: _Draft | None,
    attributions: list[_Attribution],
    loose: list[tuple[int, int, int, str]],
    same: list[tuple[int, str, str]],
) -> Reactions:
    """Sort the loose status cues of sentence ``idx`` (see the module docstring).

    Parameters
    ----------
    ctx : _Context
        The claims context of the text.
    sent : Sentence
        The sentence; ``idx`` is its index.
    idx : int
        Index of ``sent`` among the text's sentences.
    toks : list of _Tok
        The sentence's tokens.
    drafts : list of _Draft
        The claims made so far; statuses that answer them are added in place.
    prev : _Draft or None
        The claim a status may refer back to (:func:`_previous_claim`).
    attributions : list of _Attribution
        The sentence's attributions; a denial's speaker may be rewritten in place
        ("Kyiv denied Moscow's claim that ...": Moscow claims).
    loose : list of (int, int, int, str)
        ``(start, end, rank, status)``: status cues outside an apposition, offsets
        in the text.
    same : list of (int, str, str)
        ``(rank, status, cue)``: the statuses of the appositions; they start the
        sentence's own statuses.

    Returns
    -------
    Reactions
    """
    drop_status_speakers(toks, attributions, loose)  # ", and ISW has not observed ..."
    text = ctx.text
    s_text = text[sent.start : sent.end]
    # Read only for the loose status cues below: not searched without any.
    backref = bool(loose) and bool(
        _BACKREF.search(s_text) or _BACKREF_START.match(s_text) or _PRONOUN_OBJECT.search(s_text)
    )
    reaction = False
    answer_from: _Attribution | None = None  # the speaker whose words answered ``prev``
    answered: _Draft | None = None  # the claim they answered (``prev`` or one further back)
    coordinated_answer: _Draft | None = None  # answered by "said ... and denied ..."
    in_sentence: list[tuple[int, int, str, str]] = []  # at, rank, status, cue: "but X rejected"
    own_status: list[tuple[int, str, str]] = list(same)
    own_position = prev is not None and own_position_taken(ctx, toks, prev, attributions,
                                                           loose, sent)
    for start, end, rank, status in loose:
        verb_attr = next(
            (a for a in attributions if toks[a.verb].start <= start < toks[a.verb].end + 1), None
        )
        if verb_attr is None:
            verb_attr = next((a for a in attributions if start <= toks[a.verb].start < end), None)
        if status == "weak":
            own_status.append((rank, "unverified", text[start:end]))
            continue
        if status == "nocomment":
            # "Kyiv has not commented": about the claim before, unless this sentence
            # has a speaker of its own before it ("X said ..., and Kyiv has not commented").
            spoken = any(toks[a.verb].start < start for a in attributions)
            if spoken and len(attributions) == 1 and self_silence(text, toks, attributions, start):
                attributions.pop()  # "says it is looking into the report": no words of its own
                spoken = False
            if prev is not None and not spoken:
                cue = _reaction_cue(text, sent, verb_attr, start, end)
                no_comment = _NO_COMMENT_WORDS.search(text, start, end) is not None
                silent = text[sent.start : start].strip().lower()
                # "Russia's Defence Ministry did not respond": the claim naming Russia;
                # not "It did not provide evidence": the claim before.
                who = (sent.start, start) if no_comment and silent not in _SILENT_PRONOUNS else None
                about = comment_target(ctx, drafts, prev, idx, end, sent.end, who=who)
                if no_comment and silent in _SILENT_PRONOUNS and about is prev:
                    about = others_before(drafts, idx, prev)  # not the silent one's own
                if about is None or looking_into(text, start, end):
                    pass  # silent about no claim here, or looking into it: nothing unverified
                elif no_comment:
                    for d in comment_run(ctx, drafts, about, end, sent.end):
                        d.statuses.append((rank, "unverified", cue))
                else:  # "It did not provide evidence": the claim before ("either claim": two)
                    seen = unseen_claims(ctx, drafts, about, idx, (start, end, sent.end))
                    seen += named_runs(text, sent.start, sent.end, drafts, about)
                    for d in {id(d): d for d in seen}.values():
                        d.statuses.append((rank, "unverified", cue))
            elif spoken and not own_aside(text, sent.start, start, end):  # its silence aside
                own_status.append((rank, "unverified", clause_cue(text, sent.start, start, end)))
            reaction = reaction or not spoken  # "Moscow has not commented." first: no claim
            continue
        if status == "unverified" and all(toks[a.verb].start > end for a in attributions):
            # "Neither side's losses can be independently verified." (", and both are
            # believed by analysts to be inflated" after it: still the caveat first)
            targets = figure_targets(ctx, drafts, idx, sent.start, sent.end)
            if targets:
                cue = _reaction_cue(text, sent, verb_attr, start, end)
                for d in targets:
                    d.statuses.append((rank, "unverified", cue))
                reaction = True
                continue
        if (
            status == "unverified"
            and verb_attr is None
            and text.find(";", sent.start, start) >= 0
            and any(
                toks[a.verb].start < start and a.cue not in _STATUS_VERBS for a in attributions
            )
        ):
            # "The coalition said the strikes hit a market; the group's claims could not be
            # verified": about this sentence's claim before it, not the one before.
            own_status.append((rank, status, _clean(text[start:end])))
            continue
        is_verb = verb_attr is not None and verb_attr.cue in _STATUS_VERBS
        # A denial coordinated with the denier's own claim: a cue of its own ("said it
        # repelled an attack and denied attacking civilians"), or after "and" with no cue
        # ("said in a statement that its forces had ... and denied attacking civilians").
        in_claim = is_verb and verb_attr.coordinated and len(attributions) > 1 and not backref
        if in_claim and status != "denied":
            continue  # "confirmed that ... but denied any plans": part of what is said
        denier = verb_attr if in_claim else None
        if (
            not in_claim
            and status == "denied"
            and verb_attr is None
            and attributions
            and after_and(text, sent.start, start)  # "... and denied attacking civilians"
        ):
            denier = attributions[0]
        if in_claim:  # "said ... and denied that Walikale had fallen"
            deny_captures_by(ctx, verb_attr, start, end, sent.end, prev)
        if denier is not None:
            if (
                prev is not None
                and not own_position
                and _DENIED_ACT.match(text, end)
                and accuses(ctx, prev, denier)
                and not denies_other_target(ctx, prev, end)  # "denied hitting a shelter"
            ):
                # "Activists said the army shelled a market ... The army said it repelled
                # an attack and denied attacking civilians": an answer to the accusation.
                prev.statuses.append(
                    (rank, status, _reaction_cue(text, sent, verb_attr, start, end))
                )
                answer_from = answer_from or denier
                coordinated_answer = prev
                continue
            if in_claim:
                continue  # a denial of its own inside what is said
        if (
            backref
            and is_verb
            and status == "confirmed"
            and _OWN_OBJECT.match(text, end)
            and not _PRONOUN_OBJECT.match(text, start)
            and not _BACKREF.match(text, end + 1)
        ):
            # "Mediazona has confirmed the names of 100,000 soldiers killed, a count it
            # says is below the real toll": what it confirms is its own content.
            own_status.append((rank, status, _clean(text[verb_attr.subj_start : end])))
            continue
        refers = (
            backref
            or (
                is_verb
                and not _EMBEDDED_CLAIM.search(s_text)
                and verb_attr.cue in _DENY_VERBS
                and prev is not None
                and prev.cue not in _DENY_VERBS
                and (
                    _other_side(ctx, prev, verb_attr)
                    # the claim it repeats is further back: "... denied that its forces had
                    # struck residential buildings" after its own side's words
                    or denial_further_back(ctx, drafts, prev, verb_attr, idx, sent.start, sent.end)
                )
            )
        ) and not own_position and not (verb_attr is not None and verb_attr.relative_end > 0)
        # "Hamas has not confirmed that its delegation is there": the claim before's status
        refers = refers or unconfirmed_by_other(
            ctx, prev, verb_attr, status, attributions, (sent.start, start, end)
        )
        involvement = status == "denied" and is_verb and denies_involvement(text, end)
        blamed = None
        if involvement and refers:
            refers, blamed = blamed_claim(ctx, drafts, idx, prev, verb_attr, end, sent.end)
            refers = refers and (blamed is not None or not only_investigating(text, prev))
        if involvement and not refers:
            # a later claim blaming the denier answers to it ("Hezbollah denied involvement
            # ..., a day after the Israeli military blamed the group. The military said")
            cue = _reaction_cue(text, sent, verb_attr, start, end)
            ctx.denied_involvement.append((idx, verb_attr, rank, cue))
        if involvement and not refers and _SAYING.search(text, end, sent.end):
            # no claim blamed the denier: "denied any involvement, saying it remained
            # committed to the ceasefire" is its own asserted claim
            continue
        if (
            (backref or (involvement and not refers)  # "X said ...; Hamas denied any role"
             or clause_answered(toks, attributions, verb_attr))  # "..., Y said; Z denied"
            and is_verb
            and status in ("denied", "disputed", "confirmed")
            and any(
                toks[a.verb].start < toks[verb_attr.verb].start
                and a.source != verb_attr.source
                and a.cue not in _STATUS_VERBS  # a claim, not "did not confirm his death"
                for a in attributions
            )
        ):
            # "The army said it had retaken the town, but rebel spokesman Willy Ngoma
            # rejected the claim, saying ...", "Moscow said it had struck a depot;
            # Ukrainian officials confirmed the strike": the claim of the clause before,
            # in this sentence; the speaker's own claim answers it.
            cue = _reaction_cue(text, sent, verb_attr, start, end)
            in_sentence.append((start, rank, status, cue))
            continue
        if status == "disputed" and is_verb and not refers and not _DENY.match(text, start):
            # "rejected a report by the Financial Times that ...": the newspaper's claim,
            # denied when about the one rejecting it ("that Moscow was preparing ...")
            own = about_the_answerer(ctx, verb_attr, sent.start, sent.end)
            if take_claim_owner(ctx, verb_attr, sent.start, sent.end, verb_at=start):
                how = "denied" if own else status
                cue = _clean(text[verb_attr.subj_start : end])
                own_status.append((_STATUS_RANK[how], how, cue))
                continue
        if status == "disputed" and not (refers or _DISPUTE_CALL.search(s_text)):
            continue  # "dismissed the commander"
        cue_at = toks[verb_attr.verb].start if attributions[:1] == [verb_attr] else None
        if (called := called_claim(text, status, start, end, cue_at, sent.start)) is not None:
            own_status.append(called)  # "called Russian claims
            continue  # that ... 'a fake'": the claims it names
        if status in ("denied", "disputed") and not (is_verb or refers) and attributions:
            # inside what is said: "confirmed that ... but denied any plans"; unless it
            # calls earlier claims untrue: "said ... and called rebel claims that ... 'lies'"
            earlier, how = called_earlier(ctx, _recent(drafts, idx), start, end)
            for d in earlier:
                d.statuses.append((_STATUS_RANK[how], how, _clean(text[start:end])))
            continue
        about = None
        if prev is not None and refers:
            about = blamed or named_target(ctx, drafts, prev, idx, sent.start, sent.end, verb_attr)
            by = verb_attr if status == "denied" and is_verb and not blamed else None
            about = accused_instead(ctx, drafts, about, idx, by, (end, sent.end))
            if status == "confirmed" and is_verb:  # "later confirmed the strike": whose
                event, target = confirmed_event(ctx, drafts, idx, verb_attr, start, sent.end)
                if event and target is None:
                    continue  # no claim here tells that strike: nothing to confirm
                about = target or about
            # "Jordan denied that Israeli aircraft had used its airspace" answers nothing; nor
            refers = bool(blamed) or not (  # a backing or a figure kind the claim does not name
                (is_verb and (denies_other_thing(ctx, about, status, end, verb_attr)
                              or unnamed_backer(text, about, end, verb_attr.source)))
                or other_figure(text, about, status, end, sent.end)
            )
        # "Reuters confirmed two of the five strikes": a finding of its own, the claim as it was
        part = status == "confirmed" and partly_confirms(text, start, sent.end)
        if about is not None and refers and not part:
            cue = _reaction_cue(text, sent, verb_attr, start, end)
            answered_claims = with_its_sentence(drafts, about)  # "X said ..., and Y accused"
            run = named_runs(text, sent.start, sent.end, drafts, about)  # "these claims"
            answered_claims += [d for d in run if all(d is not e for e in answered_claims)]
            extra = side_account(ctx, drafts, about, idx, sent.start, sent.end)  # "army's account"
            answered_claims += [d for d in extra if all(d is not e for e in answered_claims)]
            if status == "denied" and _captures(text, end, sent.end):  # "the town had fallen"
                span = (end, sent.end)
                answered_claims = denied_captures(ctx, drafts, idx, about, answered_claims, span)
            for d in answered_claims:
                d.statuses.append(outcome_answer(text, d, end, sent.end, (rank, status, cue)))
            reaction = True
            answer_from = answer_from or verb_attr
            answered = answered or about
        elif is_verb:
            # "The IAEA confirmed that ...", "Israel denied that ...": speaker and verb.
            if verb_attr.subj_start < start:
                own_status.append((rank, status, _clean(text[verb_attr.subj_start : end])))
            else:  # "..., confirmed the governor"
                own_status.append((rank, status, _clean(text[start : verb_attr.subj_end])))
            if status == "denied":
                deny_captures_by(ctx, verb_attr, start, end, sent.end)
                take_claim_owner(ctx, verb_attr, sent.start, sent.end)  # "Moscow's claim that"
                # Unless it names one, the denial is the denier's own claim, status
                # denied: a standing position ("The RSF has repeatedly denied targeting
                # civilians") or a particular thing no claim here states ("Kyiv denied
                # that its forces shelled the plant", "Turkey denied reports that ...").
        else:
            own_status.append((rank, status, _clean(text[start:end])))

    return Reactions(reaction, answer_from, answered, coordinated_answer, in_sentence, own_status)


#: The object of a confirmation that states a content of its own: "confirmed the names
#: of ...", "confirmed 40 deaths", "confirmed that ..." (not "confirmed the strike").
_OWN_OBJECT = re.compile(r"\s+(?:that\b|the\s+(?:names?|identit\w+|deaths?|discovery)\s+of\b|\d)")
#: A no comment, not a want of evidence ("did not provide evidence").
_NO_COMMENT_WORDS = re.compile(r"comment|respon", re.IGNORECASE)
#: Subjects of a no comment that name no party: "It has not commented".
_SILENT_PRONOUNS = frozenset(("it", "they", "he", "she"))
#: What a denier goes on to state: ", saying it remained committed to the ceasefire".
_SAYING = re.compile(r",\s+(?:saying|adding|insisting|stressing|arguing|and\s+said)\b")
#: The object of a denial of an act the denier is accused of: "denied attacking
#: civilians", "denied any involvement", "denied responsibility".
_DENIED_ACT = re.compile(
    r"\s+(?:any\s+|all\s+)?(?:(?!(?:that|reports?|claims?)\b)[a-z]+ing\b|involvement\b|"
    r"responsibility\b|wrongdoing\b|role\b)"
)
