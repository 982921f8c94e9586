"""Claims on fresh real-reporting styles: numeric dates and coordinates are no counts,
groups of forces speak for their army, outlets named after a city are outlets, one
verification caveat covers every account it names, a denial of involvement answers the
claim that blames the denier.

Every text here is written for these tests.
"""

import pytest

from geo.text.claims import extract_claims
from geo.text.claims.linking import stated_counts
from geo.text.numbers import find_quantities


def counts(text):
    return [q.text for q in stated_counts(text, find_quantities(text))]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On 13.06 forces of the 58th Army attacked, and 27 soldiers were killed.", ["27"]),
        ("Since 01.06 some 1,200 residents have left.", ["1,200"]),
        ("Shelling from 01.06 to 13.06 wounded 9 people.", ["9"]),
        ("A tank burned at 47.58, 35.62, about 2 km north of the village.", ["2"]),
        ("Footage geolocated to 48.5°N, 37.9°E shows 3 vehicles.", ["3"]),
        ("The strike hit a depot at 48.512 37.934 overnight.", []),
        ("Footage geolocated to 48°30′N 37°54′E shows 2 tanks.", ["2"]),
        ("The camp, at 13° 37' N, 25° 21' E, holds 400,000 people.", ["400,000"]),
    ],
)  # fmt: skip
def test_numeric_dates_and_coordinates_count_nothing(text, kept):
    assert counts(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Inflation rose by 12.05 percent in May.",
        "Yields of 1.5, 2.5 and 3.5 tonnes were recorded.",
        "The brigade lost 13.5 tonnes of ammunition and 2.5 km of trench.",
        "Losses grew to 10.05 percent of the force.",
        "Temperatures reached 45°C in 3 regions.",
    ],
)
def test_decimal_figures_are_still_counts(text):
    assert counts(text) == [q.text for q in find_quantities(text)]


def test_claim_quantities_leave_out_a_numeric_date():
    text = (
        "On 13.06 forces of the Russian 58th Army tried to break through near the "
        "village, a Ukrainian military spokesman said, adding that 27 Russian soldiers "
        "were killed."
    )
    (c,) = extract_claims(text, [])
    assert [q.value for q in c.quantities] == [27]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian troops made 40 assaults near Lyman, Nazar Voloshyn, a spokesman for the "
         "Khortytsia group of forces, said on Monday.", "UA"),
        ("A spokesman for Ukraine's Khortytsia group of forces said Russian troops had "
         "entered the village.", "UA"),
        ("The Tavria group of forces reported that its units had destroyed 11 artillery "
         "systems near the river.", "UA"),
        ("Vladyslav Voloshyn, spokesman for the Southern Defence Forces, said 12 boats had "
         "been destroyed.", "UA"),
        ("The Dnepr group of forces said its units had struck Ukrainian boats near the "
         "bridge.", "RU"),
        ("Spokesman for the Vostok group of forces Alexander Gordeyev told reporters that "
         "Ukrainian troops had been driven out of two strongholds near Uspenivka.", "RU"),
        ("Battlegroup West said its units had repelled four attacks near the town.", "RU"),
    ],
)  # fmt: skip
def test_a_group_of_forces_speaks_for_its_army(text, side):
    (c,) = extract_claims(text, [])
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "source", "outlet_city"),
    [
        ("The Kyiv Post reported that air defense units had shot down two missiles over "
         "the outskirts of Odesa.", "the Kyiv Post", "Kyiv"),
        ("Russian shelling killed two people in Kherson, the Kharkiv Times reported, citing "
         "police.", "the Kharkiv Times", "Kharkiv"),
        ("A drone hit a fuel depot near Kursk, The Moscow Times reported.",
         "The Moscow Times", "Moscow"),
        ("Officials told the Jerusalem Post that 14 rockets were fired at Haifa.",
         "officials", "Jerusalem"),
    ],
)  # fmt: skip
def test_a_city_in_an_outlets_name_is_no_place_and_no_side(gazetteer, text, source,
                                                           outlet_city):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer)
    (c,) = a.claims
    assert c.source.lower() == source.lower()
    places = [a.toponyms[i].text for i in c.toponyms]
    assert outlet_city not in places
    assert places  # the place the claim is about stays
    if source != "officials":
        assert c.side == "independent"


def test_the_kyiv_independent_and_the_kyiv_post_are_both_outlets():
    text = (
        "The Kyiv Independent reported that 3 people were wounded in the strike. The Kyiv "
        "Post reported that 2 missiles were shot down."
    )
    assert [c.side for c in extract_claims(text, [])] == ["independent", "independent"]


