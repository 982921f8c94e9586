"""The tester's 20th round, claims: a figure its speaker withdrew, speakers named by the
place they flee or are reached in, sides and misplaced denials (texts written for these
tests)."""

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text, date=None):
    from geo import analyze

    return [
        (c.source, c.status, c.side, text[c.start : c.end], [q.value for q in c.quantities])
        for c in analyze(text, gazetteer=gazetteer, date=date).claims
    ]


@pytest.mark.parametrize(
    ("text", "withdrawn", "standing"),
    [
        ("The health ministry said at least 33 people had been killed, a figure it later "
         "withdrew, saying only 12 deaths had been confirmed.", 33, 12),
        ("The provincial governor's office said 140 homes had been destroyed, a number it "
         "subsequently retracted, saying 60 had been verified by engineers.", 140, 60),
    ],
)
def test_a_withdrawn_figure_is_disputed_and_the_standing_one_apart(
    gazetteer, text, withdrawn, standing
):
    first, second = claims(gazetteer, text)
    assert first[1] in ("disputed", "denied") and first[4] == [withdrawn]
    assert second[1] == "confirmed" and second[4] == [standing]
    assert second[0] == first[0]  # the same speaker says what stands


@pytest.mark.parametrize(
    "text",
    [
        "The state news agency put the toll at 45, a figure it later withdrew.",
        "Local officials said 300 people were missing, a tally that was later retracted.",
    ],
)
def test_a_withdrawn_figure_alone_is_disputed(gazetteer, text):
    (c,) = claims(gazetteer, text)
    assert c[1] in ("disputed", "denied")


def test_a_figure_not_withdrawn_stays_asserted(gazetteer):
    (c,) = claims(gazetteer, "The agency put the toll at 45, a figure that rose overnight.")
    assert c[1] == "asserted"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Displaced families fleeing Kadugli told aid workers that the bridge had been shelled.",
         "families"),
        ("Families fleeing Pokrovsk told reporters that the market had burned down.", "families"),
        ("Villagers escaping Danao told rescuers that the river had burst its banks.", "villagers"),
        ("Residents reached by phone in Babanusa said the hospital had been looted.", "residents"),
        ("Two residents contacted by telephone in Kostiantynivka said power had been cut.",
         "residents"),
    ],
)
def test_people_leaving_or_reached_in_a_place_speak_not_the_place(gazetteer, text, speaker):
    (c,) = claims(gazetteer, text)
    assert c[0] is not None and speaker in c[0].lower()
    assert c[2] is None  # people speak for no party


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Chief Minister of Khyber Pakhtunkhwa, Ali Amin Gandapur, declared Buner, Bajaur "
         "and Mansehra disaster-hit areas.", "Ali Amin Gandapur"),
        ("The governor of Sindh, Murad Ali Shah, declared Dadu, Larkana and Jacobabad calamity "
         "areas.", "Murad Ali Shah"),
    ],
)
def test_places_listed_after_the_cue_are_no_closing_speaker(gazetteer, text, speaker):
    (c,) = claims(gazetteer, text)
    assert c[0] == speaker


def test_a_closing_speaker_still_speaks(gazetteer):
    (c,) = claims(gazetteer, "Twelve people were killed in the blast, said Babagana Zulum.")
    assert c[0] == "Babagana Zulum"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The coast guard said nine passengers were never found.", "the coast guard"),
        ("Floods cut the highway, the provincial disaster office said.",
         "the provincial disaster office"),
    ],
)
def test_a_body_named_by_lower_case_nouns_keeps_them(gazetteer, text, speaker):
    (c,) = claims(gazetteer, text)
    assert c[0] == speaker


def test_a_denial_of_involvement_answers_no_investigation(gazetteer):
    text = (
        "A fire gutted a depot at the port of Klaipeda overnight. Police in Klaipeda said they "
        "were investigating the cause. The Kremlin denied any involvement."
    )
    police = next(c for c in claims(gazetteer, text) if c[0] and "police" in c[0].lower())
    assert police[1] == "asserted"


