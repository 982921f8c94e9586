"""Claims stage 3, status cues: the patterns of a claim's status words.

Denied, disputed, unverified ("could not be independently verified", "has not
observed any footage of ..."), confirmed and the weak "reportedly"; the words that
refer back to a claim ("the claim", "the accusation") and the ranks of the statuses.
:mod:`~geo.text.claims.status` finds them in a sentence and decides what they are
about.
"""

from __future__ import annotations

import re

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
    "_NEGATED_BEFORE",
    "_NEG_VERIFY",
    "_NOT_SEEN",
    "_NO_COMMENT",
    "_NO_EVIDENCE",
    "_PASSIVE_DENIAL",
    "_PRONOUN_OBJECT",
    "_STATUS_RANK",
    "_UNVERIFIED",
    "_WEAK",
]


_CONTENT_MARKERS = re.compile(
    r"\b(?:(?:saying|adding|insisting|arguing|noting|claiming|warning|telling|blaming|"
    r"and\s+said|but\s+said|said|"
    r"(?:calling|describing|branding|labell?ing)\s+(?:the|it|this|that|them|those|these|such))\b|"
    # a dismissal in words of its own: "dismissed the report as “fantasies of ...”"
    r"(?:dismiss|reject|describ|brand|label|denounc)\w*\s+(?:[\w’'-]+\s+){1,4}as\s+[“\"])"
)


_NEG_VERIFY = re.compile(
    r"(?:\b(?:has|have|had|could|can|would|did|does|do|was|were|is|are|it\s+was)\s+)?"
    r"(?:\bnot|n[’']t|\bcannot|\bnever|\byet\s+to|\bunable\s+to|\bimpossible\s+to|"
    r"\bdeclined\s+to|\brefused\s+to|\bno\s+way\s+to)\s+"
    r"(?:(?:be|been|immediately|independently|yet|publicly|officially|able\s+to|"
    r"possible\s+to|to|(?:reach|access|visit)\s+(?:the\s+)?[\w-]+\s+(?:to|or))\s+)*"
    r"(?:(?:observed|seen|found|received|provided|offered)\s+(?:any\s+)?"
    r"(?:visual\s+|independent\s+|official\s+)?)?"
    r"(?:(?:confirm|verif|corroborat|substantiat|authenticat)\w*|"
    # "cannot be checked independently", "could not be independently checked"
    r"(?<=independently\s)check(?:ed)?\b|check(?:ed)?\s+independently\b|"
    r"(?<=observed\s)(?:any\s+)?evidence|(?<=seen\s)(?:any\s+)?evidence|"
    r"(?<=found\s)(?:any\s+)?evidence)",
    re.IGNORECASE,
)


_UNVERIFIED = re.compile(
    r"\b(?:neither\s+confirm\w*\s+nor\s+den\w*|"
    r"neither\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?:confirm|verif|corroborat)\w*|"
    r"nor\s+(?:have|has|had|could|can|did|was|were)\s+[^.;]{0,40}?(?:confirm|verif)\w*|"
    r"unconfirmed|unverified|unsubstantiated|"
    r"(?:could|can|has|have|had)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:independently\s+)?geo-?locat(?:ed|e)|"
    r"uncorroborated|without\s+(?:providing\s+|offering\s+|giving\s+|presenting\s+)?"
    r"(?:any\s+)?evidence|(?:provided|offered|gave|presented)\s+no\s+evidence|"
    r"no\s+(?:independent|visual|official)\s+(?:confirmation|verification|evidence)|"
    r"(?:seen|observed|found)\s+no\s+(?:\w+\s+)?(?:confirmation|evidence)|"
    r"(?:neither|none\s+of|nothing|nobody|no\s+one|none)\b[^.;]{0,60}?\b"
    r"(?:can|could|has|have|was|were|is|are)\s+"
    r"(?:been\s+|be\s+)?"
    r"(?:independently\s+)?(?:confirm|verif|corroborat)\w*)\b",
    re.IGNORECASE,
)


