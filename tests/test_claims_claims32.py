"""Session 32 (claims32): a speaker inside an object relative clause ("which Moscow
blamed on ...") is not the sentence's; a caveat over either side's account reaches its own
paragraph's two accounts."""

import pytest

pytestmark = pytest.mark.gazetteer


def _analysis(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer)


def _of(claims, words):
    return next(c for c in claims if words in c.text)


def test_a_toll_according_to_an_office_is_not_the_relative_clauses_blamer(gazetteer):
    claims = _analysis(
        gazetteer,
        "The strike, which Moscow blamed on Ukrainian air defence, wounded six people, "
        "according to the regional prosecutor's office.",
    ).claims
    toll = _of(claims, "wounded six people")
    assert toll.source == "the regional prosecutor's office" and toll.side != "RU"


def test_a_relative_clause_saying_something_of_its_own_keeps_its_speaker(gazetteer):
    claims = _analysis(
        gazetteer,
        "The rebels claimed a drone attack on a container ship in the Red Sea, which the "
        "U.S. Central Command said had been shot down.",
    ).claims
    assert _of(claims, "had been shot down").source == "the U.S. Central Command"


def test_either_sides_account_stays_in_its_paragraph(gazetteer):
    claims = _analysis(
        gazetteer,
        "A Russian glide bomb struck a clinic in Sumy on Thursday, the regional military "
        "administration said.\n\n"
        "Russia's Defence Ministry said its forces had hit a command post in the Sumy "
        "region. Ukraine's military said the only target hit was the clinic. Reuters could "
        "not independently verify either side's account.",
    ).claims
    assert _of(claims, "struck a clinic").status == "asserted"
    assert _of(claims, "command post").status == "unverified"
    assert _of(claims, "only target hit").status == "unverified"


def test_a_health_ministry_after_in_gaza_is_the_territorys(gazetteer):
    claims = _analysis(
        gazetteer,
        "Lebanon's Health Ministry said two people were killed in Bint Jbeil. In Gaza, the "
        "Health Ministry said three Palestinians were killed by Israeli fire east of Khan "
        "Younis.",
    ).claims
    assert _of(claims, "three Palestinians").side == "PS"


def test_an_army_after_a_region_keeps_its_earlier_side(gazetteer):
    claims = _analysis(
        gazetteer,
        "Russia's Defence Ministry said its forces had hit a depot in Kharkiv. In the Donetsk "
        "region, the Defence Ministry said its troops had advanced near Pokrovsk.",
    ).claims
    assert _of(claims, "advanced near Pokrovsk").side == "RU"


def test_the_junta_filed_from_a_neighbours_capital_is_its_armys_state(gazetteer):
    claims = _analysis(
        gazetteer,
        "BANGKOK (AP) - Myanmar military jets bombed two villages in the Sagaing region on "
        "Tuesday, residents said.\n\n"
        "The junta's information team said the strikes targeted training camps.\n\n"
        "Thousands of people have crossed into Thailand's Tak province, Thai officials said.",
    ).claims
    assert _of(claims, "training camps").side == "MM"


def test_a_denial_of_backing_answers_no_claim_that_does_not_name_the_denier(gazetteer):
    claims = _analysis(
        gazetteer,
        "Congo's army said on Wednesday it was fighting M23 rebels near Kamanyola. Rwanda "
        "denied supporting the rebels.",
    ).claims
    assert _of(claims, "fighting M23 rebels").status == "asserted"
    assert _of(claims, "Rwanda denied").status == "denied"


def test_a_caveat_on_casualties_leaves_a_displacement_claim_alone(gazetteer):
    claims = _analysis(
        gazetteer,
        "Aid groups said more than 20,000 people had fled Kamanyola for Uvira since Sunday. "
        "The United Nations said it could not confirm the number of casualties.",
    ).claims
    assert _of(claims, "20,000 people").status == "asserted"


def test_a_caveat_on_casualties_still_answers_a_toll(gazetteer):
    claims = _analysis(
        gazetteer,
        "Local officials said 17 people were killed in the fighting near Kamanyola. The "
        "United Nations said it could not confirm the number of casualties.",
    ).claims
    assert _of(claims, "17 people").status == "unverified"


_TASS = (
    "MOSCOW, July 9. /TASS/. Russian troops have liberated the settlement of Lobkovoye in "
    "the Zaporozhye Region over the past day, the Russian Defense Ministry reported on "
    "Wednesday.\n\n"
    "Ukrainian drones attacked Energodar overnight, damaging a substation, Vladimir Rogov, "
    "chairman of the Zaporozhye Region's public chamber, said.\n\n"
    "In the Kharkov Region, Russian troops improved their tactical position near Volchansk."
)


def test_a_regions_public_chamber_in_agency_copy_speaks_for_the_agencys_state(gazetteer):
    claims = _analysis(gazetteer, _TASS).claims
    assert _of(claims, "Energodar overnight").side == "RU"


