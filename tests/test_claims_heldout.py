"""Claims in held-out styles of reporting: who speaks when evidence was checked by
someone else, pronouns after "according to", a person placed in a body ("a source in
the agency"), and words that are no speaker ("Neither claim").

Every text here is written for these tests.
"""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.text.claims import extract_claims


def one(text):
    (c,) = extract_claims(text, [])
    return c


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Satellite images reviewed by Reuters showed fresh craters around the village.",
         "Satellite images"),
        ("But footage verified by BBC Verify shows flames rising from two storage tanks.",
         "footage"),
        ("Commercial satellite images examined by The Washington Post show 30 burned "
         "structures near the base.", "Commercial satellite images"),
        ("Drone footage geolocated by The New York Times shows troops on the bridge.",
         "Drone footage"),
        ("Photos obtained by the Associated Press show a crater beside the school.", "Photos"),
    ],
)  # fmt: skip
def test_evidence_checked_by_an_outlet_speaks_itself(text, source):
    c = one(text)
    assert c.source == source
    assert c.side == "independent"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Footage released by Russian sources shows soldiers in the village.",
         "Russian sources"),
        ("Satellite images analysed by Yale researchers show 200 destroyed homes.",
         "Yale researchers"),
        ("Satellite images analysed by Yale's Humanitarian Research Lab showed 30 burned "
         "structures near the base.", "Humanitarian Research Lab"),
    ],
)  # fmt: skip
def test_evidence_released_or_analysed_by_someone_is_theirs(text, source):
    c = one(text)
    assert c.source == source
    if "Yale" in text:
        assert c.side == "independent"  # researchers, not their university's country


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Satellite imagery from Planet Labs, taken on Wednesday afternoon, shows black "
         "scorch marks around three tanks.", "Satellite imagery from Planet Labs"),
        ("Geolocated footage, published on March 2, shows troops on Tsentralna Street.",
         "Geolocated footage"),
        ("New video, filmed at dawn and shared on Telegram, shows smoke over the depot.",
         "New video"),
    ],
)  # fmt: skip
def test_evidence_parted_from_its_verb_by_a_participle_speaks(text, source):
    assert one(text).source == source


@pytest.mark.parametrize(
    ("first", "pronoun"),
    [
        ("Governor Vyacheslav Gladkov said three people were hurt.", "him"),
        ("Mayor Ihor Terekhov said two buses burned.", "him"),
        ("Governor Anna Petrova said two people were hurt.", "her"),
    ],
)
def test_according_to_a_pronoun_is_the_last_named_person(first, pronoun):
    c = extract_claims(f"{first} According to {pronoun}, five houses were damaged.", [])[-1]
    assert c.source == extract_claims(first, [])[0].source
    assert c.cue == "according to"


@pytest.mark.parametrize(
    "text",
    [
        "Neither claim could be independently verified by Reuters.",
        "Either report may be wrong, officials in Kyiv admit privately.",
        "No report could be confirmed.",
    ],
)
def test_a_quantifier_before_claim_or_report_makes_it_a_noun(text):
    assert all(c.source not in ("Neither", "Either", "No") for c in extract_claims(text, []))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A source in the agency told the BBC that a second wave of drones hit the base.",
         "a source in the agency"),
        ("The head of the agency said five drones were downed.", "the head of the agency"),
        ("A member of a local resistance group told reporters that two jets struck the school.",
         "a member of a local resistance group"),
        ("A spokesperson for the brigade said the attack was repelled.",
         "a spokesperson for the brigade"),
    ],
)  # fmt: skip
def test_a_person_placed_in_a_body_is_the_speaker(text, source):
    assert one(text).source == source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Russian Ministry of Defense claimed that Russian forces seized Dachne. ISW has "
         "not observed any footage of Russian forces in Dachne.", "not observed any footage"),
        ("Russian milbloggers claimed that troops entered Kurakhove. We have found no footage "
         "of fighting in the town.", "found no footage"),
        ("The army said it shot down 12 drones over the port. Analysts have not seen any "
         "imagery of wreckage.", "not seen any imagery"),
    ],
)  # fmt: skip
def test_no_footage_seen_leaves_the_claim_before_unverified(text, cue):
    first = extract_claims(text, [])[0]
    assert first.status == "unverified"
    assert cue in first.status_cue