#: No answer from the other party ("Kyiv has not commented"): the claim before stays
#: unverified. Always a reaction to the previous claim when it has no cue of its own.
_NO_COMMENT = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)*"
    r"(?:comment(?:ed)?|respond(?:ed)?)(?:\s+to\s+(?:a\s+|the\s+)?requests?\s+for\s+comment)?|"
    # a claim the other party left unanswered: ", a claim Yerevan did not address" (not
    # "It did not address the reported deaths": a speaker's silence on another's claim)
    r"claims?\s+(?:[\w’'-]+\s+){1,3}(?:has|have|had|did|does)\s+not\s+"
    r"(?:yet\s+|publicly\s+)*address(?:ed)?\b|"
    r"(?:has|have|had)n[’']t\s+(?:yet\s+)?(?:commented|responded)|"
    r"(?:declined|refused)\s+to\s+comment|made\s+no\s+(?:immediate\s+)?comment|"
    r"(?:was|were)\s+not\s+(?:immediately\s+)?available\s+for\s+comment|"
    r"(?:has|have|had)\s+yet\s+to\s+(?:comment|respond)|"
    r"there\s+(?:was|has\s+been|have\s+been|had\s+been)\s+no\s+(?:immediate\s+)?"
    r"(?:comment|response|reaction)\s+from|"
    # looking into what was said: "it is looking into the report"
    r"(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:looking\s+into|investigating|checking|"
    r"reviewing|examining)\s+(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?(?:reports?|claims?|"
    r"allegations?|footage))\b",
    re.IGNORECASE,
)


#: No evidence given for what was said ("It did not provide evidence", "The army has not
#: presented any evidence"): like no comment, the claim before stays unverified.
_NO_EVIDENCE = re.compile(
    r"\b(?:did|does|do|has|have|had)(?:\s+not|n[’']t)\s+(?:yet\s+)?"
    # "did not name the militant or provide evidence": another thing withheld before it
    r"(?:[a-z]+\s+(?:[\w’'-]+\s+){0,4}?or\s+)?(?:provided?|offer(?:ed)?|"
    r"give|gave|given|present(?:ed)?|produced?|show(?:n|ed)?|publish(?:ed)?|cited?|released?|"
    r"shared?)\s+(?:any\s+)?(?:\w+\s+)?evidence\b",
    re.IGNORECASE,
)


#: An analyst or outlet that has seen no footage of what was claimed ("ISW has not
#: observed any footage of Russian forces in Dachne", "we have found no footage of damage
#: there", "We found no visible evidence of military equipment"): like no comment, the
#: claim before stays unverified.
#: What footage seen is: "visual", "geolocated", "independent" ("has not observed
#: geolocated footage confirming either side's claims").
_SEEN_KIND = r"(?:(?:visual|visible|geolocated|geolocatable|independent|photographic|video)\s+)?"
_NOT_SEEN = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)\s+not|(?:has|have|had)n[’']t)\s+(?:yet\s+)?"
    rf"(?:observed|seen|found|identified)\s+(?:any\s+)?(?:such\s+)?{_SEEN_KIND}"
    r"(?:footage|imagery|evidence|confirmation)\b|"
    rf"\b(?:observed|seen|found|identified)\s+no\s+(?:such\s+)?{_SEEN_KIND}"
    r"(?:footage|imagery|evidence|confirmation)\b|"
    # "no footage of the claimed strikes has appeared": none published, by anyone
    r"\bno\s+(?:such\s+)?(?:visual\s+)?(?:footage|imagery|evidence|videos?|images|photos)"
    r"\s+(?:of\s+(?:[\w’'-]+\s+){1,6}?)?(?:has|have)\s+(?:yet\s+)?(?:appeared|emerged|"
    r"surfaced|been\s+(?:published|released|posted))\b",
    re.IGNORECASE,
)


_WEAK = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|"
    # not with its agent: "It was reported by Astra that ..." is Astra's report
    r"it\s+(?:is|was|has\s+been)\s+(?:reported|claimed|alleged|rumou?red)(?!\s+by\b)|"
    r"(?:is|are|was|were)\s+(?:said|reported|rumou?red)\s+to)\b",
    re.IGNORECASE,
)


#: A negation just before "confirmed" ("did not make confirmed advances", "no verified",
#: "neither side made confirmed advances").
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|no|never|without|neither|nor|none|nobody)|n[’']t)\s+"
    r"(?:(?!(?:but|and|while|though|although|yet)\b)[\w-]+\s+){0,3}$"
)  # "has not observed geolocated footage confirming": 3 words; not across "but"


_ADJECTIVE_CONFIRMED = re.compile(
    r"(?:(?:\b(?:the|a|an|no|any|of|other|more|new|total|all|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)|\d|-)\s*"
    r"(?:confirmed|verified)\b|\b(?:confirmed|verified)\s+(?:cases?|deaths?|dead|"
    r"infections?|instances?|victims?|patients?|outbreaks?|death\s+(?:toll|count)|casualties|"
    r"fatalities|injuries|reports?|sightings?|strikes?|kills?|losses)\b)",
    re.IGNORECASE,
)