def test_a_persons_words_do_not_go_on_into_the_next_paragraphs_bulletin(gazetteer):
    claims = _analysis(gazetteer, _TASS).claims
    assert _of(claims, "Volchansk").source == "the Russian Defense Ministry"


def test_contradicting_the_claim_disputes_the_claim_before(gazetteer):
    claims = _analysis(
        gazetteer,
        "Russia said it had captured Kupiansk. Ukrainian spokesman Viktor Trehubov said "
        "Russian troops held no more than a few streets in the city, contradicting the claim.",
    ).claims
    assert _of(claims, "captured Kupiansk").status == "disputed"
    assert _of(claims, "a few streets").status == "asserted"


def test_a_denial_dated_before_its_object_still_names_the_claims_owner(gazetteer):
    claims = _analysis(
        gazetteer,
        "Ukraine denied on Thursday Russian claims that its troops had been encircled near "
        "Myrnohrad.",
    ).claims
    assert _of(claims, "encircled").source == "Russia"


def test_a_relative_clauses_speaker_stays_without_a_closing_speaker(gazetteer):
    claims = _analysis(
        gazetteer,
        "The Ukrainian General Staff claimed that Russian troops had shelled Pokrovsk. Kiev "
        "has offered no evidence for the claim, which Pushilin described as a provocation.",
    ).claims
    assert _of(claims, "described as a provocation").source == "Pushilin"


def test_a_figure_revised_upward_leaves_the_toll_asserted(gazetteer):
    claims = _analysis(
        gazetteer,
        "Regional governor Vadym Filashkin said three civilians were killed in "
        "Kostiantynivka on Sunday, a figure later revised to five as rescuers cleared the "
        "rubble.",
    ).claims
    assert _of(claims, "three civilians").status == "asserted"


def test_a_figure_revised_downward_is_still_disputed(gazetteer):
    claims = _analysis(
        gazetteer,
        "The office said at least 19 people had died, a figure it later revised to eight.",
    ).claims
    assert _of(claims, "19 people").status == "disputed"


def test_the_video_is_old_denies_what_the_video_claims_to_show(gazetteer):
    claims = _analysis(
        gazetteer,
        "A video shared widely on TikTok claims to show streets in Kherson flooded after "
        "Russian strikes this week. The video is old.",
    ).claims
    assert _of(claims, "claims to show").status == "denied"


_BLOG = (
    "09:45 GMT - Kremlin rejects report on prisoner talks\n\n"
    "Kremlin spokesman Dmitry Peskov said a newspaper report on a prisoner exchange in "
    "Istanbul was not true.\n\n"
    "09:20 GMT - Drones hit Kharkiv overnight\n\n"
    "Kharkiv Mayor Ihor Terekhov said Russian drones struck an industrial site in the "
    "city, injuring four people.\n\n"
    "08:55 GMT - Footage shows strike on landing craft\n\n"
    "Footage posted on Telegram shows a sea drone hitting a Russian landing craft near "
    "Chornomorske. Russia's Black Sea Fleet has not commented."
)


def test_a_live_entry_heading_over_its_speakers_claim_is_no_claim(gazetteer):
    claims = _analysis(gazetteer, _BLOG).claims
    assert not any(c.text.startswith("09:45 GMT") for c in claims)
    assert _of(claims, "newspaper report").source == "Dmitry Peskov"


def test_a_silence_does_not_reach_into_the_live_entry_above(gazetteer):
    claims = _analysis(gazetteer, _BLOG).claims
    assert _of(claims, "industrial site").status == "asserted"


def test_a_standing_position_is_out_of_a_plural_caveats_reach(gazetteer):
    claims = _analysis(
        gazetteer,
        "A Ukrainian drone struck a bus in Belgorod on Wednesday, killing the driver, governor "
        "Vyacheslav Gladkov said. He later added that a second drone had been shot down over "
        "the Belgorod district.\n\n"
        "Kyiv says its strikes are aimed at military targets. The claims could not be "
        "independently verified.",
    ).claims
    assert _of(claims, "military targets").status == "asserted"
    assert _of(claims, "second drone").status == "unverified"


def test_either_sides_caveat_still_reaches_the_title_that_tells_the_accounts(gazetteer):
    claims = _analysis(
        gazetteer,
        "Russia says it took Siversk; Kyiv says its troops still hold the town\n\n"
        "KYIV, Oct 14 (Reuters) - A Russian glide bomb hit a clinic in Sumy, the regional "
        "administration said.\n\n"
        "Russia's Defence Ministry said on Tuesday its forces had captured Siversk. Ukraine's "
        "General Staff said the town remained under Ukrainian control. Reuters could not "
        "independently verify either side's account.",
    ).claims
    assert _of(claims, "still hold the town").status == "unverified"
    assert _of(claims, "clinic in Sumy").status == "asserted"