@pytest.mark.parametrize(
    "caveat",
    [
        "Reuters could not independently verify any of the accounts.",
        "The claims could not be independently verified by CNN.",
        "None of the reports could be independently verified.",
        "CNN could not independently verify the battlefield claims.",
        "The AP was unable to verify their statements.",
    ],
)
def test_one_caveat_reaches_every_account_it_covers(caveat):
    text = (
        "Governor Ivan Fedorov said 3 people were wounded in Zaporizhzhia on Monday.\n\n"
        "Russia's Defence Ministry said its forces had taken the village of Malynivka. "
        "Ukraine's military said its troops had repelled 14 assaults near the village.\n\n"
        "The General Staff said Russian units had lost 40 soldiers. " + caveat + "\n\n"
        "Ukraine's air force said it had shot down 20 drones overnight."
    )
    statuses = [c.status for c in extract_claims(text, [])]
    # The caveat covers its paragraph and the one before: the claim two paragraphs back
    # and the one after the caveat keep their status.
    assert statuses == ["asserted", "unverified", "unverified", "unverified", "asserted"]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The RSF has repeatedly denied targeting civilians.", "The RSF"),
        ("Moscow denies targeting civilians and says it strikes only military targets.",
         "Moscow"),
        ("The Israeli military denied targeting medical workers.", "The Israeli military"),
        ("Rwanda's government has long denied backing the rebels.", "Rwanda's government"),
    ],
)  # fmt: skip
def test_a_standing_denial_is_the_deniers_own_claim(text, denier):
    c = extract_claims(text, [])[0]
    assert c.source is not None and c.source.lower() == denier.lower()
    assert (c.kind, c.status) == ("attributed", "denied")


def test_a_fresh_denial_of_a_particular_act_is_the_deniers_claim():
    # (was: kept its unknown accuser, source null; the denier is named, so it is theirs)
    (c,) = extract_claims("Israel denied that its aircraft had struck a hospital.", [])
    assert (c.source, c.status, c.status_cue) == ("Israel", "denied", "Israel denied")


def test_an_army_aligned_government_answers_the_accusation_of_the_army():
    text = (
        "The RSF accused the army of killing 17 civilians in drone strikes on the town. "
        "The army-aligned government denied targeting civilians and said the strikes had "
        "hit weapons depots. Neither side's claims could be independently verified."
    )
    accusation, answer = extract_claims(text, [])
    assert accusation.status == "denied"
    assert answer.responds_to == 0
    assert answer.status == "unverified"


def test_neither_sides_claims_reach_a_party_without_a_country(gazetteer):
    import geo

    text = (
        "PORT SUDAN, Sudan (AP) — Sudan's army said it had recaptured the town of Bara, but "
        "the RSF said its fighters "
        "still held the market. The RSF accused the army of killing 17 civilians in the "
        "town. The army-aligned government denied targeting civilians and said the strikes "
        "had hit depots. Neither side's claims could be independently verified."
    )
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert (claims[1].party, claims[1].status) == ("Rapid Support Forces", "unverified")
    assert claims[3].side == "SD"


@pytest.mark.parametrize(
    ("blame", "denial"),
    [
        ("The military said Hezbollah was responsible for the launch.",
         "Hezbollah denied any involvement in the rocket fire."),
        ("The army said RSF drones had hit the power station.",
         "The RSF denied responsibility for the attack."),
        ("Kyiv said Russian forces had blown up the dam.",
         "Moscow denied any role in the blast."),
        ("Officials said Hamas gunmen had fired on the convoy.",
         "Hamas denied it was behind the shooting."),
    ],
)  # fmt: skip
def test_a_denial_of_involvement_answers_the_claim_that_blames_the_denier(
    gazetteer, blame, denial
):
    import geo

    text = f"{blame} It said it had struck 12 launchers near the border. {denial}"
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[0].status == "denied"  # the claim blaming the denier
    assert claims[1].status == "asserted"  # not the claim just before it


@pytest.mark.parametrize(
    "denial",
    [
        "Hezbollah denied any involvement in the rocket fire, saying it remained committed "
        "to the ceasefire.",
        "Hezbollah denied any involvement in the rocket fire.",
    ],
)
def test_a_denial_of_involvement_blamed_on_no_one_denies_nothing(denial):
    text = "The Israeli military said it had intercepted rockets fired from Lebanon. " + denial
    first, second = extract_claims(text, [])
    assert first.status == "asserted"  # the rockets were fired, whoever fired them
    assert second.source == "Hezbollah"
    assert second.status == ("asserted" if "saying" in denial else "denied")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces continued limited attacks near Lyman on November 14 but did not "
        "advance.",
        "Ukrainian forces counterattacked near Kupiansk on November 14.",
        "Russian troops conducted assaults near Siversk on November 13.",
        "Russian forces resumed offensive operations near Pokrovsk on November 12.",
    ],
)
def test_an_analysts_daily_account_is_its_own_reporting(gazetteer, sentence):
    import geo

    (c,) = geo.analyze(sentence, gazetteer=gazetteer).claims
    assert (c.source, c.kind, c.side) == (None, "reported", "independent")