def test_no_footage_seen_in_an_apposition_qualifies_its_own_sentence():
    c = one("A source in the agency told the BBC that drones hit the naval base, though we "
            "have found no footage of damage there.")  # fmt: skip
    assert c.status == "unverified"


@pytest.mark.parametrize(
    ("text", "unverified"),
    [
        # the answering pair, not the later claims of other speakers
        ("Russia's Defence Ministry said its troops had captured Mala Tokmachka. A spokesman "
         "for Ukraine's forces, Vladyslav Voloshyn, said the attackers had been pushed back. "
         "Governor Ivan Fedorov said a bomb hit a school in the city. Neither side's account "
         "of the fighting could be independently confirmed.",
         ["Russia's Defence Ministry", "Vladyslav Voloshyn"]),
        # no claim answers another: the last two speakers' claims
        ("Sudan's army said it had repelled an assault on El Obeid, while the RSF said it had "
         "seized two army bases. Neither claim could be independently verified by Reuters.",
         ["Sudan's army", "the RSF"]),
        ("The junta said its troops retook the town. The resistance said it still held the "
         "market. Reuters could not verify either account.", ["the junta", "the resistance"]),
    ],
)  # fmt: skip
def test_neither_sides_account_is_about_both_speakers(text, unverified):
    # "disputed" ranks above "unverified": the Russian claim, answered, stays disputed
    got = [c.source for c in extract_claims(text, []) if c.status in ("unverified", "disputed")]
    assert sorted(got) == sorted(unverified)


@pytest.mark.parametrize(
    ("text", "first_words"),
    [
        ('"The enemy is throwing everything it has at this sector. They come in small groups, '
         'and we destroy them," spokesman Vladyslav Voloshyn said.', '"The enemy'),
        ("“An FPV drone struck a car near the village. The driver suffered shrapnel wounds. "
         "His condition is moderate,” the regional head wrote.", "“An FPV drone"),
        ("“We held the line for three days. Then the order came to pull back,” said Olena "
         "Kovalenko, a platoon commander.", "“We held"),
    ],
)  # fmt: skip
def test_a_quotation_of_several_sentences_is_one_claim(text, first_words):
    c = one(text)
    assert c.text.startswith(first_words)
    assert c.source is not None


def test_a_quotation_opened_in_another_paragraph_or_by_another_speaker_stays_apart():
    text = (
        'Officials said "the bridge is closed. Repairs will take weeks."\n\n'
        'Traffic was diverted. "It is a disaster," a resident said.'
    )
    last = extract_claims(text, [])[-1]
    assert last.text.startswith('"It is a disaster')  # opened in its own sentence


@pytest.mark.parametrize(
    ("text", "source", "status"),
    [
        ("Russian Foreign Ministry spokeswoman Maria Zakharova dismissed as fake the Kiev "
         "regime's claims that Russian troops had struck a children's hospital in Sumy.",
         "Kiev regime", "denied"),
        ("The Kremlin dismissed as lies the Ukrainian government's reports that Russian drones "
         "hit a school in Odesa.", "Ukrainian government", "denied"),
        ("Israel dismissed as baseless Hamas's claims that its troops fired on the convoy.",
         "Hamas", "denied"),
    ],
)  # fmt: skip
def test_dismissed_as_fake_is_a_denial_of_whose_claim_it_names(text, source, status):
    c = one(text)
    assert (c.source, c.status) == (source, status)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The regional governor said 14 people were killed. Russia's Defense Ministry made no "
         "mention of the store. In its daily briefing it said its forces had struck a command "
         "post.", "Russia's Defense Ministry"),
        ("Police said two men were arrested. The Israeli army did not give details. It said "
         "troops had come under fire.", "The Israeli army"),
    ],
)  # fmt: skip
def test_it_is_the_organisation_that_was_the_subject_of_the_sentence_before(text, source):
    assert extract_claims(text, [])[-1].source.lower() == source.lower()


