"""Claims round 23: a monitor's verified tally, a unit's unnamed member after its army, a
body speaking "in a statement posted on ...", a caveat naming whose accounts it cannot
check, "these accounts" after an exchange, "the accounts" after residents' words, a
plural possessive before "claim", and ", and ISW has not observed confirmation ...".

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2027, 2, 10)).claims


def holding(found, words):
    return next(c for c in found if words in c.text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The UN Human Rights Monitoring Mission in Ukraine has so far verified three of "
            "the deaths.",
            "the UN Human Rights Monitoring Mission in Ukraine",
        ),
        (
            "Since 1 March, the UN Human Rights Office has so far verified the killing of at "
            "least 57 civilians in the city.",
            "the UN Human Rights Office",
        ),
        ("In the past week, OHCHR has verified 14 civilian deaths in the region.", "OHCHR"),
    ],
)
def test_a_monitors_verified_tally_is_its_own_claim(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert (c.source, c.status, c.side) == (source, "asserted", "independent")


def test_verified_footage_is_still_no_tally(gazetteer):
    (c,) = claims(gazetteer, "The UN said it had verified footage of the strike on Sumy.")
    assert c.source == "the UN"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Ukraine's Khortytsia Group of Forces said Russian forces conducted 47 assaults "
            "near Pokrovsk. A brigade spokesman said Ukrainian drones destroyed 12 motorcycles.",
            "UA",
        ),
        (
            "Ukraine's army said it had repelled attacks near Siversk. A battalion commander "
            "told reporters that his unit held the line.",
            "UA",
        ),
        (
            "Russia's defence ministry said its troops had taken Andriivka. A regiment "
            "commander told state television that resistance had collapsed.",
            "RU",
        ),
    ],
)
def test_an_unnamed_unit_member_after_its_army_shares_its_side(gazetteer, text, side):
    found = claims(gazetteer, text)
    assert found[-1].side == side


def test_a_unit_member_after_an_independent_monitor_gets_no_side(gazetteer):
    found = claims(
        gazetteer,
        "DeepState said Russian troops advanced near Dachne. A brigade spokesman said the "
        "line held.",
    )
    assert found[-1].side is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The RSF, in a statement posted on Telegram, said its forces had entered the area.",
            "the RSF",
        ),
        ("Hamas, in a statement posted on its website, said two hostages had died.", "Hamas"),
        (
            "The army, in a video posted on Telegram, said its troops had entered the town.",
            "the army",
        ),
    ],
)
def test_a_body_speaking_in_a_statement_posted_somewhere(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source


def test_a_caveat_naming_owners_marks_their_claims_only(gazetteer):
    found = claims(
        gazetteer,
        "Rybar wrote that Russian units had consolidated positions in Toretsk. DeepState said "
        "Russian forces had advanced near Dachne. The 28th Mechanised Brigade wrote that its "
        "drone operators had hit three armoured vehicles. A battalion commander said his men "
        "had not been reinforced for a month. Neither Rybar's nor the brigade's account could "
        "be verified.",
    )
    assert holding(found, "consolidated").status == "unverified"
    assert holding(found, "three armoured").status == "unverified"
    assert holding(found, "reinforced").status == "asserted"
    assert holding(found, "Dachne").status == "asserted"


def test_a_caveat_naming_two_owners_with_and(gazetteer):
    found = claims(
        gazetteer,
        "The army said it had retaken Bambari. The rebels said they still held the market. "
        "A local priest said the town was calm. The army's and the rebels' claims could not "
        "be verified.",
    )
    assert holding(found, "rebels said").status == "unverified"
    assert holding(found, "priest").status == "asserted"


def test_these_accounts_after_an_exchange_reach_both(gazetteer):
    found = claims(
        gazetteer,
        "The RSF, in a statement, said its forces had entered the area only to pursue army "
        "remnants. The Sudanese Armed Forces said its aircraft had struck RSF supply convoys "
        "north of the city. We have not been able to verify these accounts.",
    )
    assert [c.status for c in found] == ["unverified", "unverified"]


def test_these_claims_after_unrelated_speakers_stay_with_the_last(gazetteer):
    found = claims(
        gazetteer,
        "Governor Oleh Hryhorov said a glide bomb had damaged a school in Bilopillia. "
        "Separately, a captured conscript told journalists that his company had lost 30 men. "
        "These claims could not be verified.",
    )
    assert holding(found, "school").status == "asserted"
    assert holding(found, "30 men").status == "unverified"


@pytest.mark.parametrize(
    "closing",
    ["The accounts could not be independently confirmed.", "The reports could not be verified."],
)
def test_the_accounts_after_residents_words_are_theirs(gazetteer, closing):
    found = claims(
        gazetteer,
        "The rebel group confirmed that its fighters had pulled out of Kyaukme.\n\n"
        "Residents who fled to Hsipaw said by phone that at least six civilians were killed "
        f"in the air raids. {closing}",
    )
    assert holding(found, "pulled out").status != "unverified"
    assert holding(found, "six civilians").status == "unverified"


@pytest.mark.parametrize(
    "text",
    [
        "Russian milbloggers claimed that Russian forces seized Udachne. ISW has not observed "
        "confirmation of the milbloggers' claim.",
        "The rebels said they had taken Pinga. Reuters could not verify the rebels’ claim.",
        "Russian milbloggers claimed that Russian forces seized Udachne, and ISW has not "
        "observed confirmation of this claim.",
    ],
)
def test_a_caveat_about_a_plural_owners_claim_is_no_claim(gazetteer, text):
    (c,) = claims(gazetteer, text)
    assert c.status == "unverified"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Partners on the ground report that families are collecting water from wells.",
            "partners",
        ),
        (
            "Aid workers on the ground say that food stocks in the camp will run out soon.",
            "Aid workers",
        ),
        ("Volunteers on the ground said the road to Kherson was cut.", "volunteers"),
        ("Our colleagues in the field said the clinic in Rafah had closed.", "Our colleagues"),
    ],
)
def test_a_speaker_on_the_ground_is_the_noun_before(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "body", "said"),
    [
        (
            "Partners report that more than 30,000 people have fled towards Tawila, according "
            "to the International Organization for Migration, which said its teams had "
            "registered new arrivals every day.",
            "the International Organization for Migration",
            "registered new arrivals",
        ),
        (
            "Officials said that two aid workers were killed in Goma, according to the Red "
            "Cross, which said its staff had been hit by shrapnel.",
            "the Red Cross",
            "hit by shrapnel",
        ),
        (
            "Aid groups say about 4,000 families left Rubaya last week, according to the "
            "Norwegian Refugee Council, which said its staff had counted the tents.",
            "the Norwegian Refugee Council",
            "counted the tents",
        ),
    ],
)
def test_which_said_after_according_to_is_the_bodys_own_claim(gazetteer, text, body, said):
    found = claims(gazetteer, text)
    c = holding(found, said)
    assert (c.source, c.side) == (body, "independent")
    assert said not in found[0].text


def test_a_relative_clause_without_a_cue_keeps_one_claim(gazetteer):
    (c,) = claims(gazetteer, "The M23, which Rwanda backs, said it had taken Pinga.")
    assert c.source == "the M23"


@pytest.mark.parametrize(
    "text",
    [
        "Congo's army accused M23 rebels on Thursday of shelling a displacement camp near "
        "Goma, killing at least nine people. M23 spokesman Lawrence Kanyuka said the rebels "
        "had not fired on the camp and blamed the army.",
        "The army said rebels had shelled the market in Bambari. A rebel spokesman said his "
        "fighters had not fired on the market.",
        "Sudan's army said RSF drones had struck the hospital in El Obeid. An RSF adviser "
        "said its forces did not attack the hospital.",
    ],
)
def test_a_negated_attack_on_the_same_object_disputes_the_claim(gazetteer, text):
    found = claims(gazetteer, text)
    assert found[0].status == "disputed"


def test_a_negated_attack_on_another_object_leaves_the_claim(gazetteer):
    found = claims(
        gazetteer,
        "The army said its troops had shelled rebel positions near the camp. A rebel "
        "spokesman said the fighters had not attacked any village.",
    )
    assert found[0].status == "asserted"


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Fact check: Clip does not show Russian landing near Kinburn\n\nCLAIM: A clip shared "
            "on Facebook and TikTok shows Russian marines landing on the Kinburn spit this week."
            "\n\nVERDICT: False. The clip was filmed during a 2021 drill in Crimea.\n\nOne post "
            'says that "two battalions" took part in the landing.',
            "two battalions",
        ),
        (
            "Fact check: Video does not show Russian strike on Zaporizhzhia dam\n\nCLAIM: A "
            "video shared on X and Telegram shows a Russian missile hitting the Dnipro dam in "
            "Zaporizhzhia.\n\nVERDICT: False. The footage shows a 2017 dam collapse in "
            "California.\n\nAnother post claims that the dam in Zaporizhzhia had burst after "
            "the strike.",
            "had burst",
        ),
    ],
)
def test_a_post_repeating_a_rated_claim_shares_its_verdict(gazetteer, text, post):
    assert holding(claims(gazetteer, text), post).status == "denied"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("One account says the downed F-16 pilot was captured.", "One account"),
        ("One user wrote that the grain ship sank within minutes.", "One user"),
        ("One account wrote that the warehouse stored shells for Ukraine.", "One account"),
    ],
)
def test_an_account_or_a_user_speaks(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source


def test_a_relative_clause_of_another_verb_is_no_cited_claim(gazetteer):
    found = claims(
        gazetteer,
        "When Edward Robinson passed by Sandala in 1838, he described it as a small site, "
        "while Victor Guerin, who passed by in 1870, noted it as a hamlet on a mound.",
    )
    assert not any(c.text.startswith("who") for c in found)


def test_an_outlet_named_post_is_no_post_repeating_a_rated_claim(gazetteer):
    found = claims(
        gazetteer,
        "Fact check: Video does not show the Antonivskyi bridge destroyed\n\nCLAIM: A video "
        "shared on X and Telegram shows the Antonivskyi bridge destroyed by a Ukrainian "
        "strike.\n\nVERDICT: False. The footage shows a 2022 strike.\n\nSatellite imagery "
        "from Planet Labs reviewed by The Washington Post showed the bridge intact on Friday.",
    )
    assert holding(found, "bridge intact").status != "denied"