def test_a_continued_state_is_no_action():
    assert extract_claims("The troops continued to wait for orders in the barracks.", []) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A geolocated video shows a burnt-out Russian tank at 47.58, 35.62, about 2 km "
         "north of the village, the open-source project DeepState said.", "DeepState"),
        ("Satellite images show new trenches near the town, the Institute for the Study of "
         "War said.", "Institute for the Study of War"),
        ("Footage shows soldiers raising a flag over the school, the monitoring group "
         "DeepState said on Monday.", "DeepState"),
    ],
)  # fmt: skip
def test_evidence_before_a_closing_speaker_is_the_speakers_account(text, speaker):
    (c,) = extract_claims(text, [])
    assert speaker in c.source
    assert c.side == "independent"


@pytest.mark.parametrize(
    "denial",
    [
        "The Israeli military denied responsibility for a separate blast at a water point.",
        "The Israeli military denied any involvement in another strike on a school.",
    ],
)
def test_a_denial_of_involvement_in_another_event_answers_nothing(denial):
    text = (
        "An Israeli air strike on a house killed 11 people, the health ministry said. "
        + denial
    )
    assert extract_claims(text, [])[0].status == "asserted"


def test_footage_of_the_other_sides_forces_confirms_nothing(gazetteer):
    import geo

    text = (
        "Russian forces conducted offensive operations near Kupiansk on December 3. "
        "Geolocated footage published on December 2 indicates that Ukrainian forces "
        "recently advanced in northern Kupiansk."
    )
    first, footage = geo.analyze(text, gazetteer=gazetteer).claims
    assert footage.side == "independent"
    assert first.status == "asserted"
    same = text.replace("that Ukrainian forces", "that Russian forces")
    first, _ = geo.analyze(same, gazetteer=gazetteer).claims
    assert first.status == "confirmed"  # the same side's advance, on video


def test_according_to_him_keeps_the_side_of_a_long_first_mention():
    text = (
        "Spokesperson for the Tavria Operational-Strategic Group of Troops Dmytro Lykhovii "
        "said the enemy had lost 37 servicemen. According to him, the Russian command is "
        "trying to reach the river before the winter."
    )
    first, second = extract_claims(text, [])
    assert first.side == second.side == "UA"


@pytest.mark.parametrize(
    "speaker",
    [
        "The junta-controlled state broadcaster RTB",
        "The army-run television channel RTB",
    ],
)
def test_a_body_described_before_its_name_speaks_for_the_articles_country(gazetteer, speaker):
    import geo

    text = (
        "DAKAR, Senegal (AP) — Extremists killed 50 soldiers in an attack on a base in "
        f"northern Burkina Faso near Djibo, officials said. {speaker} said the army had "
        "neutralized dozens of terrorists near Djibo."
    )
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[-1].side == "BF"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Chief Justice David Maraga has denied claims by Interior Secretary Fred Matiangi "
         "that judges were shielding criminals.", "Interior Secretary Fred Matiangi"),
        ("Kyiv denied claims made by the Russian Defence Ministry that its troops had left "
         "Kupiansk.", "Russian Defence Ministry"),
    ],
)  # fmt: skip
def test_a_denial_of_claims_by_someone_names_the_claimant(text, claimant):
    (c,) = extract_claims(text, [])
    assert (c.source, c.status) == (claimant, "denied")


@pytest.mark.parametrize(
    "caveat",
    [
        "ISW has not observed confirmation of this claim.",
        "ISW has not observed confirmation of either claim.",
    ],
)
def test_a_caveat_with_a_cue_verb_inside_is_no_claim(caveat):
    text = "A Russian milblogger claimed that Russian forces seized the station. " + caveat
    (c,) = extract_claims(text, [])
    assert (c.source, c.status) == ("a Russian milblogger", "unverified")