def test_it_is_not_the_subject_of_another_paragraph():
    text = (
        "Police said two men were arrested.\n\nThe Israeli army did not give details.\n\n"
        "It said troops had come under fire."
    )
    assert extract_claims(text, [])[-1].source != "the Israeli army"


@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said all 18 drones were shot down over the port. But "
        "footage verified by BBC Verify shows flames rising from two storage tanks.",
        "The Ukrainian army said the bridge was intact. However, satellite images taken on "
        "Friday show two spans in the river.",
    ],
)
def test_evidence_set_against_a_partys_claim_disputes_it(text):
    first, second = extract_claims(text, [])
    assert first.status == "disputed"
    assert second.responds_to == 0


def test_evidence_without_a_contrast_does_not_dispute():
    text = (
        "The Russian defence ministry said 18 drones were shot down over the port. Footage "
        "verified by BBC Verify shows debris on a beach."
    )
    assert extract_claims(text, [])[0].status != "disputed"


def test_a_reaction_naming_the_claim_it_answers_does_not_dispute_the_one_before():
    text = (
        "The Israeli military said it had targeted a Hamas operative in the camp. Medical staff "
        "told reporters that most of the dead were children. Hamas said there were no fighters "
        "in the camp and called the Israeli account a lie."
    )
    israeli, staff, _ = extract_claims(text, [])
    assert israeli.status == "denied"  # "called the Israeli account a lie": a denial
    assert staff.status == "asserted"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Villagers said jets struck the school. The junta's spokesman, Zaw Min Tun, denied that "
         "the air force had targeted civilians, telling state television that the strikes hit a "
         "training camp.", "training camp"),
        ("Residents said shells hit the market. The Russian army denied the report, telling TASS "
         "that its guns had fired only at military targets.", "military targets"),
    ],
)  # fmt: skip
def test_telling_someone_that_is_what_the_denier_says(text, said):
    last = extract_claims(text, [])[-1]
    assert said in last.text
    assert last.source is not None and "Villagers" not in last.source


@pytest.mark.parametrize(
    ("text", "unverified"),
    [
        ("The junta said its forces had killed more than 50 fighters. The rebels said they lost "
         "two men in 3 clashes. The junta's figures for the fighters it says were killed could "
         "not be independently confirmed.", "the junta"),
        ("The ministry said 40 drones were downed. Residents said 2 houses burned. The "
         "ministry's count could not be verified.", "the ministry"),
    ],
)  # fmt: skip
def test_a_figure_whose_owner_is_named_is_about_the_owners_claim(text, unverified):
    got = extract_claims(text, [])
    assert [c.source for c in got if c.status == "unverified"] == [unverified]
    assert all(c.source is not None for c in got)  # "it says were killed" is no speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Israeli army struck sites it said were used by Hamas in Rafah.", "the Israeli army"),
        ("Russian forces shelled depots they say were used by Ukrainian units.",
         "Russian forces"),
    ],
)  # fmt: skip
def test_a_relative_clause_of_the_sentences_own_subject_still_speaks(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


@pytest.mark.parametrize(
    "text",
    [
        "The paramilitary Rapid Support Forces said they had taken Bara. A Sudanese military "
        "source said troops had withdrawn from Bara to regroup.",
        "M23 rebels said they had captured Rubaya. A Congolese army officer said his unit had "
        "pulled back from the town.",
    ],
)
def test_a_states_forces_conceding_to_an_armed_group_confirm_its_claim(text):
    assert extract_claims(text, [])[0].status == "confirmed"


@pytest.mark.parametrize(
    "answer",
    [
        "A Congolese army spokesman said government troops had repelled the rebels from the town.",
        "The Ukrainian army said its units had driven the attackers back from the village.",
    ],
)
def test_repelled_from_the_town_disputes_a_claim_to_hold_it(answer):
    text = f'"The town is under our control," a Russian spokesman said. {answer}'
    assert extract_claims(text, [])[0].status == "disputed"


@pytest.mark.parametrize(
    "reaction",
    ["The BBC has not been able to verify this.", "Reuters was unable to confirm it."],
)
def test_not_able_to_verify_this_is_about_the_claim_before(reaction):
    text = f"The Kachin Independence Army said a jet bombed a school near Mogaung. {reaction}"
    assert extract_claims(text, [])[0].status == "unverified"


def test_an_aid_worker_in_a_city_is_the_speaker():
    c = one("An aid worker in Mandalay, who asked not to be named, told the BBC that rescue "
            "teams had been stopped at checkpoints.")  # fmt: skip
    assert c.source == "an aid worker in Mandalay"


@pytest.mark.parametrize(
    "text",
    ["No group claimed responsibility.", "No one has admitted carrying out the attack.",
     "Neither McBeth nor Cipolli has publicly addressed the complaints."],
)  # fmt: skip
def test_nobody_is_no_speaker(text):
    assert all(c.source is None for c in extract_claims(text, []))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A displaced woman who fled to Tawila told the AP by phone that fighters went from "
         "house to house.", "a displaced woman"),
        ("A farmer who lives near Pokrovsk told Reuters that drones hunt cars on the road.",
         "a farmer"),
    ],
)  # fmt: skip
def test_a_place_in_a_relative_clause_is_not_the_speaker(text, source):
    assert one(text).source.lower() == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Russian-installed head of the occupied part of the oblast, Vladimir Saldo, "
         "claimed that Ukrainian forces had shelled Oleshky.", "Vladimir Saldo"),
        ("The deputy head of the military administration of the city, Serhii Popko, said 12 "
         "drones were downed.", "Serhii Popko"),
    ],
)  # fmt: skip
def test_a_name_after_a_long_description_opening_the_sentence_speaks(text, source):
    assert one(text).source == source


