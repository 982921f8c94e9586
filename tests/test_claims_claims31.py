"""Session 31 (claims31): a confirmation still under way confirms nothing; "the fleet"
speaks; a caveat naming what it leaves open, and a judgement of a claim told later, find
their claim; a bare numbered brigade's side; closed quotation marks in status cues; tolls
going on with their speaker; posts sharing an image; the outlet's own imagery answering."""

import pytest

pytestmark = pytest.mark.gazetteer


def _analysis(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer)


def _of(claims, words):
    return next(c for c in claims if words in c.text)


def test_figures_still_being_corroborated_are_not_confirmed(gazetteer):
    claims = _analysis(
        gazetteer,
        "At least 232 civilians were killed in Ukraine in July, the U.N. monitoring mission "
        "said, adding that the real figures were likely higher because reports from some "
        "areas were still being corroborated.",
    ).claims
    assert _of(claims, "232 civilians").status == "asserted"


def test_the_fleet_is_a_speaker(gazetteer):
    claims = _analysis(
        gazetteer,
        "Russia's Black Sea Fleet said it had repelled an attack by five naval drones on "
        "Sevastopol overnight. The fleet later confirmed that one of the drones had damaged "
        "a pier.",
    ).claims
    pier = _of(claims, "damaged a pier")
    assert pier.source == "the fleet" and pier.side == "RU"


def test_a_caveat_naming_what_it_leaves_open_answers_the_claim_about_it(gazetteer):
    claims = _analysis(
        gazetteer,
        "Ukraine's General Staff said on Wednesday that drones had hit the Morozovsk air "
        "base overnight, destroying two Su-34 bombers.\n\n"
        "Regional governor Yuri Slyusar said 40 drones had been shot down over the region. "
        "The images could not confirm how many aircraft had been destroyed.",
    ).claims
    assert _of(claims, "Su-34 bombers").status == "unverified"
    assert _of(claims, "40 drones").status == "asserted"


def test_a_denial_of_a_claim_told_further_down_answers_it(gazetteer):
    claims = _analysis(
        gazetteer,
        "Ukraine's Defence Ministry on Wednesday denied a Russian claim that an F-16 fighter "
        "jet had been shot down over the Dnipropetrovsk region.\n\n"
        "Russia's Defence Ministry said on Tuesday that its air defence systems had "
        "destroyed a Ukrainian F-16 near the town of Pavlohrad.",
    ).claims
    russian = _of(claims, "near the town of Pavlohrad")
    assert russian.status == "denied"
    assert _of(claims, "denied a Russian claim").responds_to is not None


def test_a_confirmation_before_the_claim_confirms_it(gazetteer):
    claims = _analysis(
        gazetteer,
        "Satellite images published on Thursday show a destroyed hangar at the Morozovsk "
        "air base, confirming a Ukrainian claim of a successful strike.\n\n"
        "Ukraine's General Staff said on Wednesday that drones had struck the air base "
        "overnight.",
    ).claims
    assert _of(claims, "drones had struck the air base").status == "confirmed"


def test_a_judgement_of_a_claim_told_before_is_left_to_the_reactions(gazetteer):
    claims = _analysis(
        gazetteer,
        "Russia's Defence Ministry said its forces had captured the village of Ivanivske. "
        "Ukraine's army denied a Russian claim that the village had fallen.\n\n"
        "Russia's Defence Ministry said its air defences shot down 12 drones over the "
        "Belgorod region.",
    ).claims
    assert _of(claims, "shot down 12 drones").status == "asserted"


def test_a_bare_numbered_brigade_telling_russian_attacks_is_ukrainian(gazetteer):
    claims = _analysis(
        gazetteer,
        "The deputy commander of the 47th brigade said Russian forces had attacked near "
        "Avdiivka 15 times on Monday.",
    ).claims
    assert claims[0].side == "UA"


def test_a_bare_numbered_brigade_telling_no_attack_stays_sideless(gazetteer):
    claims = _analysis(
        gazetteer,
        "The 47th brigade said Ukrainian forces had held their positions near Avdiivka on "
        "Monday.",
    ).claims
    assert claims[0].side is None


def test_a_status_cue_keeps_its_closing_quotation_mark(gazetteer):
    claims = _analysis(
        gazetteer,
        'Russia said its forces captured Kupiansk on Monday. Kyiv called the claim "a lie."',
    ).claims
    assert claims[0].status_cue == 'Kyiv called the claim "a lie."'


def test_a_toll_after_an_officials_claim_is_the_officials(gazetteer):
    claims = _analysis(
        gazetteer,
        "In the Odesa region, a drone hit a grain terminal in the port of Izmail, regional "
        "head Oleh Kiper said. Two workers were wounded, one of them seriously.",
    ).claims
    toll = _of(claims, "Two workers were wounded")
    assert toll.source == "Oleh Kiper" and [q.value for q in toll.quantities] == [2, 1]


def test_a_count_of_hits_after_the_air_force_is_the_air_forces(gazetteer):
    claims = _analysis(
        gazetteer,
        "Air defence shot down 86 drones overnight, Ukraine's Air Force said. Hits by 19 drones "
        "were recorded at eight locations.",
    ).claims
    assert _of(claims, "Hits by 19 drones").source == "Ukraine's Air Force"


def test_a_toll_in_the_next_paragraph_stays_the_articles(gazetteer):
    claims = _analysis(
        gazetteer,
        "A drone hit a grain terminal in the port of Izmail, regional head Oleh Kiper said."
        "\n\nTwo workers were wounded in Izmail on Tuesday.",
    ).claims
    assert _of(claims, "Two workers were wounded").source is None


def test_posts_sharing_an_image_speak(gazetteer):
    claims = _analysis(
        gazetteer,
        'Posts sharing the image also say the tanker sank "inside the harbour breakwater".',
    ).claims
    assert claims and claims[0].source.lower() == "posts"


def test_the_outlets_own_imagery_disputes_the_posts_before_it(gazetteer):
    claims = _analysis(
        gazetteer,
        'Posts sharing the image also say the tanker sank "inside the harbour breakwater". '
        "Satellite imagery reviewed by our team shows no sunken vessel there.",
    ).claims
    assert _of(claims, "the tanker sank").status == "disputed"
    assert _of(claims, "no sunken vessel").responds_to == 0