#: A confirmation yet to come ("tests to confirm", "if the analysis confirms", "reports
#: were still being corroborated"); not one that was made ("Reuters was able to confirm
#: the downing", "managed to verify").
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|unless|until|once|(?<!able )(?<!managed )to|awaiting|await|awaits|can|"
    r"could|would|will|may|might|(?:is|are|was|were|still)\s+being)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


#: What may open the word calling a claim untrue after "as": a quotation mark and an
#: adverb of degree ('dismissed as "absolutely false" a report by ...').
_UNTRUE_WORDS = (
    r"[\"“'‘]?(?:(?:absolutely|completely|totally|utterly|entirely|patently|blatantly|"
    r"categorically|simply)\s+)?"
)


#: A denial: "denied", "refuted", and a dismissal as untrue ("dismissed as fake"); not a
#: refusal ("denied 9 of 17 aid missions", "were denied access", "denied them entry").
_DENY = re.compile(
    r"\b(?:(?:denied|denies|deny|denying)(?!\s+(?:(?!that\b|claims?\b|reports?\b|it\b)"
    r"[\w-]+\s+){0,5}?(?:missions?|access|entry|permission|permits?|requests?|visas?|"
    r"clearance|passage|convoys?|bail|asylum|applications?)\b)|refuted|refutes|refute|"
    r"dismiss(?:ed|es|ing)\s+(?:(?:the|this|that|these|those|such|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|statements?)\s+)?as\s+"
    rf"{_UNTRUE_WORDS}(?:fake|false|"
    r"untrue|lies|a\s+lie|baseless|groundless|unfounded|fabricat\w*|fiction|nonsense))\b",
    re.IGNORECASE,
)


_DISPUTE_VERB = re.compile(
    r"\b(?:disputed|disputes|dispute|contested|contests|rejected|rejects|reject|dismissed|"
    r"dismisses|challenged|challenges|contradicted|contradicts|"
    # ", contradicting the claim": a participle naming the claim it answers
    r"(?<=, )contradicting\s+(?=(?:the|this|that|these|those|[a-z][\w-]*[’']s?)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|accounts?|statements?|assertions?|version)\b)|"
    # "the footage does not support claims of full control"
    r"(?:does|do|did)\s+not\s+support\s+(?:the\s+|these\s+|this\s+|those\s+|such\s+)?"
    r"(?:claims?|reports?|assertions?|account))\b",
    re.IGNORECASE,
)


_DISPUTE_CALL = re.compile(
    r"\b(?:(?:dismissed|dismissing|rejected|rejecting|branded)\s+"
    r"(?:(?:the|this|that|these|those|such|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|allegations?|accusations?|remarks|comments|reports?|figures?|statements?|"
    r"assertions?|numbers?|account)|it|them|this)\s+as\b"
    r"(?=\s+[\"“]?\w)[^.;,]{0,40}|"
    r"(?:called|calling|calls|described|branded|labelled|labeled|termed|rated|rates)\s+"
    r"(?:(?:the|this|that|these|those|it|them|such|his|her|their|its)\b[^.;]{0,60}?|(?:a|an)\s+|"
    # "called Russian claims that Kamianske had been captured 'a fake'"
    r"(?:[\w’'-]+\s+){1,2}?(?:claims?|allegations?|accusations?|reports?|statements?|"
    r"assertions?)\s+that\b[^.;]{0,80}?)?[\"“‘']?"  # "called 'pure fiction'"
    r"(?:(?:pure|complete|total|utter|outright|absolute|sheer|a\s+complete)\s+)?"
    r"\b(?:exaggerat\w*|false|fake|untrue|baseless|propaganda|fabricat\w*|lies|lie|lying|"
    r"inflated|misleading|absurd|nonsense|groundless|unfounded|disinformation|provocation|"
    r"fiction|fantasy|pretext|smear|slander|hoax|staged)\b|"
    # "called the announcement illegitimate": the speech act, not a deed ("the strike illegal")
    r"(?:called|calling|calls)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:announcement|declaration|statement)\s+(?:illegitimate|null\s+and\s+void|invalid)\b)",
    re.IGNORECASE,
)


