"""Claims on unseen reporting, session 22: conscripts and prisoners as speakers, and a
closing "These claims could not be verified." that points at the claims it follows.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 10, 20)).claims


@pytest.mark.parametrize(
    ("text", "word", "side"),
    [
        ("A Russian conscript told Ukrainian journalists that his company had lost 30 men.",
         "conscript", "RU"),
        ("A conscript from Russia's Belgorod region, captured in March, told the BBC that his "
         "unit had been sent forward without food.", "conscript", "RU"),
        ("Two Russian prisoners of war told reporters in Kharkiv that they had surrendered.",
         "prisoners", "RU"),
        ("A Ukrainian deserter told Russian state television that his brigade had run out of "
         "shells.", "deserter", "UA"),
    ],
)
def test_a_conscript_or_prisoner_speaks(gazetteer, text, word, side):
    (c,) = claims(gazetteer, text)
    assert word in c.source
    assert "journalists" not in c.source and "reporters" not in c.source
    assert c.side == side


def test_he_after_an_aged_conscript_is_the_conscript(gazetteer):
    text = (
        "A 19-year-old conscript from Russia's Kursk region told Ukrainian journalists that "
        "his platoon had been sent in without artillery cover. He said his officers had "
        "stayed behind."
    )
    _first, second = claims(gazetteer, text)
    assert "conscript" in second.source and second.side == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Governor Oleh Hryhorov said a glide bomb had damaged a school in Bilopillia. "
        "Separately, a Russian conscript told Ukrainian journalists that his company had lost "
        "30 men. He said his commanders had promised an easy victory. These claims could not "
        "be verified.",
        "Mayor Ihor Terekhov said two people were hurt in a strike on Kharkiv. A Russian "
        "milblogger claimed that Russian troops had entered Vovchansk. The same milblogger "
        "wrote that a Ukrainian brigade had fled. Those claims could not be independently "
        "confirmed.",
        "Odesa's governor said a drone had hit a port warehouse. Russia's Defence Ministry "
        "said its forces had destroyed a Ukrainian boat near Zatoka, and that 12 marines "
        "were killed. Those claims could not be verified.",
    ],
)
def test_these_claims_point_at_the_last_speakers_run(gazetteer, text):
    found = claims(gazetteer, text)
    first, rest = found[0], found[1:]
    assert first.status == "asserted"  # the governor's or mayor's words before the run
    assert rest and all(c.status == "unverified" for c in rest)


def test_any_of_the_accounts_still_covers_every_speaker(gazetteer):
    text = (
        "Governor Oleh Hryhorov said a glide bomb had damaged a school in Bilopillia. "
        "A Russian milblogger claimed that Russian troops had entered Yunakivka. "
        "Reuters could not verify any of the accounts."
    )
    assert [c.status for c in claims(gazetteer, text)] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Ukraine's General Staff said 41 Russian assaults had been repelled. Viktor Trehubov, "
         "a spokesman for Ukrainian forces in the east, said Stupochky was still contested.",
         "General Staff", "Trehubov"),
        ("Russia's Defence Ministry said its troops had taken Pishchane. Yevgeny Meshkov, a "
         "spokesman for the Zapad group of forces, said two counter-attacks were repelled.",
         "Defence Ministry", "Meshkov"),
        ("Ukraine's navy said it had sunk a landing craft near Tendra. Yuriy Ihnat, a "
         "spokesman for the air force, said 40 drones were shot down overnight.",
         "navy", "Ihnat"),
    ],
)
def test_a_spokesman_for_another_body_is_no_announcement_of_the_first(
    gazetteer, text, first, second
):
    a, b = claims(gazetteer, text)
    assert first in a.source and second in b.source


@pytest.mark.parametrize(
    "silence",
    [
        "The Israeli military did not respond to a request for comment on the report.",
        "Israel's military did not immediately respond to a request for comment on its findings.",
        "The Israeli army declined to comment on the report.",
    ],
)
def test_no_comment_on_the_report_is_about_the_report(gazetteer, silence):
    text = (
        "An Israeli airstrike on a school in Gaza City killed at least 19 people, the "
        "territory's Health Ministry said.\n\nThe Israeli military said it had struck Hamas "
        "fighters in the compound.\n\nIn a report published the same day, Human Rights Watch "
        "said an earlier strike on the school was an indiscriminate attack. " + silence
    )
    toll, _military, report = claims(gazetteer, text)
    assert toll.status == "asserted"
    assert report.status == "unverified"


def test_these_claims_after_an_exchange_cover_both_sides(gazetteer):
    text = (
        "Governor Ivan Fedorov said 3 people were wounded in Zaporizhzhia on Monday.\n\n"
        "Russia's Defence Ministry said its forces had taken the village of Malynivka. "
        "Ukraine's military said its troops had repelled 14 assaults near the village.\n\n"
        "The General Staff said Russian units had lost 40 soldiers. These claims could not be "
        "independently verified."
    )
    statuses = [c.status for c in claims(gazetteer, text)]
    assert statuses == ["asserted", "unverified", "unverified", "unverified"]


@pytest.mark.parametrize(
    ("answer", "more"),
    [
        ("Ukraine's General Staff said 41 Russian assaults had been repelled in the sector.",
         "Viktor Trehubov, a spokesman for Ukrainian forces in the east, said Stupochky was "
         "still contested."),
        ("Ukraine's army said the attack on Stupochky had been repelled.",
         "A Ukrainian brigade spokesman said its units held the northern half of the village."),
        ("The Ukrainian military said its troops had pushed Russian units out of Stupochky.",
         "Its spokesman added that fighting in the village was continuing."),
    ],
)
def test_either_sides_battlefield_reports_reach_the_answering_sides_next_words(
    gazetteer, answer, more
):
    text = (
        "Russia's Defence Ministry said Russian troops had taken the village of Stupochky.\n\n"
        f"{answer} {more}\n\nReuters could not independently verify either side's "
        "battlefield reports."
    )
    found = claims(gazetteer, text)
    assert len(found) == 3
    assert found[-1].status in ("unverified", "disputed")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The UN commission found that Russian forces had tortured detainees in Kherson.",
         "commission"),
        ("Amnesty International found reasonable grounds to believe that the strike on Odesa "
         "was indiscriminate.", "Amnesty"),
        ("In its report, the U.N. human rights office finds that at least 40 civilians were "
         "executed near Bucha.", "office"),
    ],
)
def test_a_finding_is_a_claim_of_its_finder(gazetteer, text, word):
    (c,) = claims(gazetteer, text)
    assert word in c.source and c.side == "independent"


def test_found_with_an_object_is_no_cue(gazetteer):
    text = "Rescuers found the bodies of three people in Kharkiv on Tuesday."
    assert all(c.source is None for c in claims(gazetteer, text))  # the outlet's own report


@pytest.mark.parametrize(
    "text",
    [
        "12:15 GMT - Baltic states condemn strike",
        "Gulf states warn of risk to Red Sea shipping",
        "EU member states say sanctions will be extended",
    ],
)
def test_states_after_a_region_is_no_statement(gazetteer, text):
    # the countries, not the verb "states": no speaker "Baltic", "Gulf" or "EU member"
    assert all(c.cue != "states" for c in claims(gazetteer, text))


@pytest.mark.parametrize(
    ("rating", "status"),
    [
        ("The fact-checking group StopFake rated it as misleading.", "disputed"),
        ("PolitiFact has rated the claim Mostly False.", "disputed"),
        ("The Ukrainian project StopFake rated the story as false, and we agree.", "denied"),
        ("Full Fact rated the video as unproven.", "unverified"),
    ],
)
def test_a_named_checkers_rating_rates_the_claim_under_check(gazetteer, rating, status):
    text = (
        "Fact check: no French troops in Odesa\n\n"
        "A video shared on X claims that French troops had arrived in Odesa.\n\n"
        "Russia's Defence Ministry said on Tuesday its forces had destroyed 17 Ukrainian "
        "tanks near Robotyne.\n\n" + rating
    )
    found = claims(gazetteer, text)
    video = next(c for c in found if "Odesa" in c.text)
    ministry = next(c for c in found if "17" in c.text)
    assert video.status == status
    assert ministry.status == "asserted"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("A 20-year-old conscript from Russia's Kursk region told Ukrainian journalists that "
         "his company had lost 30 men.", [30]),
        ("A caption on one widely shared post says 40 tanks were lost near Robotyne.", [40]),
        ("Governor Oleh Syniehubov said two people were killed when a bomb hit a five-storey "
         "block in Kharkiv.", [2]),
        ("The Kremlin said Putin and Erdogan had spoken by phone and that the two leaders "
         "discussed the exchange of 390 prisoners.", [390]),
        ("The Health Cluster reports that WHO has recorded 19 attacks on health care in the "
         "two oblasts.", [19]),
        ("Prosecutors said soldiers had detained the four men at a checkpoint near Bucha.", [4]),
    ],
)
def test_numbers_that_count_nothing_the_claim_states(gazetteer, text, values):
    (c,) = [c for c in claims(gazetteer, text) if c.source is not None]
    assert sorted(q.value for q in c.quantities) == values


def test_a_humanitarian_cluster_is_independent(gazetteer):
    (c,) = claims(gazetteer, "The Protection Cluster said 1,200 people had fled Kupiansk.")
    assert c.side == "independent"
