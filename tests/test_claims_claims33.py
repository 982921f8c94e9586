"""Session 33 claims fixes: live-page headings that repeat their entry, an accusation
told "according to" someone, a count of hits by two weapons, a report title's "summary
for DATE", a capture a bulletin's title voices answered by the other side, a caveat over
a three-paragraph exchange, an armed group's name after a country's possessive."""

from __future__ import annotations

import geo
from geo.text.claims.parties import _ARMED_GROUP
from geo.text.stated_date import stated_date

ENTRY = (
    "War live: drones hit Dnipro\n\n"
    "10:40 GMT - Dnipro governor says two killed in drone attack\n\n"
    "Two people were killed and nine wounded when Russian drones hit Dnipro overnight, "
    "regional governor Serhiy Lysak said.\n"
)


def test_a_stamped_heading_repeating_its_entry_is_no_claim(gazetteer):
    claims = geo.analyze(ENTRY, gazetteer=gazetteer).claims
    assert not any(c.text.startswith("10:40 GMT") for c in claims)
    assert any(c.source == "Serhiy Lysak" for c in claims)


def test_a_stamped_heading_with_a_count_its_entry_does_not_tell_stays(gazetteer):
    text = ENTRY.replace("two killed", "three killed")
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert any(c.text.startswith("10:40 GMT") for c in claims)


def test_an_accusation_according_to_an_official_is_the_official_s(gazetteer):
    text = ("Moscow accused Ukrainian forces on Friday of shelling a market in Horlivka, "
            "killing four civilians, according to Denis Pushilin, the Russian-installed "
            "head of the Donetsk region.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.source for c in claims] == ["Denis Pushilin"]


def test_an_accusation_according_to_a_news_agency_stays_the_accuser_s(gazetteer):
    text = ("Moscow accused Ukrainian forces on Friday of shelling a market in Horlivka, "
            "killing four civilians, according to TASS.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.source for c in claims] == ["Moscow"]


def test_hits_by_drones_and_missiles_go_on_with_the_air_force(gazetteer):
    text = ("Air defence units shot down 88 drones, the Ukrainian Air Force said. Hits by 21 "
            "drones and all three missiles were recorded at nine locations.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    hits = [c for c in claims if "Hits by" in c.text]
    assert hits and hits[0].source == "the Ukrainian Air Force"
    assert [q.value for q in hits[0].quantities] == [21, 3, 9]


def test_a_report_title_for_a_date_dates_the_article():
    assert str(stated_date("Defence Ministry summary for 3 December 2027\n\nUnits ...")[0]) == (
        "2027-12-03"
    )
    assert stated_date("Fighting raged for 3 March 2025\n\nUnits ...") is None


def test_a_capture_a_bulletin_title_voices_is_answered_by_the_other_side(gazetteer):
    text = ("Russian Defence Ministry summary for 3 December 2027\n\n"
            "Units of the Vostok group of forces liberated the settlement of Uspenivka in the "
            "Zaporozhye region.\n\nAir defence systems shot down 62 Ukrainian drones over the "
            "past day.\n\nUkraine's General Staff said Uspenivka remained under Ukrainian "
            "control.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    taken = next(c for c in claims if "liberated" in c.text)
    assert taken.status == "disputed"


def test_the_claims_caveat_reaches_a_three_paragraph_exchange(gazetteer):
    text = ("Myanmar's Kachin Independence Army said its fighters had captured Bhamo.\n\n"
            "Col. Naw Bu, a spokesperson for the group, said about 300 soldiers had "
            "surrendered.\n\nMyanmar's military government said its troops had repelled "
            "attacks on the town.\n\nThe claims could not be independently verified.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.status for c in claims] == ["unverified"] * 3
    assert claims[0].party == "Kachin Independence Army"


def test_an_armed_group_s_name_leaves_out_its_country_s_possessive():
    assert _ARMED_GROUP.search("Myanmar's Arakan Army said").group() == "Arakan Army"
    assert _ARMED_GROUP.search("The Ta'ang National Liberation Army").group() == (
        "The Ta'ang National Liberation Army"
    )
    assert _ARMED_GROUP.search("Russia's Army said") is None


def test_a_caveat_inside_a_paragraph_reaches_no_further_than_the_one_before(gazetteer):
    text = ("Israeli strikes killed at least 21 Palestinians across Gaza on Saturday, local "
            "health authorities said.\n\nAn airstrike on a house in Nuseirat killed six people, "
            "medics said.\n\nThe Israeli military said its forces had killed dozens of gunmen in "
            "Jabalia. The claims could not be independently verified.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[0].status == "asserted"
    assert claims[-1].status == "unverified"


def test_a_civil_society_leader_is_who_he_said_refers_to(gazetteer):
    text = ("Fighting broke out around Luvungi, a civil society leader said. \"The rebels are "
            "less than 30 kilometres from Uvira,\" he said.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.source for c in claims] == ["a civil society leader"] * 2


def test_a_news_website_speaks():
    claims = geo.analyze(
        "Russian forces shelled Kharkiv overnight, the news website reported."
    ).claims
    assert [c.source for c in claims] == ["the news website"]


def test_footage_of_an_advance_does_not_confirm_no_advance(gazetteer):
    text = ("Russian forces continued offensive operations in the Kupiansk direction on "
            "November 27 but did not make confirmed advances. Geolocated footage published on "
            "November 27 indicates that Russian forces advanced in northern Kupiansk.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[0].status == "asserted"


def test_a_statement_judged_before_it_is_told(gazetteer):
    text = ("Ukraine's Defence Ministry on Wednesday denied a Russian statement that an F-16 "
            "fighter jet had been shot down over the Dnipropetrovsk region.\n\n"
            "Russia's Defence Ministry said on Tuesday that its air defence systems had "
            "destroyed a Ukrainian F-16 near Pavlohrad.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[-1].status == "denied"


def test_a_count_played_down_in_a_contrasted_clause_disputes_it(gazetteer):
    text = ("Russia's Defence Ministry said it had shot down 35 Ukrainian drones over the Bryansk "
            "region overnight, while Ukraine's General Staff said it had launched only a handful "
            "at a fuel depot there.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[0].status == "disputed" and claims[1].responds_to == 0
    same_side = text.replace("Ukraine's General Staff", "a Russian blogger")
    assert geo.analyze(same_side, gazetteer=gazetteer).claims[0].status == "asserted"


def test_the_state_emergency_service_is_ukraine_s_unless_owned():
    claims = geo.analyze("The State Emergency Service said two people were rescued.").claims
    assert claims[0].side == "UA"
    owned = geo.analyze("Georgia's State Emergency Service said the fire was out.").claims
    assert owned[0].side == "GE"


def test_either_side_s_account_covers_a_spokesman_s_control_claim(gazetteer):
    text = ("Russia said on Sunday its forces had captured the town of Siversk, but the "
            "Ukrainian military said its troops were still defending the town.\n\n"
            "\"The enemy's statements are false. Siversk is under our control,\" said Viktor "
            "Trehubov, a spokesman for Ukraine's Khortytsia group of forces. Reuters could not "
            "verify either side's account.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[-1].source == "Viktor Trehubov" and claims[-1].status == "unverified"
