"""A fresh reader's findings on claims, each a kind: how far a caveat reaches (what it
names, not across a heading), which claim a short answer or a denial is about
("Ukrainian commanders dispute this.", "denied that, and footage showed ...", "denied
that either man was a member"), a caveat after a quotation of several sentences, "he
said" after a person brought in by a given name and a role, a list of states' names
that is no speaker, and "according to the statement" after the statement's author.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analyze(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


# 1. A caveat naming battlefield accounts reaches the claims of fighting only.
@pytest.mark.parametrize(
    ("report", "front", "caveat"),
    [
        (
            "In Izmail, debris damaged a warehouse, the Odesa regional administration said.",
            "Russia's Defence Ministry said its forces had captured Kurakhove.",
            "Reuters could not independently verify the battlefield reports.",
        ),
        (
            "A drone hit a power substation in Sumy, the regional governor said.",
            "Ukraine's General Staff said its troops repelled 14 assaults near Pokrovsk.",
            "The AP was unable to verify the battlefield claims.",
        ),
        (
            "Shelling damaged a school in Nikopol, the mayor said on Telegram.",
            "The Russian Defence Ministry claimed its forces had advanced near Huliaipole.",
            "Reuters could not independently confirm the front-line accounts.",
        ),
    ],
)
def test_battlefield_caveat_leaves_another_matter_alone(gazetteer, report, front, caveat):
    first, second = analyze(gazetteer, f"{report}\n\n{front} {caveat}")
    assert first.status == "asserted"
    assert second.status == "unverified"


# 2. A heading ends a caveat's reach backwards.
@pytest.mark.parametrize(
    ("before", "heading", "under", "caveat"),
    [
        (
            "Gladkov said on Thursday that a drone had hit a minibus near Belgorod, "
            "wounding five people.",
            "THE NUMBERS",
            "Ukraine's General Staff claims that Russia has lost more than 1.1 million soldiers.",
            "None of these figures can be independently verified.",
        ),
        (
            "The mayor of Kherson said 12 people were wounded in shelling on Sunday.",
            "Losses",
            "Russia's Defence Ministry said Ukraine had lost 340 soldiers in a day.",
            "Such figures cannot be checked independently.",
        ),
        (
            "Regional officials said 40 drones were shot down over Kharkiv overnight.",
            "Tallies",
            "The Russian military said it had destroyed 25 Ukrainian tanks.",
            "The figures could not be verified.",
        ),
    ],
)
def test_caveat_stops_at_a_heading(gazetteer, before, heading, under, caveat):
    first, second = analyze(gazetteer, f"{before}\n\n{heading}\n\n{under} {caveat}")
    assert first.status == "asserted"
    assert second.status == "unverified"


# 3. "X denied that, and ..." answers the claim of its own sentence, not the one before.
@pytest.mark.parametrize(
    "text",
    [
        "The town of Siversk, 30 km northeast of Sloviansk, has been a ruin since summer. "
        "Russian officials said in October that they had taken it; Ukraine's General Staff "
        "denied that, and geolocated footage reviewed by analysts showed Ukrainian troops in "
        "the town's western part as recently as November 20.",
        "The district governor said a drone hit a shop in Vovchansk on Sunday. Moscow said "
        "on Monday its troops had seized the town; Kyiv rejected that, and its border guards "
        "posted video from the town centre.",
        "Ukrainian officials said a dam near Kakhovka was leaking. They said their forces "
        "had retaken Robotyne; Russia's Defence Ministry disputed that, but its milbloggers "
        "posted video of Ukrainian soldiers there.",
    ],
)
def test_denied_that_before_a_clause_answers_its_sentence(gazetteer, text):
    claims = analyze(gazetteer, text)
    first = claims[0]
    claim = next(c for c in claims[1:] if c.responds_to is None)
    assert first.status in ("asserted", "confirmed")
    assert claim.status in ("denied", "disputed")
    answers = [c for c in claims if c.responds_to is not None]
    assert answers and all(claims[c.responds_to] is claim for c in answers)


# 4. "X dispute(s) this." disputes the claim before and is no claim of its own.
@pytest.mark.parametrize(
    "answer",
    [
        "Ukrainian commanders dispute this.",
        "Kyiv officials dispute that.",
        "Ukrainian officers reject this.",
        "Local officials deny it.",
    ],
)
def test_a_short_dispute_answers_the_claim_before(gazetteer, answer):
    text = (
        "The Russian Defence Ministry has claimed that its forces are closing the ring "
        f"around Kostiantynivka. {answer}"
    )
    claims = analyze(gazetteer, text)
    assert len(claims) == 1
    assert claims[0].status in ("disputed", "denied")
    assert answer.startswith(claims[0].status_cue)


# 5. A caveat after a quotation of several sentences is about the quotation's claim.
@pytest.mark.parametrize(
    ("quote", "caveat"),
    [
        (
            '"They have infiltration groups, ten men, five men, who walk in at night," said a '
            "battalion commander in the 28th Brigade, who goes by the call sign Skif. "
            '"They film themselves with a flag and leave. That is not control."',
            "His account could not be independently verified.",
        ),
        (
            '"The drones come every night. We sleep in the corridor," said a nurse in Qana. '
            '"Nobody has told us anything. Nobody comes."',
            "Her account could not be confirmed.",
        ),
        (
            '"We lost two vehicles," a Russian volunteer fighter told state television. '
            '"The rest got through. The village is ours now."',
            "His claims could not be verified.",
        ),
    ],
)
def test_caveat_after_a_quotation_of_several_sentences(gazetteer, quote, caveat):
    claims = analyze(gazetteer, f"{quote} {caveat}")
    assert len(claims) == 1
    assert claims[0].status == "unverified"
    assert claims[0].source is not None


def test_a_later_quotation_with_its_own_speaker_stays_apart(gazetteer):
    text = (
        '"We hold the line," Oleksandr Syrskyi said. "They will not pass. Never," Kyrylo '
        "Budanov said."
    )
    claims = analyze(gazetteer, text)
    assert [c.source for c in claims] == ["Oleksandr Syrskyi", "Kyrylo Budanov"]


# 6. "he said" after a person brought in by a given name and a role.
@pytest.mark.parametrize(
    ("intro", "pronoun", "name"),
    [
        ("Back in Kramatorsk, Andrii, a medic, is loading a stretcher into an ambulance.",
         "he", "Andrii"),
        ("In Dnipro, Oksana, 52, a volunteer, hands out bread at a shelter.", "she", "Oksana"),
        ("Near Kupiansk, Serhii, a 41-year-old driver, checks his tyres.", "he", "Serhii"),
    ],
)  # fmt: skip
def test_pronoun_binds_to_a_person_introduced_by_a_role(gazetteer, intro, pronoun, name):
    text = (
        "The Belgorod governor, Vyacheslav Gladkov, said a drone hit a minibus near "
        f'Belgorod.\n\n{intro} "Everyone asks when it will end," {pronoun} said.'
    )
    claims = analyze(gazetteer, text)
    assert claims[-1].source == name
    assert claims[-1].side != "RU"


def test_a_place_with_a_description_is_no_person(gazetteer):
    text = (
        "Oleh Syniehubov said shelling hit a school.\n\n"
        'Lyman, a town of 20,000 before the war, is nearly empty. "We stay," he said.'
    )
    assert analyze(gazetteer, text)[-1].source == "Oleh Syniehubov"


# 7. A denial whose content points back at the claim's people answers it.
@pytest.mark.parametrize(
    ("claim", "denial"),
    [
        (
            "The Israeli army said the men killed near Nabatieh were Hezbollah operatives.",
            "Hezbollah denied that either man was a member.",
        ),
        (
            "The Russian FSB said the two detained in Bryansk were Ukrainian saboteurs.",
            "Kyiv denied that the men had any link to its services.",
        ),
        (
            "Sudan's army said the fighters captured near El Obeid belonged to the RSF.",
            "The RSF denied that any of them were its members.",
        ),
    ],
)
def test_denial_pointing_back_answers_the_claim(gazetteer, claim, denial):
    claims = analyze(gazetteer, f"{claim} {denial}")
    assert claims[0].status == "denied"
    assert all(c.status != "denied" or c is claims[0] for c in claims)


# 8. A list of states' names is no speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Cholera cases continue to rise in Kassala and Gedaref states.",
        "Flooding has displaced thousands across Sennar, Gezira and White Nile states.",
        "Fighting spread to villages in Kordofan and Darfur states.",
    ],
)
def test_states_after_their_names_are_no_speaker(gazetteer, text):
    assert all(c.source is None for c in analyze(gazetteer, text))


def test_a_body_that_states_still_speaks(gazetteer):
    (c,) = analyze(gazetteer, "The Sudanese health ministry states that 40 people died.")
    assert c.source.lower() == "the sudanese health ministry"


# 14. "according to the statement" is the statement's author's.
@pytest.mark.parametrize(
    ("first", "then", "author"),
    [
        ("Russian forces launched 112 drones at Ukraine overnight, the Air Force said.",
         "Air defense downed 87 drones, according to the statement.", "the Air Force"),
        ("The Russian Defence Ministry said its forces had taken Nelipivka.",
         "Air defences shot down 41 drones, according to the same report.",
         "The Russian Defence Ministry"),
        ("The army said in a statement that it had repelled an RSF attack on El Obeid.",
         "Its aircraft hit two fuel trucks, according to the statement.", "The army"),
    ],
)  # fmt: skip
def test_according_to_the_statement_is_its_author(gazetteer, first, then, author):
    claims = analyze(gazetteer, f"{first} {then}")
    assert claims[-1].source.lower() == author.lower()
    assert claims[-1].side == claims[0].side


def test_a_statement_read_by_someone_keeps_its_voice(gazetteer):
    text = (
        "Yemen's Houthi movement said it had fired a missile at southern Israel. The "
        'statement, read by military spokesman Yahya Saree, said the missile had "hit its '
        'target".'
    )
    assert analyze(gazetteer, text)[-1].source != "Yemen's Houthi movement"


# 20. A figure's surname in Cyrillic speaks for the figure's side.
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Зеленський said Харків was hit near Ізюм.", "UA"),
        ("Песков said the talks in Istanbul were over.", "RU"),
        ("Зеленский said Kharkiv was hit overnight.", "UA"),
        ("Сирський said the Kupiansk front was holding.", "UA"),
    ],
)
def test_a_cyrillic_figures_surname_gives_the_side(gazetteer, text, side):
    (c,) = analyze(gazetteer, text)
    assert c.side == side


# 20. How things were once is no event.
@pytest.mark.parametrize(
    "text",
    [
        "The road from Dnipro to Kramatorsk used to take four hours.",
        "The market in Kherson used to draw 5,000 shoppers on a Saturday.",
        "Trains to Pokrovsk used to run 12 times a day.",
    ],
)
def test_used_to_is_no_reported_event(gazetteer, text):
    assert analyze(gazetteer, text) == ()


def test_used_to_in_the_passive_is_still_an_event(gazetteer):
    text = "Drones were used to attack 3 villages near Kupiansk on Friday."
    (c,) = analyze(gazetteer, text)
    assert [q.value for q in c.quantities] == [3]


def test_a_given_name_again_is_the_person_named_in_full(gazetteer):
    text = (
        "Veteran swimmer Alan Wood is planning a marathon. Alan, 79, from Barton, is "
        'attempting to swim 26 miles. He said: "I am doing it for the society."'
    )
    assert analyze(gazetteer, text)[-1].source == "Alan Wood"


def test_a_given_name_before_the_full_one_is_that_person(gazetteer):
    text = (
        "Alan, 79, strikes out in marathon\n\nVeteran swimmer Alan Wood is planning a "
        'marathon. Alan, 79, from Barton, is attempting to swim 26 miles. He said: "I am '
        'doing it for the society."'
    )
    assert analyze(gazetteer, text)[-1].source == "Alan Wood"


def test_the_end_of_a_longer_name_is_no_new_person(gazetteer):
    text = (
        "Charles S. Williams, 39, of Wood County, is held in jail. Prosecutor Colleen "
        "Williams said he would be returned."
    )
    assert analyze(gazetteer, text)[-1].source == "Prosecutor Colleen Williams"


@pytest.mark.parametrize(
    "text",
    [
        "Kathleen Wynne said she would act on a report she commissioned. \"Closing schools is "
        'one response," the report states.',
        "The minister said the review was welcome. The report states that 68,000 places are "
        "empty.",
    ],
)
def test_a_report_of_its_own_keeps_its_voice(gazetteer, text):
    assert analyze(gazetteer, text)[-1].source.lower() == "the report"


@pytest.mark.parametrize(
    ("claim", "answer", "speaker"),
    [
        ("The Russian Defence Ministry has claimed that its forces are closing the ring "
         "around the town.", "Ukrainian commanders dispute this.",
         "a battalion commander in the 28th Brigade"),
        ("Ukraine's General Staff said its troops had pushed Russian units out of Kupiansk.",
         "Russian officers deny it.", "a company commander in the 6th Army"),
    ],
)  # fmt: skip
def test_a_unit_member_after_an_answer_is_not_the_claims_side(gazetteer, claim, answer, speaker):
    text = f'{claim} {answer} "They walk in at night," said {speaker}.'
    claims = analyze(gazetteer, text)
    assert claims[0].status in ("disputed", "denied")
    assert claims[-1].side != claims[0].side