@pytest.mark.parametrize(
    ("first", "status"),
    [
        ("Ukrainian forces maintain positions in northern Pokrovsk", "asserted"),
        ("Ukrainian troops still hold the railway station", "asserted"),
        ("Ukrainian forces had recaptured central Pokrovsk", "disputed"),
    ],
)
def test_fighting_continues_does_not_dispute_a_claim_that_the_place_is_held(first, status):
    text = (
        f"Ukraine's Khortytsia group said {first}. A Russian milblogger claimed that "
        "fighting continues in central Pokrovsk."
    )
    assert extract_claims(text, [])[0].status == status


def test_a_units_owner_before_its_name_gives_the_side():
    text = (
        "The Sudanese Armed Forces' 6th Infantry Division said in a statement that its "
        "troops had recaptured positions on the eastern edge of the city."
    )
    (c,) = extract_claims(text, [])
    assert (c.side, c.party) == ("SD", "Sudan")


def test_sources_and_a_spokesperson_after_them_are_two_claims():
    text = (
        "The Russian MoD claimed on March 8 that Russian forces seized Prymorske, but "
        "Ukrainian sources reported that Ukrainian forces counterattacked and pushed Russian "
        "forces out of the settlement. Ukrainian Tavria Group of Forces Spokesperson Colonel "
        "Viktor Trehubov stated that Russian forces conducted 29 assaults on March 7 and 8."
    )
    mod, sources, trehubov = extract_claims(text, [])
    assert mod.status == "disputed"  # "pushed Russian forces out of the settlement"
    assert sources.source == "Ukrainian sources"
    assert trehubov.source == "Viktor Trehubov"


@pytest.mark.parametrize(
    "text",
    [
        "The Odesa-based outlet Dumskaya published photos showing a fire on the upper floors "
        "of the building.",
        "The ministry published a statement saying 40 soldiers were killed near the base.",
    ],
)
def test_published_is_a_cue(text):
    (c,) = extract_claims(text, [])
    assert c.cue == "published"


def test_its_spokesman_speaks_for_the_group_that_spoke_last(gazetteer):
    import geo

    text = (
        "Russia's Defence Ministry said its troops had captured Kupiansk. Ukraine's "
        "Khortytsya group of forces said the claim was false and that its troops still held "
        "the north of the town. Its spokesman said Russian units had suffered heavy losses."
    )
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.side for c in claims] == ["RU", "UA", "UA"]


def test_a_caveat_over_the_reports_covers_an_outlets_report():
    text = (
        "The Kyiv Independent, citing a soldier in the town, reported that about 60 Russian "
        "soldiers had infiltrated the centre. Reuters could not immediately verify the "
        "reports."
    )
    (c,) = extract_claims(text, [])
    assert c.status == "unverified"


@pytest.mark.parametrize(
    "reaction",
    [
        "The Defense Ministry dismissed the claim as fake.",
        "The ministry dismissed these reports as fabrications.",
    ],
)
def test_dismissing_a_claim_as_fake_denies_it(reaction):
    text = "Ukraine's military said its forces had recaptured positions near the town. " + reaction
    assert extract_claims(text, [])[0].status == "denied"


def test_a_security_source_in_copy_from_a_neighbour_speaks_for_the_articles_country(
    gazetteer,
):
    import geo

    text = (
        "ABIDJAN, Sept 23 (Reuters) - Burkina Faso's army said it had killed 100 militants "
        "near Diapaga in eastern Burkina Faso. A security source said the army had received "
        "reinforcements from Fada N'Gourma."
    )
    assert geo.analyze(text, gazetteer=gazetteer).claims[-1].side == "BF"


def test_a_denial_of_involvement_answers_a_later_claim_blaming_the_denier():
    text = (
        "Hezbollah on Friday denied involvement in a drone attack on a military post. The "
        "Israeli military said on Thursday that Hezbollah had launched two drones at the "
        "post. It said it struck a Hezbollah launch site in response."
    )
    _, blame, strike = extract_claims(text, [])
    assert blame.status == "denied"
    assert strike.status == "asserted"  # Hezbollah only as what was struck


def test_a_denial_blaming_others_is_also_a_claim():
    text = (
        "Activists said RSF fighters killed 35 people in the camp. The RSF denied "
        "responsibility for the attack, blaming army-allied militias."
    )
    accusation, answer = extract_claims(text, [])
    assert accusation.status == "denied"
    assert (answer.source, answer.responds_to) == ("the RSF", 0)


def test_an_attempt_that_was_repelled_disputes_the_claim():
    text = (
        "Russian Telegram channels claimed that Russian troops had landed on the island. A "
        "Ukrainian military spokesperson said that the landing attempt had been repelled."
    )
    assert extract_claims(text, [])[0].status == "disputed"


