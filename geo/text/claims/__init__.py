"""Claims: who asserts what, how sure the article is of it, about where and when.

:func:`extract_claims` turns an article into :class:`~geo.model.Claim` records.
It is pure and deterministic: the toponyms and spatial features found by the
other stages are passed in, nothing is loaded.

What is a claim
---------------
1. **An attributed assertion**: a sentence, or a clause of one, with a speaker
   and a cue ("Russia announced on Friday that ...", "..., the governor said.",
   "According to Ukraine's General Staff, ...", "Russian officials say ...",
   "Footage released by Russian sources shows ...", and what an observer on the
   spot saw or heard: "AFP journalists at the scene saw a crater", "a Reuters
   witness heard blasts"; not "residents saw their homes burn"). When a sentence holds two
   independent attributions joined by ", but", ", while", "; " ..., each clause
   is a claim (a speaker closing the sentence after a contrast says the clause after
   it: "X said ..., while ..., according to Y"); an attribution nested in what is
   said ("Zelensky said the army reported ...") and cue verbs inside a quotation are
   part of the claim. A relative clause about a subject with a speaker of its own is
   that speaker's claim up to its comma, what the subject says after it the subject's
   ("The M23, which the UN says is backed by Rwanda, denied targeting civilians"); a
   party not confirming what such a clause's speaker says is no speaker ("Kyiv did not
   confirm the strike, which Russian officials said caused a fire": theirs, unverified),
   :mod:`~geo.text.claims.relative_cues`.
   A military bulletin's lines go on with its speaker without a cue of their own
   (:mod:`~geo.text.claims.bulletin_lines`): "Kupiansk direction: eight attacks were
   repelled near ..." after "..., according to the General Staff" is the General
   Staff's, "Units of the Yug group of forces liberated ..." after the ministry's
   claim is the ministry's, and a state's group of forces named alone is that state's
   party (source unknown, never the article's own). A claim set against another
   ("..., despite Russian milbloggers' claims that ...") is its owner's claim of its
   own (:mod:`~geo.text.claims.contested`). The items of a list opened by a speaker
   and a colon ("The Ministry of Defence reports that the Defence Forces:" then "•
   repelled 1,240 assaults;") are that speaker's claims (:mod:`~geo.text.claims.list_items`);
   a medium relaying a speaker ("According to Saba, Yahya Saree said ...") gives the
   claim to that speaker (:mod:`~geo.text.claims.relay`).
2. **A sentence that carries a verification status** but no speaker
   ("..., reportedly due to ...", "unconfirmed reports ..."): ``source`` and
   ``cue`` are ``None``.
3. **A reported event the article states itself**: a sentence with a counted
   or measured quantity and a date or a place ("Russia handed over 6,000
   bodies under a June 2 agreement", "Russian forces are within 16 km of
   Sumy"); ``source`` and ``cue`` are ``None``. Descriptions ("X is a city of
   250,000 people", "X lies 30 km from Y"), headlines, bylines and captions are
   not claims (headlines only when attributed). History is no claim either: a
   sentence whose every date begins over a year before the article's ("has attacked
   more than 100 merchant ships since November 2023", "Russia announced its
   mobilisation in September 2022", :mod:`~geo.text.claims.background`).

Continuations join the claim they continue: a sentence opening with "In
return", "In exchange", ... or naming "that exchange"; a bare quotation after
a claim; and a named spokesperson's statement in the next sentence of the same
paragraph after their government's announcement, when the first country their
description names is the government's and the description is no local office
(a mayor or governor speaks for themselves) ("Russia announced ... 3,000 ...
Vladimir Medinsky, head of Russia's negotiating team, stated, ...": one claim,
source Medinsky, because he speaks for Russia).

A reaction is not a claim of its own: a sentence whose only content is a
status of the claim before it ("Kyiv denied the accusation.", "The figure
could not be verified.") sets that status; one that also says something
("The army rejected the claim, saying its soldiers still held the base.") is
a claim too. A party's want of confirmation ("Hamas has not confirmed that its
delegation is there") leaves the claim before unverified, and a speaker "looking into
the report" leaves it as it was; neither is a claim
(:mod:`~geo.text.claims.quiet_answers`). A denial answers the previous claim when it
refers back to it or comes from another party (the speakers' countries, from the toponyms and
demonyms in their names, differ), unless it states a position of its own: a
standing denial ("Moscow has repeatedly denied targeting civilians") or a clause
about other places than the claim's ("denied that Russian troops had entered
Kupiansk" after a claim about Kurakhove) is a claim of its own, and the claim
before keeps its status.

Fields
------
- ``source``: the speaker as written ("Ukrainian officials", "the Kremlin",
  "Russia"); a person by name, without titles, the full name when the article
  gave it ("Putin" -> "Vladimir Putin"); "he"/"she" resolve to the last named
  person, "it"/"they" to the sentence's own subject when it is an organisation
  or group ("The ministry released video it said showed ..."), else to the last
  organisation or group that spoke; "quoted X as saying": X, not the medium.
- ``cue``: the attribution verb as written, lower-cased ("stated",
  "reiterated", "say", "according to"); ``":"`` for a transcript's speaker label
  ("Zelenskyy: Our forces ...", :mod:`~geo.text.claims.transcript`).
- ``status``: ``asserted`` unless the text says otherwise, strongest first:
  ``denied`` ("a claim Medinsky denied", "Kyiv denied the accusation" in the
  next sentence, and any answer calling the claim untrue: "called the claim a
  fake", "said the report was false"), ``disputed`` ("rejected the claim", "called
  the figure exaggerated", another party saying "fighting continued" or "the
  missile was intercepted"), ``unverified``
  ("a figure Ukraine has not confirmed", "could not be independently
  verified", "without providing evidence"), ``confirmed`` ("confirmed",
  "independently verified"), then the weak ``unverified`` of "reportedly",
  "allegedly", "it is reported", "is said to". "Kyiv has not commented",
  "ISW has not observed confirmation" leave a claim ``unverified`` (a no comment
  with no object: every claim of the speaker's run in the paragraph; by a named
  party, "Russia's Defence Ministry did not respond", the claim that names it); the other
  side conceding a loss ("ordered a withdrawal from the town") and geolocated
  footage showing it make it ``confirmed``. A status may sit in an
  apposition of the same sentence or in one of the next two sentences that
  refers back ("The claim could not be verified."); ``status_cue`` holds those
  words. "said it had repelled an attack and denied attacking civilians" denies the
  claim before that accuses the speaker; "rejected the military's claims" reaches
  every claim of its run, and "called rebel claims that the town had fallen
  'propaganda'" inside the caller's own words every recent claim of that owner; a
  denial of a capture ("denied the town had fallen") reaches the party's earlier claims
  of captures too; "X said ..., but Y rejected the claim, saying ..." is two
  claims, the second answering the first. A denial with no claim to
  refer to ("Kyiv denied that its forces shelled the plant.") is a claim of its
  own: status ``denied``, cue "denied", source ``None`` (the accuser is
  unknown) and the denier in ``status_cue``; a standing position or a denial of a
  kind of act ("The RSF has repeatedly denied targeting civilians") is the denier's
  own claim (source and side the denier's, status ``denied``). A denial of
  involvement ("denied any involvement in the rocket fire") answers the recent claim
  that blames the denier, not the claim just before; one caveat over several accounts
  ("could not independently verify any of the accounts") reaches every recent claim
  with a speaker in its paragraph and the one before.
- ``kind``: ``attributed`` (a speaker) or ``reported`` (the article's own
  reporting, ``source`` ``None``).
- ``side``/``party``: the party the speaker speaks for (see
  :mod:`geo.text.claims.sides`): an ISO country code, ``"independent"``
  (monitors, agencies, analysts, the outlet's own reporting) or ``None``.
- ``responds_to``: the index of the claim this one answers (another party's
  "fighting continued", a concession, geolocated evidence, the outer speaker
  of a quotation that answers a claim it quotes).
- ``quantities``/``dates``: what :mod:`geo.text.numbers` and
  :mod:`geo.text.dates` find inside the claim's span; numbers written as a date
  ("On 13.06 forces ...") or coordinates ("at 47.58, 35.62") count nothing, nor does a
  number of the speaker's phrase ("Two security sources told Reuters ...").
- ``toponyms``/``features``: indexes of those whose spans fall inside the
  claim's span, plus the last named place for "the city", "the town", "the
  region" when the claim names none of that kind; metonymic toponyms ("Moscow
  said", see :mod:`geo.text.metonymy`) are speakers, never places of a claim.

Stages (modules of this package): :mod:`~geo.text.claims.segmentation`
(sentences, tokens, quotations, clauses), :mod:`~geo.text.claims.attribution`,
:mod:`~geo.text.claims.cue_speaker`, :mod:`~geo.text.claims.cue_words`,
:mod:`~geo.text.claims.agents`, :mod:`~geo.text.claims.phrases` and
:mod:`~geo.text.claims.speakers` (speaker and cue), :mod:`~geo.text.claims.relay` (a
medium relaying a speaker), :mod:`~geo.text.claims.sides`,
:mod:`~geo.text.claims.parties`, :mod:`~geo.text.claims.allegiance`,
:mod:`~geo.text.claims.localities` and :mod:`~geo.text.claims.relations` (side and
party), :mod:`~geo.text.claims.status` with :mod:`~geo.text.claims.cues` (in-sentence
and cross-sentence status), :mod:`~geo.text.claims.reactions` (a sentence's status
words that answer a claim before it), :mod:`~geo.text.claims.answers`,
:mod:`~geo.text.claims.same_places`, :mod:`~geo.text.claims.targets` and
:mod:`~geo.text.claims.silences` (claims answering claims, what a reaction or a no
comment is about), :mod:`~geo.text.claims.quiet_answers` (answers that state nothing of
their own), :mod:`~geo.text.claims.no_such` ("there were no discussions of ..." disputes
the claim that tells of them), :mod:`~geo.text.claims.background` (history is no claim),
:mod:`~geo.text.claims.draft_sides` (a speaker's side from the sentences before),
:mod:`~geo.text.claims.competing` (two parties' accounts set against
each other in one sentence), :mod:`~geo.text.claims.bulletin` and
:mod:`~geo.text.claims.transcript` (a bulletin going on in its own voice, a transcript's
speaker labels), :mod:`~geo.text.claims.bulletin_lines` (a bulletin's sector lines),
:mod:`~geo.text.claims.list_items` (a list's items, its opening speaker's),
:mod:`~geo.text.claims.contested` (a claim set against another), :mod:`~geo.text.claims.linking`
(places, features, quantities, dates), :mod:`~geo.text.claims.denial_places` (a perfect
denial of an act at a claim's places answers it: "Moscow has denied sending drones into
Moldovan airspace"), run sentence by sentence by :mod:`~geo.text.claims.extract`, and
:mod:`~geo.text.claims.merging` (a quoted claim answered in its quotation, a
spokesperson's words joined with their government's, a quotation of several sentences
joined to the claim where it closes), :mod:`~geo.text.claims.post_headers` (a post reprinted
under a line naming its author), :mod:`~geo.text.claims.accusations` ("said ... and accused
..." is two claims), :mod:`~geo.text.claims.conceded_losses` (the other side acknowledging
a loss confirms the hit), :mod:`~geo.text.claims.posters` (a posted video's claim is its
poster's), :mod:`~geo.text.claims.findings` (an outlet's own analysis is its reporting),
:mod:`~geo.text.claims.debunks` (an outlet's finding that a clip is older or from elsewhere
disputes the clip's claim), :mod:`~geo.text.claims.post_caveats` (the outlet's caveat after
a reprinted post reaches all of it), :mod:`~geo.text.claims.report_owners` ("X documented
..., according to a report" is X's), :mod:`~geo.text.claims.hedged_subjects`,
:mod:`~geo.text.claims.frame_speakers` (a "saying" frame speaks as its main clause's
speaker), :mod:`~geo.text.claims.member_sides` ("The group said", "a police spokeswoman":
the side of the body before) and :mod:`~geo.text.claims.spokesperson_statements` (a
spokesperson's statement of their own is not the government's),
:mod:`~geo.text.claims.corrections` (a correction notice is no claim),
:mod:`~geo.text.claims.time_spans` ("two days later", a thread's "1/" count nothing),
:mod:`~geo.text.claims.late_stages` (the passes over the finished claims:
:mod:`~geo.text.claims.retractions`, a claim walked back or deleted is disputed, and
:mod:`~geo.text.claims.judged_claims`, "This confirms the ministry's claim that ..." is
the owner's), :mod:`~geo.text.claims.placed_leaders` (a head of government set in a
country) and :mod:`~geo.text.claims.other_people` ("no civilians were killed" answers no
toll of soldiers);
:mod:`~geo.text.claims.struck_parties` (a party named as a target is not blamed),
:mod:`~geo.text.claims.pair_caveats` ("...; could not verify either claim"),
:mod:`~geo.text.claims.digest_titles` (a digest of one person's posts is theirs),
:mod:`~geo.text.claims.answering_bodies` ("The army denied this" after the RSF's claim) and
:mod:`~geo.text.claims.loss_denials` ("denied losing any positions" answers a capture);
:mod:`~geo.text.claims.stems` finds the status
word stems first. Every stage is linear in the text.
"""

from __future__ import annotations

from .extract import extract_claims
from .segmentation import Sentence, split_sentences
from .vocab import CUE_VERBS, EVIDENCE_VERBS

__all__ = ["CUE_VERBS", "EVIDENCE_VERBS", "Sentence", "extract_claims", "split_sentences"]