_CONTRADICTION = re.compile(
    r"\b(?:(?:being|been)\s+pushed\s+(?:back|out)|"
    # "counterattacked and pushed Russian forces out of the settlement"
    r"(?:pushed|drove|driven|forced)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|"
    r"units|enemy|fighters|soldiers)\s+(?:out\s+of|back\s+from)|"
    r"fighting\s+(?:(?:in|for|around|near|on)\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:continues|continued|was\s+continuing|is\s+continuing|"
    r"was\s+ongoing|is\s+ongoing|goes\s+on|was\s+still\s+going\s+on)|"
    r"(?:road|route|bridge|crossing|corridor|highway|supply\s+lines?)\s+(?:(?:is|was)\s+)?"
    r"(?:still|remains?|remained)\s+open|"
    r"(?:still|remains?|remained)\s+(?:holds?|held|holding|controls?|controlled|controlling|"
    r"defending|in\s+control|in\s+(?:our|their|its|[\w-]+[’']s)\s+hands|"
    r"under\s+(?:\w+\s+)?control)(?!\s+(?:the\s+)?(?:surrounding|nearby|neighbou?ring)\b)|"
    r"not\s+true|"
    r"continu(?:e|es|ed|ing)\s+to\s+(?:hold|control|defend)|"
    r"(?:was|were|is|are)\s+still\s+(?:fighting|battling)\s+for|"
    r"there\s+(?:was|were|is|are|had\s+been)\s+no\s+(?:[\w-]+\s+){0,2}?(?:military|troops|"
    r"soldiers|fighters|weapons|facilities|targets|positions|equipment)\b|"
    # "is false", "is likely exaggerated" (an analyst's hedge), "were grossly inflated"
    r"(?:(?:was|were|is|are)\s+|\b(?:it|this|that)[’']s\s+)"  # "It's a lie"
    r"[\"“]?(?:(?:(?:highly|very|most)\s+)?(?:likely|probably|possibly)\s+|"
    r"almost\s+certainly\s+|(?:largely|greatly|grossly|vastly|wildly|heavily|"
    r"significantly|partly|partially)\s+)?[\"“]?(?:(?:enemy|pure|outright|blatant|hostile)\s+)?(?:false|untrue|exaggerated|inflated|lies|a\s+lie|"
    r"baseless|fabricated|fabrications|invented|made\s+up|propaganda|fake|premature|"
    r"misleading|inaccurate|incorrect|distorted)\b|no\s+such\s+\w+|"
    r"(?:(?:still|remains?|remained|was|were|is|are|stood|stand|stands)\s+|showed?\s+(?:\w+\s+){1,3}?)"
    r"(?:intact|undamaged|unscathed|standing|unharmed)|"
    # imagery a checker reviewed: "Satellite images ... show no damage there"
    r"show(?:s|ed|n)?\s+no\s+(?:(?:signs?|traces?)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:damage|destruction|craters?|fires?|wreckage|(?:sunken|damaged|destroyed)\s+"
    r"(?:vessels?|ships?|boats?|aircraft|jets?|planes?))\b|"
    r"no\s+(?:[\w-]+\s+){1,2}?(?:was|were|had\s+been|has\s+been)\s+(?:hit|damaged|struck|"
    r"killed|injured|wounded|captured|lost|downed|destroyed|taken)|"
    r"(?:was|were|had|has)\s+not\s+(?:been\s+)?(?:hit|damaged|struck|captured|taken|lost|"
    r"downed|destroyed|fallen)|"
    # "No Russian soldier has entered Ivanopillia", "the rebels' fighters were still in Minova"
    r"no\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops|fighters?|units?)\s+(?:has|have|had)\s+"
    r"(?:entered|set\s+foot\s+in)|(?:fighters|troops|forces|soldiers|units|defenders)\s+"
    r"(?:were|are|was|is|remain|remained)\s+still\s+(?:in|inside)\b|"
    r"(?:town|village|city|settlement)\s+(?:is|remains)\s+(?:still\s+)?ours\b|"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:foiled|thwarted|repelled|repulsed)|"
    r"(?:had|has|have)\s+missed\b|missed\s+(?:its|the|their)\s+(?:target|ship|vessel)|"
    r"(?:was|were|is|are)\s+not\s+aware\s+of\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|attacks?|incidents?|operations?)|"
    r"(?:repelled|repulsed|pushed\s+back|drove\s+(?:back|out)|driven\s+(?:back|out)|expelled)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?from\s+(?:the|its|their)\s+(?:town|city|village|area)|"
    r"(?:drove|driven|pushed|forced)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:back|out)\s+(?:of|from)\s+"
    r"(?:the|its|their)\s+(?:town|city|village|area))\b",
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
    r"proposals?|offers?|advances?|capture|seizure|gains|breakthrough|incursion|takeover|"
    r"announcements?|declarations?)"
)


_BACKREF = re.compile(
    rf"\b(?:the|this|that|these|those|such|either|both|neither|his|her|their|its|[A-Z][\w-]*[’']s)\s+"
    rf"(?:[\w-]+\s+|[a-z]+[’']s\s+){{0,2}}?{_BACKREF_NOUNS}\b(?!\s+that\b)"
)  # "the army's account": a body's possessive after the article too