@pytest.mark.parametrize(
    ("speaker", "side"),
    [
        ("The Telegram channel Grey Zone, which is linked to Russian paramilitaries,", "RU"),
        ("The channel, which is close to the Israeli military,", "IL"),
        ("An open-source analyst who tracks attacks on Russian energy sites", "independent"),
    ],
)
def test_a_relative_clause_of_affiliation_gives_the_side(speaker, side):
    (c,) = extract_claims(f"{speaker} said fighters had taken part in the operation.", [])
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Per the regional governor, Ivan Fedorov, a Russian strike on the city injured three "
         "people.", "Ivan Fedorov"),
        ("A Russian strike injured 3 people in the city, per Governor Oleh Syniehubov.",
         "Oleh Syniehubov"),
    ],
)  # fmt: skip
def test_per_names_a_speaker(text, source):
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == (source, "per")


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets dropped up to 20 bombs per day on the town, the governor said.",
        "Per capita, the region lost more homes than any other, the governor said.",
    ],
)
def test_per_as_a_rate_is_no_speaker(text):
    (c,) = extract_claims(text, [])
    assert c.source == "the governor"


def test_no_comment_from_a_party():
    text = "Moscow claims it has captured the village. There has been no comment from Kyiv."
    (c,) = extract_claims(text, [])
    assert c.status == "unverified"


def test_a_caveat_over_the_tolls_reaches_every_toll(gazetteer):
    import geo

    text = (
        "Niger's military regime said its forces had neutralised 45 jihadists and lost 10 "
        "soldiers. The Islamic State group claimed to have killed 21 soldiers in the same "
        "area. AFP was unable to independently verify the tolls."
    )
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.status for c in claims] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    "text",
    [
        '"We are holding the line," a Ukrainian commander with the call sign "Rusyn" told the '
        "BBC near the town. He said Russian troops were attacking on motorcycles.",
        'A Ukrainian commander with the call sign "Rusyn" told the BBC that they were holding '
        "the line. He said Russian troops were attacking on motorcycles.",
    ],
)
def test_a_quoted_call_sign_leaves_the_speaker_who_has_it(text):
    first, second = extract_claims(text, [])
    assert first.source == "a Ukrainian commander"
    assert first.side == second.side == "UA"


def test_the_figures_of_two_parties_are_both_unverified_but_one_partys_only_the_last(
    gazetteer,
):
    import geo

    two = (
        "KYIV, Oct 30 (Reuters) - Russian forces lost 320 soldiers near Lyman, according to "
        "Ukraine's Khortytsia group of forces. The Russian defence ministry said it had "
        "repelled eight Ukrainian counter-attacks in the area. Reuters could not "
        "independently verify the figures."
    )
    assert [c.status for c in geo.analyze(two, gazetteer=gazetteer).claims] == [
        "unverified",
        "unverified",
    ]
    one = (
        "KYIV, Dec 3 (Reuters) - Russia launched 90 missiles at Ukraine overnight, Ukrainian "
        "officials said. Ukraine's air force said it had shot down 81 missiles. Reuters "
        "could not independently verify the figures."
    )
    assert [c.status for c in geo.analyze(one, gazetteer=gazetteer).claims] == [
        "asserted",
        "unverified",
    ]


def test_a_negative_longitude_is_part_of_a_position():
    assert counts("Satellite images show 4 burned buildings at the post, at 14.10, -1.63.") == [
        "4"
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Two security sources told Reuters that 40 soldiers were killed.", [40]),
        ("One source said the assailants had arrived on around 100 motorbikes.", [100]),
    ],
)
def test_a_number_in_the_speakers_phrase_is_no_quantity_of_the_claim(text, values):
    (c,) = extract_claims(text, [])
    assert [q.value for q in c.quantities] == values


def test_refuting_claims_by_the_kiev_regime_names_the_claimant():
    text = (
        "The Russian Defense Ministry has refuted claims by the Kiev regime that Ukrainian "
        'troops had broken through near Kupyansk, calling them "an information provocation."'
    )
    (c,) = extract_claims(text, [])
    assert (c.source, c.status) == ("Kiev regime", "denied")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Dnepr battlegroup said its artillery had destroyed a Ukrainian mortar position "
         "on the right bank.", "RU"),
        ("Ukrainian forces have withdrawn from the city, a spokesperson for the Luhansk "
         "operational-tactical group told Ukrainska Pravda.", "UA"),
        ("The DeepState monitoring project said on 21.02 that Russian forces now control the "
         "entire city.", "independent"),
    ],
)  # fmt: skip
def test_a_battlegroup_or_project_named_before_its_head_noun_speaks(text, side):
    (c,) = extract_claims(text, [])
    assert c.side == side
    assert [q.value for q in c.quantities] == []
