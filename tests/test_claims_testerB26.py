"""The second tester's claims kinds of session 26 (testerB26 findings 7-9, 14, 15).

A dismissal of "the report" answers the claim whose words it shares, not one sharing only
its speaker's words ("The Ukrainian Air Force spokesman ... dismissed the report"); "such
accusations" names the kind of the claim just before, not its speaker's whole run.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analyze(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


@pytest.mark.parametrize(
    ("first", "second", "dismissal"),
    [
        (
            "Balitsky said Ukrainian artillery shelled Energodar, damaging a power line.",
            "In the Nikolayev Region, an explosion at an airfield in Kulbakino was caused by a "
            "Russian missile strike, according to Russian underground coordinator Sergey Lebedev.",
            "The Ukrainian Air Force spokesman Yury Ignat dismissed the report as fake.",
        ),
        (
            "Denis Pushilin said Ukrainian drones hit a market in Donetsk, killing two people.",
            "In the Kherson Region, a fuel depot in Nova Kakhovka was destroyed by a Ukrainian "
            "missile, according to the Russian-installed official Vladimir Saldo.",
            "The Ukrainian military spokesman Vladyslav Voloshyn dismissed the report as fake.",
        ),
    ],
)
def test_a_dismissal_of_the_report_answers_the_report_not_its_speakers_words(
    gazetteer, first, second, dismissal
):
    text = (
        f"{first} The International Atomic Energy Agency confirmed that the site had been "
        f"hit.\n\n{second} {dismissal}"
    )
    claims = analyze(gazetteer, text)
    assert claims[0].status == "asserted"
    assert claims[-1].status == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Vitaly Ganchev said Ukrainian forces shelled Kupyansk overnight. Ganchev claimed that "
        "Kiev was preventing civilians from leaving Kupyansk. Ukrainian officials have "
        "previously rejected such accusations.",
        "Yevgeny Balitsky said Ukrainian troops shelled Vasylivka overnight. Balitsky claimed "
        "that Kyiv was using civilians as shields in Orikhiv. Ukrainian officials have "
        "repeatedly denied such claims.",
        "Russian officials said Ukrainian troops shelled Horlivka. Russian officials also said "
        "that Kyiv used civilians as shields in Toretsk. Ukraine has rejected such allegations.",
    ],
)
def test_such_accusations_answer_the_claim_just_before_not_the_run(gazetteer, text):
    first, second = analyze(gazetteer, text)
    assert first.status == "asserted"
    assert second.status in ("denied", "disputed")


@pytest.mark.parametrize(
    "text",
    [
        "The Russian MoD claimed that Russian forces seized Zatyshshia (east of Huliaipole), a "
        "claim ISW assesses is likely exaggerated.",
        "A Russian milblogger claimed that Russian forces captured Kurakhove, an assertion that "
        "ISW considers premature.",
        "The Russian MoD claimed that its forces killed 400 Ukrainian soldiers near Pokrovsk, a "
        "figure ISW assesses is likely overstated.",
    ],
)
def test_a_claim_an_analyst_assesses_is_exaggerated_is_disputed(gazetteer, text):
    (claim,) = analyze(gazetteer, text)
    assert claim.status == "disputed"
    assert "ISW" not in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said it struck Hamas militants in Khan Younis and did not comment "
        "on the Deir al-Balah strike.",
        "The Russian Defence Ministry said its forces had shot down 40 drones over Belgorod and "
        "has not commented on the fire in Novorossiysk.",
        "Kenya's police said officers had arrested three men in Mandera and did not respond to "
        "questions about the missing teacher.",
    ],
)
def test_a_speakers_own_silence_on_another_matter_leaves_its_claim_asserted(gazetteer, text):
    (claim,) = analyze(gazetteer, text)
    assert claim.status == "asserted"


def test_another_partys_silence_after_and_still_leaves_the_claim_unverified(gazetteer):
    text = "Sudan's army said it had retaken Babanusa, and the RSF has not commented."
    (claim,) = analyze(gazetteer, text)
    assert claim.status == "unverified"


@pytest.mark.parametrize(
    "text",
    [
        "The Russian Defense Ministry said its troops liberated Novoyegorovka. The battlegroup "
        "also inflicted losses on Ukrainian brigades near Kupyansk, eliminating up to 230 "
        "personnel, it said. Ukrainian losses in that area amounted to up to 465 personnel, it "
        "said.",
        "The Russian Defence Ministry said its forces had repelled four attacks near Kupiansk. "
        "The Zapad battlegroup also destroyed two Ukrainian tanks near Petropavlivka, it said. "
        "Ukrainian losses near Lyman amounted to up to 120 personnel, it said.",
    ],
)
def test_it_said_after_a_battlegroup_or_a_nationality_is_the_ministry(gazetteer, text):
    claims = analyze(gazetteer, text)
    assert len(claims) == 3
    assert {c.source for c in claims} == {claims[0].source}
    assert {c.side for c in claims} == {"RU"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Firefighters from Westerville and Sunbury helped free the man, who had minor "
            "injuries, officials said.",
            "officials",
        ),
        ("Troops detained the gunman, who was armed, officials said in Kharkiv.", "officials"),
        ("Medics treated the boy, who was hurt, police said in Kramatorsk.", "police"),
    ],
)
def test_a_relative_clause_before_a_comma_is_not_the_speakers_phrase(gazetteer, text, source):
    (claim,) = analyze(gazetteer, text)
    assert claim.source == source


def test_a_person_who_fled_still_speaks(gazetteer):
    text = "A displaced woman who fled to Tawila told reporters that the town had been shelled."
    (claim,) = analyze(gazetteer, text)
    assert claim.source == "a displaced woman"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Fighting around El Fasher and across the Kordofan states continues to drive "
            "displacement.",
            [],
        ),
        ("Fighting in the Kordofan states continues, WFP said.", ["WFP"]),
        ("Aid to Darfur states was cut, WFP said.", ["WFP"]),
        ("The Kremlin states the talks are over.", ["the Kremlin"]),
    ],
)
def test_a_regions_states_are_no_cue(gazetteer, text, sources):
    assert [c.source for c in analyze(gazetteer, text)] == sources


@pytest.mark.parametrize(
    "speaker",
    [
        "a commander of the Sever (North) group of forces",
        "a spokesman of the Vostok (East) group of forces",
        "an officer of the Zapad (West) grouping of troops",
    ],
)
def test_a_glossed_group_of_forces_is_part_of_its_speakers_phrase(gazetteer, speaker):
    text = (
        f"Ukrainian units are abandoning positions near Volchansk, {speaker} told RIA Novosti. "
        "He added that Russian units had cleared the village of Tikhoye."
    )
    first, added = analyze(gazetteer, text)
    assert first.source == speaker
    assert added.source == speaker
    assert first.side == added.side == "RU"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "A JNIM statement relayed by the SITE Intelligence Group denied that its fighters had "
            "suffered losses.",
            "JNIM",
        ),
        (
            "A Hamas statement relayed by Al Jazeera said its fighters had destroyed two tanks in "
            "Rafah.",
            "Hamas",
        ),
        (
            "An ISWAP statement carried by Amaq said its fighters had attacked a base near "
            "Maiduguri.",
            "ISWAP",
        ),
    ],
)
def test_a_statement_relayed_by_a_medium_is_its_owners(gazetteer, text, owner):
    (claim,) = analyze(gazetteer, text)
    assert owner in claim.source


def test_a_statement_of_nobody_relayed_by_a_medium_is_the_mediums(gazetteer):
    text = "A statement relayed by state media said the talks in Doha had failed."
    (claim,) = analyze(gazetteer, text)
    assert claim.source == "state media"


@pytest.mark.parametrize(
    "text",
    [
        "taken into custody on Interstate 70 near Etna",
        "traffic on Freeway 12 near Perth was halted",
        "closed Interstate 95 near Richmond",
    ],
)
def test_a_road_number_is_no_quantity(text):
    from geo.text.numbers import find_quantities

    assert [q for q in find_quantities(text) if q.value in (70, 12, 95)] == []


@pytest.mark.parametrize(
    ("claim", "rebuttal"),
    [
        (
            "The RSF-led government in Nyala said it had opened a new crossing at Adre.",
            "Sudan's Sovereignty Council said it had not approved the crossing and called the "
            "announcement illegitimate.",
        ),
        (
            "The RSF-led government in Nyala said it had opened a new crossing at Adre.",
            "Sudan's Sovereignty Council called the announcement illegitimate.",
        ),
        (
            "Somaliland's president said the region had agreed a port deal with Ethiopia in "
            "Berbera.",
            "Somalia's government called the announcement null and void.",
        ),
    ],
)
def test_an_announcement_called_illegitimate_by_the_other_side_is_disputed(
    gazetteer, claim, rebuttal
):
    claims = analyze(gazetteer, f"{claim} {rebuttal}")
    assert claims[0].status == "disputed"


def test_a_deed_called_illegal_is_no_dispute(gazetteer):
    text = (
        "Israel's military said it struck a Hezbollah depot in Nabatieh. Lebanon's government "
        "called the strike illegal."
    )
    assert analyze(gazetteer, text)[0].status == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "In Myanmar, the Arakan Army said it had seized the outer defences of Kyaukphyu. The "
        "junta said it had repelled the attack.",
        "Hamas said its fighters had stormed an Israeli position east of Rafah. The Israeli "
        "military said it had repelled the attack.",
        "In Sudan, the RSF said it had captured the army base in Babanusa. The army said its "
        "troops repulsed the assault.",
    ],
)
def test_the_other_sides_repelled_attack_disputes_the_claimed_gain(gazetteer, text):
    gain, repelled = analyze(gazetteer, text)
    assert gain.status == "disputed"
    assert repelled.status == "asserted"


def test_the_same_sides_repelled_attack_answers_nothing(gazetteer):
    text = (
        "The Russian Defence Ministry said its troops had advanced near Kupiansk. The ministry "
        "said it had repelled the attack near Lyman."
    )
    assert [c.status for c in analyze(gazetteer, text)] == ["asserted", "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Andriy Kovalenko, head of the Centre for Countering Disinformation, said Ukrainian "
        "units still held positions in Kindrashivka.",
        "The Center for Countering Disinformation said Russian channels had spread a fake video "
        "from Kupiansk.",
        "Ukraine's Centre for Countering Disinformation said the footage from Pokrovsk was "
        "staged.",
    ],
)
def test_the_centre_for_countering_disinformation_is_ukraines(gazetteer, text):
    (claim,) = analyze(gazetteer, text)
    assert claim.side == "UA"