def test_a_denial_of_involvement_still_answers_the_blame(gazetteer):
    text = (
        "Lithuanian prosecutors said a Russian military intelligence officer had ordered the "
        "arson. The Kremlin denied any involvement."
    )
    first = claims(gazetteer, text)[0]
    assert first[1] == "denied"


def test_a_mutual_rejection_answers_no_claim_before(gazetteer):
    text = (
        "Residents of Ovchi-Kalacha said three houses had burned on Sunday. Officials in the "
        "two capitals each accused the other of shelling first; each rejected the other's "
        "account."
    )
    first = claims(gazetteer, text)[0]
    assert first[0] and "residents" in first[0].lower() and first[1] == "asserted"


def test_a_channel_summary_speaks_for_the_channel(gazetteer):
    text = (
        "Daily summary, 5 April 2025 (translated from a pro-Russian military Telegram channel)"
        "\n\nKupiansk direction: our assault groups cleared two streets in the east of the "
        "town.\n\nThe Ukrainian General Staff claims that all attacks were repelled; this is "
        "a lie.\n"
    )
    ours, theirs = claims(gazetteer, text)
    assert "Telegram channel" in ours[0] and ours[2] == "RU"
    assert theirs[0] == "the Ukrainian General Staff" and theirs[1] == "denied"
    assert "a lie" not in theirs[3]


def test_a_closing_verdict_denies_a_speakers_claim_in_any_article(gazetteer):
    text = "The ministry claims the convoy carried only food; that is simply not true."
    (c,) = claims(gazetteer, text)
    assert c[1] == "denied" and c[3].endswith("food")


def test_a_figures_government_is_the_figures_side(gazetteer):
    text = (
        "WARSAW, May 3 — Poland extended its border closure. Alexander Lukashenko's government "
        "said the measure would hurt Polish hauliers most."
    )
    c = next(c for c in claims(gazetteer, text) if c[0])
    assert c[2] == "BY"


def test_a_bare_government_voice_takes_the_paragraphs_country(gazetteer):
    text = (
        "SEOUL, May 9 — North Korea fired two missiles on Thursday, the South's military said."
        "\n\nIn Iran, a blast hit a warehouse near Bandar Abbas. A government spokeswoman said "
        "the fire had been put out.\n"
    )
    c = next(c for c in claims(gazetteer, text) if c[0] and "spokeswoman" in c[0])
    assert c[2] == "IR"


def test_a_church_group_is_no_state(gazetteer):
    text = "Thousands have fled Nduga, according to a tally by a church group in Wamena."
    (c,) = claims(gazetteer, text)
    assert c[2] == "independent"


def test_a_ukrainian_commander_named_bare_is_ukrainian(gazetteer):
    text = "Brig. Gen. Oleksandr Tarnavskyi said his troops had crossed the anti-tank ditches."
    (c,) = claims(gazetteer, text)
    assert c[2] == "UA"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The tanker is suspected of dragging its anchor across the cable on Christmas Day.",
         "2024-12-25"),
        ("Divers found the damage on Christmas Eve, the coast guard said.", "2024-12-24"),
        ("The ministers will meet again on New Year's Eve.", "2025-12-31"),
    ],
)
def test_a_feast_takes_the_side_its_tense_says(text, day):
    import datetime as dt

    from geo.text.dates import find_dates

    (span,) = find_dates(text, article_date=dt.date(2025, 10, 25))
    assert span.start == day


def test_a_feast_on_the_day_itself_stays_that_day():
    import datetime as dt

    from geo.text.dates import find_dates

    text = "Shelling killed two on Christmas Day."
    (span,) = find_dates(text, article_date=dt.date(2025, 12, 25))
    assert span.start == "2025-12-25"


@pytest.mark.parametrize(
    "text",
    [
        "Finland said the tanker damaged the Estlink 2 power cable.",
        "Engineers said the Nord Stream 2 pipeline had been breached.",
    ],
)
def test_a_number_ending_a_name_counts_nothing(gazetteer, text):
    (c,) = claims(gazetteer, text)
    assert c[4] == []


def test_counts_after_a_name_still_count(gazetteer):
    (c,) = claims(gazetteer, "Officials said Russia launched 7 drones and 2 missiles.")
    assert c[4] == [7, 2]
