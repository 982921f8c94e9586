"""Session 26's claims kinds, from the held-out articles 490-499 and the leftovers.

A bare denial of the denier's soldiers' presence is its own claim; "its fighters" answer
the claim naming the denier's fighters; the Russian war bloggers and an EU mission have
their sides; "between one and two hundred" counts 100 and 200; a confirmation of part of
a claim confirms none of it; "It said, without providing evidence, that ..." is the
pronoun speaker's own caveat; "the battlefield reports of either side" reach a military's
tallies; a figure put 'at "no fewer than sixty"'; "Emergency Response Rooms" is no person;
a party's confirmation with a reserve, or a negated one, still disputes.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analyze(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


@pytest.mark.parametrize(
    "denial",
    [
        "Russia denied that its soldiers were in Ukraine.",
        "Moscow has denied that its troops are in Ukraine.",
    ],
)
def test_a_denial_of_the_deniers_forces_in_a_country_is_its_own_claim(gazetteer, denial):
    text = (
        "Ukraine's military said Russian artillery shelled Kupiansk overnight, killing two "
        f"people. {denial}"
    )
    first, own = analyze(gazetteer, text)
    assert first.status == "asserted"
    assert own.status == "denied"
    assert own.side == "RU"


def test_a_denial_of_presence_still_answers_a_claim_of_crossing_troops(gazetteer):
    text = (
        "NATO said 1,000 Russian troops had crossed into Ukraine. "
        "Russia denied that its soldiers were in Ukraine."
    )
    (claim,) = analyze(gazetteer, text)
    assert claim.status in ("denied", "disputed")


def test_its_fighters_answer_the_claim_that_names_the_deniers_fighters(gazetteer):
    text = (
        'The Israeli military said it had struck "Hamas terrorists operating inside a command '
        'and control center" in the compound. It said, without providing evidence, that the '
        "militants had used the school to plan attacks.\n\n"
        "Hamas denied that its fighters were present at the school."
    )
    struck, used = analyze(gazetteer, text)
    assert struck.status in ("denied", "disputed")
    assert used.status == "unverified"


@pytest.mark.parametrize(
    "opening",
    [
        "It said, without providing evidence, that",
        "It said without providing evidence that",
        "It also said, without offering evidence, that",
    ],
)
def test_a_pronoun_speakers_own_caveat_is_its_claims(gazetteer, opening):
    text = (
        "The Israeli military said it had struck Hamas militants in a compound. "
        f"{opening} the militants had used the school to plan attacks."
    )
    first, second = analyze(gazetteer, text)
    assert first.status == "asserted"
    assert second.status == "unverified"
    assert second.source == "the Israeli military"


@pytest.mark.parametrize(
    ("speaker", "side"),
    [
        ("Pro-war bloggers", "RU"),
        ("Prominent milbloggers", "RU"),
        ("Milbloggers", "RU"),
        ("Russian pro-war bloggers", "RU"),
        ("Ukrainian milbloggers", "UA"),
    ],
)
def test_war_bloggers_speak_for_russia_unless_a_country_says_otherwise(
    gazetteer, speaker, side
):
    text = f"{speaker} claimed that forces had advanced north of Petropavlivka."
    (claim,) = analyze(gazetteer, text)
    assert claim.side == side


@pytest.mark.parametrize(
    "mission",
    [
        "The EU mission",
        "The EU Advisory Mission in Ukraine",
        "The European Union Monitoring Mission",
        "EUAM Ukraine",
    ],
)
def test_an_eu_mission_is_independent_not_its_hosts(gazetteer, mission):
    text = f"{mission} said its monitors had seen no Russian units in the town of Vovchansk."
    (claim,) = analyze(gazetteer, text)
    assert claim.side == "independent"


@pytest.mark.parametrize(
    ("phrase", "values"),
    [
        ("Between one and two hundred people were killed", [100, 200]),
        ("Between one and two dozen drones were launched", [12, 24]),
        ("One to two thousand people fled", [1000, 2000]),
        ("Between two and three dozen soldiers surrendered", [24, 36]),
    ],
)
def test_a_range_opened_by_one_takes_the_scale_of_its_second_number(phrase, values):
    from geo.text.numbers import find_quantities

    assert [q.value for q in find_quantities(phrase)] == values


def test_one_and_another_count_stays_no_range():
    from geo.text.numbers import find_quantities

    assert [q.value for q in find_quantities("one and two others were hurt")] == [2]


@pytest.mark.parametrize(
    ("confirmation", "status"),
    [
        ("Satellite images reviewed by Reuters confirmed two of the four strikes.", "asserted"),
        ("Satellite images reviewed by Reuters confirmed 2 of the 4 strikes.", "asserted"),
        ("Satellite images reviewed by Reuters confirmed that the depot had burned.", "confirmed"),
    ],
)
def test_a_confirmation_of_part_of_a_claim_confirms_none_of_it(gazetteer, confirmation, status):
    text = f"Ukraine's navy said it struck four targets in Crimea. {confirmation}"
    navy, evidence = analyze(gazetteer, text)
    assert navy.status == status
    assert evidence.status == "confirmed"


def test_a_qualified_confirmation_disputes_nothing_it_confirms(gazetteer):
    text = (
        "Ukrainian troops recaptured the village of Kopanky, the army's 14th Brigade said.\n\n"
        "Geolocated footage published on Monday confirmed that Ukrainian soldiers had raised "
        "a flag over the school in the centre of Kopanky.\n\n"
        "The Institute for the Study of War confirmed the Ukrainian advance, but said Russian "
        "forces still held positions on the southern edge of the village."
    )
    _, footage, _ = analyze(gazetteer, text)
    assert footage.status != "disputed"


def test_the_battlefield_reports_of_either_side_reach_a_militarys_tallies(gazetteer):
    text = (
        "Russia launched 112 drones at Ukraine overnight, Ukraine's air force said, adding "
        "that air defence units had shot down 87 of them.\n\n"
        "Russia's Defence Ministry said its forces had carried out a massive strike on "
        "infrastructure used by the Ukrainian military.\n\n"
        "Reuters could not independently verify the battlefield reports of either side."
    )
    claims = analyze(gazetteer, text)
    assert [c.status for c in claims] == ["unverified", "unverified"]


def test_a_mayors_strike_report_is_still_no_battlefield_report(gazetteer):
    text = (
        "Russian missiles hit a power plant in Kharkiv overnight, Mayor Ihor Terekhov said. "
        "Russia's Defence Ministry said its air defences had shot down 41 drones.\n\n"
        "Reuters could not verify the battlefield reports of either side."
    )
    mayor, ministry = analyze(gazetteer, text)
    assert mayor.status == "asserted"
    assert ministry.status == "unverified"


@pytest.mark.parametrize(
    "figure", ['"no fewer than sixty"', "no fewer than sixty", "up to 60", '"60"']
)
def test_a_figure_put_by_a_pronoun_speaker_is_a_claim(gazetteer, figure):
    text = (
        "The Darfur Bar Association said most of the victims were women. "
        f"It put the death toll at {figure}."
    )
    _, toll = analyze(gazetteer, text)
    assert [q.value for q in toll.quantities] == [60]


@pytest.mark.parametrize("body", ["Emergency Response Rooms", "Rapid Response Teams"])
def test_a_volunteer_networks_name_is_no_person(gazetteer, body):
    text = f"{body}, a network of local volunteers, said 70 of the wounded had been treated."
    (claim,) = analyze(gazetteer, text)
    assert claim.source == body


@pytest.mark.parametrize(
    ("claim", "answer"),
    [
        (
            "The RSF said it had killed 50 soldiers in an attack on the army base in Babanusa.",
            "The army confirmed the attack, but said no soldiers had been killed.",
        ),
        (
            "Russia's Defence Ministry said its forces had captured the village of Kotlyne.",
            "Ukraine's military did not confirm the loss, but said fighting continued in Kotlyne.",
        ),
        (
            "Russia's Defence Ministry said its forces had captured the village of Kotlyne.",
            "Ukraine's military declined to confirm the loss, but said its troops still held "
            "Kotlyne.",
        ),
    ],
)
def test_a_partys_confirmation_with_a_reserve_still_disputes(gazetteer, claim, answer):
    first, _ = analyze(gazetteer, f"{claim}\n\n{answer}")
    assert first.status == "disputed"