#: A denial whose object states its own content ("Kyiv denied Moscow's claim that it
#: had lost Robotyne"): about the claim it names, not about the sentence before.
_EMBEDDED_CLAIM = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes|refuted|refutes|"
    r"dismissed|dismisses)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:as\s+"  # "denied on Thursday claims"
    rf"{_UNTRUE_WORDS}(?:fake|false|untrue|lies|baseless|groundless|unfounded|"
    r"fabricated|fiction|nonsense)[\"”'’]?\s+)?"
    r"(?:(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+(?:regime|government|authorities|side))?)"
    r"[’']s?\s+|(?P<people>[A-Z][a-z]+)\s+(?=claims?\b)|the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|assertions?|reports?|allegations?|accusations?|suggestions?)\s+"
    # "denied claims by Interior Secretary Fred Matiangi that ...": the one who claims
    r"(?:(?:made\s+)?by\s+(?:the\s+)?(?P<by>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}"
    r"(?:\s+(?:regime|government|authorities|side|military))?)\s+)?"
    r"that\b"
)


#: Events a sentence may open with to refer back to the claim before ("The attack was
#: confirmed by the governor").
_EVENT_NOUNS = (
    r"(?:attacks?|strikes?|incident|shelling|explosions?|blasts?|raids?|bombing|hit|"
    r"downing|sinking|damage|blaze|fires?|crash)"
)


#: A sentence opening with a pronoun or noun that refers back; not "It said, without
#: providing evidence, that ...": a speaker named again, with words of its own.
_BACKREF_START = re.compile(
    rf"^\W*(?:This|That|It(?!\s+(?:also\s+|later\s+)?(?:said|says|added|claimed|alleged|stated)\b)|These|Those|Neither|None|Such|"
    rf"(?:The|His|Her|Their|Its)\s+(?:[\w-]+\s+)?{_BACKREF_NOUNS}|"
    rf"(?:The|That|This)\s+(?:[\w-]+\s+)?{_EVENT_NOUNS}\s+(?:was|were|has\s+been|had\s+been|"
    # "The attack could not be independently verified.": the caveat of the claim before
    rf"(?:could|can|has|have|was|were)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:be|been)?)\s+"
    rf"(?:also\s+|later\s+|independently\s+)?(?:confirmed|denied|verified|disputed|corroborated)\b)\b"
)


_PRONOUN_OBJECT = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|reject|disputed|disputes|dispute|dismissed|"
    r"dismisses|confirmed|confirms|verified|refuted|refute|verify|confirm|corroborate)\s+"
    # "denied that.", "denied that, and footage showed ...": no "that"-clause follows
    r"(?:that(?=\s*[.;!?]|\s*$|,\s+(?:and|but|while|saying|adding|calling|insisting)\b)|"
    r"(?:it|this|them|these|those)\b(?!\s+(?:\w+\s+)?(?:had|has|was|were)\b)|"
    # part of them: "confirmed two of the five strikes", "verified some of the attacks"
    r"(?:(?:one|two|three|four|five|six|some|several|\d+|none|most|all|each)\s+of\s+)?"
    r"(?:the|this|that|these|those|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:loss|losses|deaths?|strikes?|attacks?|incidents?|capture|withdrawal|casualties|downing|"
    r"shooting|accusations?|allegations?|claims?|reports?|figures?|account|killing|fall|"
    r"(?:deployment|presence|involvement|transfer|raid|sinking)(?!\s+(?:of|to|in|at|on)\b))\b)|"
    # an untruth named of it: "called it 'fake news'" (not "has called them 'indecent'")
    r"\b(?:called|calls|branded|described|labell?ed)\s+(?:it|this|them|these|those)\s+(?:as\s+)?"
    r"[\"“'‘]?(?:(?:a|an|pure|outright|enemy)\s+)?(?:fake|false|untrue|lies|lie|lying|propaganda|"
    r"fabricat\w*|fiction|fantasy|nonsense|baseless|groundless|disinformation|hoax|staged)\b"
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


#: How much a status weighs against the others of a claim (the heaviest is its status).
#: The losing side's concession ("conceded") and a confirmation by evidence an outlet
#: checked ("evidence": "Satellite images reviewed by Reuters confirm a large fire at the
#: site") outweigh any party's denial: both read "confirmed".
_STATUS_RANK = {
    "conceded": 6,
    "evidence": 6,
    "denied": 5,
    "disputed": 4,
    "unverified": 3,
    "confirmed": 2,
    "weak": 1,
}