@pytest.mark.parametrize("reaction", ["His claims could not be independently verified.",
                                      "Her account could not be confirmed.",
                                      "Their figures could not be verified."])  # fmt: skip
def test_a_reaction_opening_with_a_possessive_refers_back(reaction):
    got = extract_claims(f"Governor Vladimir Saldo said troops shelled Oleshky. {reaction}", [])
    assert len(got) == 1 and got[0].status == "unverified"


_BODY_TEXT = st.lists(
    st.sampled_from(
        ["Sudan's", "army", "Sudanese", "military", "government", "the", "Myanmar's", "junta",
         "Russian", "armed forces", "Army", "navy", "national", "Ukraine", "group of forces",
         "forces", " ", "\n", ",", "x", "Armed Forces", "ruling"]
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_BODY_TEXT)
@example("Sudan's Armed Forces Armed Forces Armed Forces Armed Forces Armed Forces")
def test_tied_bodies_found_from_their_words_match_the_plain_pattern(text):
    from geo.text.claims.allegiance import _TIED_BODY, _tied_bodies

    assert [m.span() for m in _tied_bodies(text)] == [m.span() for m in _TIED_BODY.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Defence Ministry said its forces had taken full control of Vuhledar. "
        "Ukraine's army said fighting was still going on in the town. A Ukrainian military "
        'spokesman, Nazar Voloshyn, said Russian claims of capturing Kupiansk were "a lie".',
        "Ukraine's General Staff said Russian troops attacked near Lyman 14 times. A Ukrainian "
        "army spokesman, Viktor Trehubov, said Moscow's claims of taking Siversk were false.",
        "Ukraine's navy said it had sunk a Russian landing ship near Feodosia. A Ukrainian "
        "navy spokesman, Dmytro Pletenchuk, called Russian reports of a strike on Odesa port "
        "a fabrication.",
    ],
)
@pytest.mark.gazetteer
def test_a_spokesperson_answering_another_sides_claims_is_no_part_of_the_announcement(text):
    from geo import analyze

    cs = analyze(text).claims
    spokesman = cs[-1]
    assert spokesman.text.startswith("A Ukrainian")
    assert cs[-2].source is not None and cs[-2].source != spokesman.source
