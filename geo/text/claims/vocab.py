"""Claims stage vocabulary: the word lists attribution and segmentation share.

Cue verbs, the heads and modifiers of a speaker's noun phrase, titles,
abbreviations that do not end a sentence. Plain frozensets built once at import.
"""

from __future__ import annotations

import re

from .. import lexicon as lx

__all__ = [
    "CUE_VERBS",
    "EVIDENCE_VERBS",
    "SIGHT_VERBS",
    "VERIFY_VERBS",
    "_ABBREVIATIONS",
    "_ADVERBS",
    "_CLAUSE_BREAK",
    "_DENY_VERBS",
    "_DETERMINERS",
    "_EVIDENCE_NOUNS",
    "_FUNCTION_CAPS",
    "_KNOWN_ORG_COUNTRIES",
    "_LOWER_MODIFIERS",
    "_MONTH_DAY_WORDS",
    "_NAME_PARTICLE",
    "_NP_LEADING_WORDS",
    "_NP_PREPOSITIONS",
    "_OBSERVERS",
    "_ORG_WORDS",
    "_PARTICLES",
    "_PART_OF_NAME",
    "_PASSIVE",
    "_PRONOUNS",
    "_SOURCE_MODIFIERS",
    "_SOURCE_NOUNS",
    "_STARTERS",
    "_STATUS_VERBS",
    "_TITLES",
    "_words",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs that attribute speech or a written statement.
CUE_VERBS = _words(
    """
    said says say saying stated states stating claimed claims claim claiming reiterated
    reiterates reiterate reiterating announced announces announce announcing accused accuses
    accuse accusing denied denies deny denying reported reports report reporting acknowledged
    acknowledges acknowledge acknowledging insisted insists insist insisting warned warns warn
    warning added adds adding told tells telling confirmed confirms confirm confirming noted notes
    noting argued argues argue arguing alleged alleges allege alleging asserted asserts assert
    declared declares estimated estimates estimate wrote writes posted published tweeted explained
    explains emphasized emphasised emphasizes emphasises stressed stresses repeated repeats
    maintained maintains maintain admitted admits admit conceded concedes rejected rejects
    reject disputed disputes dispute dismissed dismisses refuted refutes blamed blames blame blaming
    suggested
    indicated revealed disclosed promised pledged vowed threatened addressed clarified
    clarifying countered responded replied boasted offered proposed predicted cautioned
    assured urged contended described mentioned remarked affirmed called calls calling believe
    describing branding labelling labeling
    assessed assesses assessing concluded concludes observed observes forecast forecasts
    believes believed fear fears feared suspect suspects suspected specified specifies
    condemned condemns complained complains put puts read reads raised raises lowered lowers
    revised revises updated updates took takes found finds
    """
)


#: Verbs of what an observer on the spot saw or heard ("AFP journalists saw a crater",
#: "a Reuters witness heard blasts"): cues only after an observer (:data:`_OBSERVERS`).
SIGHT_VERBS = _words("saw heard counted witnessed recorded")
#: Verbs of an outlet or a monitor that checked evidence itself ("BBC Verify has geolocated
#: footage of ..."): cues only in a perfect tense before what was checked.
VERIFY_VERBS = _words("geolocated verified authenticated")


#: Heads of an observer's noun phrase: whose sight is a claim.
_OBSERVERS = _words(
    """
    journalist journalists reporter reporters correspondent correspondents photographer
    photographers cameraman cameramen videographer witness witnesses eyewitness eyewitnesses
    crew team staff observers monitors
    """
)


#: Verbs through which evidence, not a person, speaks ("footage shows").
EVIDENCE_VERBS = _words("show shows showed shown suggest suggests indicate indicates appear")


_EVIDENCE_NOUNS = _words(
    """
    footage video videos images image imagery photos photographs pictures data figures records
    documents reports report satellite evidence analysis clip clips
    """
)


_STATUS_VERBS = _words(
    """
    denied denies deny denying refuted refutes rejected rejects reject disputed disputes
    dispute dismissed dismisses confirmed confirms confirm confirming called calls calling
    """
)


_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:while|but|whereas|and|since|when|(?:(?:hours|days|weeks|minutes|moments|"
    r"shortly|soon|just|a\s+day)\s+)?(?:as|after|before))\b|\bwhile\b|\bbut\b|"
    r",\s*(?:which|who)\s+(?:also\s+|later\s+)?$"  # "according to the IOM, which said"
)


_DENY_VERBS = _words("denied denies deny denying refuted refutes")


#: Lower-case heads of a speaker's noun phrase ("Ukrainian officials", "the governor").
_SOURCE_NOUNS = _words(
    """
    official officials source sources defence defense spokesman spokeswoman spokesperson
    spokespeople
    ministry military army forces force authorities authority governor mayor police
    witnesses witness residents resident analysts analyst government president minister
    commander commanders commander-in-chief command staff office agency service side
    observers diplomats diplomat
    leaders leader media outlets outlet report reports statement investigators prosecutors
    prosecutor monitors monitor experts expert negotiators negotiator team delegation
    administration council head chief director representative representatives envoy
    ambassador aide aides adviser advisers advisor advisors officer officers soldiers troops
    fighters medics doctors rescuers volunteers journalists correspondent correspondents
    bloggers blogger channels channel newspaper group organization organisation committee
    watchdog mission institute study assessment update bulletin briefing summary document
    television broadcaster fleet flotilla
    documents
    footage video videos clip clips images imagery photos data figures inspectors intelligence
    operator company department headquarters guard unit brigade battalion regiment navy parliament
    lawmakers lawmaker deputy deputies mps kremlin pentagon people survivors relatives
    battlegroup grouping project leadership forum union network networks association federation
    room rooms committees chancellor chancellors premier premiers
    governors mayors administrations
    society league congress foundation syndicate caucus assembly bureau directorate commission
    families prime secretary general generals researchers scientists academics historians
    economists engineers workers staffers insiders groups agencies organizations
    organisations charities activists campaigners ngos observers partners
    milblogger milbloggers operators pilot pilots marine marines paratrooper paratroopers
    guards partisan partisans firefighter firefighters paramedic paramedics nurse nurses
    teacher teachers farmer farmers student students eyewitness eyewitnesses locals
    inhabitants refugees evacuees serviceman servicemen militant militants insurgent
    servicemember servicemembers
    insurgents rebel rebels separatists crew crews ministries accounts commentators
    embassy embassies consulate manager managers captain captains coordinator coordinators
    observer commentator researcher scientist economist historian academic activist
    campaigner volunteer rescuer medic doctor soldier fighter investigator reporter
    journalist reporters lawyer survivor panel management board tribunal inquiry owner owners
    chair chairman chairwoman chairperson centre center observatory junta regime militia
    militias paramilitary paramilitaries resistance opposition release peacekeepers worker
    peacekeeper wing coalition alliance movement firm firms photographer photographers
    cameraman cameramen videographer consultancy consultancies consultant consultants
    ministers drivers driver truckers passengers indictment communique communiqué community
    man men woman women neighbour neighbor commissioner commissioners website websites portal site
    blog
    councillor councillors councilor councilors sheriff senator senators attorney
    attorneys coroner broker brokers shipbroker shipbrokers trader traders dealer dealers
    executive executives employee employees pensioner pensioners veteran veterans sailor
    sailors seafarer seafarers fisherman fishermen miner miners victim victims mother father
    wife husband son daughter brother sister friend friends colleague colleagues priest pastor
    imam bishop professor coach fan fans villager villagers shopkeeper shopkeepers
    governments judges judge court courts post posts sides account user users caption
    captions tweet
    conscript conscripts recruit recruits deserter deserters prisoners captive captives
    detainee detainees mercenary mercenaries gang gangs cartel cartels
    sergeant sergeants lieutenant lieutenants colonel colonels corporal corporals gunner
    gunners sniper snipers
    """
)


#: Lower-case modifiers inside a speaker's noun phrase.
_SOURCE_MODIFIERS = _words(
    """
    senior local regional military western foreign unnamed anonymous former top chief deputy
    defence defense interior health emergency emergencies air armed general state national
    federal presidential independent two three four several some other many pro-russian
    pro-kremlin pro-ukrainian separatist occupation russian-installed moscow-installed
    kremlin-backed self-proclaimed so-called satellite open-source intelligence security border
    press news war human rights un aid humanitarian medical rescue energy nuclear city district
    provincial municipal naval ground joint operational strategic government-controlled
    israeli-run hamas-run video prime foreign-affairs southern northern eastern western
    central paramilitary rebel opposition civil prominent leading influential popular well-known
    drone artillery assault special air-defence air-defense frontline front-line combat
    pro-war state-run state-owned state-controlled official vice resistance civilian ethnic
    community tribal region oblast province district displaced private maritime shipping
    policy monitoring mapping tracking fact-checking investigative direction axis sector
    power electricity grid utility acting interim caretaker outgoing
    hospital hospitals clinic railway railways airport prison
    transport transportation finance economy justice education agriculture culture trade
    labour labor infrastructure communications environment tourism veterans weather
    retired serving ambulance fire paramedic lifeboat de facto de-facto breakaway self-styled
    attorney crisis both each gang cartel elected newly locally democratically
    """
)


#: Modifiers written in lower case inside a sentence ("Senior officials" -> "senior officials").
_LOWER_MODIFIERS = _words(
    "senior local regional unnamed anonymous several some many two three four other military"
)


_DETERMINERS = _words("the a an its their his her our another one this that")


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
    reportedly allegedly just even too long consistently routinely regularly always been
    so far
    """
)


_PASSIVE = _words("was were is are been be being")


_PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "group"}


_ORG_WORDS = _words(
    """
    ministry staff forces force army navy council committee office service agency command
    battlegroup grouping project leadership forum union network association federation
    society league congress foundation syndicate caucus assembly bureau directorate commission
    guard department court party union nations front brigade battalion regiment corps fleet
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
    review magazine tribune observer agency institute academy council gang cartel
    room rooms team teams
    brigades battalions regiments divisions units groups committees councils ministries
    agencies guards fronts movements parties
    river sea lake bay gulf strait island oblast region province district street avenue
    square bridge airport
    """
)


_KNOWN_ORG_COUNTRIES = {"kremlin": "RU", "pentagon": "US", "idf": "IL", "sbu": "UA", "fsb": "RU"}


_MONTH_DAY_WORDS = frozenset(lx.MONTH_NAMES) | frozenset(lx.DAYS)


_FUNCTION_CAPS = _words(
    """
    the a an in on at but and or if as after before when while this that these those his her
    its their there here then since during despite although though however meanwhile earlier
    later last next some many most all both each every no not our we they he she it i you
    according video clip footage photos images nobody everyone everybody someone somebody anyone
    no-one none
    """
)


_ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st mt ft no nos vs jr
    sr inc ltd co corp dept est approx fig al
    mon tue tues wed thu thur thurs fri sat sun pres atty supt insp cpl pvt brig lieut
    s obl vil
    """
) | frozenset(lx.MONTH_ABBREVIATIONS)


_STARTERS = _words(
    """
    the a an he she it they we i in on at but and this that these those his her its their
    there after before when while as officials meanwhile however some many
    """
)


_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|an|az|bin|ibn|abu|de|da|di|du)[-‐’'][A-Z]")


_PARTICLES = _words("al el bin ibn abu bint de da di du dos das van von der den la le ter")


#: Plural bodies of troops, capitalised only when they open the sentence.
_PLURAL_BODIES = _words("units troops forces soldiers fighters servicemen militants")
#: Heads of a subject that acts rather than speaks, for "..., it said": the bodies above, a
#: bulletin's battlegroup ("The battlegroup also inflicted losses ..., it said": the
#: ministry's words) and a nationality word ("Ukrainian losses ... amounted to ...").
_ACTING_HEADS = _PLURAL_BODIES | _words("battlegroup grouping") | frozenset(lx.DEMONYMS)
#: A medium passing on a body's document: "A JNIM statement relayed by SITE denied".
_RELAYING = _words("relayed translated carried circulated")
#: Offices a person holds, by their role words: "adviser to the head of the DPR", "Head of
#: the Kharkiv Regional State Administration" (shared by the two readings of a description
#: after a name: :data:`_ROLE_OPENERS` here, ``attribution._ROLE_HEADS``).
_OFFICE_ROLES = _words("adviser advisor aide head deputy secretary representative envoy")
#: Capitalised roles that open a description before "of"/"for"/"to": "Head of
#: Zaporizhzhia Oblast Military Administration", "Commander-in-Chief of the Armed Forces".
_ROLE_OPENERS = _OFFICE_ROLES | _words(
    "chief commander spokesperson spokesman spokeswoman director chairman chairwoman chair "
    "mayor ombudsman"
)


def opens_description(words: list[str]) -> bool:
    """Whether an apposition's words (as written, >= 1) open a description of the person
    before it: a title ("Governor of ...", "Dr") or a capitalised role followed by "of",
    "for", "to" or "at" ("Head of the Kharkiv Regional State Administration")."""
    first = words[0].lower()
    if first in _TITLES:
        return True
    role = first.split("-", 1)[0]  # "Commander-in-Chief"
    return role in _ROLE_OPENERS and (
        "-" in first or (len(words) > 1 and words[1] in ("of", "for", "to", "at"))
    )
#: What happened, never who says it: "Explosions reported in Odesa", "Heavy fighting
#: reported near Pokrovsk" (a reduced passive, no speaker).
_EVENT_SUBJECTS = _words(
    "explosions explosion blasts blast fighting clashes shelling strikes gunfire gunshots "
    "sirens fires casualties damage outages injuries deaths"
) | frozenset(f"heavy {w}" for w in "explosions fighting clashes shelling gunfire".split())
#: Titles and ranks, abbreviated or not, before a name in an apposition.
_RANKS = _TITLES | _words("brig gen lt col maj capt sgt adm cmdr cpl pvt lieut dr prof gov sen rep")
