"""Claims after the fifteenth round's held-out articles (285-292): history that is no
claim, answers that state nothing of their own.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=None):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


def holding(claims, words):
    return [c for c in claims if words in c.text]


@pytest.mark.parametrize(
    "history",
    [
        "There was no immediate claim of responsibility, but Yemen's Houthi movement has "
        "attacked more than 100 merchant ships since November 2023.",
        "Russia announced its only partial mobilisation in September 2022, calling up about "
        "300,000 men.",
        "Armed groups have killed more than 6,000 people in the province since 2021.",
    ],
)
def test_history_long_before_the_article_is_no_claim(gazetteer, history):
    text = f"A cargo ship was hit by a missile off Hodeidah on Tuesday, the navy said. {history}"
    claims = analysed(gazetteer, text, dt.date(2027, 5, 18))
    assert [c.text for c in claims] == [text[: text.index(" " + history[:12])]]


@pytest.mark.parametrize(
    "recent",
    [
        "Russian forces have advanced about 12 km near Pokrovsk since Monday.",
        "Russia announced a ceasefire in Kherson in April 2027, saying 300 prisoners would "
        "be freed.",
    ],
)
def test_recent_events_stay_claims(gazetteer, recent):
    claims = analysed(gazetteer, recent, dt.date(2027, 5, 18))
    assert len(claims) == 1


def test_a_statement_in_an_old_report_stays_a_claim(gazetteer):
    text = (
        "A U.N. panel of experts said in a report in 2024 that between 3,000 and 4,000 "
        "Rwandan soldiers were fighting alongside the M23."
    )
    (c,) = analysed(gazetteer, text, dt.date(2027, 5, 18))
    assert c.source == "A U.N. panel of experts" or "experts" in c.source


def test_without_an_article_date_history_is_not_judged(gazetteer):
    text = "Yemen's Houthi movement has attacked more than 100 merchant ships since November 2023."
    assert len(analysed(gazetteer, text)) == 1


@pytest.mark.parametrize(
    "silence",
    [
        "Hamas has not confirmed that its delegation is there.",
        "Hamas did not confirm that its negotiators had arrived.",
        "Hamas has yet to confirm that its delegation is in Cairo.",
    ],
)
def test_a_party_not_confirming_answers_the_claim_before(gazetteer, silence):
    text = (
        "An Egyptian official familiar with the talks says delegations from Hamas and Israel "
        f"arrived in Cairo this morning. {silence}"
    )
    (c,) = analysed(gazetteer, text, dt.date(2027, 9, 20))
    assert c.source.startswith("an Egyptian official")
    assert c.status == "unverified"
    assert silence not in c.text


def test_an_outlet_unable_to_confirm_is_not_a_party_silent(gazetteer):
    text = (
        "Two residents reached by phone said gunfire could be heard near the airport. "
        "Reuters could not independently confirm who controlled the airport."
    )
    c = claim_of(analysed(gazetteer, text), "gunfire")
    assert c.source == "Two residents" or c.source == "two residents"
    assert c.status == "asserted"


def test_a_party_not_confirming_with_no_claim_before_is_its_own(gazetteer):
    text = "Hamas has not confirmed that its delegation is in Cairo."
    (c,) = analysed(gazetteer, text)
    assert c.status == "unverified"


@pytest.mark.parametrize("verb", ["says it is looking into", "said it was investigating",
                                  "says they are reviewing"])
def test_looking_into_the_report_is_no_claim_of_its_own(gazetteer, verb):
    text = (
        "The Palestine Red Crescent Society said one of its ambulances was hit by gunfire "
        f"near Rafah, wounding two paramedics. The Israeli military {verb} the report."
    )
    (c,) = analysed(gazetteer, text, dt.date(2027, 9, 20))
    assert c.source == "the Palestine Red Crescent Society"
    assert c.status == "asserted"


def test_saying_more_than_looking_into_it_is_a_claim(gazetteer):
    text = (
        "The Palestine Red Crescent Society said one of its ambulances was hit by gunfire "
        "near Rafah. The Israeli military said troops had fired at suspects who approached "
        "them and that it was looking into the report."
    )
    claims = analysed(gazetteer, text, dt.date(2027, 9, 20))
    assert len(holding(claims, "fired at suspects")) == 1


def test_called_rebel_claims_inside_own_words_reach_the_rebel_claims(gazetteer):
    text = (
        "Rebels of the Kachin Independence Army said on Saturday they had seized the airport "
        "at Bhamo. A coalition of ethnic armed organisations said its fighters had cut the "
        "road to Myitkyina. Junta spokesman Zaw Min Tun said troops still held the airport and "
        'called rebel claims that the town had fallen "pure propaganda".'
    )
    claims = analysed(gazetteer, text, dt.date(2027, 1, 18))
    assert claim_of(claims, "seized the airport").status == "disputed"
    assert "propaganda" not in claim_of(claims, "cut the road").status_cue  # no rebel speaks
    assert claim_of(claims, "troops still held").source == "Zaw Min Tun"


def test_called_claims_of_a_demonym_reach_that_countrys_claims(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had captured the village of Stepove. "
        "Ukrainian military spokesman Viktor Trehubov said units still held positions there "
        'and called Russian claims that the village had fallen "a lie".'
    )
    claims = analysed(gazetteer, text, dt.date(2027, 3, 8))
    assert claim_of(claims, "captured the village").status == "denied"


def test_called_the_claims_names_no_owner(gazetteer):
    text = (
        "Rebels said they had seized the airport at Bhamo. The junta's spokesman said troops "
        'held the town and called the claims that it had fallen "propaganda".'
    )
    claims = analysed(gazetteer, text, dt.date(2027, 1, 18))
    assert claim_of(claims, "seized the airport").status == "asserted"
    assert claim_of(claims, "held the town").source


def test_a_denied_capture_reaches_the_partys_earlier_capture_claim(gazetteer):
    text = (
        "M23 rebels said on Tuesday they had taken control of Walikale, a mining hub in North "
        'Kivu province. "Walikale is now under our administration," AFC/M23 spokesman '
        "Lawrence Kanyuka said in a post on X.\n\nCongo's government denied the town had fallen."
    )
    claims = analysed(gazetteer, text, dt.date(2027, 3, 11))
    assert claim_of(claims, "taken control of Walikale").status == "denied"
    assert claim_of(claims, "under our administration").status == "denied"
    assert not holding(claims, "denied the town")


def test_a_denial_of_another_act_does_not_reach_earlier_captures(gazetteer):
    text = (
        "M23 rebels said on Tuesday they had taken control of Walikale. Rebel spokesman "
        "Lawrence Kanyuka said government drones had bombed a market in the town.\n\n"
        "Congo's army denied bombing the market."
    )
    claims = analysed(gazetteer, text, dt.date(2027, 3, 11))
    assert claim_of(claims, "taken control of Walikale").status == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Myanmar National Democratic Alliance Army (MNDAA), part of the Three "
            "Brotherhood Alliance, said its fighters had captured the town of Lashio.",
            "Myanmar National Democratic Alliance Army",
        ),
        (
            "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said no "
            "Pakistani post had been damaged.",
            "Inter-Services Public Relations",
        ),
        (
            "The Arakan Army (AA), one of the strongest ethnic armed groups, said it had "
            "seized the base.",
            "Arakan Army",
        ),
    ],
)
def test_a_speaker_named_with_its_initials_before_an_apposition(gazetteer, text, source):
    (c,) = analysed(gazetteer, text, dt.date(2027, 3, 11))
    assert source in c.source


@pytest.mark.parametrize(
    "dateline",
    ["KYIV, February 22 /Ukrinform/. ", "Kyiv, 22 February 2027 /Ukrinform/. ",
     "MOSCOW, May 2. /TASS/. "],
)
def test_an_agency_dateline_between_slashes_is_no_title(dateline):
    from geo.text.claims.segmentation import dateline_span
    from geo.text.document import guess_title

    lead = (
        "Ukrainian forces fought 168 combat clashes with Russian troops over the past day, "
        "the General Staff said in its evening update on Monday. " + "More words follow. " * 20
    )
    text = dateline + lead
    assert dateline_span(text) == (0, len(dateline))
    assert guess_title(text).startswith("Ukrainian forces fought 168")


def test_slashes_later_in_a_sentence_are_no_dateline():
    from geo.text.claims.segmentation import dateline_span

    text = "Russian forces advanced near Kupiansk, May 2 /Ukrinform/ reported. More words."
    assert dateline_span(text) == (0, 0)


@pytest.mark.parametrize("body", ["Units of the Yug group of forces", "Troops of the 5th army"])
def test_it_said_after_plural_troops_is_the_speaker_before(gazetteer, body):
    text = (
        "The Russian Defence Ministry said on Sunday that its forces had liberated the village "
        f"of Stepove. {body} repelled 14 counterattacks by Ukrainian assault groups, it said."
    )
    c = claim_of(analysed(gazetteer, text, dt.date(2027, 3, 8)), "repelled 14")
    assert c.source == "the Russian Defence Ministry"
    assert c.side == "RU"


def test_it_said_after_an_organisation_subject_is_that_organisation(gazetteer):
    text = "The ministry released video it said showed the strike on the depot near Kherson."
    (c,) = analysed(gazetteer, text)
    assert c.source == "The ministry" or c.source == "the ministry"


def test_no_post_damaged_answers_the_claim_naming_posts(gazetteer):
    text = (
        "India's army said on Monday its troops had destroyed three Pakistani military posts "
        "along the Line of Control. The Indian army said Pakistani troops had opened fire in "
        "the Poonch sector. One Indian soldier was wounded, an army spokesman said. Pakistan's "
        "military said no Pakistani post had been damaged."
    )
    claims = analysed(gazetteer, text, dt.date(2027, 4, 12))
    assert claim_of(claims, "destroyed three").status == "disputed"
    assert claim_of(claims, "One Indian soldier").status == "asserted"
    assert claim_of(claims, "opened fire").status == "asserted"


def test_there_were_no_discussions_disputes_the_sources_claim(gazetteer):
    text = (
        "Two sources close to the Kremlin told Meduza that the presidential administration has "
        "discussed a new wave of partial mobilisation. A second source said no final decision "
        "had been made. Kremlin spokesman Dmitry Peskov told reporters on Wednesday that there "
        'were "no discussions" of mobilisation.'
    )
    claims = analysed(gazetteer, text, dt.date(2027, 5, 19))
    assert claim_of(claims, "has discussed").status == "disputed"
    assert claim_of(claims, "no final decision").status == "asserted"
    peskov = claim_of(claims, "no discussions")
    assert peskov.source == "Dmitry Peskov"
    assert claims[peskov.responds_to].text.startswith("Two sources")


def test_there_are_no_plans_about_something_else_answers_nothing(gazetteer):
    text = (
        "Officials said the government plans to close the border crossing at Rafah. "
        "The defence minister said there were no plans to mobilise reservists."
    )
    claims = analysed(gazetteer, text, dt.date(2027, 5, 19))
    assert claim_of(claims, "close the border").status == "asserted"
    assert claim_of(claims, "no plans").responds_to is None


def test_a_minister_after_his_governments_denial_speaks_for_it(gazetteer):
    text = (
        "M23 rebels said on Tuesday they had taken control of Walikale. Congo's government "
        "denied the town had fallen. Communications Minister Patrick Muyaya told reporters "
        'that the army was "in full control" of Walikale.'
    )
    claims = analysed(gazetteer, text, dt.date(2027, 3, 11))
    assert claim_of(claims, "in full control").side == "CD"


def test_a_minister_in_another_paragraph_is_not_given_the_deniers_side(gazetteer):
    text = (
        "M23 rebels said on Tuesday they had taken control of Walikale. Congo's government "
        "denied the town had fallen.\n\nA civil society leader in Walikale said gunfire had "
        "stopped.\n\nCommunications Minister Patrick Muyaya told reporters that the army was "
        '"in full control" of the town.'
    )
    claims = analysed(gazetteer, text, dt.date(2027, 3, 11))
    assert claim_of(claims, "in full control").side is None


def test_a_dateline_after_a_headline_and_a_byline_with_blank_lines():
    from geo.text.claims.segmentation import dateline_span

    text = "Strikes kill 12\n\nBy Jane Roe\n\nKHAN YOUNIS, Gaza Strip (AP) — Strikes hit."
    start, end = dateline_span(text)
    assert text[start:end] == "KHAN YOUNIS, Gaza Strip (AP) — "
    assert dateline_span("It was cold.\n\nKHAN YOUNIS, Gaza Strip (AP) — Strikes.") == (0, 0)
