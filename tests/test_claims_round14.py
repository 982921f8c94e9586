"""Claims after the fourteenth round's held-out articles (274-281): unnamed firms and
consultancies as speakers, a company named by its initials, a no comment about what is
still to come, ages that are no counts.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=None):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "speaker", ["a Greek shipping consultancy", "a maritime consultancy", "a shipping consultant"]
)
def test_an_unnamed_consultancy_is_a_speaker(gazetteer, speaker):
    text = f"A bulk carrier was struck by two projectiles off Mokha on Tuesday, {speaker} said."
    (c,) = analysed(gazetteer, text)
    assert c.source == speaker
    assert c.side == "independent"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Strikes left 240,000 households without power, regional power company DTEK "
            "Odesa Grids said on Friday.",
            "DTEK Odesa Grids",
        ),
        (
            "Strikes left 240,000 households without power, DTEK Power Grids said.",
            "DTEK Power Grids",
        ),
        ("Strikes left 9,000 homes without power, the grid operator Ukrenergo said.", "Ukrenergo"),
    ],
)
def test_a_company_named_with_initials_is_no_person(gazetteer, text, source):
    (c,) = analysed(gazetteer, text)
    assert c.source == source


def test_a_titled_person_after_initials_is_still_a_person(gazetteer):
    text = "NATO Secretary General Mark Rutte said 40 ships had been hit since May."
    assert analysed(gazetteer, text)[0].source == "Mark Rutte"


@pytest.mark.parametrize(
    "silence",
    [
        "declined to comment on when power would be restored to the rest of the region",
        "would not say how long the repairs would take",
        "declined to comment on when the remaining lines will be back in service",
    ],
)
def test_a_no_comment_on_what_is_to_come_leaves_the_claim(gazetteer, silence):
    text = (
        "Repair crews had restored supply to about 60,000 households by midday, the company "
        f"said in a statement. A spokeswoman for the company {silence}."
    )
    c = claim_of(analysed(gazetteer, text), "60,000")
    assert c.status == "asserted"


def test_a_no_comment_on_whether_the_claim_holds_still_counts(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had captured the village of Hryhorivka. "
        "Ukraine's military declined to comment on whether the village had fallen."
    )
    c = claim_of(analysed(gazetteer, text), "Hryhorivka")
    assert c.status == "unverified"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Among the injured are two children aged 8 and 13, the governor said.", [2]),
        ("Three boys aged between 10 and 14 were wounded in Kharkiv, the mayor said.", [3]),
        ("Five people, aged 4, 9 and 71, were hurt in Sumy, the governor said.", [5]),
    ],
)
def test_ages_are_no_counts(gazetteer, text, values):
    (c,) = analysed(gazetteer, text)
    assert sorted(q.value for q in c.quantities) == values


def test_a_spokesperson_of_a_front_direction_keeps_the_country(gazetteer):
    text = (
        "Ukrainian Pokrovsk direction Spokesperson Major Viktor Trehubov stated on June 9 "
        "that Ukrainian forces repelled 46 assaults in the past day."
    )
    (c,) = analysed(gazetteer, text)
    assert c.source == "Viktor Trehubov"
    assert c.side == "UA"


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("The U.S. military's Central Command", "CENTCOM"),
        ("The United Kingdom Maritime Trade Operations agency", "UKMTO"),
    ],
)
def test_a_body_named_again_by_its_abbreviation_keeps_its_side(gazetteer, first, again):
    text = (
        f"{first} said its forces had intercepted two missiles over the Red Sea. "
        f"{again} said a merchant ship had been hit 40 nautical miles west of Hodeidah."
    )
    claims = analysed(gazetteer, text)
    c = claim_of(claims, "merchant ship")
    assert c.source == again
    assert claims[0].side is not None
    assert c.side == claims[0].side


def test_an_unrelated_capitals_speaker_takes_no_side_from_before(gazetteer):
    text = (
        "The U.S. military's Central Command said its forces had intercepted two missiles. "
        "ACLED said it had recorded 40 attacks on shipping since May."
    )
    c = claim_of(analysed(gazetteer, text), "40 attacks")
    assert c.side != "US"


def test_two_speakers_joined_by_a_bare_and_are_two_claims(gazetteer):
    text = (
        "Lebanon's state news agency said two civilians were wounded in the Kfar Kila strike "
        "and the army said its troops had helped evacuate residents from nearby houses."
    )
    first, second = analysed(gazetteer, text)
    assert "evacuate" not in first.text
    assert second.source == "the army"
    assert "evacuate" in second.text


def test_one_speaker_saying_two_things_with_and_stays_one_claim(gazetteer):
    text = "The governor said two people were wounded in Sumy and he said repairs had begun."
    (c,) = analysed(gazetteer, text)
    assert "repairs" in c.text


def test_a_denied_hit_answers_the_claim_naming_what_was_hit(gazetteer):
    text = (
        "Yemen's Houthis said on Tuesday they had targeted the U.S. aircraft carrier USS "
        "Harry S. Truman in the northern Red Sea. The Houthi-run health ministry said nine "
        "people were killed in U.S. strikes on Sanaa. A U.S. defence official said the "
        "carrier strike group had not been hit."
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "aircraft carrier").status == "disputed"
    assert claim_of(claims, "nine people").status == "asserted"


def test_a_denied_hit_still_answers_the_claim_just_before_when_it_names_it(gazetteer):
    text = (
        "The Houthis said they had struck a cargo ship off Hodeidah. The Houthi-run health "
        "ministry said three people were killed in strikes on Sanaa. The ship's manager said "
        "the vessel had not been hit."
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "cargo ship").status == "disputed"
    assert claim_of(claims, "three people").status == "asserted"


_TOLL = (
    "Russian forces struck Zaporizhzhia on Aug. 3, killing four people and injuring 19, "
    "Governor Ivan Fedorov reported on Telegram. Among the injured are two children, "
    "Fedorov said. Earlier that day, Russian drones hit a gas station in Komyshuvakha, "
    "injuring a 54-year-old woman, Fedorov wrote. The city lies 30 kilometers from the "
    "front. The Kyiv Independent could not immediately verify the number of casualties."
)


def test_the_number_of_casualties_reaches_the_speakers_tolls(gazetteer):
    claims = analysed(gazetteer, _TOLL)
    assert claim_of(claims, "killing four").status == "unverified"
    assert claim_of(claims, "two children").status == "unverified"


def test_an_age_is_no_number_of_casualties(gazetteer):
    claims = analysed(gazetteer, _TOLL)
    assert claim_of(claims, "gas station").status == "asserted"


def test_a_denial_of_a_capture_answers_the_partys_earlier_claims_of_it(gazetteer):
    text = (
        "MOSCOW, July 14. /TASS/. Russian troops have liberated the community of Novopavlovka "
        "in the Dnepropetrovsk Region, the Russian Defence Ministry said on Wednesday.\n\n"
        '"Units of the Tsentr group of forces liberated the community of Novopavlovka," the '
        "ministry's statement reads.\n\n"
        "Kharkov Region head Vitaly Ganchev told TASS that fighting went on near Kupyansk.\n\n"
        "The Ukrainian General Staff said that the Russian claim about Novopavlovka was false."
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "Russian troops have liberated").status == "denied"
    assert claim_of(claims, "Units of the Tsentr").status == "denied"
    assert claim_of(claims, "Kupyansk").status == "asserted"


def test_a_denial_of_the_claim_just_before_leaves_an_earlier_one(gazetteer):
    text = (
        "Russian milbloggers claimed that Russian forces captured Novopavlovka. "
        "The Russian Defence Ministry said its troops had liberated Novopavlovka. "
        "Ukraine's General Staff said the claim that Novopavlovka had fallen was false."
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "Defence Ministry").status == "denied"
    assert claim_of(claims, "milbloggers").status != "denied"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "MOSCOW, July 14. /TASS/. Kharkov Region head Vitaly Ganchev told TASS that "
            "Russian forces were fighting on the outskirts of Kupyansk.",
            "RU",
        ),
        (
            "KYIV, July 14 (Reuters) - Kharkiv Region head Oleh Syniehubov said that Russian "
            "forces were fighting on the outskirts of Kupiansk.",
            "UA",
        ),
    ],
)
def test_a_region_head_titled_before_the_name_follows_the_filing_agency(gazetteer, text, side):
    (c,) = analysed(gazetteer, text)
    assert c.side == side


def test_a_regional_utility_speaks_for_its_regions_country_and_again_as_the_company(gazetteer):
    text = (
        "KYIV, Jan 22 (Reuters) - Russian drones hit energy facilities in the Odesa region "
        "overnight, leaving more than 240,000 households without electricity, regional power "
        "company DTEK Odesa Grids said on Friday.\n\nRepair crews had restored supply to about "
        "60,000 households by midday, the company said in a statement."
    )
    first, second = analysed(gazetteer, text)
    assert first.source == "DTEK Odesa Grids"
    assert first.side == "UA"
    assert second.side == "UA"


@pytest.mark.parametrize("first", ["Lebanon's state news agency", "Lebanese state media"])
def test_a_bare_army_joined_by_and_is_the_first_speakers_countrys(gazetteer, first):
    text = (
        "The Israeli military said Sunday it had struck a depot in Kfar Kila. "
        f"{first} said two civilians were wounded in the Kfar Kila strike and the army said "
        "its troops had helped evacuate residents from nearby houses."
    )
    c = claim_of(analysed(gazetteer, text), "evacuate")
    assert c.source == "the army"
    assert c.side == "LB"


def test_a_bare_army_after_and_in_a_sentence_opened_by_no_country_keeps_its_side(gazetteer):
    text = (
        "Lebanon's state news agency said two civilians were wounded in Kfar Kila. The "
        "Israeli military said it had struck a depot there and the army said its troops had "
        "killed a commander."
    )
    assert claim_of(analysed(gazetteer, text), "commander").side == "IL"


def test_one_family_is_no_count(gazetteer):
    text = (
        "At least 23 people were killed in strikes on Nuseirat, including eight members of "
        "one family, the civil defence agency said."
    )
    (c,) = analysed(gazetteer, text)
    assert sorted(q.value for q in c.quantities) == [8, 23]
