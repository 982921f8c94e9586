"""Claims stages 4 and 5, the passes over a text's merged drafts that read them together,
in order:

- :func:`.staged_answers.staged_answers` (a claim that an event or its footage was staged
  answers the other side's claims of it);
- :func:`.owned_tolls.owned_tolls` (a figure named by its owner after a contrast, "against
  the army's count of 20", is the owner's claim);
- :func:`.continued_quotes.continued_quotes` (a quotation carried on into the next
  paragraph, which opens with a quotation mark, is the claim that opened it);
- :func:`.structural.without_page_furniture` (page headers and footnote lines are no
  claims), :func:`.section_headings.without_section_headings` ("What the sides say"),
  :func:`.quoted_first_person.quoted_first_person` (a quotation's "Our military
  has reported ..." is the words of the speaker who closes it),
  :func:`.opening_verdicts.rated_openings` (a verdict opening a claim's sentence),
  :func:`.between_claims.between_same_speaker` (a line between two of one speaker's
  claims is theirs), :func:`.bare_attributions.bare_attributions` ("Lysak wrote on
  Telegram." between two sentences no claim holds: both are his);
- :func:`.placed_followups.placed_followups` ("... attacked Tetkino and Rylsk. In Rylsk,
  ...") and :func:`.voiced_appeals.without_voiced_appeals` ("Residents are urged to stay
  in shelters");
- :func:`.document_authors.document_authors` ("..., according to the statement" after the
  Air Force's claim: the Air Force's);
- :func:`.debunks.outlet_lines` (an outlet's finding that a clip is older or from
  elsewhere disputes the clip's claim), :func:`.footage_debunks.footage_debunks` ("...,
  but the footage he posted is from 2024"), :func:`.retractions.retractions` (a claim its
  speaker walked back or deleted is disputed), :func:`.withdrawn_figures.withdrawn_figures`
  ("..., a figure it later withdrew"), :func:`.trailing_verdicts.trailing_verdicts` ("X
  claims ...; this is a lie"), :func:`.analyst_verdicts.analyst_verdicts` ("..., which ISW
  assesses is unlikely"), :func:`.announced_accounts.announced_accounts` ("denied a
  Russian claim that ..." before the claim is told) and :func:`.judged_claims.judged_claims`
  (another speaker's claim judged by name, "This confirms the ministry's claim that ...",
  is the owner's), and :func:`.negated_acts.negated_acts` ("the rebels had not fired on
  the camp" disputes the claim that they shelled it), :func:`.unseen_control.unseen_control`
  ("ISW has not observed footage indicating that Russian forces control the settlement"
  leaves the Russian claim of its capture unverified) and
  :func:`.repeated_posts.repeated_posts` (a post repeating a rated claim shares its
  verdict), with
  :func:`.verdicts.pending_verdict` (a labelled claim rated before anyone was named for
  it) between the last two;
- :func:`.found_answers.found_answers` (the outlet's own finding "shows no sunken vessel
  there" disputes the posts' claim before it);
- :func:`.denier_frames.denier_frames` ("denied Russian claims that ..., calling them
  'fiction'": the frame is the denier's claim), :func:`.apposed_denials.apposed_denials`
  (", a claim Ukraine's military rejected, saying ...": the words after are the military's),
  :func:`.rated_posts.rated_posts` ("A
  widely shared post claiming that ... is false"), :func:`.split_verdicts.split_verdicts`
  ("confirmed the two deaths but was unable to verify the damage"),
  :func:`.owned_verdicts.owned_verdicts` ("A Ukrainian channel's claim that ... is
  unconfirmed": the channel's, unverified),
  :func:`.unharmed_targets.unharmed_targets` ("the vessel had reported no damage"
  disputes the claim of a hit) and :func:`.information_caveats.information_caveats` ("no
  official confirmation of this information" covers the speaker's claims of the
  paragraph), :func:`.denied_presence.denied_presence` ("Hezbollah denied that it had any
  presence in the building" answers the claim that it used the building) and
  :func:`.said_verdicts.said_verdicts` ("Everything Kinshasa says about Kamanyola is pure
  propaganda" disputes the claim about Kamanyola), and
  :func:`.backing_denials.backing_answers` ("Rwanda's government denied supporting the
  M23" answers the claim that calls the M23 "backed by Rwanda").

Each is linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from .analyst_verdicts import analyst_verdicts
from .announced_accounts import announced_accounts
from .apposed_denials import apposed_denials
from .backing_denials import backing_answers
from .bare_attributions import bare_attributions
from .between_claims import between_same_speaker
from .context import _Context, _Draft
from .continued_quotes import continued_quotes
from .cyrillic_speakers import this_said
from .debunks import outlet_lines
from .denied_presence import denied_presence
from .denier_frames import denier_frames
from .document_authors import document_authors
from .footage_debunks import footage_debunks
from .found_answers import found_answers
from .headline_claims import headline_follows
from .information_caveats import information_caveats
from .judged_claims import judged_claims
from .media_verdicts import media_verdicts
from .mutual_accusations import mutual_accusations
from .named_accounts import named_accounts
from .negated_acts import negated_acts
from .opening_verdicts import rated_openings
from .owned_tolls import owned_tolls
from .owned_verdicts import owned_verdicts
from .placed_followups import placed_followups
from .quoted_first_person import quoted_first_person
from .rated_posts import rated_posts
from .repeated_posts import repeated_posts
from .repelled_answers import repelled_answers
from .retractions import retractions
from .said_verdicts import said_verdicts
from .section_headings import without_entry_headings, without_section_headings
from .segmentation import Sentence
from .signed_posts import signed_posts
from .split_verdicts import split_verdicts
from .staged_answers import staged_answers
from .structural import without_page_furniture
from .trailing_verdicts import trailing_verdicts
from .unharmed_targets import unharmed_targets
from .unseen_control import unseen_control
from .verdicts import pending_verdict
from .voiced_appeals import without_voiced_appeals
from .withdrawn_figures import withdrawn_figures

__all__ = ["late_stages"]


def late_stages(
    ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]
) -> list[_Draft]:
    """``drafts`` after the late passes (see the module docstring)."""
    drafts = without_page_furniture(ctx, drafts)  # "REPORT No. 47   Page 3 of 12"
    drafts = without_section_headings(ctx, drafts)  # "What the sides say"
    drafts = without_entry_headings(ctx, drafts)  # "09:45 GMT - Kremlin rejects report"
    drafts = continued_quotes(ctx, drafts, sentences)  # ': "... dawn.' then '"They lost ..."'
    drafts = signed_posts(ctx, drafts)  # "...\n\nOleh Syniehubov, head of Kharkiv ..."
    drafts = document_authors(ctx, drafts)  # "..., the Air Force said. ..., according to the
    # statement": the Air Force's
    drafts = quoted_first_person(ctx, drafts)  # '"Our military has reported ...," Peskov said'
    drafts = rated_openings(ctx, drafts)  # "Rating: Mostly false — a viral video claiming"
    drafts = between_same_speaker(ctx, drafts)  # "..., the ministry said. Artillery hit ..."
    drafts = bare_attributions(ctx, drafts, sentences)  # "... . Lysak wrote on Telegram. ..."
    drafts = this_said(ctx, drafts, sentences)  # "... поранені. Про це повідомив Прокудін."
    drafts = placed_followups(ctx, drafts)  # "... attacked Tetkino and Rylsk. In Rylsk, ..."
    drafts = without_voiced_appeals(ctx, drafts)  # "Residents are urged to stay in shelters"
    drafts = outlet_lines(ctx, drafts)  # "Our analysis shows the video was filmed in 2023"
    drafts = footage_debunks(ctx, drafts)  # "..., but the footage he posted is from 2024"
    drafts = retractions(ctx, drafts, sentences)  # "The ministry later deleted the statement"
    drafts = withdrawn_figures(ctx, drafts)  # "said 19 had died, a figure it later withdrew"
    drafts = owned_tolls(ctx, drafts)  # "put the toll at 14, against the army's count of 20"
    drafts = trailing_verdicts(ctx, drafts)  # "The General Staff claims ...; this is a lie."
    drafts = analyst_verdicts(ctx, drafts)  # "..., which ISW assesses is unlikely."
    drafts = denier_frames(ctx, drafts)  # "denied Russian claims that ..., calling them fiction"
    drafts = apposed_denials(ctx, drafts)  # "..., a claim Kyiv rejected, saying ..."
    pending_verdict(ctx, drafts)  # "Claim: ...", "Rating: False", then who made it
    named_accounts(ctx, drafts)  # "..., contradicting the Ukrainian claim."
    found_answers(ctx, drafts)  # "Satellite imagery reviewed by our team shows no ..."
    announced_accounts(ctx, drafts)  # "denied a Russian claim that ..." before it is told
    staged_answers(ctx, drafts)  # "Kyiv said the footage was staged"
    headline_follows(ctx, drafts, sentences)  # "Russia says it encircled ..." over the lead
    mutual_accusations(ctx, drafts)  # "Each side accused the other of shelling the plant."
    repeated_posts(ctx, drafts)  # "VERDICT: False." ... "One post says that ..."
    rated_posts(ctx, drafts)  # "A widely shared post claiming that ... is false"
    media_verdicts(ctx, drafts)  # "A video ... claims to show ... The video is old."
    drafts = owned_verdicts(ctx, drafts, sentences)  # "A channel's claim that ... is false"
    split_verdicts(ctx, drafts)  # "Reuters confirmed the deaths but was unable to verify the"
    unharmed_targets(ctx, drafts)  # "claimed they had hit a tanker, but ... reported no damage"
    information_caveats(ctx, drafts)  # "The source added ... no confirmation of this information"
    denied_presence(ctx, drafts)  # "said the building was used by X; X denied any presence in"
    said_verdicts(ctx, drafts)  # '"Everything Kinshasa says about Kamanyola is propaganda."'
    negated_acts(ctx, drafts)  # "... accused M23 of shelling a camp ... had not fired on the camp"
    unseen_control(ctx, drafts)  # ", and ISW has not observed footage indicating that ..."
    repelled_answers(ctx, drafts)  # "said it had seized ... The junta said it repelled the attack"
    backing_answers(ctx, drafts)  # "M23 rebels backed by Rwanda ... Rwanda denied supporting"
    return judged_claims(ctx, drafts, sentences)  # "This confirms the MoD's claim that"
