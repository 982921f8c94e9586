"""Claims round 25: kinds found in the held-out articles 440-453 (retractions inside
the claim's own sentence, corrections, "hit twice", numbers in words joined by "and",
"staged", descriptions after "according to", quotations carried over paragraphs,
confirmations of one's own act, interceptions, group names, relative clauses) and the
round's leftovers.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2027, 5, 3)).claims


def holding(found, words):
    return next(c for c in found if words in c.text)


@pytest.mark.parametrize(
    ("text", "withdrawn"),
    [
        (
            "The army had earlier said the strike targeted a weapons depot, but later "
            "withdrew the claim without explanation.",
            "targeted a weapons depot",
        ),
        (
            "Russia's Defence Ministry said its troops had entered Kurakhove, but then "
            "retracted the statement hours later.",
            "entered Kurakhove",
        ),
        (
            "The Houthis said they had sunk a cargo ship, and later withdrew the claim.",
            "sunk a cargo ship",
        ),
    ],
)
def test_a_claim_withdrawn_in_its_own_sentence_is_disputed(gazetteer, text, withdrawn):
    assert holding(claims(gazetteer, text), withdrawn).status == "disputed"


@pytest.mark.parametrize(
    ("text", "first", "instead"),
    [
        (
            "A Russian milblogger claimed that Russian forces had crossed the Oskil River, but "
            "later corrected his earlier statement and said that only scouts had reached "
            "the west bank.",
            "crossed the Oskil River",
            "only scouts had reached",
        ),
        (
            "The governor said a missile hit the port, but later corrected his statement, "
            "saying debris from a downed drone had fallen there.",
            "a missile hit the port",
            "debris from a downed drone",
        ),
    ],
)
def test_what_a_speaker_said_instead_is_a_claim_of_its_own(gazetteer, text, first, instead):
    found = claims(gazetteer, text)
    withdrawn, standing = holding(found, first), holding(found, instead)
    assert withdrawn is not standing
    assert withdrawn.status == "disputed"
    assert standing.status != "disputed"
    assert standing.source == withdrawn.source


@pytest.mark.parametrize(
    ("text", "standing", "old", "value"),
    [
        (
            "Niger's defence ministry said 17 soldiers were killed in the attack, correcting "
            "its earlier statement, which had put the toll at 10.",
            "17 soldiers were killed",
            "put the toll at 10",
            10,
        ),
        (
            "Mali's army said 31 civilians died in the ambush, revising its earlier figure "
            "of 12 dead.",
            "31 civilians died",
            "figure of 12 dead",
            12,
        ),
    ],
)
def test_a_correction_after_the_claim_is_cut_off_and_disputed(
    gazetteer, text, standing, old, value
):
    found = claims(gazetteer, text)
    new, corrected = holding(found, standing), holding(found, old)
    assert new is not corrected
    assert corrected.status == "disputed" and new.status == "asserted"
    assert [q.value for q in corrected.quantities] == [value]
    assert value not in [q.value for q in new.quantities]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The governor said the school was hit twice by rockets.", [2]),
        ("Residents said drones struck the market twice on Sunday.", [2]),
        ("Medics said the clinic was shelled twice in one week, wounding 4.", [2, 1, 4]),
        ("Officials said the bridge was hit and prices rose twice as fast.", []),
    ],
)
def test_twice_after_a_hit_counts_two(gazetteer, text, values):
    assert [q.value for q in claims(gazetteer, text)[0].quantities] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("killing between forty and fifty insurgents", [40, 50]),
        ("between thirty and forty-five soldiers", [30, 45]),
        ("two hundred and fifty people", [250]),
        ("a thousand and twelve men", [1012]),
    ],
)
def test_number_words_joined_by_and_are_one_number_only_after_a_scale(text, values):
    from geo.text.numbers import find_quantities

    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "answered", "status"),
    [
        (
            "Governor Vyacheslav Gladkov said a Ukrainian drone struck a bus in Belgorod.\n\n"
            "Ukraine's Centre for Countering Disinformation said the footage was staged.",
            "struck a bus",
            "disputed",
        ),
        (
            "KYIV (Reuters) - Regional governor Ivan Fedorov said a Russian missile killed four "
            "people in Zaporizhzhia. The Kremlin said the photos of the ruins were staged.",
            "killed four people",
            "disputed",
        ),
        (
            "Russia's Defence Ministry said its drones hit a Ukrainian depot near Kupiansk. "
            "Ukraine's General Staff said the strike was staged by Russian propagandists.",
            "hit a Ukrainian depot",
            "denied",
        ),
    ],
)
def test_staged_answers_the_other_sides_claim(gazetteer, text, answered, status):
    found = claims(gazetteer, text)
    assert holding(found, answered).status == status
    assert holding(found, "staged").status == "asserted"


def test_staged_answers_no_claim_of_the_speakers_own_side(gazetteer):
    text = (
        "Russia's Defence Ministry said its troops repelled an attack near Kupiansk. "
        "A Russian military blogger said Ukrainian videos of the battle were staged."
    )
    assert holding(claims(gazetteer, text), "repelled an attack").status == "asserted"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "KYIV (Reuters) - Ukrainian troops repelled an assault near Huliaipole, according "
            "to Vladyslav Voloshyn, spokesman for Ukraine's Southern Defence Forces.",
            "UA",
        ),
        (
            "KYIV (Reuters) - Troops repelled an assault near Huliaipole, according to "
            "Vladyslav Voloshyn, a spokesman for the Southern Defence Forces.",
            "UA",
        ),
        (
            "Russian troops took a village near Pokrovsk, according to Ivan Petrov, a "
            "spokesman for Russia's Center group of forces.",
            "RU",
        ),
    ],
)
def test_a_description_after_according_to_at_the_end_gives_the_side(gazetteer, text, side):
    assert claims(gazetteer, text)[0].side == side


@pytest.mark.parametrize(
    ("text", "later", "side"),
    [
        (
            "KYIV (Reuters) - Troops repelled an assault, according to Vladyslav Voloshyn, "
            "spokesman for Ukraine's Southern Defence Forces. The spokesman said Russian "
            "forces shelled Huliaipole 40 times.",
            "shelled Huliaipole",
            "UA",
        ),
        (
            "Troops pushed into the village, according to Ivan Petrov, a spokesman for "
            "Russia's Center group of forces. The spokesman added that 30 soldiers "
            "surrendered.",
            "30 soldiers surrendered",
            "RU",
        ),
    ],
)
def test_the_role_named_again_keeps_the_described_persons_side(gazetteer, text, later, side):
    assert holding(claims(gazetteer, text), later).side == side


@pytest.mark.parametrize(
    ("text", "carried", "source"),
    [
        (
            'Voloshyn told Ukrainian television: "The enemy tried to break through at dawn. '
            "Our drones met them.\n\n"
            '"They lost most of their vehicles, and the survivors retreated on foot."\n\n'
            "The army said it held the line.",
            "survivors retreated",
            "Voloshyn",
        ),
        (
            'The mayor, Ivan Fedorov, said: "Two missiles hit the school. Nobody was inside.'
            '\n\n"The gym was destroyed and three houses nearby burned."',
            "gym was destroyed",
            "Ivan Fedorov",
        ),
    ],
)
def test_a_quotation_carried_into_the_next_paragraph_is_its_speakers(
    gazetteer, text, carried, source
):
    assert holding(claims(gazetteer, text), carried).source == source


def test_a_paragraph_with_its_own_speaker_is_not_joined(gazetteer):
    text = 'The general said: "We hold the line.\n\n"The enemy lost 40 tanks," Syrskyi added.'
    found = claims(gazetteer, text)
    assert holding(found, "hold the line") is not holding(found, "lost 40 tanks")


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab said its fighters had repelled the attack. The U.S. Africa Command "
        "confirmed it had carried out an air strike in the area.",
        "The rebels said they had shot down a helicopter. The army confirmed it had lost "
        "contact with a transport plane.",
    ],
)
def test_confirming_ones_own_act_confirms_no_claim_before(gazetteer, text):
    assert claims(gazetteer, text)[0].status == "asserted"


def test_still_holding_the_surrounding_hills_concedes_the_town(gazetteer):
    text = (
        "M23 rebels captured the town of Masisi, the group's spokesman Lawrence Kanyuka "
        "said. Congolese army spokesman Sylvain Ekenge said soldiers had withdrawn from "
        "the town centre but still held the surrounding hills."
    )
    assert holding(claims(gazetteer, text), "captured the town").status == "confirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Yemen's Houthi movement said it had targeted the U.S. destroyer USS Stockdale in "
        'the Red Sea with six ballistic missiles. "The operation succeeded," spokesman '
        "Yahya Saree said. A U.S. defense official said all the missiles and drones had "
        "been intercepted.",
        "Hezbollah said it targeted a base near Safed with a swarm of attack drones on "
        "Friday. Israel's military said it intercepted the drones and no one was hurt.",
        "The Houthis said they had struck the tanker Sounion with three missiles. A U.S. "
        "official said both missiles and the drone had been intercepted by a French frigate.",
    ],
)
def test_an_interception_answers_an_attack_with_projectiles(gazetteer, text):
    assert claims(gazetteer, text)[0].status == "disputed"


@pytest.mark.parametrize(
    ("text", "said", "source"),
    [
        (
            "A man who identified himself as a commander of the Gran Grif gang said his "
            "fighters had regrouped. He said no gang members had died.",
            "no gang members",
            "a man",
        ),
        (
            "A man who said he led the Ti Makak gang told reporters his men held the road. "
            "He said police had fled.",
            "police had fled",
            "a man",
        ),
    ],
)
def test_a_name_before_a_groups_noun_is_no_person(gazetteer, text, said, source):
    assert holding(claims(gazetteer, text), said).source == source


def test_neither_sides_claims_reaches_the_speakers_earlier_claim(gazetteer):
    text = (
        "Haitian police retook the junction, police spokesman Garry Desrosiers said, adding "
        "that eleven gang members had been killed.\n\n"
        "In a video, a man who identified himself as a commander of the Gran Grif gang said "
        "his fighters had pulled back only to regroup. He said no gang members had died.\n\n"
        "Neither side's claims could be verified."
    )
    found = claims(gazetteer, text)
    assert holding(found, "pulled back only").status == "unverified"
    assert holding(found, "no gang members").status == "unverified"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The junta's information team said the strikes hit rebel positions.",
         "the junta's information team"),
        ("The army's information office said the strikes hit rebel positions.",
         "the army's information office"),
    ],
)  # fmt: skip
def test_a_lower_case_owner_opens_a_bodys_name(gazetteer, text, source):
    assert claims(gazetteer, text)[0].source == source


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        ("The governor, who said that three people were wounded, called for calm.",
         "the governor", 3),
        ("KHARKIV (Reuters) - Oleh Syniehubov, who said a Russian missile hit 2 schools, "
         "urged residents to stay in shelters.", "Oleh Syniehubov", 2),
    ],
)  # fmt: skip
def test_a_relative_clause_speaks_for_the_phrase_opening_the_sentence(
    gazetteer, text, source, value
):
    (claim,) = claims(gazetteer, text)
    assert claim.source == source
    assert [q.value for q in claim.quantities] == [value]


def test_a_relative_clause_of_blame_gives_no_side(gazetteer):
    text = (
        "EL OBEID, Sudan (AP) — Drones struck the power station, said Abdelkhalig "
        "Abdellatif, the governor of North Kordofan, who blamed the Rapid Support Forces."
    )
    (claim,) = claims(gazetteer, text)
    assert claim.side == "SD" and claim.party != "Rapid Support Forces"


@pytest.mark.parametrize(
    "text",
    [
        "A resident said junta aircraft had bombed a monastery, killing 12 civilians. The "
        "junta's information team denied targeting civilians and said the strikes hit rebel "
        "positions.",
        "Villagers said junta jets bombed a school in Sagaing. A junta spokesman denied "
        "attacking civilians.",
    ],
)
def test_the_juntas_denial_answers_a_claim_naming_the_junta(gazetteer, text):
    assert claims(gazetteer, text)[0].status == "denied"


@pytest.mark.parametrize(
    ("text", "first", "second", "side"),
    [
        ("BEIRUT (Reuters) - The Health Ministry put the toll at 14 dead, against the Israeli "
         "army's count of 20 militants killed.", 14, 20, "IL"),
        ("KHARTOUM (Reuters) - Sudan's health ministry said 40 people died in El Fasher, "
         "compared with the RSF's figure of 12 dead.", 40, 12, None),
        ("GAZA (Reuters) - Gaza's health ministry said 31 people were killed, versus the "
         "Israeli military's estimate of 10 militants.", 31, 10, "IL"),
    ],
)  # fmt: skip
def test_a_second_toll_named_by_its_owner_is_the_owners_claim(gazetteer, text, first, second, side):
    found = claims(gazetteer, text)
    assert [[q.value for q in c.quantities] for c in found] == [[first], [second]]
    assert found[1].side == side and found[1].source != found[0].source


def test_a_toll_of_another_time_stays_in_the_claim(gazetteer):
    (claim,) = claims(gazetteer, "The governor said 5 people died, against last week's toll of 3.")
    assert [q.value for q in claim.quantities] == [5, 3]
